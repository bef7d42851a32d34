#include "FakeProbe.h"
#include "FakeRunnerFactory.h"
#include "StallMeter.h"
#include "WizardDriver.h"

#include "DiagnosisWizard.h"
#include "run/RunController.h"

#include "core/Steps.h"

#include "demo/DemoSession.h"
#include "engine/EngineRunnerFactory.h"

#include <QNetworkAccessManager>

#include <QAbstractButton>
#include <QTest>

using namespace eas;
using namespace eas::test;
using namespace eas::wizard;

namespace {

// The GUI thread's longest pause may not pass this during a run (wide margin: the pages only
// rebuild a few widgets per result).
constexpr qint64 kStallLimitMs = 200;

// More findings per step than the engine raises (it raises each id once), long texts, steps
// ending at staggered times, one that times out.
FakeRunnerFactory busyFakes()
{
    FakeRunnerFactory fake;
    int delay = 40;
    for (const QString &step : steps::all()) {
        Findings findings;
        for (int i = 0; i < 15; ++i) {
            Finding f = makeFinding(QStringLiteral("%1-finding-%2").arg(step).arg(i),
                                    step,
                                    i % 7 == 0 ? Severity::Warn : Severity::Info);
            f.detail
                = QString(QStringLiteral("A long explanation of what was seen. ")).repeated(12);
            f.evidence.insert(QStringLiteral("values"), QVariantList{1, 2, 3, "four"});
            findings.append(f);
        }
        fake.setPlan(step, findings, step == steps::Logs ? -1 : delay);
        delay += 60;
    }
    return fake;
}

} // namespace

class TestWizardStall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guiNeverStallsDuringARun_data()
    {
        QTest::addColumn<QString>("scenario"); // empty: fake probes
        QTest::newRow("fake probes") << QString();
        QTest::newRow("simulator healthy") << QStringLiteral("healthy");
        QTest::newRow("simulator cert-expired") << QStringLiteral("cert-expired");
    }

    void guiNeverStallsDuringARun()
    {
        QFETCH(QString, scenario);
        WizardSetup setup;
        const FakeRunnerFactory fake = busyFakes();
        setup.runnerFactory = fake.factory();
        setup.baseTarget.stepTimeout = std::chrono::milliseconds(800);
        DemoSession demo;
        QNetworkAccessManager nam;
        if (!scenario.isEmpty()) {
            QString error;
            QVERIFY2(demo.start(scenario, &error), qPrintable(error));
            demo.applyTo(setup);
            setup.runnerFactory = engineRunnerFactory(&nam);
            setup.baseTarget.stepTimeout = std::chrono::seconds(10);
        }
        DiagnosisWizard wizard(setup);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        WizardDriver driver(wizard);
        if (scenario.isEmpty())
            driver.fillTarget("jdoe@contoso.com", "Passw0rd!", "https://mail.contoso.com");

        StallMeter meter;
        meter.start();
        driver.click("runAllButton");
        // Walk the pages while the results come in, as a user watching the run would.
        while (wizard.runs()->isRunning() || wizard.currentId() != DiagnosisWizard::SummaryPageId) {
            QVERIFY(QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); },
                                    30000));
            if (wizard.currentId() == DiagnosisWizard::SummaryPageId) {
                QVERIFY(driver.waitUntilIdle(30000));
            } else {
                driver.next();
                // A user's next click comes from the event loop: let it turn in between.
                QCoreApplication::processEvents();
            }
        }
        meter.stop();
        qInfo("longest event-loop stall: %lld ms", meter.longestStallMs());
        QVERIFY2(
            meter.longestStallMs() <= kStallLimitMs,
            qPrintable(
                QStringLiteral("the GUI thread stalled for %1 ms").arg(meter.longestStallMs())));
    }
};

QTEST_MAIN(TestWizardStall)
#include "TestWizardStall.moc"
