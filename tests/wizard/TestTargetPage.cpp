#include "FakeRunnerFactory.h"

#include "DiagnosisWizard.h"
#include "pages/TargetPage.h"
#include "target/FieldHint.h"
#include "target/PasswordStore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace eas;
using namespace eas::test;
using namespace eas::wizard;

namespace {

// Records what the wizard asks of the keychain; the real one is never touched in tests.
class FakePasswordStore : public PasswordStore
{
public:
    bool isRemembered(const QString &account) const override
    {
        return remembered.contains(account);
    }
    void read(const QString &account) override
    {
        reads.append(account);
        Q_EMIT passwordRead(account, remembered.value(account));
    }
    void write(const QString &account, const QString &password) override
    {
        writes.append({account, password});
        remembered.insert(account, password);
    }
    void remove(const QString &account) override
    {
        removes.append(account);
        remembered.remove(account);
    }

    QHash<QString, QString> remembered;
    QStringList reads;
    QList<QPair<QString, QString>> writes;
    QStringList removes;
};

} // namespace

class TestTargetPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<FakePasswordStore>();
        WizardSetup setup;
        setup.runnerFactory = m_fake.factory();
        setup.passwordStore = m_store.get();
        m_wizard = std::make_unique<DiagnosisWizard>(setup);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_page = qobject_cast<TargetPage *>(m_wizard->page(DiagnosisWizard::TargetPageId));
        QVERIFY(m_page);
    }

    void cleanup() { m_wizard.reset(); }

    void anEmailIsRequiredForAutodiscover()
    {
        QVERIFY(!m_page->isComplete());
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        auto *email = m_wizard->findChild<QLineEdit *>("emailLineEdit");
        auto *hint = m_wizard->findChild<FieldHint *>("emailHint");
        QTest::keyClicks(email, "jdoe");
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains("not an e-mail address"));
        QVERIFY(!m_page->isComplete());
        QTest::keyClicks(email, "@contoso.com");
        QVERIFY(!hint->isVisible());
        QVERIFY(m_page->isComplete());
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(m_wizard->field("email").toString(), QStringLiteral("jdoe@contoso.com"));
        const DiagnosisTarget target = m_page->target({});
        QCOMPARE(target.email, QStringLiteral("jdoe@contoso.com"));
        QVERIFY(target.url.isEmpty());
    }

    void aUrlAndALogonNameAreEnoughWithoutEmail()
    {
        m_wizard->findChild<QRadioButton *>("urlRadioButton")->click();
        QTest::keyClicks(m_wizard->findChild<QLineEdit *>("userLineEdit"), "CONTOSO\\jdoe");
        QVERIFY(!m_page->isComplete());
        QTest::keyClicks(m_wizard->findChild<QLineEdit *>("urlLineEdit"), "mail.contoso.com");
        QVERIFY(m_page->isComplete());
        const DiagnosisTarget target = m_page->target({});
        QCOMPARE(target.url, QUrl("https://mail.contoso.com/Microsoft-Server-ActiveSync"));
        QCOMPARE(target.user, QStringLiteral("CONTOSO\\jdoe"));
        QVERIFY(target.email.isEmpty());
    }

    void badInputsSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("blocks");
        QTest::newRow("logon name") << "userLineEdit"
                                    << "userHint"
                                    << "CONTOSO\\"
                                    << "DOMAIN\\user" << true;
        QTest::newRow("logon space") << "userLineEdit"
                                     << "userHint"
                                     << "j doe"
                                     << "no spaces" << true;
        QTest::newRow("url") << "urlLineEdit"
                             << "urlHint"
                             << "ftp://x"
                             << "not a web address" << true;
        QTest::newRow("http url") << "urlLineEdit"
                                  << "urlHint"
                                  << "http://mail.contoso.com"
                                  << "not encrypted" << false;
        QTest::newRow("internal") << "internalUrlLineEdit"
                                  << "internalUrlHint"
                                  << "https://"
                                  << "not a web address" << true;
        QTest::newRow("bundle") << "bundleLineEdit"
                                << "bundleHint"
                                << "/nonexistent/b.json"
                                << "There is no file" << true;
        QTest::newRow("logs") << "iisLogsLineEdit"
                              << "iisLogsHint"
                              << "/nonexistent/W3SVC1"
                              << "There is no folder" << true;
        QTest::newRow("events") << "eventFilesLineEdit"
                                << "eventFilesHint"
                                << "/nonexistent/a.evtx"
                                << "not a readable file" << true;
    }

    void badInputsSayWhatIsWrong()
    {
        QFETCH(QString, edit);
        QFETCH(QString, hint);
        QFETCH(QString, text);
        QFETCH(QString, message);
        QFETCH(bool, blocks);
        m_wizard->findChild<QRadioButton *>("urlRadioButton")->click();
        QTest::keyClicks(m_wizard->findChild<QLineEdit *>("emailLineEdit"), "jdoe@contoso.com");
        if (edit != QLatin1String("urlLineEdit")) {
            QTest::keyClicks(m_wizard->findChild<QLineEdit *>("urlLineEdit"),
                             "https://mail.contoso.com");
            QVERIFY(m_page->isComplete());
        }
        QTest::keyClicks(m_wizard->findChild<QLineEdit *>(edit), text);
        auto *feedback = m_wizard->findChild<FieldHint *>(hint);
        QVERIFY(feedback->isVisible());
        QVERIFY2(feedback->text().contains(message), qPrintable(feedback->text()));
        QCOMPARE(m_page->isComplete(), !blocks);
    }

    void evidencePathsGoIntoTheTarget()
    {
        QTemporaryDir dir;
        QFile bundle(dir.filePath("bundle.json"));
        QFile events(dir.filePath("Application.evtx"));
        QVERIFY(QFile::copy(qEnvironmentVariable("EAS_TEST_DATA") + "/bundle/good.json",
                            bundle.fileName()));
        QVERIFY(events.open(QIODevice::WriteOnly));
        QTest::keyClicks(m_wizard->findChild<QLineEdit *>("emailLineEdit"), "jdoe@contoso.com");
        QTest::keyClicks(m_wizard->findChild<QLineEdit *>("bundleLineEdit"), bundle.fileName());
        QTest::keyClicks(m_wizard->findChild<QLineEdit *>("iisLogsLineEdit"), dir.path());
        QTest::keyClicks(m_wizard->findChild<QLineEdit *>("eventFilesLineEdit"),
                         events.fileName() + " ; " + events.fileName());
        // The bundle is read on a worker; the run gets it as read.
        QTRY_VERIFY(m_page->isComplete());
        QVERIFY(m_page->inputs().bundle);
        QCOMPARE(m_page->inputs().bundle->computer, QStringLiteral("EX01"));
        QVERIFY(m_wizard->findChild<FieldHint *>("bundleHint")->text().contains("EX01"));
        const DiagnosisTarget target = m_page->target({});
        QCOMPARE(target.bundlePath, bundle.fileName());
        QCOMPARE(target.logPaths, QStringList{dir.path()});
        QCOMPARE(target.eventFiles, (QStringList{events.fileName(), events.fileName()}));
    }

    void aBundleThatCannotBeUsedSaysWhyAndBlocks()
    {
        QTemporaryDir dir;
        QFile bundle(dir.filePath("bundle.json"));
        QVERIFY(bundle.open(QIODevice::WriteOnly) && bundle.write("{\"schema\": 1") > 0);
        bundle.close();
        QTest::keyClicks(m_wizard->findChild<QLineEdit *>("emailLineEdit"), "jdoe@contoso.com");
        QTest::keyClicks(m_wizard->findChild<QLineEdit *>("bundleLineEdit"), bundle.fileName());
        auto *hint = m_wizard->findChild<FieldHint *>("bundleHint");
        QTRY_VERIFY2(hint->text().contains("cannot be used"), qPrintable(hint->text()));
        QVERIFY2(hint->text().contains("not valid JSON"), qPrintable(hint->text()));
        QVERIFY(!m_page->isComplete());
        QVERIFY(!m_page->inputs().bundle);
    }

    void thePasswordIsMaskedAndOnlyInMemory()
    {
        auto *password = m_wizard->findChild<QLineEdit *>("passwordLineEdit");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(m_wizard->findChild<FieldHint *>("passwordHint")->isVisible()); // none: a note
        QTest::keyClicks(m_wizard->findChild<QLineEdit *>("emailLineEdit"), "jdoe@contoso.com");
        QVERIFY(m_page->target({}).noCredentials);
        QVERIFY(m_page->credentials().isEmpty());
        QTest::keyClicks(password, "Passw0rd!");
        QVERIFY(!m_page->target({}).noCredentials);
        QCOMPARE(m_page->credentials().user(), QStringLiteral("jdoe@contoso.com"));
        QCOMPARE(m_page->credentials().revealSecret(), QStringLiteral("Passw0rd!"));
        QVERIFY(!m_wizard->field("password").isValid());
        m_page->savePasswordChoice();
        QVERIFY(m_store->writes.isEmpty()); // not opted in
    }

    void theKeychainIsUsedOnlyWhenTicked()
    {
        auto *remember = m_wizard->findChild<QCheckBox *>("rememberPasswordCheckBox");
        QVERIFY(remember->isVisible());
        QTest::keyClicks(m_wizard->findChild<QLineEdit *>("emailLineEdit"), "jdoe@contoso.com");
        QTest::keyClicks(m_wizard->findChild<QLineEdit *>("passwordLineEdit"), "Passw0rd!");
        remember->click();
        m_page->savePasswordChoice();
        QCOMPARE(m_store->writes.size(), 1);
        QCOMPARE(m_store->writes.at(0).first, QStringLiteral("jdoe@contoso.com"));
        remember->click();
        m_page->savePasswordChoice();
        QCOMPARE(m_store->removes, QStringList{"jdoe@contoso.com"});
    }

    void portableModeNeverTouchesTheKeychain()
    {
        m_store->remembered.insert("jdoe@contoso.com", "Secret1!");
        WizardSetup setup;
        setup.runnerFactory = m_fake.factory();
        setup.passwordStore = m_store.get();
        setup.portable = true;
        DiagnosisWizard portable(setup);
        portable.show();
        QVERIFY(QTest::qWaitForWindowExposed(&portable));
        auto *remember = portable.findChild<QCheckBox *>("rememberPasswordCheckBox");
        QVERIFY(remember->isVisible());
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());
        auto *note = portable.findChild<QLabel *>("keychainNoteLabel");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains("keychain"), qPrintable(note->text()));
        QCOMPARE(remember->accessibleDescription(), note->text());
        // A remembered account is not offered, and a run stores nothing.
        auto *email = portable.findChild<QLineEdit *>("emailLineEdit");
        QTest::keyClicks(email, "jdoe@contoso.com");
        QTest::keyClick(email, Qt::Key_Tab);
        QTest::keyClicks(portable.findChild<QLineEdit *>("passwordLineEdit"), "Passw0rd!");
        remember->click();
        QVERIFY(!remember->isChecked());
        portable.runSteps({});
        QVERIFY(m_store->reads.isEmpty());
        QVERIFY(m_store->writes.isEmpty());
        QVERIFY(m_store->removes.isEmpty());
        QVERIFY(!m_wizard->findChild<QLabel *>("keychainNoteLabel")->isVisible());
    }

    void aKeychainFailureIsShown()
    {
        Q_EMIT m_store->failed(QStringLiteral("no secret service"));
        auto *hint = m_wizard->findChild<FieldHint *>("passwordHint");
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains("no secret service"));
    }

    void aRememberedPasswordIsOffered()
    {
        m_store->remembered.insert("jdoe@contoso.com", "Secret1!");
        auto *email = m_wizard->findChild<QLineEdit *>("emailLineEdit");
        email->setFocus();
        QTest::keyClicks(email, "jdoe@contoso.com");
        QTest::keyClick(email, Qt::Key_Tab);
        QCOMPARE(m_store->reads, QStringList{"jdoe@contoso.com"});
        QCOMPARE(m_wizard->findChild<QLineEdit *>("passwordLineEdit")->text(),
                 QStringLiteral("Secret1!"));
        QVERIFY(m_wizard->findChild<QCheckBox *>("rememberPasswordCheckBox")->isChecked());
    }

    void noKeychainOfferWithoutAStore()
    {
        WizardSetup setup;
        setup.runnerFactory = m_fake.factory();
        DiagnosisWizard plain(setup);
        plain.show();
        QVERIFY(!plain.findChild<QCheckBox *>("rememberPasswordCheckBox")->isVisible());
    }

private:
    FakeRunnerFactory m_fake;
    std::unique_ptr<FakePasswordStore> m_store;
    std::unique_ptr<DiagnosisWizard> m_wizard;
    TargetPage *m_page = nullptr;
};

QTEST_MAIN(TestTargetPage)
#include "TestTargetPage.moc"
