#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace eas::app::AppSettings {

// Portable mode: a file named `portable` beside the executable keeps settings and logs in a
// `data` folder next to it (a consultant's USB stick leaves nothing on the client's laptop).
// Each function has a form for a given program folder (tests, a launcher); the short form asks
// QCoreApplication::applicationDirPath().
bool isPortable();
bool isPortable(const QString &programDir);
QString dataDir();
QString dataDir(const QString &programDir);
QString logDir();
std::unique_ptr<QSettings> open();
std::unique_ptr<QSettings> open(const QString &programDir);

} // namespace eas::app::AppSettings
