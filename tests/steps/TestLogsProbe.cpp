#include "SimFixture.h"

#include "../logs/LogSamples.h"

#include "steps/LogsProbe.h"
#include "steps/LogsStepData.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace eas;
using namespace eas::test;

namespace {
QString data(const QString &relative)
{
    return qEnvironmentVariable("EAS_TEST_DATA") + QLatin1Char('/') + relative;
}
} // namespace

class TestLogsProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutLogsSaysWhatToGive()
    {
        LogsProbe probe(DiagnosisTarget{});
        const ProbeResult r = SimFixture::run(probe);
        QCOMPARE(r.status, Severity::Skip);
        QVERIFY(SimFixture::find(r, "no-logs-given")->detail.contains("W3SVC1"));
    }

    void readsIisLogsAndEventExports()
    {
        DiagnosisTarget t;
        t.logPaths = {data("iis/brianary_ex031118.log"), data("iis/brianary_ex960101.log")};
        t.eventFiles = {data("evtx/application_mssql_33205_failed_logins.evtx")};
        LogsProbe probe(t);
        QSignalSpy progress(&probe, &Probe::progressChanged);
        const ProbeResult r = SimFixture::run(probe);
        QVERIFY(!r.findings.isEmpty());
        for (const Finding &f : r.findings)
            QCOMPARE(f.step, steps::Logs);
        QVERIFY(!SimFixture::find(r, "logs-unreadable"));
        QVERIFY(
            SimFixture::find(r, "logs-no-activesync")); // the public samples carry no ActiveSync
        QVERIFY(SimFixture::find(r, "blocking-events-none"));
        QVERIFY(progress.count() >= 1);
    }

    void reportsBytesAndKeepsTheTablesAsData()
    {
        QTemporaryDir dir;
        QFile log(dir.filePath("u_ex261124.log"));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write(LogSamples::exchange());
        log.close();
        DiagnosisTarget t;
        t.logPaths = {dir.path()};
        t.email = QStringLiteral("jdoe@contoso.com");
        LogsProbe probe(t);
        QSignalSpy progress(&probe, &Probe::progressChanged);
        const ProbeResult r = SimFixture::run(probe);
        QVERIFY(!progress.isEmpty());
        QVariantMap last;
        for (const QList<QVariant> &signal : std::as_const(progress)) {
            if (!signal.at(2).toMap().isEmpty())
                last = signal.at(2).toMap();
        }
        QCOMPARE(last.value("bytesDone").toLongLong(), log.size());
        QCOMPARE(last.value("bytesTotal").toLongLong(), log.size());
        QVERIFY(last.value("lines").toLongLong() > 0);
        QVERIFY(last.contains("bytesPerSecond") && last.contains("linesPerSecond"));
        const LogsStepData data = LogsStepData::fromJson(r.data);
        QVERIFY(!data.users.isEmpty());
        for (const logs::Ranked &user : data.users) // the diagnosed user's requests only
            QVERIFY2(user.key.contains(QStringLiteral("jdoe")), qPrintable(user.key));
        QVERIFY(!data.timeline.isEmpty());
    }

    void unreadableLogsAreAnError()
    {
        QTemporaryDir dir;
        DiagnosisTarget t;
        t.logPaths = {dir.filePath("missing-folder")};
        LogsProbe probe(t);
        const ProbeResult r = SimFixture::run(probe);
        QCOMPARE(SimFixture::find(r, "logs-unreadable")->severity, Severity::Error);
        QCOMPARE(r.status, Severity::Error);
    }

    void cancelEndsOnce()
    {
        DiagnosisTarget t;
        t.logPaths = {data("iis")};
        LogsProbe probe(t);
        QSignalSpy done(&probe, &Probe::finished);
        probe.start();
        probe.cancel();
        probe.cancel();
        probe.start();
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().first().value<ProbeResult>().status, Severity::Skip);
    }
};

QTEST_GUILESS_MAIN(TestLogsProbe)
#include "TestLogsProbe.moc"
