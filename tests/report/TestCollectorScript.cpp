#include "PsLint.h"

#include "report/BundleImporter.h"
#include "report/BundleSections.h"
#include "report/CollectorScript.h"

#include <QRegularExpression>
#include <QTest>

using namespace eas::report;

namespace {

// Cmdlets that change something, by verb; New-Object only builds a .NET object.
QStringList changingCmdlets(const QString &code)
{
    static const QRegularExpression verb(
        QStringLiteral("(?<![\\w.$-])(Set|Remove|Enable|Disable|Add|Clear|New|Install|Uninstall|"
                       "Reset|Restart|Stop|Start|Update|Mount|Dismount|Move|Export)-\\w+"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (auto it = verb.globalMatch(code); it.hasNext();) {
        const QString cmdlet = it.next().captured(0);
        if (cmdlet.compare(QLatin1String("New-Object"), Qt::CaseInsensitive) != 0)
            found.append(cmdlet);
    }
    return found;
}

} // namespace

class TestCollectorScript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void changesNothing();
    void readsEverySectionOfTheSchema();
    void readsWhatTheStepsNeed();
    void writesUtf8JsonWithIsoDates();
    void hostileAddressStaysData_data();
    void hostileAddressStaysData();
};

void TestCollectorScript::changesNothing()
{
    const QString script = CollectorScript::generate(QStringLiteral("jdoe@contoso.com"));
    const QString code = PsLint::code(script);
    QVERIFY2(changingCmdlets(code).isEmpty(),
             qPrintable(changingCmdlets(code).join(QLatin1Char(' '))));
    QVERIFY(!code.contains(QStringLiteral("iisreset"), Qt::CaseInsensitive));
    QVERIFY(!code.contains(QStringLiteral("Invoke-Expression"), Qt::CaseInsensitive));
    QVERIFY(!code.contains(QStringLiteral("-GetMailboxLog"), Qt::CaseInsensitive));
    QVERIFY(!PsLint::hasUnsafeStrings(script));
    // The check itself catches a changing cmdlet.
    QCOMPARE(changingCmdlets(QStringLiteral("Get-X | Set-CASMailbox -Identity $i; New-Object T")),
             QStringList{QStringLiteral("Set-CASMailbox")});
}

void TestCollectorScript::readsEverySectionOfTheSchema()
{
    const QString script = CollectorScript::generate(QStringLiteral("jdoe@contoso.com"));
    for (const QString &section : BundleSections::names())
        QVERIFY2(script.contains(QStringLiteral("Read-Section '%1'").arg(section)),
                 qPrintable(section));
    QCOMPARE(script.count(QStringLiteral("Read-Section '")), BundleSections::names().size());
    // Each section in its own try/catch: one failure leaves a partial bundle.
    QVERIFY(script.contains(QStringLiteral("$bundle[$Name] = $null")));
    QVERIFY(script.contains(QStringLiteral("$problems.Add(")));
    QVERIFY(script.contains(QStringLiteral("$bundle['errors'] = @($problems)")));
    QVERIFY(PsLint::literals(script).contains(QString::fromLatin1(BundleImporter::kSchema)));
}

void TestCollectorScript::readsWhatTheStepsNeed()
{
    const QString code
        = PsLint::code(CollectorScript::generate(QStringLiteral("jdoe@contoso.com")));
    for (const char *needle : {"Get-CASMailbox -Identity $Identity",
                               "Get-Mailbox -Identity $Identity",
                               "Get-MobileDevice -Mailbox $Identity",
                               "Get-MobileDeviceStatistics -Mailbox $Identity",
                               "Get-ActiveSyncVirtualDirectory",
                               "Get-WebConfigurationProperty",
                               "Get-ExchangeCertificate",
                               "Get-ThrottlingPolicy",
                               "$_.IsDefault",
                               "Get-ActiveSyncDeviceAutoblockThreshold",
                               "Get-WinEvent -FilterHashtable",
                               "$e.Message",
                               "Get-Website",
                               "Get-OrganizationConfig",
                               "$env:ExchangeInstallPath",
                               "Select-String"}) {
        QVERIFY2(code.contains(QLatin1String(needle)), needle);
    }
    const QStringList literals
        = PsLint::literals(CollectorScript::generate(QStringLiteral("a@b.c")));
    QVERIFY(literals.contains(QStringLiteral("MSExchange ActiveSync")));
    QVERIFY(literals.contains(QStringLiteral("%ExchangeInstallDir%")));
    QVERIFY(literals.contains(QStringLiteral("Default Web Site/Microsoft-Server-ActiveSync")));
    QVERIFY(literals.contains(QStringLiteral("basicAuthentication")));
}

void TestCollectorScript::writesUtf8JsonWithIsoDates()
{
    const QString script = CollectorScript::generate(QStringLiteral("jdoe@contoso.com"));
    static const QRegularExpression depth(
        QStringLiteral("ConvertTo-Json -InputObject \\$bundle -Depth (\\d+)"));
    const QRegularExpressionMatch m = depth.match(script);
    QVERIFY(m.hasMatch());
    QVERIFY(m.captured(1).toInt() >= 8);
    QVERIFY(script.contains(QStringLiteral("System.Text.UTF8Encoding -ArgumentList $false")));
    QVERIFY(script.contains(QStringLiteral("[System.IO.File]::WriteAllText($path, $json")));
    QVERIFY(PsLint::literals(script).contains(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    QVERIFY(script.contains(QStringLiteral("ToUniversalTime()")));
}

void TestCollectorScript::hostileAddressStaysData_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("apostrophe") << "o'brien@contoso.com";
    QTest::newRow("injection") << "x'; Remove-Mailbox * -Confirm:$false; '@contoso.com";
    QTest::newRow("subexpression") << "$(Stop-Computer)@contoso.com";
    QTest::newRow("backtick") << "a`'b@contoso.com";
    QTest::newRow("comment") << "#><#@contoso.com";
    QTest::newRow("newline") << "a@contoso.com\nStop-Computer";
}

void TestCollectorScript::hostileAddressStaysData()
{
    QFETCH(QString, email);
    const QString script = CollectorScript::generate(email);
    QVERIFY(PsLint::literals(script).contains(email));
    const QString code = PsLint::code(script);
    QVERIFY(!code.contains(QStringLiteral("Stop-Computer")));
    QVERIFY(!code.contains(QStringLiteral("Remove-Mailbox")));
    QVERIFY(changingCmdlets(code).isEmpty());
    QVERIFY(!PsLint::hasUnsafeStrings(script));
}

QTEST_GUILESS_MAIN(TestCollectorScript)
#include "TestCollectorScript.moc"
