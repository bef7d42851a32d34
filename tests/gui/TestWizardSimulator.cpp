#include "FileBytes.h"
#include "SimulatorSetup.h"
#include "WizardDriver.h"

#include "DiagnosisWizard.h"
#include "demo/DemoSession.h"
#include "engine/EngineRunnerFactory.h"
#include "charts/LatencyChart.h"
#include "run/RunController.h"
#include "summary/ChangesBox.h"
#include "summary/FileDialogs.h"
#include "summary/FixActionsBox.h"
#include "summary/FixScriptRow.h"

#include "core/ResultsModel.h"
#include "core/Steps.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace eas;
using namespace eas::test;
using namespace eas::wizard;

// Full runs of the wizard against the built-in simulated Exchange, in this process, through
// the real engine (training mode as `--demo` sets it up).
namespace {

// The collector's bundle for this mailbox, with a virtual directory whose Identity would break
// out of a badly quoted PowerShell string (a quote, then a subexpression).
const QString kHostileVdir
    = QStringLiteral("EX01\\Microsoft-Server-ActiveSync (O'Neil $(Remove-Item C:\\x))");
const QString kQuotedVdir
    = QStringLiteral("'EX01\\Microsoft-Server-ActiveSync (O''Neil $(Remove-Item C:\\x))'");

bool writeHostileBundle(const QString &path, const QString &email)
{
    QFile good(qEnvironmentVariable("EAS_TEST_DATA") + "/bundle/good.json");
    QFile out(path);
    if (!good.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    QJsonObject bundle = QJsonDocument::fromJson(good.readAll()).object();
    bundle["identity"] = email;
    QJsonArray vdirs = bundle["virtualDirectories"].toArray();
    QJsonObject vdir = vdirs.at(0).toObject();
    vdir["Identity"] = kHostileVdir;
    vdirs[0] = vdir;
    bundle["virtualDirectories"] = vdirs;
    return out.write(QJsonDocument(bundle).toJson()) > 0;
}

QString scriptOf(DiagnosisWizard &wizard, const QString &fixId)
{
    for (FixScriptRow *row : wizard.findChild<FixActionsBox *>()->rows()) {
        if (row->fix().id == fixId)
            return row->findChild<QPlainTextEdit *>("scriptPlainTextEdit")->toPlainText();
    }
    return {};
}

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

    // The engine fills the fix scripts from the bundle (the virtual directory's real Identity);
    // the summary, the report and the session keep them as the engine made them.
    void bundleFilledFixesReachTheSummaryReportAndSession()
    {
        SimulatorSetup sim;
        QString error;
        QVERIFY2(sim.start("vdir-broken", &error), qPrintable(error));
        QTemporaryDir dir;
        const QString bundle = dir.filePath("bundle.json");
        QVERIFY(writeHostileBundle(bundle, sim.setup.email));
        DiagnosisWizard wizard(sim.setup);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        WizardDriver driver(wizard);
        driver.fillTarget(sim.setup.email, sim.setup.password, sim.setup.url.toString());
        QTest::keyClicks(wizard.findChild<QLineEdit *>("bundleLineEdit"), bundle);
        QTRY_VERIFY(wizard.findChild<QPushButton *>("runAllButton")->isEnabled());
        driver.click("runAllButton");
        QVERIFY(driver.waitUntilIdle(60000));
        QVERIFY(driver.goTo(QString()));

        QTRY_VERIFY(!scriptOf(wizard, "verify").isEmpty());
        const QString verify = scriptOf(wizard, "verify");
        QVERIFY2(verify.contains("$VirtualDirectory = " + kQuotedVdir), qPrintable(verify));
        const QString reconfigure = scriptOf(wizard, "vdir-reconfigure");
        QVERIFY2(reconfigure.contains(kQuotedVdir), qPrintable(reconfigure));

        FileDialogs::setNextFileName(dir.filePath("report.html"));
        driver.click("saveReportButton");
        const QString html = QString::fromUtf8(eas::test::fileBytes(dir.filePath("report.html")));
        QVERIFY(html.contains("(O''Neil $(Remove-Item C:\\x))"));

        FileDialogs::setNextFileName(dir.filePath("session.json"));
        driver.click("saveSessionButton");
        DiagnosisWizard resumed(sim.setup);
        resumed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&resumed));
        FileDialogs::setNextFileName(dir.filePath("session.json"));
        WizardDriver(resumed).click("openSessionButton");
        QCOMPARE(resumed.findChild<QLineEdit *>("bundleLineEdit")->text(),
                 QDir::toNativeSeparators(bundle));
        QTRY_VERIFY(resumed.button(QWizard::NextButton)->isEnabled()); // the bundle was read
        QVERIFY(WizardDriver(resumed).goTo(QString()));
        QTRY_VERIFY(scriptOf(resumed, "verify").contains(kQuotedVdir));
        QVERIFY(scriptOf(resumed, "vdir-reconfigure").contains(kQuotedVdir));
    }
};

QTEST_MAIN(TestWizardSimulator)
#include "TestWizardSimulator.moc"
