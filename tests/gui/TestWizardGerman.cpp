#include "AccessibilityAudit.h"
#include "SimulatorSetup.h"
#include "WizardDriver.h"

#include "DiagnosisWizard.h"
#include "checklist/StepOrderProxyModel.h"
#include "findings/FindingsView.h"
#include "i18n/Translations.h"
#include "run/RunController.h"
#include "summary/FixActionsBox.h"
#include "summary/FixScriptRow.h"

#include "core/ResultsModel.h"
#include "core/Steps.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace eas;
using namespace eas::test;
using namespace eas::wizard;

namespace {

QString textOf(DiagnosisWizard &wizard, const char *objectName)
{
    auto *button = wizard.currentPage()->findChild<QAbstractButton *>(QLatin1String(objectName));
    return button ? button->text() : QStringLiteral("(no %1)").arg(QLatin1String(objectName));
}

} // namespace

// The wizard in German, from the embedded catalogue (:/i18n/eas-doctor_de.qm), against the
// in-process simulated Exchange: the summary of a mailbox with ActiveSync turned off speaks
// German (root cause, buttons, tabs, fix scripts, step names), and no page has one Alt+letter
// twice. The expected texts are the translators' (translations/eas-doctor_de.ts).
class TestWizardGerman : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(app::Translations::install(QStringLiteral("de")), QStringLiteral("de"));
        QVERIFY2(!QCoreApplication::translate("eas::wizard::SummaryPage", "Summary")
                      .startsWith(QLatin1String("Summary")),
                 "the German catalogue has no translations");
    }

    void init()
    {
        m_sim = std::make_unique<SimulatorSetup>();
        QString error;
        QVERIFY2(m_sim->start(QStringLiteral("activesync-disabled"), &error), qPrintable(error));
        m_wizard = std::make_unique<DiagnosisWizard>(m_sim->setup);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        WizardDriver driver(*m_wizard);
        driver.fillTarget(m_sim->setup.email, m_sim->setup.password, m_sim->setup.url.toString());
        driver.click(QStringLiteral("runAllButton"));
        QVERIFY(driver.waitUntilIdle(60000));
    }

    void cleanup()
    {
        m_wizard.reset();
        m_sim.reset();
    }

    void theSummaryOfADisabledMailboxIsGerman()
    {
        WizardDriver driver(*m_wizard);
        QVERIFY(driver.goTo(QString()));
        QCOMPARE(m_wizard->currentPage()->title(), QStringLiteral("Zusammenfassung"));
        QCOMPARE(driver.rootCauseText(),
                 QStringLiteral("FEHLER — Hauptursache: ActiveSync ist für dieses Postfach "
                                "deaktiviert"));
        const QString detail
            = m_wizard->findChild<QLabel *>(QStringLiteral("rootCauseDetailLabel"))->text();
        QVERIFY2(detail.startsWith(QStringLiteral("Gefunden im Schritt Benutzerstatus. Exchange "
                                                  "hat mit Status 126 (UserDisabledForSync) "
                                                  "geantwortet")),
                 qPrintable(detail));
        const QString next
            = m_wizard->findChild<QLabel *>(QStringLiteral("nextStepsLabel"))->text();
        QVERIFY2(next.contains(QStringLiteral("Beheben Sie dies zuerst")), qPrintable(next));

        QCOMPARE(textOf(*m_wizard, "runAllAgainButton"), QStringLiteral("Erneut &testen"));
        QCOMPARE(textOf(*m_wizard, "saveReportButton"), QStringLiteral("Be&richt speichern…"));
        QCOMPARE(textOf(*m_wizard, "saveSessionButton"), QStringLiteral("Sitz&ung speichern…"));
        QCOMPARE(textOf(*m_wizard, "openSessionButton"), QStringLiteral("Sitzung ö&ffnen…"));
        auto *tabs = m_wizard->findChild<QTabWidget *>(QStringLiteral("summaryTabWidget"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Befunde"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("&Korrekturskripts"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Ze&iten"));

        // The fix for it: its title, and its buttons as shown and as a screen reader says them.
        auto *fixes = m_wizard->findChild<FixActionsBox *>();
        FixScriptRow *enable = nullptr;
        for (FixScriptRow *row : fixes->rows()) {
            if (row->fix().id == QLatin1String("enable-activesync"))
                enable = row;
        }
        QVERIFY(enable);
        const QString title
            = QStringLiteral("Sofortmaßnahme: ActiveSync für das Postfach aktivieren");
        QCOMPARE(enable->fix().title, title);
        auto *view = enable->findChild<QAbstractButton *>(QStringLiteral("viewScriptButton"));
        auto *copy = enable->findChild<QAbstractButton *>(QStringLiteral("copyScriptButton"));
        auto *save = enable->findChild<QAbstractButton *>(QStringLiteral("saveScriptButton"));
        QCOMPARE(view->accessibleName(), QStringLiteral("Skript von %1 anzeigen").arg(title));
        QCOMPARE(copy->accessibleName(), QStringLiteral("Skript von %1 kopieren").arg(title));

        // The step names, in the findings tree and the checklist.
        const QStringList german{"Benutzerstatus",
                                 "Virtuelles Verzeichnis",
                                 "Konnektivität",
                                 "Zertifikat",
                                 "Drosselung",
                                 "Protokolle"};
        auto *tree = m_wizard->findChild<QTreeView *>(QStringLiteral("summaryTreeView"));
        QStringList rows;
        for (int row = 0; row < tree->model()->rowCount(); ++row)
            rows.append(tree->model()->index(row, 0).data().toString());
        QCOMPARE(rows.size(), german.size());
        QCOMPARE(rows.first(), QStringLiteral("FEHLER  Benutzerstatus"));
        for (int i = 0; i < german.size(); ++i)
            QVERIFY2(rows.at(i).endsWith(QStringLiteral("  ") + german.at(i)),
                     qPrintable(rows.join(QStringLiteral(" | "))));
        QCOMPARE(driver.checklistRows(), rows);

        // The fix's buttons (one per row, so without mnemonics).
        QCOMPARE(view->text(), QStringLiteral("Anzeigen"));
        QCOMPARE(copy->text(), QStringLiteral("Kopieren"));
        QCOMPARE(save->text(), QStringLiteral("Als .ps1 speichern…"));
    }

    // QWizard's buttons come from our catalogue, not Qt's (which is not shipped).
    void theWizardsOwnButtonsAreGerman()
    {
        const QString next = QCoreApplication::translate("eas::wizard::DiagnosisWizard", "&Next >");
        if (next == QLatin1String("&Next >"))
            QSKIP("the wizard's button texts are not translated yet (lupdate, then the .ts)");
        QCOMPARE(m_wizard->button(QWizard::NextButton)->text(), next);
        QCOMPARE(m_wizard->button(QWizard::NextButton)->accessibleName(),
                 QCoreApplication::translate("eas::wizard::DiagnosisWizard", "Next"));
        QCOMPARE(m_wizard->button(QWizard::CancelButton)->text(),
                 QCoreApplication::translate("eas::wizard::DiagnosisWizard", "Close"));
    }

    // The audit's mnemonic check on every page, in German.
    void noPageHasAnAltLetterTwice()
    {
        WizardDriver driver(*m_wizard);
        QStringList problems;
        auto check = [&](const QString &where) {
            QCoreApplication::processEvents();
            AccessibilityAudit audit(m_wizard.get());
            audit.setRepeatedControls(AccessibilityAudit::fixScriptRowButtons());
            for (const QString &problem : audit.mnemonicProblems())
                problems.append(where + QStringLiteral(": ") + problem);
        };
        check(QStringLiteral("target page"));
        for (const QString &step : m_wizard->checklist()->stepOrder()) {
            QVERIFY(driver.goTo(step));
            check(step);
        }
        QVERIFY(driver.goTo(QString()));
        auto *tabs = m_wizard->findChild<QTabWidget *>(QStringLiteral("summaryTabWidget"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(QStringLiteral("summary, tab %1").arg(tabs->tabText(i)));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    std::unique_ptr<SimulatorSetup> m_sim;
    std::unique_ptr<DiagnosisWizard> m_wizard;
};

QTEST_MAIN(TestWizardGerman)
#include "TestWizardGerman.moc"
