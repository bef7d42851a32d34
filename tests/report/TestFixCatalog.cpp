#include "PsLint.h"

#include "core/Redactor.h"
#include "core/Steps.h"
#include "report/BundleImporter.h"
#include "report/FixCatalog.h"
#include "report/ScriptFile.h"

#include <QRegularExpression>
#include <QTest>

using namespace eas;
using namespace eas::report;

namespace {

Finding finding(const QString &id, Severity severity, const QVariantMap &evidence = {})
{
    Finding f;
    f.id = id;
    f.severity = severity;
    f.title = id;
    f.evidence = evidence;
    return f;
}

StepResult step(const QString &id, const Findings &findings)
{
    StepResult s;
    s.id = id;
    s.title = steps::title(id);
    s.result = ProbeResult::fromFindings(findings);
    for (Finding &f : s.result.findings)
        f.step = id;
    return s;
}

// One finding for every fix, so every script is generated.
DiagnosisResult everyProblem(const QVariantMap &connectivityEvidence = {})
{
    return Diagnosis::assemble(
        {step(steps::UserStatus,
              {finding(QStringLiteral("activesync-disabled"), Severity::Fail),
               finding(QStringLiteral("provisioning-failed"), Severity::Fail),
               finding(QStringLiteral("device-blocked"), Severity::Fail),
               finding(QStringLiteral("max-devices-reached"), Severity::Fail)}),
         step(steps::VirtualDirectory,
              {finding(QStringLiteral("virtual-directory-error"), Severity::Fail),
               finding(QStringLiteral("auth-method-mismatch"), Severity::Fail)}),
         step(steps::Connectivity,
              {finding(QStringLiteral("tls-ok"), Severity::Pass, connectivityEvidence)}),
         step(steps::Certificate,
              {finding(QStringLiteral("certificate-expired"), Severity::Fail),
               finding(QStringLiteral("certificate-chain-incomplete"), Severity::Fail)})});
}

DiagnosisTarget target(const QString &email)
{
    DiagnosisTarget t;
    t.email = email;
    t.url = QUrl(QStringLiteral("https://mail.contoso.com/Microsoft-Server-ActiveSync"));
    return t;
}

const FixScript *byId(const FixScripts &fixes, const QString &id)
{
    for (const FixScript &f : fixes) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QStringList ids(const FixScripts &fixes)
{
    QStringList out;
    for (const FixScript &f : fixes)
        out.append(f.id);
    return out;
}

} // namespace

class TestFixCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixesFollowTheFindings();
    void healthyRunGetsOnlyVerification();
    void provisionFullAddsCleanupOfOurPartnership();
    void buildingTwiceAddsNoDuplicateIds();
    void hostileValuesStayData_data();
    void hostileValuesStayData();
    void destructiveStepsBackUpFirstAndCarryWhatIf();
    void iisresetOnlyRunsWithApply();
    void valuesComeFromEvidence();
    void valuesComeFromTheBundle();
    void unknownUrlsStopTheVirtualDirectoryScripts();
    void scriptsUseTheProcedureCmdlets();
    void scriptsSurviveRedaction();
};

void TestFixCatalog::fixesFollowTheFindings()
{
    DiagnosisResult result = Diagnosis::assemble(
        {step(steps::UserStatus, {finding(QStringLiteral("activesync-disabled"), Severity::Fail)}),
         step(steps::Throttling, {finding(QStringLiteral("throttled"), Severity::Fail)}),
         step(steps::Certificate,
              {finding(QStringLiteral("certificate-expiring-soon"), Severity::Warn)})});
    const FixScripts fixes
        = FixCatalog::buildFixes(result, target(QStringLiteral("a@contoso.com")), {});
    QCOMPARE(ids(fixes),
             (QStringList{FixIds::EnableActiveSync,
                          FixIds::CertificateEnable,
                          FixIds::ThrottlingPolicy,
                          FixIds::Verify}));
    QCOMPARE(byId(fixes, FixIds::EnableActiveSync)->findingIds,
             QStringList{QStringLiteral("activesync-disabled")});
    QCOMPARE(result.finding(QStringLiteral("activesync-disabled"))->fixes,
             (QStringList{FixIds::EnableActiveSync, FixIds::Verify}));
    QCOMPARE(result.finding(QStringLiteral("throttled"))->fixes,
             (QStringList{FixIds::ThrottlingPolicy, FixIds::Verify}));
    QCOMPARE(byId(fixes, FixIds::Verify)->findingIds.size(), 3);
    for (const FixScript &f : fixes)
        QVERIFY2(!f.destructive, qPrintable(f.id));
}

void TestFixCatalog::healthyRunGetsOnlyVerification()
{
    DiagnosisResult result = Diagnosis::assemble(
        {step(steps::Connectivity, {finding(QStringLiteral("folder-sync-ok"), Severity::Pass)})});
    const FixScripts fixes
        = FixCatalog::buildFixes(result, target(QStringLiteral("a@contoso.com")), {});
    QCOMPARE(ids(fixes), QStringList{FixIds::Verify});
    QVERIFY(fixes.first().findingIds.isEmpty());
    QVERIFY(result.finding(QStringLiteral("folder-sync-ok"))->fixes.isEmpty());
}

void TestFixCatalog::provisionFullAddsCleanupOfOurPartnership()
{
    DiagnosisResult result = Diagnosis::assemble({step(steps::UserStatus, {})});
    DiagnosisTarget t = target(QStringLiteral("a@contoso.com"));
    t.provisionFull = true;
    t.device.deviceId = QStringLiteral("EasDoctorLab42");
    const FixScripts fixes = FixCatalog::buildFixes(result, t, {});
    const FixScript *cleanup = byId(fixes, FixIds::RemoveDevicePartnership);
    QVERIFY(cleanup);
    QVERIFY(PsLint::literals(cleanup->script).contains(QStringLiteral("EasDoctorLab42")));
    QVERIFY(PsLint::code(cleanup->script).contains(QStringLiteral("Remove-MobileDevice")));
    QVERIFY(PsLint::code(cleanup->script).contains(QStringLiteral("$_.DeviceId -eq $DeviceId")));

    t.provisionFull = false;
    QVERIFY(!byId(FixCatalog::buildFixes(result, t, {}), FixIds::RemoveDevicePartnership));
}

void TestFixCatalog::buildingTwiceAddsNoDuplicateIds()
{
    DiagnosisResult result = everyProblem();
    const DiagnosisTarget t = target(QStringLiteral("a@contoso.com"));
    FixCatalog::buildFixes(result, t, {});
    const QStringList once = result.finding(QStringLiteral("virtual-directory-error"))->fixes;
    FixCatalog::buildFixes(result, t, {});
    QCOMPARE(result.finding(QStringLiteral("virtual-directory-error"))->fixes, once);
    QCOMPARE(once, (QStringList{FixIds::VdirReconfigure, FixIds::VdirRecreate, FixIds::Verify}));
}

void TestFixCatalog::hostileValuesStayData_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("apostrophe") << "o'brien@contoso.com";
    QTest::newRow("injection") << "x'; Remove-Mailbox * -Confirm:$false; '";
    QTest::newRow("subexpression") << "$(Stop-Computer)";
    QTest::newRow("backticks") << "`$(Stop-Computer)`'";
    QTest::newRow("block comment") << "#> Stop-Computer <#";
    QTest::newRow("newline") << "a@contoso.com\nStop-Computer";
    QTest::newRow("smart quote") << QString::fromUtf8("a\u2019; Stop-Computer; \u2018b");
    QTest::newRow("double quote") << "\"; Stop-Computer; \"";
}

void TestFixCatalog::hostileValuesStayData()
{
    QFETCH(QString, value);
    // The same value as identity, as the server name a hostile server sends, and as the
    // policy names and device IDs of a bundle.
    DiagnosisResult result = everyProblem({{QStringLiteral("X-FEServer"), value}});
    DiagnosisTarget t = target(value);
    t.provisionFull = true;
    FixContext ctx;
    Bundle bundle;
    bundle.casMailbox = BundleCasMailbox{{}, false, value, true, {}, {value}};
    bundle.mailbox = BundleMailbox{{}, {}, value, {}};
    ctx.bundle = bundle;
    const FixScripts fixes = FixCatalog::buildFixes(result, t, ctx);
    QCOMPARE(fixes.size(), 10);
    for (const FixScript &fix : fixes) {
        QVERIFY2(!PsLint::hasUnsafeStrings(fix.script), qPrintable(fix.id));
        const QString code = PsLint::code(fix.script);
        QVERIFY2(!code.contains(QStringLiteral("Stop-Computer")), qPrintable(fix.id + ": " + code));
        QVERIFY2(!code.contains(QStringLiteral("Remove-Mailbox")), qPrintable(fix.id));
        QVERIFY2(!code.contains(QLatin1Char('`')), qPrintable(fix.id));
        if (code.contains(QStringLiteral("[string]$Identity")))
            QVERIFY2(PsLint::literals(fix.script).contains(value), qPrintable(fix.id));
        // Written to disk, line ends become CRLF, inside the literal too: still one literal.
        const QString written = QString::fromUtf8(ScriptFile::encode(fix.script).mid(3));
        QVERIFY(!PsLint::code(written).contains(QStringLiteral("Stop-Computer")));
    }
    QVERIFY(PsLint::literals(byId(fixes, FixIds::EnableActiveSync)->script).contains(value));
    QVERIFY(PsLint::literals(byId(fixes, FixIds::AllowDevice)->script).contains(value));
    QVERIFY(PsLint::literals(byId(fixes, FixIds::ThrottlingPolicy)->script).contains(value));
}

void TestFixCatalog::destructiveStepsBackUpFirstAndCarryWhatIf()
{
    DiagnosisResult result = everyProblem();
    const FixScripts fixes
        = FixCatalog::buildFixes(result, target(QStringLiteral("a@contoso.com")), {});
    static const QRegularExpression destructive(
        QStringLiteral("(Remove|New)-ActiveSyncVirtualDirectory"));
    for (const FixScript &fix : fixes) {
        const QStringList lines = PsLint::codeLines(fix.script);
        const bool hasDestructive = PsLint::code(fix.script).contains(destructive);
        QCOMPARE(fix.destructive, hasDestructive);
        qsizetype backupAt = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).contains(QStringLiteral("Export-Clixml")) && backupAt < 0)
                backupAt = i;
            if (!lines.at(i).contains(destructive))
                continue;
            QVERIFY2(lines.at(i).contains(QStringLiteral("-WhatIf")), qPrintable(lines.at(i)));
            QVERIFY2(backupAt >= 0 && backupAt < i, qPrintable(fix.id));
        }
    }
    QVERIFY(byId(fixes, FixIds::VdirRecreate)->destructive);
}

void TestFixCatalog::iisresetOnlyRunsWithApply()
{
    DiagnosisResult result = everyProblem();
    const FixScripts fixes
        = FixCatalog::buildFixes(result, target(QStringLiteral("a@contoso.com")), {});
    int withReset = 0;
    for (const FixScript &fix : fixes) {
        const QString code = PsLint::code(fix.script);
        QVERIFY2(PsLint::onlyInside(
                     fix.script, QStringLiteral("iisreset"), QStringLiteral("if ($Apply)")),
                 qPrintable(fix.id));
        if (code.contains(QStringLiteral("iisreset"))) {
            ++withReset;
            QVERIFY(code.contains(QStringLiteral("[switch]$Apply")));
        }
    }
    QCOMPARE(withReset, 3); // reconfigure, recreate, auth
    QVERIFY(!PsLint::onlyInside(QStringLiteral("if ($x) {\n iisreset\n}\n"),
                                QStringLiteral("iisreset"),
                                QStringLiteral("if ($Apply)")));
}

void TestFixCatalog::valuesComeFromEvidence()
{
    DiagnosisResult result = everyProblem(
        {{QStringLiteral("X-FEServer"), QStringLiteral("EX07")},
         {QStringLiteral("leafSha1"),
          QStringLiteral("aa:bb:cc:dd:ee:ff:00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd")}});
    DiagnosisTarget t = target(QStringLiteral("jdoe@contoso.com"));
    t.internalUrl = QUrl(QStringLiteral("https://ex07.contoso.local/Microsoft-Server-ActiveSync"));
    const FixScripts fixes = FixCatalog::buildFixes(result, t, {});
    const QStringList reconfigure = PsLint::literals(byId(fixes, FixIds::VdirReconfigure)->script);
    QVERIFY(reconfigure.contains(QStringLiteral("EX07")));
    QVERIFY(reconfigure.contains(
        QStringLiteral("EX07\\Microsoft-Server-ActiveSync (Default Web Site)")));
    QVERIFY(reconfigure.contains(
        QStringLiteral("https://mail.contoso.com/Microsoft-Server-ActiveSync")));
    QVERIFY(reconfigure.contains(
        QStringLiteral("https://ex07.contoso.local/Microsoft-Server-ActiveSync")));
    const QString certificate = byId(fixes, FixIds::CertificateEnable)->script;
    QVERIFY(certificate.contains(
        QStringLiteral("[string]$CurrentThumbprint = 'AABBCCDDEEFF00112233445566778899AABBCCDD'")));
    QVERIFY(certificate.contains(QStringLiteral("[string]$Thumbprint = ''")));
    QVERIFY(certificate.contains(QStringLiteral("Intermediate Certification Authorities")));
    QVERIFY(PsLint::literals(byId(fixes, FixIds::EnableActiveSync)->script)
                .contains(QStringLiteral("jdoe@contoso.com")));
    QVERIFY(
        !byId(fixes, FixIds::Verify)->script.contains(QStringLiteral("-TrustAnySSLCertificate")));
}

void TestFixCatalog::valuesComeFromTheBundle()
{
    const BundleLoad load = BundleImporter::load(qEnvironmentVariable("EAS_TEST_DATA")
                                                 + QStringLiteral("/bundle/problems.json"));
    QVERIFY2(load.ok(), qPrintable(load.error));
    DiagnosisResult result = everyProblem();
    DiagnosisTarget t = target(QStringLiteral("jdoe@contoso.com"));
    t.trustAnyCertificate = true;
    const FixScripts fixes = FixCatalog::buildFixes(result, t, {load.bundle, {}});
    QVERIFY(byId(fixes, FixIds::AllowNonProvisionable)
                ->script.contains(QStringLiteral("[string]$Policy = 'Strict Phones'")));
    const QString throttling = byId(fixes, FixIds::ThrottlingPolicy)->script;
    QVERIFY(throttling.contains(QStringLiteral("Get-ThrottlingPolicy -Identity 'Mobile Limited'")));
    QVERIFY(throttling.contains(QStringLiteral("[int]$EasMaxDevices = 20")));
    QVERIFY(throttling.contains(QStringLiteral("[int]$EasMaxConcurrency = 20")));
    QVERIFY(
        byId(fixes, FixIds::AllowDevice)
            ->script.contains(QStringLiteral("@('ApplF17XK0AAAA','SEC1234567890','OldPhone01')")));
    // The valid certificate naming mail.contoso.com through its wildcard replaces the expired one.
    QVERIFY(byId(fixes, FixIds::CertificateEnable)
                ->script.contains(QStringLiteral(
                    "[string]$Thumbprint = '1111222233334444555566667777888899990000'")));
    QVERIFY(byId(fixes, FixIds::VdirRecreate)
                ->script.contains(QStringLiteral("[string]$Server = 'EX01'")));
    QVERIFY(
        byId(fixes, FixIds::Verify)->script.contains(QStringLiteral("-TrustAnySSLCertificate")));
}

void TestFixCatalog::unknownUrlsStopTheVirtualDirectoryScripts()
{
    DiagnosisResult result = everyProblem();
    const FixScripts fixes = FixCatalog::buildFixes(result, DiagnosisTarget(), {});
    for (const QString &id : {FixIds::VdirReconfigure, FixIds::VdirRecreate}) {
        const QStringList lines = PsLint::codeLines(byId(fixes, id)->script);
        QVERIFY(byId(fixes, id)->script.contains(QStringLiteral("[string]$ExternalUrl = ''")));
        const qsizetype guard
            = lines.indexOf(QStringLiteral("    if (-not $InternalUrl -or -not $ExternalUrl) {"));
        QVERIFY2(guard > 0, qPrintable(id));
        for (qsizetype i = 0; i < guard; ++i)
            QVERIFY(!lines.at(i).contains(QStringLiteral("-ActiveSyncVirtualDirectory")));
        QVERIFY(lines.at(guard + 1).trimmed().startsWith(QStringLiteral("throw")));
    }
}

void TestFixCatalog::scriptsUseTheProcedureCmdlets()
{
    DiagnosisResult result = everyProblem();
    const FixScripts fixes
        = FixCatalog::buildFixes(result, target(QStringLiteral("a@contoso.com")), {});
    const QHash<QString, QStringList> expected = {
        {FixIds::EnableActiveSync,
         {QStringLiteral("Set-CASMailbox -Identity $Identity -ActiveSyncEnabled $true")}},
        {FixIds::AllowNonProvisionable,
         {QStringLiteral("Set-MobileDeviceMailboxPolicy -Identity $Policy "
                         "-AllowNonProvisionableDevices $true")}},
        {FixIds::VdirReconfigure,
         {QStringLiteral("-BasicAuthEnabled $true -WindowsAuthEnabled $false")}},
        {FixIds::VdirRecreate,
         {QStringLiteral("Export-Clixml"), QStringLiteral("-WebSiteName 'Default Web Site'")}},
        {FixIds::VdirAuth,
         {QStringLiteral("Set-OrganizationConfig -OAuth2ClientProfileEnabled $true"),
          QStringLiteral("-ExternalAuthenticationMethods Basic,OAuth")}},
        {FixIds::CertificateEnable,
         {QStringLiteral("Enable-ExchangeCertificate -Server $ExchangeServer -Thumbprint "
                         "$Thumbprint -Services IIS -Force")}},
        {FixIds::ThrottlingPolicy,
         {QStringLiteral("New-ThrottlingPolicy -Name $PolicyName"),
          QStringLiteral("Set-ThrottlingPolicyAssociation -Identity $Identity")}},
        {FixIds::Verify,
         {QStringLiteral("Test-ActiveSyncConnectivity -ClientAccessServer $ExchangeServer"),
          QStringLiteral("Id = 1100")}},
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const FixScript *fix = byId(fixes, it.key());
        QVERIFY2(fix, qPrintable(it.key()));
        for (const QString &needle : it.value())
            QVERIFY2(fix->script.contains(needle), qPrintable(it.key() + ": " + needle));
    }
    for (const FixScript &fix : fixes) {
        QVERIFY(!PsLint::code(fix.script).contains(QStringLiteral("-OAuthEnabled")));
        QVERIFY(
            !PsLint::code(fix.script).contains(QStringLiteral("Reset-ActiveSyncVirtualDirectory")));
        QVERIFY(fix.script.contains(QStringLiteral("-ConfigurationName Microsoft.Exchange")));
    }
}

void TestFixCatalog::scriptsSurviveRedaction()
{
    DiagnosisResult result = everyProblem();
    DiagnosisTarget t = target(QStringLiteral("a@contoso.com"));
    t.provisionFull = true;
    for (const FixScript &fix : FixCatalog::buildFixes(result, t, {}))
        QCOMPARE(Redactor::redact(fix.script), fix.script);
}

QTEST_GUILESS_MAIN(TestFixCatalog)
#include "TestFixCatalog.moc"
