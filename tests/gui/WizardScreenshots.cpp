// Shows every page of the wizard in a real window and saves each as a PNG (QWidget::grab) in
// the folder given with --out. Exits 1 when a page cannot be shown. Run by screenshots.sh under
// Xvfb at 1280x800, and at QT_SCALE_FACTOR=2.

#include "ScreenshotStory.h"
#include "WizardDriver.h"

#include "DiagnosisWizard.h"
#include "checklist/StepOrderProxyModel.h"
#include "findings/FindingCard.h"
#include "findings/FindingsView.h"
#include "run/RunController.h"

#include "core/Steps.h"
#include "sim/ScenarioCatalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
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
    parser.process(app);
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
    DiagnosisWizard wizard(demo);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return 1;
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
    return camera.failed() ? 1 : 0;
}
