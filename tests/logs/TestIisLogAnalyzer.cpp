#include "AnalyzeSample.h"
#include "LogSamples.h"

#include "logs/IisLogAnalyzer.h"
#include "logs/LogReportJson.h"

#include <QTest>

using namespace eas::logs;

namespace {

using LogSamples::analyze;

// The whole result as JSON, without what depends on the run (time taken, threads).
QJsonObject comparable(const LogReport &report)
{
    QJsonObject o = LogReportJson::toJson(report, {});
    o.remove(QStringLiteral("durationMs"));
    o.remove(QStringLiteral("threads"));
    return o;
}

std::int64_t statusOf(const StatusCounts &counts, int status)
{
    return counts[std::size_t(status)];
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestIisLogAnalyzer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exchangeSampleTotals()
    {
        const LogReport r = analyze(LogSamples::exchange());
        QCOMPARE(r.files.size(), std::size_t(1));
        const FileReport &f = r.files.front();
        QCOMPARE(f.lines, 21);
        QCOMPARE(f.directives, 9);
        QCOMPARE(f.requests, 11);
        QCOMPARE(f.activesyncRequests, 9);
        QCOMPARE(f.corruptLines, 1);
        QCOMPARE(f.corrupt.size(), std::size_t(1));
        QCOMPARE(f.corrupt.front().line, 20);
        QCOMPARE(f.corrupt.front().reason, CorruptReason::FieldCount);
        QCOMPARE(f.software, QStringLiteral("Microsoft Internet Information Services 10.0"));
        QCOMPARE(f.version, QStringLiteral("1.0"));
        QCOMPARE(f.date, QStringLiteral("2026-11-24 08:00:00"));
        QVERIFY(f.error.isEmpty());
        QVERIFY(f.read);
        QCOMPARE(r.passes, 1);
        const StatusCounts &all = r.aggregates.byStatus;
        QCOMPARE(statusOf(all, 200), 4);
        QCOMPARE(statusOf(all, 401), 3);
        QCOMPARE(statusOf(all, 403), 1);
        QCOMPARE(statusOf(all, 500), 2);
        QCOMPARE(statusOf(all, 503), 1);
    }

    void exchangeSampleActiveSync()
    {
        const ActiveSyncStats as = analyze(LogSamples::exchange()).aggregates.activesync;
        QCOMPARE(as.requests, 9);
        QCOMPARE(as.failures, 5); // 401.2 is the normal first leg
        QCOMPARE(as.frontEnd, 6);
        QCOMPARE(as.backEnd, 3);
        QCOMPARE(statusOf(as.byStatus, 200), 3);
        QCOMPARE(statusOf(as.byStatus, 401), 3);
        QCOMPARE(statusOf(as.byStatus, 500), 1);
        QCOMPARE(statusOf(as.backEndByStatus, 403), 1);
        QCOMPARE(statusOf(as.frontEndByStatus, 401), 3);
        QCOMPARE(as.authFailures, 2);
        QCOMPARE(as.autoBlocked, 1);
        QCOMPARE(as.quarantined, 1);
        QCOMPARE(as.byStatusDetail.at(ActiveSyncStats::statusKey(401, 1, 1326)), 2);
        QCOMPARE(as.byStatusDetail.at(ActiveSyncStats::statusKey(401, 2, 5)), 1);
        QCOMPARE(as.byStatusDetail.at(ActiveSyncStats::statusKey(200, 0, 0)), 3);
        QCOMPARE(LogReport::timeFromSecs(as.firstFailure), at("2026-11-24T08:00:02Z"));
        QCOMPARE(LogReport::timeFromSecs(as.lastFailure), at("2026-11-24T12:30:00Z"));
        QCOMPARE(as.byEasStatus.at(126), 1);
        QCOMPARE(as.byEasStatus.at(1), 1);
        QCOMPARE(*as.byStatusError.get("403 UserDisabledForSync"), 1);
        QCOMPARE(*as.byStatusError.get("503 DeviceIsAutoBlocked"), 1);
        QCOMPARE(*as.byStatusError.get("500 MailboxConnectionFailed"), 1);
        QCOMPARE(*as.byAccessState.get("QuarantinedD"), 1);
    }

    void exchangeSampleKeys()
    {
        const ActiveSyncStats as = analyze(LogSamples::exchange()).aggregates.activesync;
        QCOMPARE(as.byUser.size(), std::size_t(3));             // the OPTIONS request has no user
        const UserStats *jdoe = as.byUser.get("contoso\\jdoe"); // cs-username or User=
        QCOMPARE(jdoe->counts.requests, 4);
        QCOMPARE(jdoe->counts.failures, 1);
        QCOMPARE(jdoe->authFailures, 1);
        QCOMPARE(as.byUser.get("jdoe@contoso.com")->counts.requests, 1);
        QCOMPARE(as.byUser.get("contoso\\asmith")->counts.failures, 3);
        const DeviceStats *dev1 = as.byDevice.get("DEV1");
        QCOMPARE(dev1->counts.requests, 5);
        QCOMPARE(dev1->counts.failures, 2);
        QCOMPARE(LogReport::timeFromSecs(dev1->firstSeen), at("2026-11-24T08:00:01Z"));
        const DeviceInfo *info = as.deviceInfo.get("DEV1");
        QCOMPARE(info->deviceType, std::string("iPhone"));
        QCOMPARE(info->user, std::string("contoso\\jdoe"));
        QCOMPARE(info->userAgent, std::string("Apple-iPhone/1.0"));
        QCOMPARE(as.deviceInfo.get("DEV2")->userAgent, std::string("Android-Mail/2023.1"));
        QVERIFY(!as.byDevice.get("DEV4"));
        const CmdStats *sync = as.byCmd.get("Sync");
        QCOMPARE(sync->counts.requests, 5);
        QCOMPARE(sync->counts.failures, 3);
        QCOMPARE(sync->timedRequests, 4); // the second #Fields has no time-taken
        QCOMPARE(sync->timeTakenTotalMs, 15 + 20 + 31 + 12);
        QCOMPARE(sync->timeTakenMaxMs, 31);
        QCOMPARE(as.byCmd.get("-")->counts.requests, 1);
        QCOMPARE(as.byClientIp.get("203.0.113.5")->requests, 4);
        QCOMPARE(as.byClientIp.get("10.0.0.1")->failures, 3);
        QCOMPARE(as.byServer.get("10.0.0.1")->requests, 4);
        QCOMPARE(as.byServer.get("10.0.0.2")->requests, 3);
    }

    void exchangeSampleTimeline()
    {
        const LogReport r = analyze(LogSamples::exchange());
        const QList<TimelinePoint> timeline = r.timeline();
        QCOMPARE(timeline.size(), 5);
        QCOMPARE(timeline[0].hour, at("2026-11-24T08:00:00Z"));
        QCOMPARE(timeline[0].stats.requests, 3);
        QCOMPARE(timeline[0].stats.status401, 2);
        QCOMPARE(timeline[1].stats.status403, 1);
        QCOMPARE(timeline[1].stats.status503, 1);
        QCOMPARE(timeline[3].stats.status500, 1);
        QCOMPARE(timeline[4].hour, at("2026-11-24T12:00:00Z"));
        QCOMPARE(timeline[4].stats.failures, 1);
    }

    void base64QueriesAreDecoded()
    {
        // Front end: the [MS-ASHTTP] example (Sync, no user in the blob: cs-username says who).
        // Back end: 16.1 Provision with a binary device ID and the user as a parameter, its
        // padding percent-encoded, the Log= items IIS appends; Ping with a user whose '+' stays;
        // a first piece that is base64 but no query, then plain items.
        const QByteArray provision
            = LogSamples::easQuery(161,
                                   20,
                                   QByteArray::fromHex("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf"),
                                   QByteArray::fromHex("01020304"),
                                   "Android",
                                   {{8, "CONTOSO\\jsmith"}})
                  .toBase64()
                  .replace("=", "%3D");
        const QByteArray ping
            = LogSamples::easQuery(141, 18, "DEVC", {}, "iPhone", {{8, "Ann+Lee@contoso.com"}})
                  .toBase64();
        QList<QByteArray> lines = LogSamples::exchangeLines().mid(0, 4);
        lines << "2026-11-24 08:00:01 10.0.0.1 POST /Microsoft-Server-ActiveSync/default.eas "
                 "jAAJBAp2MTQwRGV2aWNlAApTbWFydFBob25l 443 contoso\\rmjones 203.0.113.5 "
                 "SmartPhone/1.0 - 200 0 0 15"
              << "2026-11-24 08:00:02 10.0.0.2 POST /Microsoft-Server-ActiveSync/Proxy/default.eas "
                     + provision
                     + "&Log=V161_S1_Error:DeviceIsBlockedForThisUser_As:BlockedG 443 - 10.0.0.1 "
                       "Android-Mail/1.0 - 403 0 0 31"
              << "2026-11-24 08:00:03 10.0.0.1 POST /Microsoft-Server-ActiveSync/default.eas "
                     + ping + " 443 - 203.0.113.7 Apple-iPhone/1.0 - 200 0 0 900000"
              << "2026-11-24 08:00:04 10.0.0.1 POST /Microsoft-Server-ActiveSync/default.eas "
                 "QUJD&Cmd=FolderSync&User=contoso%5Cjdoe&DeviceId=DEVD&DeviceType=iPad 443 - "
                 "203.0.113.5 Apple-iPad/1.0 - 200 0 0 7";
        const LogReport r = analyze(LogSamples::join(lines));
        QCOMPARE(r.files.front().activesyncRequests, 4);
        QCOMPARE(r.files.front().corruptLines, 0);
        const ActiveSyncStats &as = r.aggregates.activesync;
        QCOMPARE(as.requests, 4);
        QCOMPARE(as.failures, 1);
        QCOMPARE(as.byCmd.size(), std::size_t(4));
        QCOMPARE(as.byCmd.get("Sync")->counts.requests, 1);
        QCOMPARE(as.byCmd.get("Provision")->counts.failures, 1);
        QCOMPARE(as.byCmd.get("Ping")->timeTakenMaxMs, 900000);
        QCOMPARE(as.byCmd.get("FolderSync")->counts.requests, 1);
        QCOMPARE(as.byUser.size(), std::size_t(4));
        QCOMPARE(as.byUser.get("contoso\\rmjones")->counts.requests, 1);
        QCOMPARE(as.byUser.get("contoso\\jsmith")->counts.failures, 1);
        QCOMPARE(as.byUser.get("ann+lee@contoso.com")->counts.requests, 1);
        QCOMPARE(as.byUser.get("contoso\\jdoe")->counts.requests, 1);
        QCOMPARE(as.byDevice.size(), std::size_t(4));
        QCOMPARE(as.byDevice.get("A0A1A2A3A4A5A6A7A8A9AAABACADAEAF")->counts.failures, 1);
        QCOMPARE(as.deviceInfo.get("v140Device")->deviceType, std::string("SmartPhone"));
        QCOMPARE(as.deviceInfo.get("v140Device")->user, std::string("contoso\\rmjones"));
        QCOMPARE(as.deviceInfo.get("A0A1A2A3A4A5A6A7A8A9AAABACADAEAF")->deviceType,
                 std::string("Android"));
        QCOMPARE(as.deviceInfo.get("DEVC")->user, std::string("ann+lee@contoso.com"));
        QCOMPARE(as.deviceInfo.get("DEVD")->deviceType, std::string("iPad"));
        QCOMPARE(as.byEasStatus.size(), std::size_t(1));
        QCOMPARE(as.byEasStatus.at(1), 1);
        QCOMPARE(*as.byStatusError.get("403 DeviceIsBlockedForThisUser"), 1);
        QCOMPARE(*as.byAccessState.get("BlockedG"), 1);
        QCOMPARE(as.backEnd, 1);
        // The answer does not depend on how the file is cut.
        AnalysisOptions chunked;
        chunked.threads = 2;
        chunked.chunkBytes = 97;
        QCOMPARE(comparable(analyze(LogSamples::join(lines), chunked)), comparable(r));
        // The user filter finds a user named in a blob.
        AnalysisOptions jsmith;
        jsmith.user = QStringLiteral("jsmith@contoso.com");
        QCOMPARE(analyze(LogSamples::join(lines), jsmith).aggregates.activesync.requests, 1);
    }

    void lineEndingsDoNotMatter()
    {
        const QJsonObject lf = comparable(analyze(LogSamples::exchange("\n")));
        const QJsonObject crlf = comparable(analyze(LogSamples::exchange("\r\n")));
        QCOMPARE(lf.value("activesync"), crlf.value("activesync"));
        QCOMPARE(lf.value("totals").toObject().value("byStatus"),
                 crlf.value("totals").toObject().value("byStatus"));
        QCOMPARE(lf.value("totals").toObject().value("lines"),
                 crlf.value("totals").toObject().value("lines"));
        QCOMPARE(lf.value("totals").toObject().value("bytes").toInteger() + 21,
                 crlf.value("totals").toObject().value("bytes").toInteger());
    }

    void userFilter()
    {
        AnalysisOptions o;
        o.user = QStringLiteral("CONTOSO\\JDoe"); // also finds jdoe@contoso.com
        LogReport r = analyze(LogSamples::exchange(), o);
        QCOMPARE(r.aggregates.activesync.requests, 5);
        QCOMPARE(r.aggregates.activesync.authFailures, 1);
        QCOMPARE(r.files.front().activesyncRequests, 9); // the totals stay per logged line
        o.user = QStringLiteral("asmith");
        r = analyze(LogSamples::exchange(), o);
        QCOMPARE(r.aggregates.activesync.requests, 3);
        QCOMPARE(r.aggregates.activesync.byUser.size(), std::size_t(1));
    }

    void timeFilter()
    {
        AnalysisOptions o;
        o.from = at("2026-11-24T09:00:00Z");
        o.to = at("2026-11-24T11:00:00Z");
        const LogReport r = analyze(LogSamples::exchange(), o);
        QCOMPARE(r.files.front().requests, 6);
        QCOMPARE(r.files.front().outOfRange, 5);
        QCOMPARE(r.files.front().corruptLines, 1);
        QCOMPARE(r.aggregates.activesync.requests, 4);
    }

    void emptyAndHeadersOnly()
    {
        LogReport r = analyze(QByteArray());
        QCOMPARE(r.files.front().lines, 0);
        QVERIFY(r.files.front().read);
        QVERIFY(r.anyInputRead());
        r = analyze(LogSamples::join(LogSamples::exchangeLines().mid(0, 4)));
        QCOMPARE(r.files.front().lines, 4);
        QCOMPARE(r.files.front().directives, 4);
        QCOMPARE(r.files.front().requests, 0);
        QCOMPARE(r.files.front().corruptLines, 0);
    }

    void dataWithoutFieldsIsNotGuessed()
    {
        const LogReport r = analyze(
            LogSamples::exchange().mid(LogSamples::exchange().indexOf("2026-11-24 08:00:01")));
        QCOMPARE(r.files.front().noFieldsLines, 9); // lines 5 to 14 but the #Remark
        QCOMPARE(r.files.front().requests, 2);      // lines 19 and 21
        QCOMPARE(r.files.front().corruptLines, 1);
    }

    void corruptLines()
    {
        QList<QByteArray> lines = LogSamples::exchangeLines().mid(0, 7);
        lines.insert(4, QByteArray("2026-11-24 08:00:00 \0\0\0 binary", 30)); // line 5
        lines.insert(5, QByteArray(70 * 1024, 'x'));                          // line 6
        lines.insert(6, QByteArray());                                        // line 7, blank
        QByteArray log = LogSamples::join(lines);
        log += "2026-11-24 08:20:00 10.0.0.1 POST /Microsoft-Server-ActiveSync/def"; // line 11
        const FileReport f = analyze(log).files.front();
        QCOMPARE(f.lines, 11);
        QCOMPARE(f.blankLines, 1);
        QCOMPARE(f.requests, 3);
        QCOMPARE(f.corruptLines, 3);
        QCOMPARE(f.corrupt.size(), std::size_t(3));
        QCOMPARE(f.corrupt[0].line, 5);
        QCOMPARE(f.corrupt[0].reason, CorruptReason::Binary);
        QCOMPARE(f.corrupt[1].line, 6);
        QCOMPARE(f.corrupt[1].reason, CorruptReason::TooLong);
        QCOMPARE(f.corrupt[2].line, 11);
        QCOMPARE(f.corrupt[2].reason, CorruptReason::Truncated);
    }

    void lineTooLongForTheBuffer()
    {
        QByteArray log = LogSamples::join(LogSamples::exchangeLines().mid(0, 4));
        log += QByteArray(3 * 1024 * 1024, 'y') + "\r\n"; // longer than a read
        log += LogSamples::exchangeLines()[6] + "\r\n";
        const FileReport f = analyze(log).files.front();
        QCOMPARE(f.lines, 6);
        QCOMPARE(f.corruptLines, 1);
        QCOMPARE(f.corrupt.front().reason, CorruptReason::TooLong);
        QCOMPARE(f.requests, 1);
    }
};

QTEST_GUILESS_MAIN(TestIisLogAnalyzer)
#include "TestIisLogAnalyzer.moc"
