#pragma once

#include "TargetValidation.h"

#include "core/DiagnosisTarget.h"
#include "report/BundleImporter.h"

#include <QGroupBox>

#include <optional>

class QLabel;

namespace eas::wizard {

class BundleLoader;
class FieldHint;
class PathEdit;

// Optional server-side evidence: the collector script's bundle, the IIS log folder and
// exported event logs. Each path is checked as it is typed or chosen; the bundle is also read
// and validated on a worker thread, and the run gets it as loaded here.
class EvidenceBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit EvidenceBox(QWidget *parent = nullptr);

    // False while the bundle is being read, and when it cannot be used.
    bool isAcceptable() const;
    void applyTo(DiagnosisTarget &target) const;
    // The bundle of the path in the field, once read and valid.
    std::optional<report::Bundle> bundle() const;

    void setBundlePath(const QString &path);
    void setLogFolder(const QString &folder);
    void setEventFiles(const QStringList &files);
    // Where Browse starts when a field is empty (the folder evidence last came from).
    void setBrowseFolder(const QString &folder);

Q_SIGNALS:
    void changed();
    // The user chose this file or folder with Browse.
    void browsed(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void loadBundle();
    void takeBundle(const QString &path, const report::BundleLoad &load);
    FieldCheck bundleCheck() const;
    void retranslateUi();

    BundleLoader *m_loader;
    std::optional<report::Bundle> m_loaded;
    FieldCheck m_loadCheck;
    PathEdit *m_bundle;
    PathEdit *m_logs;
    PathEdit *m_events;
    FieldHint *m_bundleHint;
    FieldHint *m_logsHint;
    FieldHint *m_eventsHint;
    QLabel *m_intro;
    QLabel *m_bundleLabel;
    QLabel *m_logsLabel;
    QLabel *m_eventsLabel;
};

} // namespace eas::wizard
