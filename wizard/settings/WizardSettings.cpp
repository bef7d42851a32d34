#include "WizardSettings.h"

#include "RecentTargets.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace eas::wizard {

namespace {

const QString kStepTimeout = QStringLiteral("options/stepTimeoutSeconds");
const QString kGeometry = QStringLiteral("window/geometry");

QString folderKey(const QString &kind)
{
    return QStringLiteral("folders/") + kind;
}

} // namespace

WizardSettings::WizardSettings(QSettings *settings, bool portable, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_portable(portable)
    , m_recent(new RecentTargets(settings, this))
{
    if (m_settings && m_settings->contains(kStepTimeout)) {
        const int seconds = m_settings->value(kStepTimeout).toInt();
        if (seconds > 0)
            m_stepTimeout = std::chrono::seconds(seconds);
    }
}

QString WizardSettings::location() const
{
    return m_settings ? QDir::toNativeSeparators(m_settings->fileName()) : QString();
}

QString WizardSettings::locationText() const
{
    if (!m_settings)
        return tr("Nothing is saved between sessions.");
    if (m_portable)
        return tr("Portable mode: settings and logs stay beside the program, in %1. Nothing is "
                  "written to this computer.")
            .arg(QDir::toNativeSeparators(QFileInfo(m_settings->fileName()).absolutePath()));
    return tr("Settings are saved in %1.").arg(location());
}

std::chrono::milliseconds WizardSettings::stepTimeout(std::chrono::milliseconds fallback) const
{
    return m_stepTimeout ? std::chrono::milliseconds(*m_stepTimeout) : fallback;
}

void WizardSettings::setStepTimeout(std::chrono::seconds timeout)
{
    m_stepTimeout = timeout;
    if (m_settings)
        m_settings->setValue(kStepTimeout, qint64(timeout.count()));
    Q_EMIT optionsChanged();
}

void WizardSettings::setTrustFailedCertificates(bool trust)
{
    m_trustFailedCertificates = trust;
    Q_EMIT optionsChanged();
}

DiagnosisTarget WizardSettings::applyOptions(DiagnosisTarget base) const
{
    base.stepTimeout = stepTimeout(base.stepTimeout);
    if (m_trustFailedCertificates)
        base.trustAnyCertificate = true;
    return base;
}

QString WizardSettings::lastFolder(const QString &kind) const
{
    const QString remembered
        = m_settings ? m_settings->value(folderKey(kind)).toString() : QString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void WizardSettings::rememberFolder(const QString &kind, const QString &path)
{
    if (!m_settings || path.isEmpty())
        return;
    const QFileInfo info(path);
    m_settings->setValue(folderKey(kind),
                         info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QByteArray WizardSettings::windowGeometry() const
{
    return m_settings ? m_settings->value(kGeometry).toByteArray() : QByteArray();
}

void WizardSettings::setWindowGeometry(const QByteArray &geometry)
{
    if (m_settings)
        m_settings->setValue(kGeometry, geometry);
}

} // namespace eas::wizard
