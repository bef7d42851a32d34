#pragma once

#include "ActiveSyncStats.h"
#include "JsonText.h"

namespace eas::logs::LogTablesJson {

// The keyed tables of the ActiveSync counts as the objects of schema eas-doctor/logs/1, each
// written as the next value of `json`: every key as logged (invalid UTF-8 shown as U+FFFD),
// "(other)" for the keys past a table's limit. These are the big objects of the report.
void users(JsonText &json, const ActiveSyncStats &as);
void devices(JsonText &json, const ActiveSyncStats &as);
void commands(JsonText &json, const ActiveSyncStats &as);
void clientIps(JsonText &json, const ActiveSyncStats &as);
void servers(JsonText &json, const ActiveSyncStats &as);
void accessStates(JsonText &json, const ActiveSyncStats &as);

} // namespace eas::logs::LogTablesJson
