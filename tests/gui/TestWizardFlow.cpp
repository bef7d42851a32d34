#include "FakeProbe.h"
#include "FakeRunnerFactory.h"
#include "WizardDriver.h"

#include "DiagnosisWizard.h"
#include "findings/FindingCard.h"
#include "findings/FindingsView.h"
#include "pages/StepPage.h"
#include "run/RunController.h"
#include "target/FieldHint.h"

#include "core/ResultsModel.h"
#include "core/Steps.h"
#include "sim/ScenarioCatalog.h"

#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QSignalSpy>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace eas;
using namespace eas::test;
using namespace eas::wizard;

namespace {

QString stepStatus(const DiagnosisWizard &wizard, const QString &step)
{
    return wizard.results()->stepIndex(step).data(ResultsModel::StatusNameRole).toString();
}

} // namespace

class TestWizardFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup()
    {
        m_wizard.reset();
        m_fake = FakeRunnerFactory();
    }

    void runAllThenReadEveryPageAndTheSummary()
    {
        start(FakeRunnerFactory::failingWith("activesync-disabled", steps::UserStatus));
        WizardDriver driver(*m_wizard);
        driver.fillTarget("jdoe@contoso.com", "Passw0rd!", "https://mail.contoso.com");
        driver.click("runAllButton");
        QVERIFY(m_wizard->runs()->isRunning());
        QVERIFY(driver.waitUntilIdle());
        QCOMPARE(driver.checklistRows(),
                 (QStringList{"FAIL  User status",
                              "PASS  Virtual directory",
                              "PASS  Connectivity",
                              "PASS  Certificate",
                              "PASS  Throttling",
                              "PASS  Logs"}));
        QCOMPARE(m_fake.targets().last().url,
                 QUrl("https://mail.contoso.com/Microsoft-Server-ActiveSync"));

        driver.next();
        QCOMPARE(m_wizard->currentId(), int(DiagnosisWizard::UserStatusPageId));
        QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("Step 1 of 6: User status"));
        QCOMPARE(m_wizard->currentPage()->subTitle(), steps::description(steps::UserStatus));
        QVERIFY(m_wizard->currentPage()
                    ->findChild<QLabel *>("stepStatusLabel")
                    ->text()
                    .startsWith("FAIL"));
        auto *findings = m_wizard->currentPage()->findChild<FindingsView *>();
        QTRY_COMPARE(findings->cards().size(), 1);
        FindingCard *card = findings->cards().first();
        QTRY_VERIFY(card->isVisible()); // cards added to a shown page appear on the next turn
        QCOMPARE(card->findChild<QLabel *>("statusLabel")->text(), QStringLiteral("FAIL"));
        QVERIFY(card->findChild<QLabel *>("rootCauseBadgeLabel"));
        auto *details = card->findChild<QWidget *>("detailsWidget");
        QVERIFY(!details->isVisible());
        QTest::mouseClick(card->findChild<QAbstractButton *>("detailsToolButton"), Qt::LeftButton);
        QVERIFY(details->isVisible());
        QCOMPARE(card->findChild<QLabel *>("detailLabel")->text(),
                 QStringLiteral("detail of activesync-disabled"));
        QCOMPARE(card->findChild<QLabel *>("evidenceLabel")->text(),
                 QStringLiteral("httpStatus: 403"));

        QVERIFY(driver.goTo(QString()));
        QCOMPARE(driver.rootCauseText(), QStringLiteral("FAIL — root cause: activesync-disabled"));
        QVERIFY(m_wizard->findChild<QLabel *>("nextStepsLabel")
                    ->text()
                    .contains("fix-activesync-disabled"));
        auto *tree = m_wizard->findChild<QTreeView *>("summaryTreeView");
        QCOMPARE(tree->model()->rowCount(), 6);
        QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
        tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
        QVERIFY(m_wizard->findChild<QLabel *>("findingDetailLabel")
                    ->text()
                    .contains("detail of activesync-disabled"));
    }

    void aHealthyRunHasNoRootCause()
    {
        start(FakeRunnerFactory());
        WizardDriver driver(*m_wizard);
        driver.fillTarget("jdoe@contoso.com", "Passw0rd!");
        driver.click("runAllButton");
        QVERIFY(driver.waitUntilIdle());
        for (const QString &row : driver.checklistRows())
            QVERIFY2(row.startsWith("PASS"), qPrintable(row));
        QVERIFY(!m_wizard->results()->rootCause());
        QVERIFY(driver.goTo(QString()));
        QCOMPARE(driver.rootCauseText(), QStringLiteral("No problem found"));
    }

    void runCancelAndRerunOneStep()
    {
        FakeRunnerFactory fake;
        fake.setPlan(steps::Certificate, {}, -1);
        start(fake);
        WizardDriver driver(*m_wizard);
        driver.fillTarget("jdoe@contoso.com", "Passw0rd!");
        QVERIFY(driver.goTo(steps::Certificate));
        StepPage *page = driver.currentStepPage();
        auto *run = page->findChild<QPushButton *>("runStepButton");
        auto *cancel = page->findChild<QPushButton *>("cancelStepButton");
        QCOMPARE(run->text(), QStringLiteral("&Run"));
        QVERIFY(!cancel->isEnabled());

        driver.click("runStepButton");
        QTRY_COMPARE(stepStatus(*m_wizard, steps::Certificate), QStringLiteral("running"));
        QCOMPARE(m_fake.targets().last().steps, QStringList{steps::Certificate});
        QVERIFY(page->findChild<QProgressBar *>("stepProgressBar")->isVisible());
        QVERIFY(!run->isEnabled());
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(stepStatus(*m_wizard, steps::UserStatus), QStringLiteral("pending"));

        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(stepStatus(*m_wizard, steps::Certificate), QStringLiteral("skip"));
        QVERIFY(page->findChild<QLabel *>("stepStatusLabel")->text().startsWith("SKIP"));
        QVERIFY(!page->findChild<QProgressBar *>("stepProgressBar")->isVisible());
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(run->text(), QStringLiteral("&Re-run"));

        m_fake.setPlan(steps::Certificate,
                       {makeFinding("certificate-expired", steps::Certificate, Severity::Fail)});
        driver.click("runStepButton");
        QVERIFY(driver.waitUntilIdle());
        QCOMPARE(stepStatus(*m_wizard, steps::Certificate), QStringLiteral("fail"));
        QCOMPARE(m_wizard->results()->rootCause()->findingId,
                 QStringLiteral("certificate-expired"));
        QTRY_COMPARE(page->findChild<FindingsView *>()->cards().size(), 1);
    }

    void symptomsOrderAndHighlightTheSteps()
    {
        start(FakeRunnerFactory());
        WizardDriver driver(*m_wizard);
        driver.fillTarget("jdoe@contoso.com", "Passw0rd!");
        driver.tickSymptom("certificate-warnings");
        QCOMPARE(driver.checklistRows().first(),
                 QStringLiteral("Pending  Certificate (suggested)"));
        driver.next();
        QCOMPARE(m_wizard->currentId(), int(DiagnosisWizard::CertificatePageId));
        QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("Step 1 of 6: Certificate"));
        QVERIFY(m_wizard->currentPage()->findChild<QLabel *>("suggestedLabel")->isVisible());
        driver.next();
        QCOMPARE(m_wizard->currentId(), int(DiagnosisWizard::UserStatusPageId));
        QVERIFY(!m_wizard->currentPage()->findChild<QLabel *>("suggestedLabel")->isVisible());
    }

    void aFailedStartNeverLeavesTheWizardStuck()
    {
        FakeRunnerFactory fake;
        fake.setFailure(true);
        start(fake);
        WizardDriver driver(*m_wizard);
        driver.fillTarget("jdoe@contoso.com", "Passw0rd!");
        driver.click("runAllButton");
        auto *hint = m_wizard->currentPage()->findChild<FieldHint *>("runHint");
        QVERIFY(hint->isVisible());
        QVERIFY(!hint->text().isEmpty());
        QVERIFY(m_wizard->findChild<QPushButton *>("runAllButton")->isEnabled());
        driver.next();
        driver.click("runStepButton");
        QVERIFY(m_wizard->currentPage()->findChild<FieldHint *>("runHint")->isVisible());
        QVERIFY(m_wizard->currentPage()->findChild<QPushButton *>("runStepButton")->isEnabled());
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    }

    void backCancelsTheRunThePageStarted()
    {
        FakeRunnerFactory fake;
        fake.setPlan(steps::UserStatus, {}, -1);
        start(fake);
        WizardDriver driver(*m_wizard);
        driver.fillTarget("jdoe@contoso.com", "Passw0rd!");
        driver.next();
        driver.click("runStepButton");
        QVERIFY(m_wizard->runs()->isRunning(steps::UserStatus));
        driver.back();
        QCOMPARE(m_wizard->currentId(), int(DiagnosisWizard::TargetPageId));
        QVERIFY(!m_wizard->runs()->isRunning());
        QCOMPARE(stepStatus(*m_wizard, steps::UserStatus), QStringLiteral("skip"));
    }

    void cancelAllAndClosingStopEveryRun()
    {
        FakeRunnerFactory fake;
        fake.setPlan(steps::Logs, {}, -1);
        start(fake);
        WizardDriver driver(*m_wizard);
        driver.fillTarget("jdoe@contoso.com", "Passw0rd!");
        driver.click("runAllButton");
        QTRY_COMPARE(stepStatus(*m_wizard, steps::Certificate), QStringLiteral("pass"));
        driver.click("cancelAllButton");
        QVERIFY(!m_wizard->runs()->isRunning());
        QCOMPARE(stepStatus(*m_wizard, steps::Logs), QStringLiteral("skip"));

        driver.click("runAllButton");
        QVERIFY(m_wizard->runs()->isRunning());
        m_wizard->reject();
        QVERIFY(!m_wizard->runs()->isRunning());
        QVERIFY(!m_wizard->isVisible());
    }

    void trainingModePicksTheScenario()
    {
        WizardSetup setup;
        setup.runnerFactory = m_fake.factory();
        setup.scenarios = sim::ScenarioCatalog::all();
        setup.scenario = QStringLiteral("healthy");
        setup.email = QStringLiteral("user@contoso.test");
        setup.password = QStringLiteral("Passw0rd!");
        setup.url = QUrl(QStringLiteral("https://127.0.0.1:4443/Microsoft-Server-ActiveSync"));
        m_wizard = std::make_unique<DiagnosisWizard>(setup);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QVERIFY(m_wizard->windowTitle().contains("training mode"));
        QVERIFY(m_wizard->findChild<QRadioButton *>("urlRadioButton")->isChecked());
        QVERIFY(m_wizard->page(DiagnosisWizard::TargetPageId)->isComplete());
        WizardDriver driver(*m_wizard);
        driver.click("runAllButton");
        QVERIFY(driver.waitUntilIdle());
        QVERIFY(driver.checklistRows().first().startsWith("PASS"));

        QSignalSpy changed(m_wizard.get(), &DiagnosisWizard::scenarioChanged);
        auto *picker = m_wizard->findChild<QComboBox *>("scenarioComboBox");
        QCOMPARE(picker->currentData().toString(), QStringLiteral("healthy"));
        picker->setCurrentIndex(picker->findData("autodiscover-ok"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("autodiscover-ok"));
        QVERIFY(m_wizard->findChild<QRadioButton *>("autodiscoverRadioButton")->isChecked());
        QVERIFY2(driver.checklistRows().first().startsWith("Pending"), "old results are cleared");
        QVERIFY(m_wizard->findChild<QLabel *>("scenarioDescriptionLabel")
                    ->text()
                    .contains("Autodiscover"));
    }

    void theKeyboardIsEnough()
    {
        start(FakeRunnerFactory());
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        auto *email = m_wizard->findChild<QLineEdit *>("emailLineEdit");
        email->setFocus();
        QTest::keyClicks(email, "jdoe@contoso.com");
        QTest::keyClick(email, Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("passwordLineEdit"));
        QTest::keyClicks(QApplication::focusWidget(), "Passw0rd!");
        QTest::keyClick(m_wizard->windowHandle(), Qt::Key_R, Qt::AltModifier); // "&Run all steps"
        QTRY_COMPARE(m_fake.targets().size(), 1); // a mnemonic animates the click first
        QVERIFY(driver().waitUntilIdle());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(m_wizard->currentId(), int(DiagnosisWizard::UserStatusPageId));
    }

private:
    void start(const FakeRunnerFactory &fake)
    {
        m_fake = fake;
        WizardSetup setup;
        setup.runnerFactory = m_fake.factory();
        m_wizard = std::make_unique<DiagnosisWizard>(setup);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }
    WizardDriver driver() { return WizardDriver(*m_wizard); }

    FakeRunnerFactory m_fake;
    std::unique_ptr<DiagnosisWizard> m_wizard;
};

QTEST_MAIN(TestWizardFlow)
#include "TestWizardFlow.moc"
