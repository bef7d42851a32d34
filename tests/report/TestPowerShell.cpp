#include "PsLint.h"

#include "report/PowerShell.h"
#include "report/ScriptBuilder.h"
#include "report/ScriptFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace eas::report;

class TestPowerShell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quoteDoublesEveryQuote_data();
    void quoteDoublesEveryQuote();
    void quotedValuesReadBackAsData_data();
    void quotedValuesReadBackAsData();
    void psCodeCombinesOnlyQuotedValues();
    void builderPutsParamBlockFirst();
    void builderCommentsCannotEscapeTheLine();
    void builderSessionPreambleWrapsBody();
    void encodeWritesBomAndCrlf();
    void writeScriptWritesFileAndReportsFailure();
};

void TestPowerShell::quoteDoublesEveryQuote_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "jdoe@contoso.com"
                           << "'jdoe@contoso.com'";
    QTest::newRow("empty") << ""
                           << "''";
    QTest::newRow("apostrophe") << "o'brien@contoso.com"
                                << "'o''brien@contoso.com'";
    QTest::newRow("typographic") << QString::fromUtf8("a\u2018b\u2019c\u201Ad\u201Be")
                                 << QString::fromUtf8(
                                        "'a\u2018\u2018b\u2019\u2019c\u201A\u201Ad\u201B\u201Be'");
    QTest::newRow("dollar and backtick") << "$(Stop-Computer)`n"
                                         << "'$(Stop-Computer)`n'";
    QTest::newRow("double quotes untouched") << "say \"hi\""
                                             << "'say \"hi\"'";
}

void TestPowerShell::quoteDoublesEveryQuote()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(PowerShell::quote(value), expected);
    QCOMPARE(PsCode::literal(value).text(), expected);
}

void TestPowerShell::quotedValuesReadBackAsData_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("injection") << "x'; Remove-Mailbox * -Confirm:$false; '";
    QTest::newRow("subexpression") << "$(Stop-Computer)";
    QTest::newRow("backticks") << "a`'`\"b``";
    QTest::newRow("block comment") << "#> <# evil";
    QTest::newRow("newline") << "line1\nStop-Computer\r\n'";
    QTest::newRow("smart quotes") << QString::fromUtf8("\u2019; Stop-Computer; \u2018");
}

void TestPowerShell::quotedValuesReadBackAsData()
{
    QFETCH(QString, value);
    const QString script = QStringLiteral("Set-CASMailbox -Identity ") + PowerShell::quote(value);
    QCOMPARE(PsLint::literals(script), QStringList{value});
    QCOMPARE(PsLint::code(script).trimmed(), QStringLiteral("Set-CASMailbox -Identity"));
    QVERIFY(!PsLint::hasUnsafeStrings(script));
}

void TestPowerShell::psCodeCombinesOnlyQuotedValues()
{
    const PsCode code = PsCode("Get-Mailbox -Identity ") + PsCode::literal(QStringLiteral("a'b"))
                        + PsCode(" -ResultSize ") + PsCode::number(5);
    QCOMPARE(code.text(), QStringLiteral("Get-Mailbox -Identity 'a''b' -ResultSize 5"));
    QCOMPARE(PsCode::literalList({QStringLiteral("x"), QStringLiteral("y'z")}).text(),
             QStringLiteral("'x','y''z'"));
    QCOMPARE(PsCode::literalList({}).text(), QStringLiteral("@()"));
}

void TestPowerShell::builderPutsParamBlockFirst()
{
    ScriptBuilder b(QStringLiteral("Title"));
    b.describe(QStringLiteral("What it does."));
    b.addParameter(PsCode("[string]$Identity = ") + PsCode::literal(QStringLiteral("o'brien")));
    b.addParameter("[switch]$Apply");
    b.line("Get-CASMailbox -Identity $Identity");
    const QStringList lines = b.text().split(QLatin1Char('\n'));
    int firstCode = 0;
    while (lines.at(firstCode).startsWith(QLatin1Char('#')))
        ++firstCode;
    QCOMPARE(lines.at(firstCode), QStringLiteral("param("));
    QCOMPARE(lines.at(firstCode + 1), QStringLiteral("    [string]$Identity = 'o''brien',"));
    QCOMPARE(lines.at(firstCode + 2), QStringLiteral("    [switch]$Apply"));
    QVERIFY(b.text().contains(QStringLiteral("$ErrorActionPreference = 'Stop'")));
}

void TestPowerShell::builderCommentsCannotEscapeTheLine()
{
    ScriptBuilder b(QStringLiteral("T"));
    b.comment(QString::fromUtf8("first\nStop-Computer\r\nthird\u2028Remove-Item x"));
    const QString code = PsLint::code(b.text());
    QVERIFY2(!code.contains(QStringLiteral("Stop-Computer")), qPrintable(b.text()));
    QVERIFY(!code.contains(QStringLiteral("Remove-Item")));
}

void TestPowerShell::builderSessionPreambleWrapsBody()
{
    ScriptBuilder b(QStringLiteral("T"));
    b.useExchangeSession(QStringLiteral("EX01"));
    b.beginBlock("if ($true)");
    b.line("Get-CASMailbox");
    b.endBlock();
    const QString text = b.text();
    QVERIFY(text.contains(QStringLiteral("[string]$ExchangeServer = 'EX01'")));
    QVERIFY(text.contains(QStringLiteral("New-PSSession -ConfigurationName Microsoft.Exchange")));
    QVERIFY(text.contains(QStringLiteral("-Authentication Kerberos")));
    QVERIFY(text.contains(QStringLiteral("Import-PSSession")));
    QVERIFY(text.contains(
        QStringLiteral("try {\n    if ($true) {\n        Get-CASMailbox\n    }\n} finally {")));
    QVERIFY(text.contains(QStringLiteral("Remove-PSSession")));
    QVERIFY(!PsLint::hasUnsafeStrings(text));
}

void TestPowerShell::encodeWritesBomAndCrlf()
{
    const QByteArray bytes = ScriptFile::encode(QString::fromUtf8("a\nb\r\nc\rd \u00e9\n"));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.mid(3), QByteArray("a\r\nb\r\nc\r\nd \xC3\xA9\r\n"));
}

void TestPowerShell::writeScriptWritesFileAndReportsFailure()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fix.ps1"));
    QString error;
    QVERIFY(ScriptFile::writeScript(path, QStringLiteral("Get-CASMailbox\n"), &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBFGet-CASMailbox\r\n"));

    QVERIFY(!ScriptFile::writeScript(
        dir.filePath(QStringLiteral("missing/dir/fix.ps1")), QStringLiteral("x"), &error));
    QVERIFY(error.contains(QStringLiteral("missing/dir/fix.ps1")));
}

QTEST_GUILESS_MAIN(TestPowerShell)
#include "TestPowerShell.moc"
