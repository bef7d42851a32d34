#include "commands/CollectorCommand.h"

#include "core/Severity.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace eas;
using namespace eas::app;

class TestCollectorCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesTheScriptWithBomAndCrlf();
    void unwritableOutputIsAnInputError();
};

void TestCollectorCommand::writesTheScriptWithBomAndCrlf()
{
    QTemporaryDir dir;
    CliOptions options;
    options.command = Command::CollectorScript;
    options.email = QStringLiteral("o'brien@contoso.com");
    options.outFile = dir.filePath(QStringLiteral("collect.ps1"));
    options.verbosity = Verbosity::Quiet;
    QCOMPARE(CollectorCommand::run(options), int(ExitOk));
    QFile file(options.outFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("[string]$Identity = 'o''brien@contoso.com'"));
    QVERIFY(bytes.contains("\r\n"));
    QCOMPARE(bytes.count("\r\n"), bytes.count("\n"));
}

void TestCollectorCommand::unwritableOutputIsAnInputError()
{
    QTemporaryDir dir;
    CliOptions options;
    options.command = Command::CollectorScript;
    options.email = QStringLiteral("jdoe@contoso.com");
    options.outFile = dir.filePath(QStringLiteral("no/such/folder/collect.ps1"));
    QCOMPARE(CollectorCommand::run(options), int(ExitUsage));
    QVERIFY(!QFile::exists(options.outFile));
}

QTEST_GUILESS_MAIN(TestCollectorCommand)
#include "TestCollectorCommand.moc"
