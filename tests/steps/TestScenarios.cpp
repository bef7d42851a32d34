// Every simulator scenario of spec/cli.md, diagnosed end to end over real TLS on loopback:
// the root cause and the run's status are the spec's.
#include "SimFixture.h"

#include "core/FindingCatalog.h"
#include "core/ProbeRunner.h"
#include "sim/ScenarioCatalog.h"
#include "steps/RunnerFactory.h"

#include <QSignalSpy>
#include <QTest>

using namespace eas;
using namespace eas::test;

class TestScenarios : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rootCause_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("rootCause");
        for (const sim::ScenarioInfo &s : sim::ScenarioCatalog::all())
            QTest::newRow(qPrintable(s.name)) << s.name << s.expectedRootCause;
    }
    void rootCause()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, rootCause);
        const bool hangs
            = scenario == QLatin1String("no-response") || scenario == QLatin1String("slow-drip");
        SimFixture sim(scenario, std::chrono::milliseconds(hangs ? 2000 : 8000));
        QVERIFY(sim.ok());
        std::unique_ptr<ProbeRunner> runner = createRunner(sim.target, sim.credentials, &sim.nam);
        QSignalSpy done(runner.get(), &ProbeRunner::finished);
        runner->start();
        QVERIFY(done.wait(60000));
        const DiagnosisResult r = runner->result();
        QString dump;
        for (const StepResult &s : r.steps)
            for (const Finding &f : s.result.findings)
                dump += QStringLiteral("\n  %1 %2 %3").arg(s.id, severityName(f.severity), f.id);
        if (rootCause.isEmpty()) {
            const QString unexpected = r.rootCause ? r.rootCause->findingId : QString();
            QVERIFY2(
                !r.rootCause,
                qPrintable(QStringLiteral("unexpected root cause %1%2").arg(unexpected, dump)));
            QVERIFY2(r.status == Severity::Pass || r.status == Severity::Info,
                     qPrintable(severityName(r.status) + dump));
        } else {
            QVERIFY2(r.rootCause, qPrintable(QStringLiteral("no root cause") + dump));
            QCOMPARE(r.rootCause->findingId, rootCause);
            const Severity expected = FindingCatalog::find(rootCause)->severity;
            QVERIFY2(r.status == expected, qPrintable(severityName(r.status) + dump));
        }
        // Each finding id appears once per run.
        QSet<QString> seen;
        for (const StepResult &s : r.steps)
            for (const Finding &f : s.result.findings)
                QVERIFY2(!seen.contains(f.id) || f.id == QLatin1String("explained-by-other-step")
                             || f.id == QLatin1String("prerequisite-failed"),
                         qPrintable(f.id));
    }

    void provisionFullCompletesNeedsProvision()
    {
        SimFixture sim(QStringLiteral("needs-provision"));
        sim.target.provisionFull = true;
        std::unique_ptr<ProbeRunner> runner = createRunner(sim.target, sim.credentials, &sim.nam);
        QSignalSpy done(runner.get(), &ProbeRunner::finished);
        runner->start();
        QVERIFY(done.wait(60000));
        const DiagnosisResult r = runner->result();
        QVERIFY(!r.rootCause);
        QVERIFY(r.finding(QStringLiteral("mailbox-syncs")));
        QVERIFY(!r.finding(QStringLiteral("provisioning-required")));
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "TestScenarios.moc"
