#pragma once

#include "core/DiagnosisTarget.h"

#include <QObject>

#include <chrono>
#include <optional>

class QSettings;

namespace eas::wizard {

class RecentTargets;

// What the wizard keeps between sessions, in the QSettings its owner hands in (WizardSetup):
// recent targets, the step time limit, the folders files were last chosen in and the window's
// geometry. Trusting a certificate that fails the checks is an option too, but it lasts this
// session only and is never saved. Without settings (null) the options hold for this session.
class WizardSettings : public QObject
{
    Q_OBJECT
public:
    WizardSettings(QSettings *settings, bool portable, QObject *parent = nullptr);

    bool isSaved() const { return m_settings != nullptr; }
    bool isPortable() const { return m_portable; }
    // The settings file (native separators); empty when nothing is saved.
    QString location() const;
    // One sentence for the user: where the settings live, and portable mode.
    QString locationText() const;
    RecentTargets *recentTargets() const { return m_recent; }

    // The user's step time limit; `fallback` until one is set.
    std::chrono::milliseconds stepTimeout(std::chrono::milliseconds fallback) const;
    void setStepTimeout(std::chrono::seconds timeout);
    bool trustsFailedCertificates() const { return m_trustFailedCertificates; }
    void setTrustFailedCertificates(bool trust);
    // `base` with the options on top.
    DiagnosisTarget applyOptions(DiagnosisTarget base) const;

    // The folder a file of this kind ("report", "session", "evidence"...) was last chosen in;
    // the Documents folder before that.
    QString lastFolder(const QString &kind) const;
    // Remembers the folder of `path` (a file, or a folder itself).
    void rememberFolder(const QString &kind, const QString &path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

Q_SIGNALS:
    void optionsChanged();

private:
    QSettings *m_settings;
    bool m_portable;
    RecentTargets *m_recent;
    std::optional<std::chrono::seconds> m_stepTimeout;
    bool m_trustFailedCertificates = false;
};

} // namespace eas::wizard
