#pragma once

#include "events/EventRecord.h"

#include <QJsonObject>

namespace eas::events {

// One event of a collector bundle: the object `Get-WinEvent | Select-Object TimeCreated, Id,
// ProviderName, LevelDisplayName, MachineName, Message | ConvertTo-Json` writes (also
// RecordId, LogName, Level and Properties when present). TimeCreated may be ISO 8601,
// "/Date(ms)/" or Windows PowerShell's {"value": "/Date(ms)/", ...} object.
EventRecord eventFromJson(const QJsonObject &object);

} // namespace eas::events
