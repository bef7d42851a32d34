#include "settings/RecentTargets.h"
#include "settings/WizardSettings.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace eas;
using namespace eas::wizard;
using namespace std::chrono_literals;

// The wizard's options on a real .ini file: what is kept for the next start and what is not.
class TestWizardSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath("eas-doctor.ini");
        QFile::remove(m_path);
    }

    void theStepTimeoutIsKeptTheCertificateTrustIsNot()
    {
        {
            QSettings file(m_path, QSettings::IniFormat);
            WizardSettings settings(&file, false);
            QSignalSpy changed(&settings, &WizardSettings::optionsChanged);
            QCOMPARE(settings.stepTimeout(15s), std::chrono::milliseconds(15s));
            settings.setStepTimeout(40s);
            settings.setTrustFailedCertificates(true);
            QCOMPARE(changed.count(), 2);
            const DiagnosisTarget applied = settings.applyOptions(DiagnosisTarget());
            QCOMPARE(applied.stepTimeout, std::chrono::milliseconds(40s));
            QVERIFY(applied.trustAnyCertificate);
        }
        QSettings file(m_path, QSettings::IniFormat);
        WizardSettings next(&file, false);
        QCOMPARE(next.stepTimeout(15s), std::chrono::milliseconds(40s));
        QVERIFY(!next.trustsFailedCertificates());
        QVERIFY(!next.applyOptions(DiagnosisTarget()).trustAnyCertificate);
        QFile raw(m_path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().toLower().contains("trust"));
    }

    void foldersAreRememberedPerKind()
    {
        QSettings file(m_path, QSettings::IniFormat);
        WizardSettings settings(&file, false);
        const QString documents
            = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QCOMPARE(settings.lastFolder("report"), documents);
        QVERIFY(QDir(m_dir.path()).mkpath("reports"));
        settings.rememberFolder("report", m_dir.filePath("reports/eas-doctor-report.html"));
        settings.rememberFolder("evidence", m_dir.path());
        QCOMPARE(settings.lastFolder("report"), m_dir.filePath("reports"));
        QCOMPARE(settings.lastFolder("evidence"), QDir(m_dir.path()).absolutePath());
        QCOMPARE(settings.lastFolder("session"), documents);
        // A folder that went away (a USB stick unplugged) falls back to Documents.
        QVERIFY(QDir(m_dir.filePath("reports")).removeRecursively());
        QCOMPARE(settings.lastFolder("report"), documents);
    }

    void geometryAndWhereTheSettingsLive()
    {
        QSettings file(m_path, QSettings::IniFormat);
        WizardSettings settings(&file, true);
        settings.setWindowGeometry("geometry-bytes");
        QCOMPARE(settings.windowGeometry(), QByteArray("geometry-bytes"));
        QVERIFY(settings.isSaved());
        QCOMPARE(settings.location(), QDir::toNativeSeparators(m_path));
        QVERIFY2(settings.locationText().startsWith("Portable mode"),
                 qPrintable(settings.locationText()));
        QVERIFY(settings.locationText().contains(QDir::toNativeSeparators(m_dir.path())));
        QVERIFY(WizardSettings(&file, false).locationText().contains(settings.location()));
    }

    void withoutSettingsTheOptionsLastTheSession()
    {
        WizardSettings settings(nullptr, false);
        QVERIFY(!settings.isSaved());
        QVERIFY(settings.location().isEmpty());
        settings.setStepTimeout(30s);
        settings.setWindowGeometry("ignored");
        settings.rememberFolder("report", m_dir.path());
        QCOMPARE(settings.stepTimeout(15s), std::chrono::milliseconds(30s));
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.recentTargets()->list().isEmpty());
        QCOMPARE(settings.locationText(), QStringLiteral("Nothing is saved between sessions."));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestWizardSettings)
#include "TestWizardSettings.moc"
