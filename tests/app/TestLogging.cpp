#include "logging/Logging.h"

#include "core/Credentials.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace eas;
using namespace eas::app;

Q_LOGGING_CATEGORY(lcTest, "eas.test", QtDebugMsg)

class TestLogging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noSecretReachesTheLogFile()
    {
        QTemporaryDir dir;
        const QString path = Logging::install(Verbosity::Quiet, dir.filePath("logs"));
        QVERIFY(!path.isEmpty());
        const Credentials c = Credentials::password("jdoe@contoso.com", "Tr0ub4dor&3");
        qCWarning(lcTest) << "request headers: Authorization:" << c.revealAuthorizationHeader();
        qCInfo(lcTest).noquote() << "retrying with password=Tr0ub4dor&3 for jdoe";
        qCDebug(lcTest).noquote() << "secret slipped:" << c.revealSecret();
        qCInfo(lcTest) << "ordinary line kept";
        Logging::shutdown();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray log = f.readAll();
        QVERIFY2(log.contains("ordinary line kept"), log.constData());
        QVERIFY(log.contains("[eas.test]"));
        QVERIFY(!log.contains("Tr0ub4dor"));
        QVERIFY(!log.contains(c.revealAuthorizationHeader().mid(6)));
        QCOMPARE(log.count("[redacted]"), 3);
    }

    void unwritableFolderFallsBackToStderr()
    {
        const QString path
            = Logging::install(Verbosity::Quiet, QStringLiteral("/proc/no/such/dir"));
        QVERIFY(path.isEmpty());
        qCInfo(lcTest) << "still works";
        Logging::shutdown();
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "TestLogging.moc"
