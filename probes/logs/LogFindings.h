#pragma once

#include "LogReport.h"

#include "core/Finding.h"

namespace eas::logs::LogFindings {

// The findings of step "logs" (spec/cli.md finding table) for an analysis, filtered to the
// diagnosed user when the report has one: logs-auth-failures (401.1; the 401.2 first leg of a
// challenge is normal), logs-forbidden (403), logs-server-errors (500), throttled (503 with an
// autoblock reason), device-quarantined (As:Quarantined, for a diagnosed user), and, when none of
// those, logs-no-failures or logs-no-activesync; logs-input-problems lists what could not be
// read. Counts are per logged line (a request seen by front end and back end counts twice).
Findings evaluate(const LogReport &report);

} // namespace eas::logs::LogFindings
