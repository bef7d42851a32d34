// spec/cli.md: `no-response` and `slow-drip` with --timeout 3 end the whole run in under 5 s.
// A timing assert on purpose (RUN_SERIAL, wide margin); everything else is in benchmarks.
#include "SimFixture.h"

#include "core/ProbeRunner.h"
#include "steps/RunnerFactory.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace eas;
using namespace eas::test;

class TestHangingRuns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endsInTime_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("no-response") << "no-response";
        QTest::newRow("slow-drip") << "slow-drip";
    }
    void endsInTime()
    {
        QFETCH(QString, scenario);
        SimFixture sim(scenario, std::chrono::seconds(3));
        std::unique_ptr<ProbeRunner> runner = createRunner(sim.target, sim.credentials, &sim.nam);
        QSignalSpy done(runner.get(), &ProbeRunner::finished);
        QElapsedTimer clock;
        clock.start();
        runner->start();
        QVERIFY(done.wait(20000));
        const qint64 ms = clock.elapsed();
        QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 took %2 ms").arg(scenario).arg(ms)));
        QCOMPARE(runner->result().rootCause->findingId, QStringLiteral("connection-timeout"));
    }
};

QTEST_GUILESS_MAIN(TestHangingRuns)
#include "TestHangingRuns.moc"
