#pragma once

#include "cli/CliOptions.h"

namespace eas::app::DiagnoseCommand {

// Returns the exit code of spec/cli.md.
int run(const CliOptions &options);

} // namespace eas::app::DiagnoseCommand
