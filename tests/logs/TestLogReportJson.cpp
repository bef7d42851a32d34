#include "logs/LogReportJson.h"

#include <QJsonDocument>
#include <QTest>

#include <random>

using namespace eas::logs;

namespace {

QJsonObject activesync(const LogReport &report)
{
    return LogReportJson::toJson(report, {}).value("activesync").toObject();
}

QString fromUtf8(const std::string &bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

} // namespace

// The report is written straight as JSON text (JsonText, LogTablesJson): it must parse to what
// building it with QJsonObject would give, one value per key.
class TestLogReportJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timesAsQDateTimeWritesThem()
    {
        std::vector<std::int64_t> times = {0,
                                           -1,
                                           -86400,
                                           951782400,     // 2000-02-29
                                           4107542399,    // 2100-02-28T23:59:59
                                           -62135596800,  // 0001-01-01T00:00:00
                                           253402300799,  // 9999-12-31T23:59:59
                                           -62135596801,  // before year 1: QDateTime's own form
                                           253402300800}; // year 10000
        std::mt19937_64 random(7);
        std::uniform_int_distribution<std::int64_t> anyTime(-62135596800, 253402300799);
        for (int i = 0; i < 2000; ++i)
            times.push_back(anyTime(random));
        LogReport report;
        ActiveSyncStats &as = report.aggregates.activesync;
        for (const std::int64_t t : times) {
            DeviceStats &d = as.byDevice[std::to_string(t)];
            d.counts.requests = 1;
            d.firstSeen = t;
        }
        as.byDevice["never"].firstSeen = ActiveSyncStats::kNoTime;
        const QJsonObject devices = activesync(report).value("byDevice").toObject();
        QCOMPARE(devices.size(), qsizetype(times.size() + 1));
        for (const std::int64_t t : times) {
            const QJsonValue seen = devices.value(QString::number(t)).toObject().value("firstSeen");
            QCOMPARE(seen.toString(),
                     QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate));
        }
        QVERIFY(devices.value("never").toObject().value("firstSeen").isNull());
        QCOMPARE(devices.value("0").toObject().value("requests").toInteger(), 1);
    }

    void keysAndTextAsLogged()
    {
        const std::vector<std::string> keys = {"contoso\\jdoe",
                                               "quote\"d",
                                               std::string("nul\0x", 5),
                                               "tab\tand\x01",
                                               "caf\xc3\xa9",
                                               "bad\xff utf-8",
                                               "cut \xc3",
                                               "\xe2\x82\xac euro"};
        LogReport report;
        ActiveSyncStats &as = report.aggregates.activesync;
        for (const std::string &k : keys) {
            as.byUser[k].counts.requests = 2;
            as.byDevice[k].counts.failures = 3;
            DeviceInfo &info = as.deviceInfo[k];
            info.known = true;
            info.deviceType = k;
            info.user = k;
            ++as.byClientIp[k].requests;
        }
        as.deviceInfo["quote\"d"].userAgent.clear();
        const QJsonObject o = activesync(report);
        for (const std::string &k : keys) {
            const QString key = fromUtf8(k);
            QCOMPARE(o.value("byUser").toObject().value(key).toObject().value("requests"), 2);
            const QJsonObject device = o.value("byDevice").toObject().value(key).toObject();
            QCOMPARE(device.value("failures"), 3);
            QCOMPARE(device.value("deviceType").toString(), key);
            QCOMPARE(device.value("user").toString(), key);
            QVERIFY(device.value("userAgent").isNull());
            QVERIFY(device.value("firstSeen").isNull());
            QCOMPARE(o.value("byClientIp").toObject().value(key).toObject().value("requests"), 1);
        }
        // What QJsonDocument writes parses back to the same.
        const QJsonObject whole = LogReportJson::toJson(report, {});
        QCOMPARE(QJsonDocument::fromJson(QJsonDocument(whole).toJson()).object(), whole);
    }

    void keysThatReadAlikeGiveOneAnswer()
    {
        // "a\xfe" and "a\xff" are both "a\uFFFD" in JSON: whatever order the table was filled
        // in, the same one is kept.
        LogReport ab;
        ab.aggregates.activesync.byUser["a\xfe"].counts.requests = 1;
        ab.aggregates.activesync.byUser["a\xff"].counts.requests = 2;
        LogReport ba;
        ba.aggregates.activesync.byUser["a\xff"].counts.requests = 2;
        ba.aggregates.activesync.byUser["a\xfe"].counts.requests = 1;
        const QJsonObject users = activesync(ab).value("byUser").toObject();
        QCOMPARE(users.size(), 1);
        const std::string text = LogReportJson::toText(ab, {});
        QCOMPARE(QString::fromStdString(text).count(QStringLiteral("\"a\uFFFD\"")), 1);
        QCOMPARE(users, activesync(ba).value("byUser").toObject());
    }

    void aLoggedOtherKeyGivesWayToTheOverflow()
    {
        ByteTable<Counts> small(2);
        small["(other)"].requests = 1;
        small["b"].requests = 2;
        small["c"].requests = 4; // past the limit
        LogReport report;
        report.aggregates.activesync.byClientIp = small;
        const std::string text = LogReportJson::toText(report, {});
        QCOMPARE(QString::fromStdString(text).count(QStringLiteral("\"(other)\"")), 1);
        const QJsonObject ips = activesync(report).value("byClientIp").toObject();
        QCOMPARE(ips.size(), 2);
        QCOMPARE(ips.value("(other)").toObject().value("requests"), 4);
    }

    void overflowAndNumbers()
    {
        LogReport report;
        ActiveSyncStats &as = report.aggregates.activesync;
        for (int i = 0; i < 1002; ++i) {
            CmdStats &c = as.byCmd["Cmd" + std::to_string(i)];
            ++c.counts.requests;
            c.timedRequests = i % 2;
            c.timeTakenTotalMs = 7;
            c.timeTakenMaxMs = INT64_MAX;
        }
        UserStats &u = as.byUser["u"];
        u.counts.requests = 5;
        u.otherStatuses.add(-1, 1);
        u.otherStatuses.add(401, 2);
        const QJsonObject o = activesync(report);
        const QJsonObject cmds = o.value("byCmd").toObject();
        QCOMPARE(cmds.size(), 1001);
        const QJsonObject other = cmds.value(LogReport::kOtherKey).toObject();
        QCOMPARE(other.value("requests"), 2);
        QVERIFY(cmds.value("Cmd0").toObject().value("averageTimeTakenMs").isNull());
        QCOMPARE(cmds.value("Cmd1").toObject().value("averageTimeTakenMs"), 7);
        QCOMPARE(cmds.value("Cmd1").toObject().value("maxTimeTakenMs").toInteger(), INT64_MAX);
        const QJsonObject statuses
            = o.value("byUser").toObject().value("u").toObject().value("byStatus").toObject();
        QCOMPARE(statuses, QJsonObject({{"200", 2}, {"-", 1}, {"401", 2}}));
    }
};

QTEST_GUILESS_MAIN(TestLogReportJson)
#include "TestLogReportJson.moc"
