#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace eas::app::AppSettings {

// Portable mode: a file named `portable` beside the executable keeps settings and logs in a
// `data` folder next to it (a consultant's USB stick leaves nothing on the client's laptop).
bool isPortable();
QString dataDir();
QString logDir();
std::unique_ptr<QSettings> open();

} // namespace eas::app::AppSettings
