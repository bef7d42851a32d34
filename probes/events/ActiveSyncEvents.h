#pragma once

#include "events/EventRecord.h"

#include <QString>

namespace eas::events {

// What one event of the Exchange ActiveSync provider says, read from its rendered message and
// its insertion strings with tolerant patterns. EVENT_IDS.md lists the ids with a known meaning
// and their sources; any other id still counts, under the reason "Event <id>".
struct ActiveSyncEvent
{
    bool blocking = false; // the event means connections are refused
    QString reason;        // never empty; the grouping key
    QString user;          // lower-case, as logged (UPN, DOMAIN\user or the account's CN)
    QString deviceId;
    QString deviceType;
    QString clientIp;
};

// "MSExchange ActiveSync" (Exchange 2007 and later) and "Server ActiveSync" (Exchange 2003).
// The provider decides, never the id alone: 1100 in the Security log is the event log service.
bool isActiveSyncProvider(const QString &provider);

ActiveSyncEvent interpretActiveSyncEvent(const EventRecord &record);

} // namespace eas::events
