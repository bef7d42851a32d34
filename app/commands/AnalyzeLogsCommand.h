#pragma once

#include "cli/CliOptions.h"

namespace eas::app::AnalyzeLogsCommand {

// Returns the exit code of spec/cli.md.
int run(const CliOptions &options);

} // namespace eas::app::AnalyzeLogsCommand
