#pragma once

#include "cli/CliOptions.h"

namespace eas::app::CollectorCommand {

// `collector-script --email ADDR [--out FILE]`: the read-only server-side collector (.ps1) for
// the mailbox, on stdout or written to FILE (UTF-8 with BOM, CRLF, as Windows PowerShell 5.1
// needs). Returns the exit code of spec/cli.md: 0, or 3 when FILE cannot be written.
int run(const CliOptions &options);

} // namespace eas::app::CollectorCommand
