#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace eas::events {

// One event as the readers deliver it, whatever the source (.evtx, Event Viewer or wevtutil XML,
// a collector bundle). Plain data; fields a source does not carry stay empty.
struct EventRecord
{
    quint64 recordId = 0;
    QDateTime timeCreated; // UTC; invalid when the source has none
    QString provider;      // <Provider Name>, e.g. "MSExchange ActiveSync"
    quint16 eventId = 0;   // qualifiers masked off (& 0xffff)
    quint8 level = 0;      // 1 critical, 2 error, 3 warning, 4 information, 5 verbose, 0 unknown
    QString channel;       // "Application", "Security", ...
    QString computer;
    QStringList strings; // insertion strings (EventData/Data, UserData leaves), in order
    QString message;     // rendered message; libevtx cannot render, XML exports and bundles can
};

// Longest string a reader keeps from one field, and most insertion strings of one event, so a
// hostile file cannot make one record grow without bound.
inline constexpr int MaxFieldChars = 64 * 1024;
inline constexpr int MaxStrings = 256;

// Level number from a rendered level name ("Error", "Warning", ...); 0 when unknown.
quint8 levelFromName(const QString &name);

// A time as exports write it: ISO 8601 with any fraction and offset
// ("2020-08-01T21:17:27.1115826Z") or the "/Date(1732521600000)/" form of Windows PowerShell's
// ConvertTo-Json. Invalid when neither.
QDateTime parseEventTime(const QString &text);

} // namespace eas::events
