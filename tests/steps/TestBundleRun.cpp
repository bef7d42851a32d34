// A diagnosis with a collector bundle: what the bundle proves joins the ranked findings of the
// run, its events join the logs step, and every run carries its fix and verification scripts.
#include "SimFixture.h"

#include "core/ProbeRunner.h"
#include "report/BundleImporter.h"
#include "steps/RunnerFactory.h"

#include <QSignalSpy>
#include <QTest>

using namespace eas;
using namespace eas::test;

namespace {

DiagnosisResult diagnose(SimFixture &sim, const RunInputs &inputs)
{
    std::unique_ptr<ProbeRunner> runner
        = createRunner(sim.target, sim.credentials, &sim.nam, inputs);
    QSignalSpy done(runner.get(), &ProbeRunner::finished);
    runner->start();
    done.wait(60000);
    return runner->result();
}

} // namespace

class TestBundleRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundleProvesDisabledMailbox()
    {
        const report::BundleLoad load = report::BundleImporter::load(
            qEnvironmentVariable("EAS_TEST_DATA") + "/bundle/problems.json");
        QVERIFY2(load.ok(), qPrintable(load.error));
        SimFixture sim(QStringLiteral("healthy"));
        sim.target.bundlePath = qEnvironmentVariable("EAS_TEST_DATA") + "/bundle/problems.json";
        const DiagnosisResult r = diagnose(sim, {load.bundle});
        // The wire says healthy, the server side says ActiveSyncEnabled false: the bundle wins.
        QVERIFY(r.rootCause);
        const Finding *disabled = r.finding(QStringLiteral("activesync-disabled"));
        QVERIFY(disabled);
        QCOMPARE(disabled->step, QStringLiteral("user-status"));
        QVERIFY(disabled->fixes.contains(QStringLiteral("enable-activesync")));
        bool script = false;
        for (const FixScript &fix : r.fixes)
            script = script
                     || (fix.id == QLatin1String("enable-activesync")
                         && fix.script.contains("Set-CASMailbox"));
        QVERIFY(script);
        // Its ActiveSync events were read by the logs step.
        QVERIFY(r.step(QStringLiteral("logs"))->result.status != Severity::Skip);
    }

    void healthyRunHasVerificationScriptOnly()
    {
        SimFixture sim(QStringLiteral("healthy"));
        const DiagnosisResult r = diagnose(sim, {});
        QVERIFY(!r.rootCause);
        QVERIFY(!r.fixes.isEmpty());
        for (const FixScript &fix : r.fixes)
            QVERIFY2(!fix.destructive, qPrintable(fix.id));
    }
};

QTEST_GUILESS_MAIN(TestBundleRun)
#include "TestBundleRun.moc"
