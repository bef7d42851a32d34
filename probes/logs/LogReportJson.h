#pragma once

#include "LogReport.h"

#include "core/Finding.h"

#include <QJsonObject>

#include <string>

namespace eas::logs::LogReportJson {

inline constexpr const char *kSchema = "eas-doctor/logs/1";

// The analysis as schema eas-doctor/logs/1 (spec/cli.md), indented JSON text: files, totals, the
// ActiveSync counts (by status, status.substatus.win32, role, user, device, Cmd, client IP,
// server, hour, Log= reasons), first/last failure, the hourly 401/403/500/503 timeline, top
// offenders and the findings, with `extra`'s members added to the root. Keys are as logged;
// numbers are per logged line. Written straight as text: a report of a big log holds tens of
// thousands of keys.
std::string
toText(const LogReport &report, const Findings &findings, const QJsonObject &extra = {});

// The same, parsed.
QJsonObject toJson(const LogReport &report, const Findings &findings);

} // namespace eas::logs::LogReportJson
