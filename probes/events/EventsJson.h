#pragma once

#include "events/EventAnalysis.h"

#include <QJsonObject>

namespace eas::events {

// The `events` object of spec/cli.md's logs result: files[{path, records, error}], records,
// byProvider, byEventId, activesync{events, byReason, first, last}; plus each file's format,
// outsideWindow, cancelled, and under activesync: blocking, byEventId, byHour, blockingByHour,
// byUser, byDevice, byClientIp, topReasons (10) and groups (the 50 largest).
QJsonObject eventsToJson(const EventAnalysis &analysis);

// "2026-11-24T08:00:01Z", or JSON null for an invalid time.
QJsonValue timeToJson(const QDateTime &time);

} // namespace eas::events
