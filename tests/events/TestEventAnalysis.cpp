#include "EventSamples.h"

#include "events/EventAnalyzer.h"
#include "events/EventFindings.h"
#include "events/EventsJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace eas;
using namespace eas::events;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QString sample(const char *name)
{
    return qEnvironmentVariable("EAS_TEST_DATA") + QStringLiteral("/evtx/") + QLatin1String(name);
}

const Finding *findingById(const Findings &findings, const char *id)
{
    for (const Finding &f : findings) {
        if (f.id == QLatin1String(id))
            return &f;
    }
    return nullptr;
}

} // namespace

class TestEventAnalysis : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_viewerExport;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_viewerExport = writeFile(
            m_dir, QStringLiteral("Application.xml"), eventViewerExport(samples::activeSyncDay()));
        QVERIFY(!m_viewerExport.isEmpty());
    }

    void groupsActiveSyncEvents()
    {
        const EventAnalysis a = analyzeEventFiles({m_viewerExport});
        QCOMPARE(a.records, qint64(10));
        QCOMPARE(a.byProvider.value(QStringLiteral("MSExchange ActiveSync")), qint64(8));
        QCOMPARE(a.byEventId.value(QStringLiteral("1100")), qint64(5)); // 4 ActiveSync + Security
        QCOMPARE(a.byEventId.value(QStringLiteral("1040")), qint64(2)); // ActiveSync + MsiInstaller
        const ActiveSyncSummary &s = a.activeSync;
        QCOMPARE(s.events, qint64(8));
        QCOMPARE(s.blocking, qint64(6));
        QCOMPARE(s.byReason.value(QStringLiteral("ActiveSync is disabled for this user")),
                 qint64(3));
        QCOMPARE(s.byReason.value(QStringLiteral("The device is blocked by a device access rule")),
                 qint64(1));
        QCOMPARE(s.byReason.total(), s.events);
        QCOMPARE(s.byEventId.value(QStringLiteral("1100")), qint64(4));
        QCOMPARE(s.byUser.value(QStringLiteral("jdoe@contoso.com")), qint64(3));
        QCOMPARE(s.byClientIp.value(QStringLiteral("203.0.113.7")), qint64(3));
        QCOMPARE(s.byDevice.value(QStringLiteral("ApplF17ABC123")), qint64(1));
        QCOMPARE(s.blockingByHour.value(QStringLiteral("2026-11-24T08:00:00Z")), qint64(4));
        QCOMPARE(s.blockingByHour.value(QStringLiteral("2026-11-24T09:00:00Z")), qint64(2));
        QCOMPARE(s.byHour.value(QStringLiteral("2026-11-24T07:00:00Z")), qint64(1));
        QCOMPARE(s.first,
                 QDateTime::fromString(QStringLiteral("2026-11-24T07:59:00Z"), Qt::ISODate));
        QCOMPARE(s.last,
                 QDateTime::fromString(QStringLiteral("2026-11-24T09:30:00Z"), Qt::ISODate));
        QCOMPARE(s.groups.first().events, qint64(3));
        QCOMPARE(s.groups.first().user, QStringLiteral("jdoe@contoso.com"));
    }

    void writesTheSpecJson()
    {
        const QJsonObject json = eventsToJson(analyzeEventFiles({m_viewerExport}));
        const QJsonObject file = json.value(QLatin1String("files")).toArray().first().toObject();
        QCOMPARE(file.value(QLatin1String("path")).toString(), m_viewerExport);
        QCOMPARE(file.value(QLatin1String("records")).toInt(), 10);
        QVERIFY(file.value(QLatin1String("error")).isNull());
        QCOMPARE(json.value(QLatin1String("records")).toInt(), 10);
        QCOMPARE(json.value(QLatin1String("byProvider"))
                     .toObject()
                     .value(QLatin1String("MsiInstaller"))
                     .toInt(),
                 1);
        QCOMPARE(
            json.value(QLatin1String("byEventId")).toObject().value(QLatin1String("1053")).toInt(),
            2);
        const QJsonObject as = json.value(QLatin1String("activesync")).toObject();
        QCOMPARE(as.value(QLatin1String("events")).toInt(), 8);
        QCOMPARE(as.value(QLatin1String("blocking")).toInt(), 6);
        QCOMPARE(as.value(QLatin1String("first")).toString(),
                 QStringLiteral("2026-11-24T07:59:00Z"));
        QCOMPARE(as.value(QLatin1String("last")).toString(),
                 QStringLiteral("2026-11-24T09:30:00Z"));
        QCOMPARE(as.value(QLatin1String("byReason")).toObject().size(), 5);
        const QJsonObject top = as.value(QLatin1String("topReasons")).toArray().first().toObject();
        QCOMPARE(top.value(QLatin1String("reason")).toString(),
                 QStringLiteral("ActiveSync is disabled for this user"));
        const QJsonObject group = as.value(QLatin1String("groups")).toArray().first().toObject();
        QCOMPARE(group.value(QLatin1String("clientIp")).toString(), QStringLiteral("203.0.113.7"));
        QCOMPARE(group.value(QLatin1String("events")).toInt(), 3);
        QCOMPARE(json.value(QLatin1String("cancelled")).toBool(), false);
    }

    void raisesBlockingEventsFound()
    {
        const Findings findings = findingsFor(analyzeEventFiles({m_viewerExport}));
        QCOMPARE(findings.size(), 1);
        const Finding &f = findings.first();
        QCOMPARE(f.id, QStringLiteral("blocking-events-found"));
        QCOMPARE(f.step, QStringLiteral("logs"));
        QCOMPARE(f.severity, Severity::Fail);
        QCOMPARE(f.evidence.value(QStringLiteral("events")).toLongLong(), 6);
        QCOMPARE(f.evidence.value(QStringLiteral("byReason"))
                     .toMap()
                     .value(QStringLiteral("ActiveSync is disabled for this user"))
                     .toLongLong(),
                 3);
        QCOMPARE(f.evidence.value(QStringLiteral("peakHour")).toString(),
                 QStringLiteral("2026-11-24T08:00:00Z"));
        QVERIFY(
            f.evidence.value(QStringLiteral("clientIps")).toStringList().contains("198.51.100.4"));
        QVERIFY(f.detail.contains(QLatin1String("ActiveSync is disabled for this user")));
        QVERIFY(f.detail.contains(QLatin1String("2026-11-24T08:05:00Z")));
    }

    void filtersFindingsToTheUser_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("events");
        QTest::newRow("UPN") << "jdoe@contoso.com"
                             << "blocking-events-found" << qint64(3);
        QTest::newRow("DOMAIN\\user") << "CONTOSO\\JDoe"
                                      << "blocking-events-found" << qint64(3);
        QTest::newRow("other user") << "alice@contoso.com"
                                    << "blocking-events-found" << qint64(1);
        QTest::newRow("nobody blocked") << "bob@contoso.com"
                                        << "blocking-events-other-users" << qint64(6);
    }
    void filtersFindingsToTheUser()
    {
        QFETCH(QString, user);
        QFETCH(QString, id);
        QFETCH(qint64, events);
        const Findings findings = findingsFor(analyzeEventFiles({m_viewerExport}), user);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().id, id);
        QCOMPARE(findings.first().evidence.value(QStringLiteral("events")).toLongLong(), events);
    }

    void passesWhenNothingBlocks()
    {
        const Findings findings = findingsFor(
            analyzeEventFiles({sample("msexchange_cmdletlogs_id6_transport_agent.evtx")}));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().id, QStringLiteral("blocking-events-none"));
        QCOMPARE(findings.first().severity, Severity::Pass);
        QVERIFY(findings.first().detail.contains(QLatin1String("None of the 4 record")));
    }

    void reportsUnreadableAndPartlyReadFiles()
    {
        const QString junk = writeFile(m_dir, QStringLiteral("junk.evtx"), "#Software: IIS\r\n");
        const QString missing = m_dir.filePath(QStringLiteral("missing.evtx"));
        const EventAnalysis none = analyzeEventFiles({junk, missing});
        QCOMPARE(none.readableSources(), 0);
        QVERIFY(none.sources.at(0).error.contains(QLatin1String("not an event log export")));
        QVERIFY(none.sources.at(1).error.startsWith(QLatin1String("cannot open")));
        const Findings unreadable = findingsFor(none);
        QCOMPARE(unreadable.size(), 1);
        QCOMPARE(unreadable.first().id, QStringLiteral("event-logs-unreadable"));
        QCOMPARE(unreadable.first().severity, Severity::Error);

        const Findings partly = findingsFor(analyzeEventFiles({junk, m_viewerExport}));
        QVERIFY(findingById(partly, "blocking-events-found"));
        const Finding *incomplete = findingById(partly, "event-logs-incomplete");
        QVERIFY(incomplete);
        QCOMPARE(incomplete->severity, Severity::Info);
        QCOMPARE(incomplete->evidence.value(QStringLiteral("files")).toList().size(), 1);
    }

    void reportsLegacyEvt()
    {
        const QString evt = writeFile(m_dir,
                                      QStringLiteral("old.evt"),
                                      QByteArray("\x30\x00\x00\x00LfLe\x01\x00\x00\x00", 12));
        QCOMPARE(detectEventFileFormat(evt), EventFormat::Unknown);
        const EventAnalysis a = analyzeEventFiles({evt});
        QVERIFY(a.sources.first().error.contains(QLatin1String("legacy .evt")));
    }

    void appliesTheTimeWindow()
    {
        EventFilter filter;
        filter.since = QDateTime::fromString(QStringLiteral("2026-11-24T09:00:00Z"), Qt::ISODate);
        const EventAnalysis a = analyzeEventFiles({m_viewerExport}, filter);
        QCOMPARE(a.records, qint64(10));
        QCOMPARE(a.outsideWindow, qint64(6));
        QCOMPARE(a.activeSync.events, qint64(3)); // 09:10, 09:20 (1100) and 09:30 (1040)
        QCOMPARE(a.activeSync.blocking, qint64(2));
    }

    void readsBundleEvents()
    {
        const QByteArray json = R"([
            {"TimeCreated": "/Date(1795510800000)/", "Id": 1100, "ProviderName": "MSExchange ActiveSync",
             "LevelDisplayName": "Error", "MachineName": "EX01",
             "Message": "Exchange ActiveSync blocked the connection for user kim@contoso.com. The connection was blocked because: Access denied by policy. Client IP: 192.0.2.1."},
            {"TimeCreated": {"value": "/Date(1795514400000)/", "DisplayHint": 2}, "Id": 1100,
             "ProviderName": "MSExchange ActiveSync", "LevelDisplayName": "Error",
             "Message": "Exchange ActiveSync blocked the connection for user kim@contoso.com. The connection was blocked because: Access denied by policy. Client IP: 192.0.2.1."},
            {"TimeCreated": "2026-11-24T10:30:00.5+01:00", "Id": 1100, "ProviderName": "Microsoft-Windows-Eventlog",
             "LevelDisplayName": "Information", "Message": "The event logging service has shut down."},
            "not an event"
        ])";
        const EventAnalysis a = analyzeBundleEvents(QJsonDocument::fromJson(json).array(),
                                                    QStringLiteral("bundle.json"));
        QCOMPARE(a.records, qint64(3));
        QCOMPARE(a.sources.first().format, EventFormat::Bundle);
        QVERIFY(a.sources.first().error.contains(QLatin1String("1 entry")));
        QCOMPARE(a.activeSync.blocking, qint64(2));
        QCOMPARE(a.activeSync.byReason.value(QStringLiteral("Access denied by policy")), qint64(2));
        QCOMPARE(a.activeSync.first, QDateTime::fromMSecsSinceEpoch(1795510800000, Qt::UTC));
        QCOMPARE(a.activeSync.last, QDateTime::fromMSecsSinceEpoch(1795514400000, Qt::UTC));
        QCOMPARE(a.byProvider.value(QStringLiteral("Microsoft-Windows-Eventlog")), qint64(1));
    }

    void combinesFilesAndBundle()
    {
        EventAggregator aggregator;
        readEventFiles({m_viewerExport}, aggregator);
        readBundleEvents(
            QJsonArray{QJsonObject{{"Id", 1053}, {"ProviderName", "MSExchange ActiveSync"}}},
            QStringLiteral("bundle"),
            aggregator);
        const EventAnalysis a = aggregator.result();
        QCOMPARE(a.sources.size(), 2);
        QCOMPARE(a.activeSync.byEventId.value(QStringLiteral("1053")), qint64(3));
    }

    void reportsProgressToTheEnd()
    {
        QList<SampleEvent> events;
        for (int i = 0; i < 4000; ++i)
            events.append(samples::heartbeat1040(QStringLiteral("2026-11-24T08:00:00Z")));
        const QString big = writeFile(m_dir, QStringLiteral("big.xml"), wevtutilExport(events));
        const qint64 total = QFileInfo(big).size() + QFileInfo(m_viewerExport).size();
        QList<qint64> seen;
        const EventAnalysis a
            = analyzeEventFiles({big, m_viewerExport}, {}, [&](qint64 done, qint64 all) {
                  QCOMPARE(all, total);
                  seen.append(done);
              });
        QCOMPARE(a.records, qint64(4010));
        QVERIFY(seen.size() > 4);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(seen.last(), total);
    }

    void stopsWhenCancelled()
    {
        QList<SampleEvent> events;
        for (int i = 0; i < 4000; ++i)
            events.append(samples::heartbeat1040(QStringLiteral("2026-11-24T08:00:00Z")));
        const QString big = writeFile(m_dir, QStringLiteral("cancel.xml"), wevtutilExport(events));
        std::atomic<bool> cancel{false};
        const EventAnalysis a = analyzeEventFiles(
            {big, m_viewerExport}, {}, [&](qint64, qint64) { cancel = true; }, &cancel);
        QVERIFY(a.cancelled);
        QVERIFY(a.records > 0 && a.records < 4000);
        QVERIFY(a.sources.at(0).error.startsWith(QLatin1String("cancelled")));
        QCOMPARE(a.sources.at(1).records, qint64(0));
        QCOMPARE(a.sources.at(1).error, QStringLiteral("not read: cancelled"));
        const Findings findings = findingsFor(a);
        QVERIFY(!findingById(findings, "blocking-events-none"));
        QVERIFY(findingById(findings, "event-logs-incomplete"));
    }
};

QTEST_GUILESS_MAIN(TestEventAnalysis)
#include "TestEventAnalysis.moc"
