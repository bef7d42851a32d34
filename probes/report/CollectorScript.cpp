#include "CollectorScript.h"

#include "BundleImporter.h"
#include "ScriptBuilder.h"

#include "core/Tr.h"

namespace eas::report::CollectorScript {

namespace {

// Helpers: PowerShell 5.1's ConvertTo-Json writes enums as numbers and dates as "/Date(ms)/",
// so every value is turned into text, a boolean, a list or an ISO 8601 date first.
const char kHelpers[] = R"ps(function ConvertTo-IsoDate($Value) {
    if ($null -eq $Value) { return $null }
    try {
        return ([datetime]$Value).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ', [Globalization.CultureInfo]::InvariantCulture)
    } catch {
        return [string]$Value
    }
}
function ConvertTo-Text($Value) {
    if ($null -eq $Value) { return $null }
    return [string]$Value
}
function ConvertTo-Name($Value) {
    if ($null -eq $Value) { return $null }
    if (-not ($Value -is [string]) -and $Value.PSObject.Properties['Name']) { return [string]$Value.Name }
    return [string]$Value
}
function ConvertTo-Flag($Value) {
    if ($null -eq $Value) { return $null }
    if ($Value -is [bool]) { return $Value }
    return ([string]$Value -eq 'True')
}
function ConvertTo-TextList($Value) {
    return ,@($Value | Where-Object { $null -ne $_ -and [string]$_ -ne '' } | ForEach-Object { [string]$_ })
}
function Get-IisValue([string]$Location, [string]$Filter, [string]$Name) {
    $v = Get-WebConfigurationProperty -PSPath 'MACHINE/WEBROOT/APPHOST' -Location $Location -Filter $Filter -Name $Name
    if ($null -ne $v -and $v.PSObject.Properties['Value']) { return $v.Value }
    return $v
}
function ConvertTo-PolicyRecord($Policy) {
    if ($null -eq $Policy) { return $null }
    $eas = [ordered]@{}
    foreach ($p in $Policy.PSObject.Properties) {
        if ($p.Name -like 'Eas*') { $eas[$p.Name] = ConvertTo-Text $p.Value }
    }
    return [ordered]@{ Name = ConvertTo-Name $Policy.Name; IsDefault = ConvertTo-Flag $Policy.IsDefault; Eas = $eas }
}
function Read-Section([string]$Name, [scriptblock]$Block, [switch]$List) {
    try {
        if ($List) { $bundle[$Name] = @(& $Block) } else { $bundle[$Name] = & $Block }
    } catch {
        $bundle[$Name] = $null
        $problems.Add([ordered]@{ section = $Name; message = [string]$_.Exception.Message })
    }
})ps";

const char kMailboxSections[] = R"ps(Read-Section 'casMailbox' {
    $cas = Get-CASMailbox -Identity $Identity
    [ordered]@{
        DisplayName = ConvertTo-Text $cas.DisplayName
        ActiveSyncEnabled = ConvertTo-Flag $cas.ActiveSyncEnabled
        ActiveSyncMailboxPolicy = ConvertTo-Name $cas.ActiveSyncMailboxPolicy
        HasActiveSyncDevicePartnership = ConvertTo-Flag $cas.HasActiveSyncDevicePartnership
        ActiveSyncAllowedDeviceIDs = ConvertTo-TextList $cas.ActiveSyncAllowedDeviceIDs
        ActiveSyncBlockedDeviceIDs = ConvertTo-TextList $cas.ActiveSyncBlockedDeviceIDs
    }
}
Read-Section 'mailbox' {
    $mbx = Get-Mailbox -Identity $Identity
    [ordered]@{
        Database = ConvertTo-Name $mbx.Database
        ServerName = ConvertTo-Text $mbx.ServerName
        ThrottlingPolicy = ConvertTo-Name $mbx.ThrottlingPolicy
        ProhibitSendReceiveQuota = ConvertTo-Text $mbx.ProhibitSendReceiveQuota
    }
}
Read-Section 'devices' -List {
    $stats = @(Get-MobileDeviceStatistics -Mailbox $Identity -ErrorAction SilentlyContinue)
    foreach ($d in @(Get-MobileDevice -Mailbox $Identity)) {
        $s = $stats | Where-Object { $_.DeviceId -eq $d.DeviceId } | Select-Object -First 1
        [ordered]@{
            DeviceId = ConvertTo-Text $d.DeviceId
            DeviceType = ConvertTo-Text $d.DeviceType
            DeviceUserAgent = ConvertTo-Text $d.DeviceUserAgent
            DeviceModel = ConvertTo-Text $d.DeviceModel
            DeviceAccessState = ConvertTo-Text $d.DeviceAccessState
            DeviceAccessStateReason = ConvertTo-Text $d.DeviceAccessStateReason
            FirstSyncTime = ConvertTo-IsoDate $d.FirstSyncTime
            LastSuccessSync = $(if ($s) { ConvertTo-IsoDate $s.LastSuccessSync } else { $null })
        }
    }
}
Read-Section 'throttling' {
    $assigned = (Get-Mailbox -Identity $Identity).ThrottlingPolicy
    $user = $null
    if ($assigned) { $user = ConvertTo-PolicyRecord (Get-ThrottlingPolicy -Identity (ConvertTo-Name $assigned)) }
    [ordered]@{
        userPolicy = $user
        defaultPolicy = ConvertTo-PolicyRecord (Get-ThrottlingPolicy | Where-Object { $_.IsDefault } | Select-Object -First 1)
    }
}
Read-Section 'autoblockThresholds' -List {
    foreach ($t in @(Get-ActiveSyncDeviceAutoblockThreshold)) {
        [ordered]@{
            BehaviorType = ConvertTo-Text $t.BehaviorType
            BehaviorTypeIncidenceLimit = ConvertTo-Text $t.BehaviorTypeIncidenceLimit
            BehaviorTypeIncidenceDuration = ConvertTo-Text $t.BehaviorTypeIncidenceDuration
            DeviceBlockDuration = ConvertTo-Text $t.DeviceBlockDuration
        }
    }
}
Read-Section 'organization' {
    [ordered]@{ OAuth2ClientProfileEnabled = ConvertTo-Flag (Get-OrganizationConfig).OAuth2ClientProfileEnabled }
})ps";

const char kServerSections[] = R"ps(Read-Section 'virtualDirectories' -List {
    $found = @(Get-ActiveSyncVirtualDirectory -ErrorAction SilentlyContinue -ErrorVariable vdirErrors)
    foreach ($e in $vdirErrors) { $problems.Add([ordered]@{ section = 'virtualDirectories'; message = [string]$e }) }
    if ($found.Count -eq 0 -and $vdirErrors.Count -gt 0) { throw $vdirErrors[0] }
    foreach ($v in $found) {
        [ordered]@{
            Server = ConvertTo-Name $v.Server
            Name = ConvertTo-Text $v.Name
            Identity = ConvertTo-Text $v.Identity
            InternalUrl = ConvertTo-Text $v.InternalUrl
            ExternalUrl = ConvertTo-Text $v.ExternalUrl
            BasicAuthEnabled = ConvertTo-Flag $v.BasicAuthEnabled
            WindowsAuthEnabled = ConvertTo-Flag $v.WindowsAuthEnabled
            ClientCertAuth = ConvertTo-Text $v.ClientCertAuth
            InternalAuthenticationMethods = ConvertTo-TextList $v.InternalAuthenticationMethods
            ExternalAuthenticationMethods = ConvertTo-TextList $v.ExternalAuthenticationMethods
        }
    }
}
Read-Section 'iis' {
    Import-Module WebAdministration
    $locations = foreach ($location in 'Default Web Site/Microsoft-Server-ActiveSync', 'Exchange Back End/Microsoft-Server-ActiveSync') {
        $auth = [ordered]@{}
        foreach ($method in 'anonymousAuthentication', 'basicAuthentication', 'windowsAuthentication', 'digestAuthentication', 'clientCertificateMappingAuthentication') {
            # A method whose IIS module is not installed has no section: null (unknown).
            try { $auth[$method] = ConvertTo-Flag (Get-IisValue $location ('system.webServer/security/authentication/' + $method) 'enabled') } catch { $auth[$method] = $null }
        }
        $ssl = $null
        try { $ssl = ConvertTo-Text (Get-IisValue $location 'system.webServer/security/access' 'sslFlags') } catch { $ssl = $null }
        [ordered]@{ location = $location; authentication = $auth; sslFlags = $ssl }
    }
    $webConfigs = foreach ($relative in 'FrontEnd\HttpProxy\sync\web.config', 'ClientAccess\Sync\web.config', 'FrontEnd\HttpProxy\SharedWebConfig.config', 'ClientAccess\SharedWebConfig.config') {
        $path = Join-Path -Path $env:ExchangeInstallPath -ChildPath $relative
        $exists = Test-Path -LiteralPath $path
        [ordered]@{
            path = $path
            exists = $exists
            unexpandedInstallDir = ($exists -and [bool](Select-String -LiteralPath $path -Pattern '%ExchangeInstallDir%' -SimpleMatch -Quiet))
        }
    }
    $logFolders = foreach ($site in @(Get-Website)) {
        [Environment]::ExpandEnvironmentVariables([string]$site.logFile.directory) + '\W3SVC' + $site.id
    }
    [ordered]@{ locations = @($locations); webConfigs = @($webConfigs); logFolders = @($logFolders) }
}
Read-Section 'certificates' -List {
    foreach ($c in @(Get-ExchangeCertificate -Server $env:COMPUTERNAME)) {
        [ordered]@{
            Subject = ConvertTo-Text $c.Subject
            Issuer = ConvertTo-Text $c.Issuer
            Thumbprint = ConvertTo-Text $c.Thumbprint
            Status = ConvertTo-Text $c.Status
            Services = ConvertTo-TextList (([string]$c.Services) -split ',\s*')
            CertificateDomains = ConvertTo-TextList $c.CertificateDomains
            NotBefore = ConvertTo-IsoDate $c.NotBefore
            NotAfter = ConvertTo-IsoDate $c.NotAfter
            IsSelfSigned = ConvertTo-Flag $c.IsSelfSigned
        }
    }
}
Read-Section 'events' -List {
    $filter = @{ LogName = 'Application'; ProviderName = 'MSExchange ActiveSync'; StartTime = (Get-Date).AddDays(-$Days) }
    $found = @()
    try {
        $found = @(Get-WinEvent -FilterHashtable $filter -MaxEvents $MaxEvents)
    } catch {
        if ($_.FullyQualifiedErrorId -notlike 'NoMatchingEventsFound*') { throw }
    }
    foreach ($e in $found) {
        $message = $e.Message
        if (-not $message) { $message = ($e.Properties | ForEach-Object { [string]$_.Value }) -join ' ' }
        [ordered]@{
            TimeCreated = ConvertTo-IsoDate $e.TimeCreated
            Id = [int]$e.Id
            LevelDisplayName = ConvertTo-Text $e.LevelDisplayName
            Message = ConvertTo-Text $message
        }
    }
})ps";

// Writes the JSON without a BOM: GetUnresolvedProviderPathFromPSPath makes a relative -OutFile
// relative to the PowerShell location, not the process's working folder.
const char kWriteBundle[] = R"ps($bundle['errors'] = @($problems)
if (-not $OutFile) { $OutFile = 'eas-doctor-bundle-' + $env:COMPUTERNAME + '-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.json' }
$path = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutFile)
$json = ConvertTo-Json -InputObject $bundle -Depth 12
[System.IO.File]::WriteAllText($path, $json, (New-Object -TypeName System.Text.UTF8Encoding -ArgumentList $false)))ps";

void addHeader(ScriptBuilder &b)
{
    b.beginBlock("if (-not (Get-Command -Name Get-CASMailbox -ErrorAction SilentlyContinue))");
    b.line(PsCode("throw ")
           + PsCode::literal(Tr::tr("Run this script in the Exchange Management Shell on an "
                                    "Exchange server.")));
    b.endBlock();
    b.line(kHelpers);
    b.line(PsCode("$bundle = [ordered]@{ schema = ")
           + PsCode::literal(QString::fromLatin1(BundleImporter::kSchema))
           + PsCode("; collectedAt = (ConvertTo-IsoDate (Get-Date)); identity = $Identity; "
                    "days = $Days }"));
    b.line(PsCode("$bundle['collector'] = [ordered]@{ tool = ")
           + PsCode::literal(QStringLiteral("eas-doctor " EAS_VERSION))
           + PsCode(
               "; computer = $env:COMPUTERNAME; powerShellVersion = "
               "[string]$PSVersionTable.PSVersion; exchangeVersion = [string](Get-ExchangeServer "
               "-Identity $env:COMPUTERNAME -ErrorAction SilentlyContinue).AdminDisplayVersion }"));
    b.line("$bundle['errors'] = @()");
    b.line("$problems = New-Object -TypeName System.Collections.Generic.List[object]");
}

} // namespace

QString generate(const QString &email)
{
    ScriptBuilder b(Tr::tr("read-only collector of server-side ActiveSync evidence"));
    b.describe(Tr::tr("Run in the Exchange Management Shell on an Exchange server. It only reads "
                      "(Get- cmdlets, IIS configuration, the Application event log) and writes "
                      "one JSON file for eas-doctor diagnose --bundle FILE. A section it cannot "
                      "read is left empty and listed under errors."));
    b.addParameter(PsCode("[string]$Identity = ") + PsCode::literal(email));
    b.addParameter("[int]$Days = 3");
    b.addParameter("[int]$MaxEvents = 500");
    b.addParameter("[string]$OutFile = ''");
    addHeader(b);
    b.line(kMailboxSections);
    b.line(kServerSections);
    b.line(kWriteBundle);
    b.line(PsCode("Write-Output (") + PsCode::literal(Tr::tr("Bundle written to "))
           + PsCode(" + $path)"));
    b.beginBlock("if ($problems.Count -gt 0)");
    b.line(PsCode("Write-Output (")
           + PsCode::literal(Tr::tr("Sections with errors (the bundle is partial): "))
           + PsCode(" + (($problems | ForEach-Object { $_.section }) -join ', '))"));
    b.endBlock();
    return b.text();
}

} // namespace eas::report::CollectorScript
