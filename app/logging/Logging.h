#pragma once

#include "cli/CliOptions.h"

#include <QString>

namespace eas::app::Logging {

// One Qt message handler feeds spdlog: a rotating file (5 MiB x 3) in `logDir` at debug level,
// and stderr at the verbosity's level (quiet: errors, normal: warnings, verbose: debug). Every
// line passes through the Redactor first. Returns the log file path, or an empty string (and
// logs to stderr only) when the folder cannot be created.
QString install(Verbosity verbosity, const QString &logDir);
// Flushes and detaches spdlog; restores Qt's default handler.
void shutdown();

} // namespace eas::app::Logging
