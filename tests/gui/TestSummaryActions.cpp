#include "FakeRunnerFactory.h"
#include "WizardDriver.h"

#include "DiagnosisWizard.h"
#include "summary/FileDialogs.h"
#include "summary/FixActionsBox.h"
#include "summary/FixScriptRow.h"

#include "core/ResultsModel.h"
#include "core/Steps.h"

#include <QClipboard>
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

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

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
        const QByteArray bytes = readAll(path);
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
        const QString html = QString::fromUtf8(readAll(path));
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
        QVERIFY(readAll(path).startsWith("%PDF"));
    }

    void sessionSaveThenOpenRestoresTargetAndResults()
    {
        const QString path = m_dir.filePath("session.json");
        FileDialogs::setNextFileName(path);
        WizardDriver(*m_wizard).click("saveSessionButton");
        const QByteArray bytes = readAll(path);
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
