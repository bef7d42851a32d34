#include "FakeRunnerFactory.h"
#include "commands/WizardEnvironment.h"
#include "settings/AppSettings.h"

#include "DiagnosisWizard.h"
#include "WizardSetup.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace eas;
using namespace eas::app;
using namespace eas::test;
using namespace eas::wizard;

namespace {

// A program folder as on a USB stick: with or without the `portable` marker beside it.
QString programFolder(const QTemporaryDir &dir, bool portable)
{
    if (portable) {
        QFile marker(dir.filePath("portable"));
        if (!marker.open(QIODevice::WriteOnly))
            return {};
    }
    return dir.path();
}

} // namespace

// Portable mode as the app wires it (WizardEnvironment over AppSettings for a program folder):
// settings beside the program, no keychain store, and the wizard saying so.
class TestPortableWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("EAS Doctor"));
        QCoreApplication::setApplicationName(QStringLiteral("eas-doctor-test"));
    }

    void theMarkerFileDecides()
    {
        QTemporaryDir plain;
        QTemporaryDir stick;
        const QString stickDir = programFolder(stick, true);
        QVERIFY(!AppSettings::isPortable(programFolder(plain, false)));
        QVERIFY(AppSettings::isPortable(stickDir));
        QCOMPARE(AppSettings::dataDir(stickDir), QDir(stickDir).filePath("data"));
        QCOMPARE(AppSettings::open(stickDir)->fileName(),
                 QDir(stickDir).filePath("data/eas-doctor.ini"));
        QVERIFY(!AppSettings::open(plain.path())->fileName().startsWith(plain.path()));
    }

    void portableModeDisablesTheKeychainOption()
    {
        QTemporaryDir stick;
        const QString program = programFolder(stick, true);
        const WizardEnvironment environment(program);
        QVERIFY(environment.isPortable());
        WizardSetup setup;
        setup.runnerFactory = m_fake.factory();
        environment.applyTo(setup);
        QVERIFY(setup.portable);
        QVERIFY(!setup.passwordStore); // nothing that could reach the keychain exists
        QCOMPARE(setup.settings->fileName(), QDir(program).filePath("data/eas-doctor.ini"));

        DiagnosisWizard wizard(setup);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *remember = wizard.findChild<QCheckBox *>("rememberPasswordCheckBox");
        QVERIFY(remember->isVisible());
        QVERIFY(!remember->isEnabled());
        auto *note = wizard.findChild<QLabel *>("keychainNoteLabel");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().startsWith("Portable mode"), qPrintable(note->text()));
        auto *location = wizard.findChild<QLabel *>("settingsLocationLabel");
        QVERIFY2(location->text().startsWith("Portable mode"), qPrintable(location->text()));
        QVERIFY2(location->text().contains(QDir::toNativeSeparators(program + "/data")),
                 qPrintable(location->text()));

        // What the wizard keeps goes to the stick, and never the password.
        wizard.findChild<QLineEdit *>("emailLineEdit")->setText("jdoe@contoso.com");
        wizard.findChild<QLineEdit *>("passwordLineEdit")->setText("S3cret-Passw0rd!");
        wizard.runSteps({});
        QVERIFY(wizard.runs()->isRunning());
        QTRY_VERIFY(!wizard.runs()->isRunning());
        setup.settings->sync();
        QFile ini(QDir(program).filePath("data/eas-doctor.ini"));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY2(text.contains("jdoe@contoso.com"), text.constData());
        QVERIFY(!text.contains("S3cret-Passw0rd!"));
    }

    void installedModeOffersTheKeychain()
    {
        QTemporaryDir plain;
        const WizardEnvironment environment(programFolder(plain, false));
        QVERIFY(!environment.isPortable());
        WizardSetup setup;
        setup.runnerFactory = m_fake.factory();
        environment.applyTo(setup);
        QVERIFY(setup.passwordStore);
        QVERIFY(!setup.portable);
        DiagnosisWizard wizard(setup);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.findChild<QCheckBox *>("rememberPasswordCheckBox")->isEnabled());
        QVERIFY(!wizard.findChild<QLabel *>("keychainNoteLabel")->isVisible());
        const QString location = wizard.findChild<QLabel *>("settingsLocationLabel")->text();
        QVERIFY2(location.startsWith("Settings are saved in"), qPrintable(location));
        QVERIFY(location.contains(QDir::toNativeSeparators(setup.settings->fileName())));
    }

private:
    FakeRunnerFactory m_fake;
};

QTEST_MAIN(TestPortableWizard)
#include "TestPortableWizard.moc"
