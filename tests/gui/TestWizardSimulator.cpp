#include "WizardDriver.h"

#include "DiagnosisWizard.h"
#include "demo/DemoSession.h"
#include "engine/EngineRunnerFactory.h"
#include "charts/LatencyChart.h"
#include "run/RunController.h"
#include "summary/ChangesBox.h"
#include "summary/FileDialogs.h"

#include "core/ResultsModel.h"
#include "core/Steps.h"

#include <QComboBox>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace eas;
using namespace eas::test;
using namespace eas::wizard;

// Full runs of the wizard against the built-in simulated Exchange, in this process, through
// the real engine (training mode as `--demo` sets it up).
namespace {

// The wizard wired to the in-process simulator the way `eas-doctor --demo` wires it.
struct SimulatorSetup
{
    DemoSession demo;
    QNetworkAccessManager nam;
    WizardSetup setup;

    bool start(const QString &scenario, QString *error)
    {
        if (!demo.start(scenario, error))
            return false;
        demo.applyTo(setup);
        setup.runnerFactory = engineRunnerFactory(&nam);
        setup.baseTarget.stepTimeout = std::chrono::seconds(10);
        return true;
    }
};

} // namespace

class TestWizardSimulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullRun_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("rootCause");
        QTest::addColumn<QString>("rootStep");
        QTest::newRow("healthy") << "healthy" << QString() << QString();
        QTest::newRow("activesync-disabled") << "activesync-disabled"
                                             << "activesync-disabled" << steps::UserStatus;
        QTest::newRow("cert-expired") << "cert-expired"
                                      << "certificate-expired" << steps::Certificate;
    }

    void fullRun()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, rootCause);
        QFETCH(QString, rootStep);
        SimulatorSetup sim;
        QString error;
        QVERIFY2(sim.start(scenario, &error), qPrintable(error));
        const WizardSetup &setup = sim.setup;
        DiagnosisWizard wizard(setup);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        WizardDriver driver(wizard);
        driver.fillTarget(setup.email, setup.password, setup.url.toString());
        driver.click("runAllButton");
        QVERIFY(driver.waitUntilIdle(60000));

        const QStringList rows = driver.checklistRows();
        QCOMPARE(rows.size(), 6);
        for (const QString &row : rows)
            QVERIFY2(!row.startsWith("Pending") && !row.startsWith("Running"), qPrintable(row));
        QVERIFY(driver.goTo(QString()));
        const auto &cause = wizard.results()->rootCause();
        if (rootCause.isEmpty()) {
            QVERIFY2(!cause, qPrintable(cause ? cause->findingId : QString()));
            for (const QString &row : rows)
                QVERIFY2(!row.startsWith("FAIL") && !row.startsWith("WARN")
                             && !row.startsWith("ERROR"),
                         qPrintable(row));
            QVERIFY(driver.rootCauseText().startsWith("No problem found"));
        } else {
            QVERIFY(cause);
            QCOMPARE(cause->findingId, rootCause);
            QCOMPARE(cause->step, rootStep);
            QVERIFY(rows.contains("FAIL  " + steps::title(rootStep)));
            QCOMPARE(driver.rootCauseText(), "FAIL — root cause: " + cause->title);
        }
    }

    void theScenarioPickerSwitchesTheSimulator()
    {
        SimulatorSetup sim;
        QString error;
        QVERIFY2(sim.start("healthy", &error), qPrintable(error));
        DiagnosisWizard wizard(sim.setup);
        connect(&wizard, &DiagnosisWizard::scenarioChanged, &wizard, [&sim](const QString &name) {
            QVERIFY(sim.demo.setScenario(name));
        });
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *picker = wizard.findChild<QComboBox *>("scenarioComboBox");
        picker->setCurrentIndex(picker->findData("activesync-disabled"));
        WizardDriver driver(wizard);
        driver.click("runAllButton");
        QVERIFY(driver.waitUntilIdle(60000));
        QCOMPARE(wizard.results()->rootCause()->findingId, QStringLiteral("activesync-disabled"));
    }

    void retestShowsWhatChangedAndTheChartHasTimings()
    {
        SimulatorSetup sim;
        QString error;
        QVERIFY2(sim.start("healthy", &error), qPrintable(error));
        const WizardSetup &setup = sim.setup;
        DiagnosisWizard wizard(setup);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        WizardDriver driver(wizard);
        driver.fillTarget(setup.email, setup.password, setup.url.toString());
        driver.click("runAllButton");
        QVERIFY(driver.waitUntilIdle(60000));
        QVERIFY(driver.goTo(QString()));
        QVERIFY(!wizard.results()->rootCause());
        QTRY_VERIFY(wizard.findChild<LatencyChart *>()->hasData());
        QTemporaryDir dir;
        FileDialogs::setNextFileName(dir.filePath("report.html"));
        driver.click("saveReportButton");
        QFile report(dir.filePath("report.html"));
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.readAll().contains("data:image/png;base64,"));
        auto *changes = wizard.findChild<ChangesBox *>();
        QVERIFY(!changes->isVisible());

        QVERIFY(sim.demo.setScenario("activesync-disabled"));
        driver.click("runAllAgainButton");
        QVERIFY(wizard.runs()->isRunning());
        QVERIFY(driver.waitUntilIdle(60000));
        QTRY_VERIFY(changes->isVisible());
        const QStringList lines = changes->lines();
        QVERIFY2(!lines.isEmpty() && lines.first().startsWith("Root cause changed: was “none”"),
                 qPrintable(lines.join('\n')));
        QVERIFY2(lines.contains("New: FAIL " + wizard.results()->rootCause()->title),
                 qPrintable(lines.join('\n')));
    }
};

QTEST_MAIN(TestWizardSimulator)
#include "TestWizardSimulator.moc"
