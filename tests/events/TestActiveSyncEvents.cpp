#include "EventSamples.h"

#include "events/ActiveSyncEvents.h"
#include "events/EventXmlBuilder.h"

#include <QTest>

using namespace eas::events;

namespace {

EventRecord record(const SampleEvent &sample, bool rendered = true)
{
    return parseEventXml(QString::fromUtf8(eventElement(sample, 1, rendered))).value();
}

} // namespace

class TestActiveSyncEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selectsByProviderNotById()
    {
        QVERIFY(isActiveSyncProvider(QStringLiteral("MSExchange ActiveSync")));
        QVERIFY(isActiveSyncProvider(QStringLiteral("msexchange activesync")));
        QVERIFY(isActiveSyncProvider(QStringLiteral("Server ActiveSync")));
        QVERIFY(!isActiveSyncProvider(QStringLiteral("Microsoft-Windows-Eventlog")));
        QVERIFY(!isActiveSyncProvider(QStringLiteral("MSExchange CmdletLogs")));
    }

    void reads1100Message()
    {
        const ActiveSyncEvent e = interpretActiveSyncEvent(record(samples::blocked1100(
            QStringLiteral("2026-11-24T08:00:00Z"),
            QStringLiteral("JDoe@Contoso.com"),
            QStringLiteral("Basic authentication is not allowed (policy v1.2)"),
            QStringLiteral("203.0.113.7"))));
        QVERIFY(e.blocking);
        QCOMPARE(e.reason, QStringLiteral("Basic authentication is not allowed (policy v1.2)"));
        QCOMPARE(e.user, QStringLiteral("jdoe@contoso.com"));
        QCOMPARE(e.clientIp, QStringLiteral("203.0.113.7"));
    }

    // wevtutil /f:xml has no rendered message: the insertion strings still give user, address
    // and the reason (the string that reads like a sentence).
    void reads1100InsertionStrings()
    {
        const ActiveSyncEvent e = interpretActiveSyncEvent(
            record(samples::blocked1100(QStringLiteral("2026-11-24T08:00:00Z"),
                                        QStringLiteral("CONTOSO\\jdoe"),
                                        QStringLiteral("ActiveSync is disabled for this user"),
                                        QStringLiteral("2001:db8::7")),
                   false));
        QVERIFY(e.blocking);
        QCOMPARE(e.reason, QStringLiteral("ActiveSync is disabled for this user"));
        QCOMPARE(e.user, QStringLiteral("contoso\\jdoe"));
        QCOMPARE(e.clientIp, QStringLiteral("2001:db8::7"));
    }

    void reads1053DistinguishedName()
    {
        const ActiveSyncEvent e = interpretActiveSyncEvent(record(samples::permissions1053(
            QStringLiteral("2026-11-24T08:00:00Z"), QStringLiteral("Jane Admin"))));
        QVERIFY(e.blocking);
        QCOMPARE(e.reason,
                 QStringLiteral("No permission to create the ActiveSync devices container in "
                                "Active Directory"));
        QCOMPARE(e.user, QStringLiteral("jane admin"));
    }

    void reads1008Url()
    {
        const ActiveSyncEvent e = interpretActiveSyncEvent(
            record(samples::exception1008(QStringLiteral("2026-11-24T08:00:00Z"),
                                          QStringLiteral("bob@contoso.com"),
                                          QStringLiteral("ApplF17ABC123"),
                                          QStringLiteral("iPhone"))));
        QVERIFY(!e.blocking);
        QCOMPARE(e.reason,
                 QStringLiteral("Exception handled by ActiveSync: ObjectNotFoundException"));
        QCOMPARE(e.user, QStringLiteral("bob@contoso.com"));
        QCOMPARE(e.deviceId, QStringLiteral("ApplF17ABC123"));
        QCOMPARE(e.deviceType, QStringLiteral("iPhone"));
    }

    void reads1040AsNotBlocking()
    {
        const ActiveSyncEvent e = interpretActiveSyncEvent(
            record(samples::heartbeat1040(QStringLiteral("2026-11-24T08:00:00Z"))));
        QVERIFY(!e.blocking);
        QCOMPARE(e.reason,
                 QStringLiteral("Heartbeat intervals cut short by a firewall or load balancer"));
    }

    void readsExchange2003MailboxTimeout()
    {
        SampleEvent sample{QStringLiteral("Server ActiveSync"),
                           3007,
                           0,
                           2,
                           QStringLiteral("2026-11-24T08:00:00Z")};
        sample.message = QStringLiteral("Exchange mailbox Server response timeout: Server: "
                                        "[mail.contoso.com] User: [user@contoso.com]. Exchange "
                                        "ActiveSync Server failed to communicate with the Exchange "
                                        "mailbox server in a timely manner.");
        const ActiveSyncEvent e = interpretActiveSyncEvent(record(sample));
        QVERIFY(e.blocking);
        QCOMPARE(e.reason, QStringLiteral("Mailbox server did not answer in time"));
        QCOMPARE(e.user, QStringLiteral("user@contoso.com"));
    }

    void unknownIdsStillCount_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("blocking");
        QTest::addColumn<QString>("reason");
        QTest::newRow("says why it blocked")
            << "Device ABC was blocked because: Too many devices. Client IP: 10.1.2.3." << true
            << "Too many devices";
        QTest::newRow("says it blocked") << "The request was blocked." << true << "Event 4242";
        QTest::newRow("says nothing") << "Something happened." << false << "Event 4242";
    }
    void unknownIdsStillCount()
    {
        QFETCH(QString, message);
        QFETCH(bool, blocking);
        QFETCH(QString, reason);
        SampleEvent sample{QStringLiteral("MSExchange ActiveSync"),
                           4242,
                           0,
                           2,
                           QStringLiteral("2026-11-24T08:00:00Z")};
        sample.message = message;
        const ActiveSyncEvent e = interpretActiveSyncEvent(record(sample));
        QCOMPARE(e.blocking, blocking);
        QCOMPARE(e.reason, reason);
    }

    void ignoresWhatOnlyLooksLikeAnAddress()
    {
        SampleEvent sample{QStringLiteral("MSExchange ActiveSync"),
                           1100,
                           0,
                           2,
                           QStringLiteral("2026-11-24T08:00:00Z")};
        sample.data = {QStringLiteral("999.1.1.1"), QStringLiteral("nobody")};
        const ActiveSyncEvent e = interpretActiveSyncEvent(record(sample, false));
        QCOMPARE(e.clientIp, QString());
        QCOMPARE(e.user, QString());
        QCOMPARE(e.reason, QStringLiteral("ActiveSync blocked the connection"));
    }
};

QTEST_GUILESS_MAIN(TestActiveSyncEvents)
#include "TestActiveSyncEvents.moc"
