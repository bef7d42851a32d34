#pragma once

#include "cli/CliOptions.h"

namespace eas::app::AnalyzeLogsCommand {

// `eas-doctor analyze-logs PATH...`: IIS W3C logs (files, .gz, folders of u_ex*.log) through the
// logs engine, with a readable summary on stdout or schema eas-doctor/logs/1 as JSON (`--json -`
// puts only the JSON on stdout). Event log exports (.evtx, .xml) go to the events reader, whose
// `events` object sits next to the IIS results. Returns 0 when any input was read, 3 when none
// could be (spec/cli.md).
int run(const CliOptions &options);

} // namespace eas::app::AnalyzeLogsCommand
