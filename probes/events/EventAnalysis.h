#pragma once

#include "events/Tally.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace eas::events {

enum class EventFormat { Unknown, Evtx, Xml, Bundle };

// "evtx", "xml", "bundle", "unknown" (the JSON words).
QString formatName(EventFormat format);

// One input: a file, or the events of a collector bundle.
struct EventSource
{
    QString path;
    EventFormat format = EventFormat::Unknown;
    qint64 records = 0; // records read (recovered deleted records are never counted)
    QString error;      // empty when the whole input was read
};

// The events of one id/reason/user/device/client address, seen together.
struct ActiveSyncGroup
{
    quint16 eventId = 0;
    bool blocking = false;
    QString reason;
    QString user;
    QString deviceId;
    QString deviceType;
    QString clientIp;
    qint64 events = 0;
    QDateTime first;
    QDateTime last;
};

struct ActiveSyncSummary
{
    qint64 events = 0;   // every event of an ActiveSync provider
    qint64 blocking = 0; // those that mean refused connections
    QDateTime first;
    QDateTime last;
    Tally byReason;
    Tally byEventId;
    Tally byHour; // "2026-11-24T08:00:00Z"
    Tally blockingByHour;
    Tally byUser;
    Tally byDevice;
    Tally byClientIp;
    QList<ActiveSyncGroup> groups; // largest first
};

// Everything read from event logs: what spec/cli.md's `events` object reports, and more.
struct EventAnalysis
{
    QList<EventSource> sources;
    qint64 records = 0;       // records read from all sources
    qint64 outsideWindow = 0; // of those, left out by the EventFilter's time window
    Tally byProvider;
    Tally byEventId; // plain ids as strings
    ActiveSyncSummary activeSync;
    bool cancelled = false;

    // Inputs that gave records or were read to their end; 0 means nothing could be read.
    int readableSources() const;
};

// Which records the analysis looks at; records outside still count as read.
struct EventFilter
{
    QDateTime since; // invalid = no lower bound
    QDateTime until; // invalid = no upper bound

    bool accepts(const QDateTime &time) const;
};

} // namespace eas::events
