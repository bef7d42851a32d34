#pragma once

#include "LogReport.h"

#include "core/Finding.h"

#include <QString>

namespace eas::logs::LogSummaryText {

// The readable summary `analyze-logs` prints: what was read, the ActiveSync counts, the top
// offenders, the findings (one line each with its status word and the detail under it), and the
// files that had problems.
QString render(const LogReport &report, const Findings &findings);

} // namespace eas::logs::LogSummaryText
