#include "../logs/AnalyzeSample.h"
#include "../logs/LogSamples.h"

#include "logs/IisLogAnalyzer.h"
#include "steps/LogsStepData.h"

#include <QJsonArray>
#include <QTest>

using namespace eas;
using namespace eas::logs;

namespace {

using LogSamples::analyze;

QStringList texts(const QList<Ranked> &ranked)
{
    QStringList out;
    for (const Ranked &r : ranked)
        out.append(QStringLiteral("%1 %2").arg(r.key).arg(r.count));
    return out;
}

} // namespace

class TestLogsStepData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromTheSampleExchangeLog()
    {
        const LogReport report = analyze(LogSamples::exchange());
        const LogsStepData d = LogsStepData::fromReport(report);
        QCOMPARE(texts(d.users), texts(report.topUsers(UserMetric::Failures, 25)));
        QCOMPARE(texts(d.devices), (QStringList{"DEV1 2", "DEV2 2", "DEV3 1"}));
        QCOMPARE(texts(d.clientIps), texts(report.topClientIpsByFailures(25)));
        QCOMPARE(d.reasons.size(), 3);
        QCOMPARE(d.reasons.at(0).status, 403); // ties keep the status order
        QCOMPARE(d.reasons.at(0).reason, QStringLiteral("UserDisabledForSync"));
        QCOMPARE(d.reasons.at(0).count, 1);
        QCOMPARE(d.reasons.at(2).status, 503);
        const QList<TimelinePoint> timeline = report.timeline();
        QCOMPARE(d.timeline.size(), timeline.size());
        QCOMPARE(d.timeline.first().hour, QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC));
        QCOMPARE(d.timeline.first().stats.status401, 2); // 401.2 and 401.1
        QVERIFY(!d.isEmpty());
    }

    void reasonsAreTheBiggestFirstAndCapped()
    {
        QList<QByteArray> lines = LogSamples::exchangeLines().mid(0, 4);
        for (int r = 0; r < 30; ++r) {
            for (int i = 0; i <= r; ++i) {
                lines.append(
                    "2026-11-24 08:00:01 10.0.0.2 POST "
                    "/Microsoft-Server-ActiveSync/Proxy/default.eas "
                    "Cmd=Sync&User=contoso%5Cjdoe&DeviceId=DEV1&DeviceType=iPhone&Log=V161_"
                    "Error:Reason"
                    + QByteArray::number(r)
                    + " 443 contoso\\jdoe 203.0.113.5 Apple-iPhone/1.0 - 500 0 0 15");
            }
        }
        const LogsStepData d = LogsStepData::fromReport(analyze(LogSamples::join(lines)));
        QCOMPARE(d.reasons.size(), LogsStepData::kTopRows);
        QCOMPARE(d.reasons.first().reason, QStringLiteral("Reason29"));
        QCOMPARE(d.reasons.first().count, 30);
        QCOMPARE(d.reasons.last().count, 30 - LogsStepData::kTopRows + 1);
    }

    void jsonRoundTrip()
    {
        const LogsStepData d = LogsStepData::fromReport(analyze(LogSamples::exchange()));
        const QJsonObject json = d.toJson();
        const QJsonObject first = json.value("timeline").toArray().first().toObject();
        QCOMPARE(first.value("hour").toString(), QStringLiteral("2026-11-24T08:00:00Z"));
        QCOMPARE(first.value("401").toInteger(), 2);
        QCOMPARE(json.value("devices").toArray().first().toObject().value("failures").toInteger(),
                 2);
        const LogsStepData back = LogsStepData::fromJson(json);
        QCOMPARE(back.toJson(), json);
        QCOMPARE(back.timeline.first().hour.timeSpec(), Qt::UTC);
    }

    void badJsonGivesNothing()
    {
        QVERIFY(LogsStepData::fromJson({}).isEmpty());
        const QJsonObject bad{{"users", "contoso\\jdoe"},
                              {"devices", QJsonArray{42, QJsonObject{{"failures", 3}}}},
                              {"timeline", QJsonArray{QJsonObject{{"hour", "yesterday"}}}}};
        QVERIFY(LogsStepData::fromJson(bad).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogsStepData)
#include "TestLogsStepData.moc"
