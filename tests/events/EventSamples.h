#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Event log exports written by the tests themselves: nothing in Debian writes .evtx, and the
// real samples hold no ActiveSync events. The shapes follow Event Viewer's "Save All Events As
// XML" (a root <Events>, <RenderingInfo> with the message) and `wevtutil qe /f:xml` (bare
// <Event> elements, no message).
struct SampleEvent
{
    QString provider;
    int id = 0;
    int qualifiers = 0;
    int level = 4;
    QString time; // SystemTime, ISO 8601
    QString channel = QStringLiteral("Application");
    QString computer = QStringLiteral("EX01.contoso.com");
    QStringList data{};
    QString message{};
};

QByteArray eventElement(const SampleEvent &event, quint64 recordId, bool rendered);
QByteArray eventViewerExport(const QList<SampleEvent> &events);
QByteArray wevtutilExport(const QList<SampleEvent> &events);

namespace samples {

// "Exchange ActiveSync blocked the connection for user U. The connection was blocked because:
// R. Client IP: I." (the 1100 message shape, see probes/events/EVENT_IDS.md).
SampleEvent
blocked1100(const QString &time, const QString &user, const QString &reason, const QString &ip);
SampleEvent permissions1053(const QString &time, const QString &cn);
SampleEvent exception1008(const QString &time,
                          const QString &user,
                          const QString &deviceId,
                          const QString &deviceType);
SampleEvent heartbeat1040(const QString &time);
// The Security log's 1100, "The event logging service has shut down": not ActiveSync.
SampleEvent securityShutdown1100(const QString &time);

// 3 x 1100 for jdoe (two hours), 1 x 1100 for alice, 2 x 1053, 1 x 1008, 1 x 1040, 1 x
// Security 1100, 1 x MsiInstaller 1040: 10 records, 8 ActiveSync, 6 blocking.
QList<SampleEvent> activeSyncDay();

} // namespace samples
