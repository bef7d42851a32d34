#include "AccessibilityAudit.h"
#include "DarkPalette.h"
#include "FakeProbe.h"
#include "ScreenshotStory.h"
#include "WizardDriver.h"

#include "DiagnosisWizard.h"
#include "checklist/StepOrderProxyModel.h"
#include "findings/FindingCard.h"
#include "findings/FindingsView.h"
#include "run/RunController.h"
#include "settings/RecentTarget.h"
#include "settings/RecentTargets.h"
#include "settings/SettingsDialog.h"
#include "settings/WizardSettings.h"

#include "core/ResultsModel.h"
#include "core/Steps.h"
#include "sim/ScenarioCatalog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace eas;
using namespace eas::test;
using namespace eas::wizard;

namespace {

QStringList names(const QList<QWidget *> &widgets)
{
    QStringList out;
    for (QWidget *w : widgets)
        out.append(w->objectName());
    return out;
}

} // namespace

// Keyboard-only and screen-reader use of every page: the audit (names, descriptions, mnemonics,
// Tab reaching everything, contrast) on the target page, each step page after a run and each
// tab of the summary; focus, Enter, Escape and the arrow keys where a user expects them.
class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup()
    {
        m_wizard.reset();
        QApplication::setPalette(m_originalPalette);
    }

    void initTestCase() { m_originalPalette = QApplication::palette(); }

    void everyPagePassesTheAudit_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("system palette") << false;
        QTest::newRow("dark palette") << true;
    }

    void everyPagePassesTheAudit()
    {
        QFETCH(bool, dark);
        if (dark) {
            QApplication::setStyle(QStyleFactory::create("Fusion"));
            QApplication::setPalette(darkPalette());
        }
        startTraining(screenshotStory());
        audit("target page");
        WizardDriver driver(*m_wizard);
        driver.fillTarget("jdoe", QString(), "ftp://mail"); // every hint showing
        audit("target page with errors");
        driver.fillTarget("user@contoso.test", "Passw0rd!", "https://127.0.0.1:44300");
        driver.click("runAllButton");
        QVERIFY(driver.waitUntilIdle());
        for (const QString &step : m_wizard->checklist()->stepOrder()) {
            QVERIFY(driver.goTo(step));
            auto *findings = m_wizard->currentPage()->findChild<FindingsView *>();
            QTRY_VERIFY(!findings->cards().isEmpty() && findings->cards().first()->isVisible());
            for (FindingCard *card : findings->cards())
                card->setExpanded(true); // the details' labels too
            audit(step);
        }
        QVERIFY(driver.goTo(QString()));
        auto *tabs = m_wizard->currentPage()->findChild<QTabWidget *>("summaryTabWidget");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            if (tabs->currentWidget()->objectName() == QLatin1String("fixActionsBox")) {
                // The script viewers fold out too.
                for (auto *view :
                     tabs->currentWidget()->findChildren<QAbstractButton *>("viewScriptButton"))
                    view->setChecked(true);
            }
            audit(QStringLiteral("summary, tab %1").arg(tabs->tabText(i)));
        }
    }

    void theAuditFindsEachKindOfProblem()
    {
        QWidget window;
        window.setObjectName("window");
        auto *form = new QFormLayout(&window);
        auto *unlabelled = new QLineEdit(&window);
        unlabelled->setObjectName("unlabelledLineEdit");
        form->addRow(new QLabel("Server:", &window), unlabelled); // a label with no buddy
        auto *go = new QPushButton("&Go", &window);
        go->setObjectName("goButton");
        auto *get = new QPushButton("&Get", &window);
        get->setObjectName("getButton");
        auto *plain = new QPushButton("Plain", &window);
        plain->setObjectName("plainButton");
        form->addRow(go, get);
        form->addRow(plain);
        auto *icon = new QLabel(&window);
        icon->setObjectName("iconLabel");
        icon->setPixmap(QIcon(":/eas/icons/fail.svg").pixmap(16, 16));
        form->addRow(icon);
        auto *faint = new QLabel("faint", &window);
        faint->setObjectName("faintLabel");
        faint->setStyleSheet("color: #bbbbbb; background: #ffffff;");
        faint->setAutoFillBackground(true);
        form->addRow(faint);
        auto *trap = new QPlainTextEdit(&window); // Tab types a tab here
        trap->setObjectName("trapPlainTextEdit");
        trap->setAccessibleName("Notes");
        trap->setAccessibleDescription("Anything");
        form->addRow(trap);
        auto *after = new QPushButton("&After", &window);
        after->setObjectName("afterButton");
        form->addRow(after);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        unlabelled->setFocus();

        AccessibilityAudit audit(&window);
        const QString unnamed = audit.unnamed().join('\n');
        QVERIFY2(unnamed.contains("unlabelledLineEdit") && unnamed.contains("iconLabel"),
                 qPrintable(unnamed));
        QVERIFY2(audit.undescribed().join('\n').contains("unlabelledLineEdit"),
                 qPrintable(audit.undescribed().join('\n')));
        const QString mnemonics = audit.mnemonicProblems().join('\n');
        QVERIFY2(mnemonics.contains("Alt+G twice") && mnemonics.contains("plainButton")
                     && mnemonics.contains("a form label with no buddy"),
                 qPrintable(mnemonics));
        QVERIFY2(audit.lowContrast().join('\n').contains("faintLabel"),
                 qPrintable(audit.lowContrast().join('\n')));
        const QString unreachable = audit.unreachable().join('\n');
        QVERIFY2(unreachable.contains("trapPlainTextEdit") && unreachable.contains("afterButton"),
                 qPrintable(unreachable));
        QCOMPARE(AccessibilityAudit::mnemonic("Save re&port…"), QChar('P'));
        QCOMPARE(AccessibilityAudit::mnemonic("Fish && &Chips"), QChar('C'));
        QVERIFY(AccessibilityAudit::mnemonic("R&&D").isNull());
    }

    // Outside training mode, with saved settings: the recent mailboxes box is on the page too.
    void theFirstPageWithRecentMailboxesPassesTheAudit()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("eas-doctor.ini"), QSettings::IniFormat);
        WizardSetup setup;
        setup.runnerFactory = m_story.factory();
        setup.settings = &settings;
        m_wizard = std::make_unique<DiagnosisWizard>(setup);
        RecentTarget recent;
        recent.email = QStringLiteral("jdoe@contoso.com");
        recent.url = QUrl(QStringLiteral("https://mail.contoso.com/Microsoft-Server-ActiveSync"));
        m_wizard->settings()->recentTargets()->remember(recent);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        QVERIFY(m_wizard->findChild<QComboBox *>("recentTargetsComboBox")->isVisible());
        audit("target page with recent mailboxes");
    }

    void theSettingsDialogPassesTheAudit()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("eas-doctor.ini"), QSettings::IniFormat);
        WizardSettings wizardSettings(&settings, false);
        SettingsDialog dialog(&wizardSettings, std::chrono::seconds(30));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        AccessibilityAudit audit(&dialog);
        const QStringList problems = audit.problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    }

    void thePasswordShowsWithCtrlH()
    {
        startTraining(screenshotStory());
        auto *password = m_wizard->findChild<QLineEdit *>("passwordLineEdit");
        password->setFocus(Qt::TabFocusReason);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClick(password, Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
        QTest::keyClick(password, Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(password->text(), QStringLiteral("Passw0rd!"));
        QVERIFY(password->toolTip().contains("Ctrl+H"));
    }

    void tabFollowsTheReadingOrder()
    {
        startTraining(screenshotStory());
        QList<QWidget *> chain = AccessibilityAudit(m_wizard.get()).tabChain();
        const QStringList target = names(chain);
        qInfo().noquote() << "target page Tab order:" << target.join(QStringLiteral(", "));
        const QStringList expected{"scenarioComboBox",
                                   "emailLineEdit",
                                   "userLineEdit",
                                   "passwordLineEdit",
                                   "urlRadioButton", // the chosen one of the two
                                   "urlLineEdit",
                                   "internalUrlLineEdit",
                                   "bundleLineEdit",
                                   "iisLogsLineEdit",
                                   "eventFilesLineEdit",
                                   "symptomListWidget",
                                   "runAllButton",
                                   "__qt__passive_wizardbutton1", // Next
                                   "qt_wizard_cancel",
                                   "checklistListView"};
        QVERIFY(!target.contains("autodiscoverRadioButton"));
        int last = -1;
        for (const QString &name : expected) {
            const int at = int(target.indexOf(name));
            QVERIFY2(at > last,
                     qPrintable(QStringLiteral("%1 out of order in: %2")
                                    .arg(name, target.join(QStringLiteral(", ")))));
            last = at;
        }

        WizardDriver driver(*m_wizard);
        driver.next();
        chain = AccessibilityAudit(m_wizard.get()).tabChain();
        QCOMPARE(chain.first()->objectName(), QStringLiteral("runStepButton"));
        const QStringList step = names(chain);
        qInfo().noquote() << "step page Tab order:" << step.join(QStringLiteral(", "));
        QVERIFY2(step.indexOf("runStepButton") < step.indexOf("__qt__passive_wizardbutton0")
                     && step.indexOf("__qt__passive_wizardbutton0")
                            < step.indexOf("__qt__passive_wizardbutton1")
                     && step.indexOf("__qt__passive_wizardbutton1")
                            < step.indexOf("checklistListView"),
                 qPrintable(step.join(QStringLiteral(", "))));
    }

    void eachPageFocusesItsFirstControl()
    {
        {
            WizardSetup plain;
            plain.runnerFactory = m_story.factory();
            DiagnosisWizard wizard(plain);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowActive(&wizard));
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("emailLineEdit"));
        }
        // Training mode fills the account in: the scenario comes first.
        startTraining(screenshotStory());
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("scenarioComboBox"));
        WizardDriver driver(*m_wizard);
        driver.next(); // a mouse click
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("runStepButton"));
        QCOMPARE(QApplication::focusWidget()->parentWidget(), m_wizard->currentPage());
        // The style draws the focus frame, as after a Tab.
        QStyleOptionButton option;
        option.initFrom(QApplication::focusWidget());
        QVERIFY(option.state & QStyle::State_HasFocus);
        QVERIFY(option.state & QStyle::State_KeyboardFocusChange);
        QVERIFY(driver.goTo(QString()));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("summaryTreeView"));
        driver.back();
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("runStepButton"));
        QCOMPARE(QApplication::focusWidget()->parentWidget(), m_wizard->currentPage());
    }

    void enterDoesTheObviousThing()
    {
        startTraining(screenshotStory());
        // The target page: Enter in a field is Next.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        const int firstStep = m_wizard->currentId();
        QVERIFY(firstStep != DiagnosisWizard::TargetPageId);
        // A step not run yet: Enter runs it; once it has a result, Enter goes on.
        auto *run = m_wizard->currentPage()->findChild<QPushButton *>("runStepButton");
        QCOMPARE(QApplication::focusWidget(), run);
        QVERIFY(run->isDefault());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(m_wizard->runs()->isRunning());
        // While it runs the focus is on Cancel; then on the first finding, and Enter goes on.
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("cancelStepButton"));
        QVERIFY(WizardDriver(*m_wizard).waitUntilIdle());
        QTRY_VERIFY(qobject_cast<FindingCard *>(QApplication::focusWidget()));
        QVERIFY(!run->isDefault());
        QVERIFY(qobject_cast<QPushButton *>(m_wizard->button(QWizard::NextButton))->isDefault());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(m_wizard->currentId() != firstStep);
        // Back to a step with results: its first finding has the focus.
        m_wizard->back();
        QCOMPARE(m_wizard->currentId(), firstStep);
        QTRY_VERIFY(qobject_cast<FindingCard *>(QApplication::focusWidget()));
    }

    void enterInAListActsOnTheItemOnly()
    {
        startTraining(screenshotStory());
        auto *symptoms = m_wizard->findChild<QListWidget *>("symptomListWidget");
        symptoms->setFocus(Qt::TabFocusReason);
        int row = 0;
        while (!(symptoms->item(row)->flags() & Qt::ItemIsUserCheckable)) // past a heading
            ++row;
        symptoms->setCurrentRow(row);
        QCOMPARE(symptoms->item(row)->checkState(), Qt::Unchecked);
        QTest::keyClick(symptoms, Qt::Key_Return);
        QCOMPARE(symptoms->item(row)->checkState(), Qt::Checked);
        QCOMPARE(m_wizard->currentId(), int(DiagnosisWizard::TargetPageId));
    }

    void escapeStopsTheRunBeforeItCloses()
    {
        FakeRunnerFactory hanging;
        hanging.setPlan(
            steps::Connectivity, {makeFinding("x", steps::Connectivity, Severity::Pass)}, -1);
        startTraining(hanging);
        WizardDriver(*m_wizard).click("runAllButton");
        QVERIFY(m_wizard->runs()->isRunning());
        QTest::keyClick(focused(), Qt::Key_Escape);
        QTRY_VERIFY(!m_wizard->runs()->isRunning());
        QVERIFY(m_wizard->isVisible());
        QTest::keyClick(focused(), Qt::Key_Escape);
        QVERIFY(!m_wizard->isVisible());
        QCOMPARE(m_wizard->result(), int(QDialog::Rejected));
    }

    void arrowsMoveThroughFindingsAndTheChecklist()
    {
        startTraining(screenshotStory());
        WizardDriver driver(*m_wizard);
        driver.click("runAllButton");
        QVERIFY(driver.waitUntilIdle());
        QVERIFY(driver.goTo(steps::Connectivity)); // two findings, both with details
        auto *view = m_wizard->currentPage()->findChild<FindingsView *>();
        QTRY_VERIFY(view->cards().size() == 2 && view->cards().first()->isVisible());
        FindingCard *first = view->cards().at(0);
        FindingCard *second = view->cards().at(1);
        first->setFocus(Qt::TabFocusReason);
        QTest::keyClick(first, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), second);
        QTest::keyClick(second, Qt::Key_Right);
        QVERIFY(second->isExpanded());
        QTest::keyClick(second, Qt::Key_Left);
        QVERIFY(!second->isExpanded());
        QTest::keyClick(second, Qt::Key_Space);
        QVERIFY(second->isExpanded());
        QTest::keyClick(second, Qt::Key_Up);
        QCOMPARE(QApplication::focusWidget(), first);
        QTest::keyClick(first, Qt::Key_End);
        QCOMPARE(QApplication::focusWidget(), second);

        auto *checklist = m_wizard->findChild<QListView *>("checklistListView");
        checklist->setFocus(Qt::TabFocusReason);
        QCOMPARE(checklist->currentIndex().row(), 0);
        QTest::keyClick(checklist, Qt::Key_Down);
        QCOMPARE(checklist->currentIndex().row(), 1);
        QVERIFY(checklist->currentIndex().data(Qt::AccessibleTextRole).toString().contains(": "));
    }

    void theWizardsButtonsSpeakWithoutArrows()
    {
        startTraining(screenshotStory());
        QCOMPARE(m_wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Next >"));
        QCOMPARE(m_wizard->button(QWizard::NextButton)->accessibleName(), QStringLiteral("Next"));
        QCOMPARE(m_wizard->button(QWizard::BackButton)->accessibleName(), QStringLiteral("Back"));
        QVERIFY(!m_wizard->button(QWizard::FinishButton)->toolTip().isEmpty());
    }

private:
    QWidget *focused() const
    {
        return QApplication::focusWidget() ? QApplication::focusWidget() : m_wizard.get();
    }

    void startTraining(const FakeRunnerFactory &story)
    {
        m_story = story;
        WizardSetup setup;
        setup.runnerFactory = m_story.factory();
        setup.scenarios = sim::ScenarioCatalog::all();
        setup.scenario = QStringLiteral("cert-expired");
        setup.email = QStringLiteral("user@contoso.test");
        setup.password = QStringLiteral("Passw0rd!");
        setup.url = QUrl(QStringLiteral("https://127.0.0.1:44300/Microsoft-Server-ActiveSync"));
        m_wizard = std::make_unique<DiagnosisWizard>(setup);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    }

    void audit(const QString &where)
    {
        QCoreApplication::processEvents(); // queued shows of rebuilt cards and rows
        AccessibilityAudit audit(m_wizard.get());
        audit.setRepeatedControls(AccessibilityAudit::fixScriptRowButtons());
        const QStringList problems = audit.problems();
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(where + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
    }

    FakeRunnerFactory m_story;
    std::unique_ptr<DiagnosisWizard> m_wizard;
    QPalette m_originalPalette;
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
