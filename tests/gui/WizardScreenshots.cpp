// Shows every page of the wizard in a real window and saves each as a PNG (QWidget::grab) in
// the folder given with --out. Exits 1 when a page cannot be shown. Run by screenshots.sh under
// Xvfb at 1280x800, at QT_SCALE_FACTOR=2, in German (--lang de, against the built-in simulated
// Exchange with --simulator, so the findings are the engine's translated ones) and with a dark
// palette (--dark).

#include "DarkPalette.h"
#include "ScreenshotStory.h"
#include "SimulatorSetup.h"
#include "WizardDriver.h"

#include "DiagnosisWizard.h"
#include "checklist/StepOrderProxyModel.h"
#include "findings/FindingCard.h"
#include "findings/FindingsView.h"
#include "i18n/Translations.h"
#include "run/RunController.h"

#include "core/Steps.h"
#include "sim/ScenarioCatalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>

using namespace eas;
using namespace eas::test;
using namespace eas::wizard;

namespace {

class Camera
{
public:
    explicit Camera(const QString &folder)
        : m_folder(folder)
    {
    }

    bool shoot(DiagnosisWizard &wizard, int expectedPage, const QString &name)
    {
        QCoreApplication::processEvents(); // let coalesced page rebuilds land
        const bool shown = wizard.isVisible() && wizard.currentId() == expectedPage
                           && wizard.currentPage() && wizard.currentPage()->isVisible();
        const QPixmap picture = wizard.grab();
        const QString path = QDir(m_folder).filePath(
            QStringLiteral("%1-%2.png").arg(++m_count, 2, 10, QLatin1Char('0')).arg(name));
        if (!shown || picture.isNull() || !picture.save(path)) {
            QTextStream(stderr) << "screenshots: page " << name << " could not be shown\n";
            m_failed = true;
            return false;
        }
        QTextStream(stdout) << path << ' ' << picture.width() << 'x' << picture.height() << '\n';
        return true;
    }
    bool failed() const { return m_failed; }

private:
    QString m_folder;
    int m_count = 0;
    bool m_failed = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("Folder for the PNG files."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("Language of the texts (en, de)."),
                      QStringLiteral("code"),
                      QStringLiteral("en")});
    parser.addOption({QStringLiteral("dark"), QStringLiteral("Fusion with a dark palette.")});
    parser.addOption(
        {QStringLiteral("simulator"),
         QStringLiteral("Run against the built-in simulated Exchange, not the story.")});
    parser.process(app);
    const QString language = parser.value(QStringLiteral("lang"));
    if (app::Translations::install(language) != language) {
        QTextStream(stderr) << "screenshots: no translation for --lang " << language << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("dark"))) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    const QString folder = parser.value(QStringLiteral("out"));
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        QTextStream(stderr) << "screenshots: --out DIR is required and must be writable\n";
        return 2;
    }
    Camera camera(folder);
    const FakeRunnerFactory story = screenshotStory();

    WizardSetup plain;
    plain.runnerFactory = story.factory();
    DiagnosisWizard first(plain);
    first.show();
    if (!QTest::qWaitForWindowExposed(&first))
        return 1;
    camera.shoot(first, DiagnosisWizard::TargetPageId, QStringLiteral("target-empty"));
    WizardDriver(first).fillTarget(QStringLiteral("jdoe"), QString(), QStringLiteral("ftp://mail"));
    camera.shoot(first, DiagnosisWizard::TargetPageId, QStringLiteral("target-errors"));
    first.close();

    WizardSetup demo = plain;
    demo.scenarios = sim::ScenarioCatalog::all();
    demo.scenario = QStringLiteral("cert-expired");
    demo.email = QStringLiteral("user@contoso.test");
    demo.password = QStringLiteral("Passw0rd!");
    demo.url = QUrl(QStringLiteral("https://127.0.0.1:44300/Microsoft-Server-ActiveSync"));
    SimulatorSetup simulator;
    if (parser.isSet(QStringLiteral("simulator"))) {
        QString error;
        if (!simulator.start(demo.scenario, &error)) {
            QTextStream(stderr) << "screenshots: the simulator did not start: " << error << '\n';
            return 1;
        }
        demo = simulator.setup;
    }
    DiagnosisWizard wizard(demo);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return 1;
    // Xvfb has no window manager to hand the focus over: without it no focus frame shows.
    wizard.activateWindow();
    QTest::qWaitForWindowActive(&wizard);
    WizardDriver driver(wizard);
    driver.tickSymptom(QStringLiteral("cannot-add-account"));
    driver.tickSymptom(QStringLiteral("certificate-warnings"));
    camera.shoot(wizard, DiagnosisWizard::TargetPageId, QStringLiteral("target-demo"));

    driver.next();
    camera.shoot(wizard, wizard.currentId(), QStringLiteral("step-not-run"));
    driver.click(QStringLiteral("runStepButton"));
    camera.shoot(wizard, wizard.currentId(), QStringLiteral("step-running"));
    driver.waitUntilIdle();
    driver.back();
    driver.click(QStringLiteral("runAllButton"));
    driver.waitUntilIdle();
    for (const QString &step : wizard.checklist()->stepOrder()) {
        driver.goTo(step);
        if (step == steps::Certificate) {
            for (FindingCard *card : wizard.currentPage()->findChild<FindingsView *>()->cards())
                card->setExpanded(true);
        }
        camera.shoot(wizard, DiagnosisWizard::pageIdOf(step), QStringLiteral("step-") + step);
    }
    driver.goTo(QString());
    camera.shoot(wizard, DiagnosisWizard::SummaryPageId, QStringLiteral("summary"));
    auto *tabs = wizard.currentPage()->findChild<QTabWidget *>(QStringLiteral("summaryTabWidget"));
    for (int i = 1; tabs && i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        camera.shoot(wizard,
                     DiagnosisWizard::SummaryPageId,
                     QStringLiteral("summary-") + tabs->currentWidget()->objectName());
    }
    return camera.failed() ? 1 : 0;
}
