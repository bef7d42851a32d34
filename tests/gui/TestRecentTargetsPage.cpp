#include "FakeRunnerFactory.h"
#include "WizardDriver.h"

#include "DiagnosisWizard.h"
#include "pages/TargetPage.h"
#include "settings/RecentTargets.h"
#include "settings/SettingsDialog.h"
#include "settings/WizardSettings.h"
#include "target/SymptomPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace eas;
using namespace eas::test;
using namespace eas::wizard;
using namespace std::chrono_literals;

namespace {

const QString kPassword = QStringLiteral("S3cret-Passw0rd!");

} // namespace

// The target page's memory: a run is remembered (never its password), a recent target fills
// every field, Forget and Clear history, completion, and the settings dialog's options reaching
// the run. Real .ini file in a temporary folder, fake runner.
class TestRecentTargetsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings
            = std::make_unique<QSettings>(m_dir.filePath("eas-doctor.ini"), QSettings::IniFormat);
        m_settings->clear();
        m_bundle = m_dir.filePath("bundle.json");
        QFile::remove(m_bundle);
        QVERIFY(QFile::copy(qEnvironmentVariable("EAS_TEST_DATA") + "/bundle/good.json", m_bundle));
        m_events = m_dir.filePath("Application.evtx");
        QFile events(m_events);
        QVERIFY(events.open(QIODevice::WriteOnly));
    }

    void cleanup()
    {
        m_wizard.reset();
        m_settings.reset();
    }

    void aRunIsRememberedWithoutThePassword()
    {
        makeWizard();
        WizardDriver driver(*m_wizard);
        driver.fillTarget("jdoe@contoso.com", kPassword, "https://mail.contoso.com");
        QTest::keyClicks(edit("userLineEdit"), "CONTOSO\\jdoe");
        QTest::keyClicks(edit("bundleLineEdit"), m_bundle);
        driver.tickSymptom("webmail-works");
        QTRY_VERIFY(button("runAllButton")->isEnabled());
        driver.click("runAllButton");
        QVERIFY(driver.waitUntilIdle());

        auto *combo = m_wizard->findChild<QComboBox *>("recentTargetsComboBox");
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->itemText(0),
                 QStringLiteral("jdoe@contoso.com (as CONTOSO\\jdoe) — mail.contoso.com"));
        const RecentTarget kept = m_wizard->settings()->recentTargets()->list().value(0);
        QCOMPARE(kept.bundlePath, m_bundle);
        QCOMPARE(kept.symptoms, QStringList{"webmail-works"});
        m_settings->sync();
        QFile raw(m_settings->fileName());
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray text = raw.readAll();
        QVERIFY2(text.contains("jdoe@contoso.com"), text.constData());
        QVERIFY2(!text.contains(kPassword.toUtf8()), text.constData());
        QVERIFY2(!text.toLower().contains("password"), text.constData());
    }

    void pickingARecentTargetFillsEveryField()
    {
        RecentTargets store(m_settings.get());
        RecentTarget full;
        full.email = "jdoe@contoso.com";
        full.user = "CONTOSO\\jdoe";
        full.url = QUrl("https://mail.contoso.com/Microsoft-Server-ActiveSync");
        full.internalUrl = QUrl("https://ex01.contoso.local/Microsoft-Server-ActiveSync");
        full.bundlePath = m_bundle;
        full.logPaths = {m_dir.path()};
        full.eventFiles = {m_events};
        full.symptoms = {"all-devices-fail", "webmail-works"};
        store.remember(full);
        store.remember(someone("asmith@fabrikam.com"));
        makeWizard();
        QTest::keyClicks(edit("passwordLineEdit"), kPassword);

        auto *combo = m_wizard->findChild<QComboBox *>("recentTargetsComboBox");
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->currentIndex(), -1);
        QVERIFY(!button("forgetRecentButton")->isEnabled());
        // Alt+M reaches the list (its label's mnemonic); Down chooses the second entry.
        QTest::keyClick(m_wizard.get(), Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(combo->hasFocus());
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentIndex(), 1);

        QCOMPARE(edit("emailLineEdit")->text(), full.email);
        QCOMPARE(edit("userLineEdit")->text(), full.user);
        QVERIFY(m_wizard->findChild<QRadioButton *>("urlRadioButton")->isChecked());
        QCOMPARE(edit("urlLineEdit")->text(), full.url.toString());
        QCOMPARE(edit("internalUrlLineEdit")->text(), full.internalUrl.toString());
        QCOMPARE(edit("bundleLineEdit")->text(), QDir::toNativeSeparators(m_bundle));
        QCOMPARE(edit("iisLogsLineEdit")->text(), QDir::toNativeSeparators(m_dir.path()));
        QCOMPARE(edit("eventFilesLineEdit")->text(), QDir::toNativeSeparators(m_events));
        QCOMPARE(m_wizard->findChild<SymptomPicker *>()->selectedIds(), full.symptoms);
        // Another account: the password typed for the first one is gone.
        QVERIFY(edit("passwordLineEdit")->text().isEmpty());
        QVERIFY(button("forgetRecentButton")->isEnabled());
        auto *page = qobject_cast<TargetPage *>(m_wizard->page(DiagnosisWizard::TargetPageId));
        QTRY_VERIFY(page->isComplete());
        QVERIFY(page->inputs().bundle);
        const DiagnosisTarget target = page->target({});
        QCOMPARE(target.url, full.url);
        QCOMPARE(target.internalUrl, full.internalUrl);
        QCOMPARE(target.logPaths, full.logPaths);
        QCOMPARE(target.eventFiles, full.eventFiles);

        // Choosing the Autodiscover entry switches the server back.
        QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(edit("emailLineEdit")->text(), QStringLiteral("asmith@fabrikam.com"));
        QVERIFY(m_wizard->findChild<QRadioButton *>("autodiscoverRadioButton")->isChecked());
        QVERIFY(edit("bundleLineEdit")->text().isEmpty());
        QVERIFY(m_wizard->findChild<SymptomPicker *>()->selectedIds().isEmpty());
    }

    void forgetOneThenClearTheHistory()
    {
        RecentTargets store(m_settings.get());
        for (const char *email : {"a@contoso.com", "b@contoso.com", "c@contoso.com"})
            store.remember(someone(email));
        makeWizard();
        auto *combo = m_wizard->findChild<QComboBox *>("recentTargetsComboBox");
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Down); // b@contoso.com
        QTest::mouseClick(button("forgetRecentButton"), Qt::LeftButton);
        QCOMPARE(combo->count(), 2);
        QCOMPARE(store.list().size(), 2);
        for (const RecentTarget &t : store.list())
            QVERIFY(t.email != QLatin1String("b@contoso.com"));
        QVERIFY(!button("forgetRecentButton")->isEnabled());

        QTest::mouseClick(button("clearRecentButton"), Qt::LeftButton);
        QCOMPARE(combo->count(), 0);
        QVERIFY(!combo->isEnabled());
        QVERIFY(!button("clearRecentButton")->isEnabled());
        QVERIFY(store.list().isEmpty());
    }

    void theEmailFieldCompletesFromRecentTargets()
    {
        RecentTargets(m_settings.get()).remember(someone("jdoe@contoso.com"));
        makeWizard();
        QLineEdit *email = edit("emailLineEdit");
        QVERIFY(email->completer());
        email->setFocus();
        QTest::keyClicks(email, "JD");
        QCOMPARE(email->completer()->currentCompletion(), QStringLiteral("jdoe@contoso.com"));
        QVERIFY(edit("urlLineEdit")->completer());
    }

    void theSettingsDialogSetsWhatTheNextRunUses()
    {
        makeWizard();
        auto *location = m_wizard->findChild<QLabel *>("settingsLocationLabel");
        QVERIFY2(location->text().contains(QDir::toNativeSeparators(m_settings->fileName())),
                 qPrintable(location->text()));
        QTest::keyClick(m_wizard.get(), Qt::Key_G, Qt::AltModifier);
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_wizard->findChild<SettingsDialog *>()) && dialog->isVisible());
        auto *timeout = dialog->findChild<QSpinBox *>("stepTimeoutSpinBox");
        QCOMPARE(timeout->value(), 15);
        timeout->setValue(40);
        dialog->findChild<QCheckBox *>("trustCertificateCheckBox")->setChecked(true);
        dialog->accept();

        WizardDriver driver(*m_wizard);
        driver.fillTarget("jdoe@contoso.com", kPassword, "https://mail.contoso.com");
        driver.click("runAllButton");
        QVERIFY(driver.waitUntilIdle());
        const DiagnosisTarget used = m_fake.targets().last();
        QCOMPARE(used.stepTimeout, std::chrono::milliseconds(40s));
        QVERIFY(used.trustAnyCertificate);
        m_settings->sync();
        QCOMPARE(QSettings(m_settings->fileName(), QSettings::IniFormat)
                     .value("options/stepTimeoutSeconds")
                     .toInt(),
                 40);
    }

private:
    static RecentTarget someone(const QString &email)
    {
        RecentTarget t;
        t.email = email;
        return t;
    }

    void makeWizard()
    {
        WizardSetup setup;
        setup.runnerFactory = m_fake.factory();
        setup.settings = m_settings.get();
        m_wizard = std::make_unique<DiagnosisWizard>(setup);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    QLineEdit *edit(const char *name) const
    {
        return m_wizard->findChild<QLineEdit *>(QLatin1String(name));
    }

    QPushButton *button(const char *name) const
    {
        return m_wizard->findChild<QPushButton *>(QLatin1String(name));
    }

    QTemporaryDir m_dir;
    QString m_bundle;
    QString m_events;
    FakeRunnerFactory m_fake;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<DiagnosisWizard> m_wizard;
};

QTEST_MAIN(TestRecentTargetsPage)
#include "TestRecentTargetsPage.moc"
