#pragma once

#include "cli/CliOptions.h"

namespace eas::app::Commands {

// Runs a parsed command and returns the exit code of spec/cli.md.
int run(const CliOptions &options, bool haveDisplay);

} // namespace eas::app::Commands
