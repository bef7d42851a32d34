#include "AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace eas::app::AppSettings {

bool isPortable()
{
    return isPortable(QCoreApplication::applicationDirPath());
}

bool isPortable(const QString &programDir)
{
    return QFileInfo::exists(QDir(programDir).filePath(QStringLiteral("portable")));
}

QString dataDir()
{
    return dataDir(QCoreApplication::applicationDirPath());
}

QString dataDir(const QString &programDir)
{
    if (isPortable(programDir))
        return QDir(programDir).filePath(QStringLiteral("data"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString logDir()
{
    const QString base = dataDir();
    return base.isEmpty() ? QString() : QDir(base).filePath(QStringLiteral("logs"));
}

std::unique_ptr<QSettings> open()
{
    return open(QCoreApplication::applicationDirPath());
}

std::unique_ptr<QSettings> open(const QString &programDir)
{
    if (isPortable(programDir))
        return std::make_unique<QSettings>(
            QDir(dataDir(programDir)).filePath(QStringLiteral("eas-doctor.ini")),
            QSettings::IniFormat);
    return std::make_unique<QSettings>();
}

} // namespace eas::app::AppSettings
