#pragma once

#include "ActiveSyncStats.h"

#include <QJsonObject>

namespace eas::logs::LogTablesJson {

// The keyed tables of the ActiveSync counts as the objects of schema eas-doctor/logs/1: every
// key as logged (invalid UTF-8 shown as U+FFFD), "(other)" for the keys past a table's limit.
// Written through JsonText: these are the big objects of the report.
QJsonObject users(const ActiveSyncStats &as);
QJsonObject devices(const ActiveSyncStats &as);
QJsonObject commands(const ActiveSyncStats &as);
QJsonObject clientIps(const ActiveSyncStats &as);
QJsonObject servers(const ActiveSyncStats &as);
QJsonObject accessStates(const ActiveSyncStats &as);

} // namespace eas::logs::LogTablesJson
