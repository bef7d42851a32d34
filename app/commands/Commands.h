#pragma once

#include "cli/CliOptions.h"

namespace eas::app::Commands {

// Runs a parsed command and returns the exit code of spec/cli.md.
int run(const CliOptions &options, bool haveDisplay);

// For a command whose engine is not in this build: says so on stderr, returns 4.
int notAvailable(const QString &what);

} // namespace eas::app::Commands
