#include "FakeRunnerFactory.h"
#include "FileBytes.h"
#include "WizardDriver.h"

#include "DiagnosisWizard.h"
#include "summary/FileDialogs.h"
#include "summary/FixActionsBox.h"
#include "summary/FixScriptRow.h"
#include "target/FieldHint.h"

#include "core/ResultsModel.h"
#include "core/Steps.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace eas;
using namespace eas::test;
using namespace eas::wizard;

namespace {

const QString kPassword = QStringLiteral("S3cret-Passw0rd!");

} // namespace

// The summary's actions after a run (fake runner: the user status step fails with
// activesync-disabled): fix scripts, report export and the session file.
class TestSummaryActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_fake = FakeRunnerFactory::failingWith("activesync-disabled", steps::UserStatus);
        m_wizard = makeWizard();
        WizardDriver driver(*m_wizard);
        driver.fillTarget("jdoe@contoso.com", kPassword, "https://mail.contoso.com");
        driver.click("runAllButton");
        QVERIFY(driver.waitUntilIdle());
        QVERIFY(driver.goTo(QString()));
    }

    void cleanup() { m_wizard.reset(); }

    void everyFixHasARowAndCopyReachesTheClipboard()
    {
        FixScriptRow *row = fixRow("enable-activesync");
        QVERIFY(row);
        QVERIFY(fixRow("verify"));
        QVERIFY(row->findChild<QLabel *>("fixTitleLabel")->text() == row->fix().title);
        auto *script = row->findChild<QPlainTextEdit *>("scriptPlainTextEdit");
        QVERIFY(!script->isVisible());
        QTest::mouseClick(row->findChild<QPushButton *>("viewScriptButton"), Qt::LeftButton);
        QVERIFY(script->isReadOnly());
        QCOMPARE(script->toPlainText(), row->fix().script);
        QTest::mouseClick(row->findChild<QPushButton *>("copyScriptButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), row->fix().script);
        QVERIFY(row->fix().script.contains("Set-CASMailbox"));
    }

    void saveWritesAUtf8BomPs1()
    {
        FixScriptRow *row = fixRow("verify");
        QVERIFY(row);
        const QString path = m_dir.filePath("verify.ps1");
        FileDialogs::setNextFileName(path);
        QTest::mouseClick(row->findChild<QPushButton *>("saveScriptButton"), Qt::LeftButton);
        const QByteArray bytes = eas::test::fileBytes(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        QCOMPARE(QString::fromUtf8(bytes.mid(3)).replace("\r\n", "\n"),
                 QString(row->fix().script).replace("\r\n", "\n"));
        QVERIFY(m_wizard->findChild<QLabel *>("fixHintLabel")->text().contains("verify.ps1"));
    }

    void htmlReportHasTheRootCauseAndIsValid()
    {
        const QString path = m_dir.filePath("report.html");
        FileDialogs::setNextFileName(path);
        WizardDriver(*m_wizard).click("saveReportButton");
        const QString html = QString::fromUtf8(eas::test::fileBytes(path));
        QVERIFY(html.contains(m_wizard->results()->rootCause()->title));
        QVERIFY(html.contains("Set-CASMailbox"));
        QVERIFY(!html.contains(kPassword));
        QProcess tidy;
        tidy.start("tidy", {"-errors", "-q", path});
        QVERIFY(tidy.waitForFinished(30000));
        QVERIFY2(tidy.exitCode() == 0, tidy.readAllStandardError().constData());
    }

    void pdfReportBySuffix()
    {
        const QString path = m_dir.filePath("report.pdf");
        FileDialogs::setNextFileName(path);
        WizardDriver(*m_wizard).click("saveReportButton");
        QVERIFY(eas::test::fileBytes(path).startsWith("%PDF"));
    }

    void sessionSaveThenOpenRestoresTargetAndResults()
    {
        const QString path = m_dir.filePath("session.json");
        FileDialogs::setNextFileName(path);
        WizardDriver(*m_wizard).click("saveSessionButton");
        const QByteArray bytes = eas::test::fileBytes(path);
        QVERIFY(bytes.contains("\"schema\": \"eas-doctor/session/1\""));
        QVERIFY(bytes.contains("jdoe@contoso.com"));
        QVERIFY(!bytes.contains(kPassword.toUtf8()));

        std::unique_ptr<DiagnosisWizard> fresh = makeWizard();
        WizardDriver driver(*fresh);
        fresh->setStartId(DiagnosisWizard::SummaryPageId);
        fresh->restart();
        QCOMPARE(fresh->currentId(), int(DiagnosisWizard::SummaryPageId));
        FileDialogs::setNextFileName(path);
        driver.click("openSessionButton");
        QCOMPARE(fresh->findChild<QLineEdit *>("emailLineEdit")->text(),
                 QStringLiteral("jdoe@contoso.com"));
        QCOMPARE(fresh->findChild<QLineEdit *>("urlLineEdit")->text(),
                 QStringLiteral("https://mail.contoso.com/Microsoft-Server-ActiveSync"));
        QVERIFY(fresh->findChild<QLineEdit *>("passwordLineEdit")->text().isEmpty());
        QVERIFY(fresh->results()->rootCause());
        QCOMPARE(fresh->results()->rootCause()->findingId, QStringLiteral("activesync-disabled"));
        QTRY_COMPARE(driver.rootCauseText(),
                     QStringLiteral("FAIL — root cause: activesync-disabled"));
        QTRY_VERIFY(fixRow("enable-activesync", fresh.get()));
    }

    // A consultant resumes a handed-on session from the first page: every field (evidence
    // included) and the results come back before any run.
    void sessionOpensFromTheTargetPage()
    {
        const QString bundle = m_dir.filePath("bundle.json");
        const QString events = m_dir.filePath("Application.evtx");
        QFile::remove(bundle);
        QVERIFY(QFile::copy(qEnvironmentVariable("EAS_TEST_DATA") + "/bundle/good.json", bundle));
        QFile eventFile(events);
        QVERIFY(eventFile.open(QIODevice::WriteOnly));
        m_wizard->findChild<QLineEdit *>("userLineEdit")->setText("CONTOSO\\jdoe");
        m_wizard->findChild<QLineEdit *>("internalUrlLineEdit")
            ->setText("https://ex01.contoso.local");
        m_wizard->findChild<QLineEdit *>("bundleLineEdit")->setText(bundle);
        m_wizard->findChild<QLineEdit *>("iisLogsLineEdit")->setText(m_dir.path());
        m_wizard->findChild<QLineEdit *>("eventFilesLineEdit")->setText(events);
        const QString path = m_dir.filePath("handed-on.json");
        FileDialogs::setNextFileName(path);
        WizardDriver(*m_wizard).click("saveSessionButton");

        std::unique_ptr<DiagnosisWizard> fresh = makeWizard();
        QCOMPARE(fresh->currentId(), int(DiagnosisWizard::TargetPageId));
        WizardDriver driver(*fresh);
        FileDialogs::setNextFileName(path);
        driver.click("openSessionButton");
        auto text = [&](const char *name) {
            return fresh->findChild<QLineEdit *>(QLatin1String(name))->text();
        };
        QCOMPARE(text("emailLineEdit"), QStringLiteral("jdoe@contoso.com"));
        QCOMPARE(text("userLineEdit"), QStringLiteral("CONTOSO\\jdoe"));
        QCOMPARE(text("urlLineEdit"),
                 QStringLiteral("https://mail.contoso.com/Microsoft-Server-ActiveSync"));
        QCOMPARE(text("internalUrlLineEdit"),
                 QStringLiteral("https://ex01.contoso.local/Microsoft-Server-ActiveSync"));
        QCOMPARE(text("bundleLineEdit"), QDir::toNativeSeparators(bundle));
        QCOMPARE(text("iisLogsLineEdit"), QDir::toNativeSeparators(m_dir.path()));
        QCOMPARE(text("eventFilesLineEdit"), QDir::toNativeSeparators(events));
        QVERIFY(text("passwordLineEdit").isEmpty());
        QVERIFY(fresh->findChild<FieldHint *>("runHint")->text().contains("handed-on.json"));

        QVERIFY(fresh->results()->rootCause());
        QCOMPARE(fresh->results()->rootCause()->findingId, QStringLiteral("activesync-disabled"));
        QVERIFY(driver.checklistRows().contains("FAIL  " + steps::title(steps::UserStatus)));
        QVERIFY(fresh->findChild<QLabel *>("runStatusLabel")->text().startsWith("6 of 6 steps"));
        QTRY_VERIFY(fresh->button(QWizard::NextButton)->isEnabled()); // the bundle was read
        QVERIFY(driver.goTo(QString()));
        QTRY_VERIFY(fixRow("enable-activesync", fresh.get()));
        // Nothing ran: the results are the session's.
        QCOMPARE(m_fake.targets().size(), 1);
    }

    void aBrokenSessionSaysWhyOnTheTargetPage()
    {
        const QString path = m_dir.filePath("not-a-session.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("{\"schema\": \"other\"}") > 0);
        file.close();
        std::unique_ptr<DiagnosisWizard> fresh = makeWizard();
        FileDialogs::setNextFileName(path);
        WizardDriver(*fresh).click("openSessionButton");
        const QString hint = fresh->findChild<FieldHint *>("runHint")->text();
        QVERIFY2(hint.contains("not an EAS Doctor session"), qPrintable(hint));
        QVERIFY(!fresh->results()->rootCause());
    }

private:
    std::unique_ptr<DiagnosisWizard> makeWizard()
    {
        WizardSetup setup;
        setup.runnerFactory = m_fake.factory();
        auto wizard = std::make_unique<DiagnosisWizard>(setup);
        wizard->show();
        [&] {
            QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
        }();
        return wizard;
    }

    FixScriptRow *fixRow(const QString &id, DiagnosisWizard *wizard = nullptr)
    {
        auto *box = (wizard ? wizard : m_wizard.get())->findChild<FixActionsBox *>();
        for (FixScriptRow *row : box->rows()) {
            if (row->fix().id == id)
                return row;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    FakeRunnerFactory m_fake;
    std::unique_ptr<DiagnosisWizard> m_wizard;
};

QTEST_MAIN(TestSummaryActions)
#include "TestSummaryActions.moc"
