#include "ServerFixes.h"

#include "FixCatalog.h"

#include "core/Tr.h"

namespace eas::report::ServerFixes {

namespace {

PsCode say(const QString &text)
{
    return PsCode("Write-Output ") + PsCode::literal(text);
}

PsCode stringParameter(const PsCode &declaration, const QString &value)
{
    return declaration + PsCode::literal(value);
}

void addUrlParameters(ScriptBuilder &b, const FixFacts &facts)
{
    b.addParameter(stringParameter("[string]$VirtualDirectory = ", facts.virtualDirectory));
    b.addParameter(stringParameter("[string]$InternalUrl = ", facts.internalUrl.toString()));
    b.addParameter(stringParameter("[string]$ExternalUrl = ", facts.externalUrl.toString()));
}

// An empty URL would clear the setting: stop instead (no endpoint was known to the run).
void requireUrls(ScriptBuilder &b)
{
    b.beginBlock("if (-not $InternalUrl -or -not $ExternalUrl)");
    b.line(PsCode("throw ")
           + PsCode::literal(Tr::tr("Pass -InternalUrl and -ExternalUrl "
                                    "(https://host/Microsoft-Server-ActiveSync).")));
    b.endBlock();
}

void declareBackup(ScriptBuilder &b)
{
    b.line("$Backup = Join-Path -Path ([Environment]::GetFolderPath('MyDocuments')) -ChildPath "
           "('eas-vdir-backup-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.xml')");
}

// iisreset has no -WhatIf: it only runs when the admin asks for it with -Apply.
void restartIis(ScriptBuilder &b)
{
    b.addParameter("[switch]$Apply");
    b.beginBlock("if ($Apply)");
    b.line("Invoke-OnServer { iisreset /noforce }");
    b.elseBlock();
    b.line(say(Tr::tr("IIS was not restarted. Run the script again with -Apply, or run "
                      "iisreset /noforce on the server.")));
    b.endBlock();
}

void showVirtualDirectory(ScriptBuilder &b)
{
    b.line("Get-ActiveSyncVirtualDirectory -Identity $VirtualDirectory | Format-List Server,Name,"
           "InternalUrl,ExternalUrl,BasicAuthEnabled,WindowsAuthEnabled,ClientCertAuth,"
           "InternalAuthenticationMethods,ExternalAuthenticationMethods");
}

void certificateAdvice(ScriptBuilder &b, const QStringList &findingIds)
{
    if (findingIds.contains(QStringLiteral("certificate-chain-incomplete")))
        b.comment(Tr::tr("Chain incomplete: import the issuing CA's intermediate certificate into "
                         "the computer's Intermediate Certification Authorities store, then "
                         "restart IIS; the thumbprint stays the same."));
    if (findingIds.contains(QStringLiteral("certificate-name-mismatch")))
        b.comment(Tr::tr("Name mismatch: the certificate must name the ActiveSync host in its "
                         "subject alternative names; request one that does if none below does."));
    if (findingIds.contains(QStringLiteral("certificate-untrusted")))
        b.comment(Tr::tr("Untrusted: phones need a certificate from a public CA (or one whose "
                         "root every phone trusts); a self-signed certificate is not enough."));
}

// TLS to the URL works when any HTTP answer comes back (401 included).
void testHttps(ScriptBuilder &b)
{
    b.line("[Net.ServicePointManager]::SecurityProtocol = "
           "[Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12");
    b.beginBlock("try");
    b.line("Invoke-WebRequest -Uri $ExternalUrl -Method Options -UseBasicParsing | Out-Null");
    b.continueBlock("catch [System.Net.WebException]");
    b.beginBlock("if ($null -eq $_.Exception.Response)");
    b.line("throw");
    b.endBlock();
    b.endBlock();
    b.line(say(Tr::tr("HTTPS to the ActiveSync URL works.")));
}

} // namespace

FixScript reconfigureVirtualDirectory(const FixFacts &facts)
{
    const QString title = Tr::tr("Solution 1: reconfigure the ActiveSync virtual directory");
    ScriptBuilder b = facts.startScript(title);
    b.describe(Tr::tr("Backs up the virtual directory's settings, sets its URLs and resets "
                      "authentication to Basic (Windows off), then restarts IIS with -Apply."));
    addUrlParameters(b, facts);
    requireUrls(b);
    declareBackup(b);
    b.line("Get-ActiveSyncVirtualDirectory -Identity $VirtualDirectory | Export-Clixml -Path "
           "$Backup");
    b.line(PsCode("Write-Output (") + PsCode::literal(Tr::tr("Backup: ")) + PsCode(" + $Backup)"));
    showVirtualDirectory(b);
    b.line("Set-ActiveSyncVirtualDirectory -Identity $VirtualDirectory -InternalUrl $InternalUrl "
           "-ExternalUrl $ExternalUrl -BasicAuthEnabled $true -WindowsAuthEnabled $false");
    showVirtualDirectory(b);
    restartIis(b);
    return makeFixScript(FixIds::VdirReconfigure, title, false, b);
}

FixScript recreateVirtualDirectory(const FixFacts &facts)
{
    const QString title = Tr::tr("Solution 2: recreate the ActiveSync virtual directory "
                                 "(destructive)");
    ScriptBuilder b = facts.startScript(title);
    b.describe(Tr::tr("Removes and recreates the virtual directory (there is no Reset- cmdlet for "
                      "it). Its settings are exported first. Every change carries -WhatIf: read "
                      "what it would do, delete -WhatIf from those lines, and run the script "
                      "again with -Apply."));
    b.addParameter(stringParameter("[string]$Server = ", facts.vdirServer));
    addUrlParameters(b, facts);
    requireUrls(b);
    declareBackup(b);
    b.line("$existing = @(Get-ActiveSyncVirtualDirectory -Server $Server -ErrorAction "
           "SilentlyContinue | Where-Object { [string]$_.Identity -eq $VirtualDirectory })");
    b.beginBlock("if ($existing.Count -gt 0)");
    b.line("$existing | Export-Clixml -Path $Backup");
    b.line(PsCode("Write-Output (") + PsCode::literal(Tr::tr("Backup: ")) + PsCode(" + $Backup)"));
    b.line("Remove-ActiveSyncVirtualDirectory -Identity $VirtualDirectory -Confirm:$false -WhatIf");
    b.endBlock();
    b.line("New-ActiveSyncVirtualDirectory -Server $Server -WebSiteName 'Default Web Site' "
           "-InternalUrl $InternalUrl -ExternalUrl $ExternalUrl -WhatIf");
    b.line("Set-ActiveSyncVirtualDirectory -Identity $VirtualDirectory -BasicAuthEnabled $true "
           "-WindowsAuthEnabled $false -WhatIf");
    restartIis(b);
    return makeFixScript(FixIds::VdirRecreate, title, true, b);
}

FixScript fixAuthentication(const FixFacts &facts)
{
    const QString title = Tr::tr("Solution 3: offer the sign-in methods phones use");
    ScriptBuilder b = facts.startScript(title);
    b.describe(Tr::tr("Turns Basic and Windows authentication on for the virtual directory. With "
                      "-ModernAuth it also turns OAuth on for the organisation and offers it on "
                      "the virtual directory (there is no -OAuthEnabled switch); do that only "
                      "once hybrid modern authentication is set up. Client certificates: "
                      "-ClientCertAuth Ignore, Accepted or Required."));
    b.addParameter(stringParameter("[string]$VirtualDirectory = ", facts.virtualDirectory));
    b.addParameter("[switch]$ModernAuth");
    showVirtualDirectory(b);
    b.line("Set-ActiveSyncVirtualDirectory -Identity $VirtualDirectory -BasicAuthEnabled $true "
           "-WindowsAuthEnabled $true");
    b.beginBlock("if ($ModernAuth)");
    b.line("Set-OrganizationConfig -OAuth2ClientProfileEnabled $true");
    b.line("Set-ActiveSyncVirtualDirectory -Identity $VirtualDirectory "
           "-InternalAuthenticationMethods Basic,OAuth -ExternalAuthenticationMethods Basic,OAuth");
    b.endBlock();
    showVirtualDirectory(b);
    b.line("Invoke-OnServer { Import-Module WebAdministration; Get-WebConfigurationProperty "
           "-Filter /system.webServer/security/authentication/* -Name enabled -PSPath "
           "'IIS:\\Sites\\Default Web Site\\Microsoft-Server-ActiveSync' | Format-Table "
           "ItemXPath,Value -AutoSize }");
    restartIis(b);
    return makeFixScript(FixIds::VdirAuth, title, false, b);
}

FixScript enableCertificate(const FixFacts &facts, const QStringList &findingIds)
{
    const QString title = Tr::tr("Solution 4: bind a valid certificate to IIS");
    ScriptBuilder b = facts.startScript(title);
    b.describe(Tr::tr("Shows the certificate phones get now and the valid ones on the server, "
                      "enables the chosen one for IIS and tests HTTPS. Pass -Thumbprint to "
                      "choose another certificate."));
    b.addParameter(stringParameter("[string]$Thumbprint = ", facts.replacementThumbprint));
    b.addParameter(stringParameter("[string]$CurrentThumbprint = ", facts.wireThumbprint));
    b.addParameter(stringParameter("[string]$ExternalUrl = ", facts.externalUrl.toString()));
    certificateAdvice(b, findingIds);
    b.beginBlock("if ($CurrentThumbprint)");
    b.line("Get-ExchangeCertificate -Server $ExchangeServer -Thumbprint $CurrentThumbprint "
           "-ErrorAction SilentlyContinue | Format-List Subject,Thumbprint,NotAfter,Status,"
           "Services,CertificateDomains");
    b.endBlock();
    b.line("Get-ExchangeCertificate -Server $ExchangeServer | Where-Object { $_.Status -eq 'Valid' "
           "-and $_.NotAfter -gt (Get-Date) } | Format-List Subject,Thumbprint,NotAfter,Status,"
           "Services,CertificateDomains");
    b.beginBlock("if (-not $Thumbprint)");
    b.line(PsCode("throw ")
           + PsCode::literal(Tr::tr("No valid replacement is known: run the script again with "
                                    "-Thumbprint and one of the thumbprints above.")));
    b.endBlock();
    b.line("Enable-ExchangeCertificate -Server $ExchangeServer -Thumbprint $Thumbprint -Services "
           "IIS -Force");
    b.line("Invoke-OnServer { Import-Module WebAdministration; Get-ChildItem -Path "
           "IIS:\\SslBindings | Format-Table IPAddress,Port,Thumbprint -AutoSize }");
    testHttps(b);
    return makeFixScript(FixIds::CertificateEnable, title, false, b);
}

FixScript verify(const FixFacts &facts)
{
    const QString title = Tr::tr("Verification: check what the fixes change");
    ScriptBuilder b = facts.startScript(title);
    b.describe(Tr::tr("Read-only. Shows the virtual directory's URLs and authentication, the IIS "
                      "certificate, the mailbox's ActiveSync settings and devices, runs "
                      "Test-ActiveSyncConnectivity (it asks for the mailbox's sign-in) and counts "
                      "Event ID 1100 of the last hour."));
    b.addParameter(facts.identityParameter());
    b.addParameter(stringParameter("[string]$VirtualDirectory = ", facts.virtualDirectory));
    b.addParameter(stringParameter("[string]$ExternalUrl = ", facts.externalUrl.toString()));
    b.line(say(Tr::tr("== ActiveSync virtual directory")));
    showVirtualDirectory(b);
    b.line(say(Tr::tr("== IIS certificate")));
    b.line("Get-ExchangeCertificate -Server $ExchangeServer | Where-Object { $_.Services -match "
           "'IIS' } | Format-List Subject,Thumbprint,NotAfter,Status,Services,CertificateDomains");
    b.line(say(Tr::tr("== Mailbox")));
    b.line("Get-CASMailbox -Identity $Identity | Format-List DisplayName,ActiveSyncEnabled,"
           "ActiveSyncMailboxPolicy,HasActiveSyncDevicePartnership,ActiveSyncAllowedDeviceIDs,"
           "ActiveSyncBlockedDeviceIDs");
    b.line("Get-MobileDevice -Mailbox $Identity | Format-Table DeviceId,DeviceType,"
           "DeviceAccessState,DeviceAccessStateReason -AutoSize");
    b.line(say(Tr::tr("== Test-ActiveSyncConnectivity")));
    b.line(PsCode("$mailboxCredential = Get-Credential -UserName $Identity -Message ")
           + PsCode::literal(Tr::tr("Sign-in of the mailbox to test")));
    if (facts.trustAnyCertificate) {
        b.comment(Tr::tr("The diagnosis ran with --trust-any-certificate, so this test does too."));
        b.line("Test-ActiveSyncConnectivity -ClientAccessServer $ExchangeServer -MailboxCredential "
               "$mailboxCredential -URL $ExternalUrl -TrustAnySSLCertificate | Format-List "
               "Scenario,Result,Error,Latency");
    } else {
        b.line("Test-ActiveSyncConnectivity -ClientAccessServer $ExchangeServer -MailboxCredential "
               "$mailboxCredential -URL $ExternalUrl | Format-List Scenario,Result,Error,Latency");
    }
    b.line(say(Tr::tr("== Event ID 1100 (MSExchange ActiveSync) in the last hour")));
    b.line("Invoke-OnServer { @(Get-WinEvent -FilterHashtable @{ LogName = 'Application'; "
           "ProviderName = 'MSExchange ActiveSync'; Id = 1100; StartTime = "
           "(Get-Date).AddHours(-1) } -ErrorAction SilentlyContinue).Count }");
    return makeFixScript(FixIds::Verify, title, false, b);
}

} // namespace eas::report::ServerFixes
