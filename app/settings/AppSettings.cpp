#include "AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace eas::app::AppSettings {

bool isPortable()
{
    return QFileInfo::exists(
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("portable")));
}

QString dataDir()
{
    if (isPortable())
        return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("data"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString logDir()
{
    const QString base = dataDir();
    return base.isEmpty() ? QString() : QDir(base).filePath(QStringLiteral("logs"));
}

std::unique_ptr<QSettings> open()
{
    if (isPortable())
        return std::make_unique<QSettings>(
            QDir(dataDir()).filePath(QStringLiteral("eas-doctor.ini")), QSettings::IniFormat);
    return std::make_unique<QSettings>();
}

} // namespace eas::app::AppSettings
