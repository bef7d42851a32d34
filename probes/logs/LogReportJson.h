#pragma once

#include "LogReport.h"

#include "core/Finding.h"

#include <QJsonObject>

namespace eas::logs::LogReportJson {

inline constexpr const char *kSchema = "eas-doctor/logs/1";

// The analysis as schema eas-doctor/logs/1 (spec/cli.md): files, totals, the ActiveSync counts
// (by status, status.substatus.win32, role, user, device, Cmd, client IP, server, hour, Log=
// reasons), first/last failure, the hourly 401/403/500/503 timeline, top offenders and the
// findings. Keys are as logged; numbers are per logged line.
QJsonObject toJson(const LogReport &report, const Findings &findings);

} // namespace eas::logs::LogReportJson
