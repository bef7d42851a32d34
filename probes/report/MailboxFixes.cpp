#include "MailboxFixes.h"

#include "FixCatalog.h"

#include "core/Tr.h"

namespace eas::report::MailboxFixes {

namespace {

// Twice the current value and at least the procedure's 20; twice Exchange's default when the
// current value is not known.
qint64 raised(const std::optional<qint64> &current, qint64 exchangeDefault)
{
    return std::max<qint64>(20, 2 * current.value_or(exchangeDefault));
}

} // namespace

FixScript enableActiveSync(const FixFacts &facts)
{
    const QString title = Tr::tr("Quick fix: turn ActiveSync on for the mailbox");
    ScriptBuilder b = facts.startScript(title);
    b.describe(Tr::tr("Sets ActiveSyncEnabled to True for the mailbox and shows the result. If it "
                      "reads False again later, a mailbox plan or a Client Access Rule turns it "
                      "off."));
    b.addParameter(facts.identityParameter());
    b.line("Set-CASMailbox -Identity $Identity -ActiveSyncEnabled $true");
    b.line("Get-CASMailbox -Identity $Identity | Format-List DisplayName,ActiveSyncEnabled,"
           "ActiveSyncMailboxPolicy,HasActiveSyncDevicePartnership");
    return makeFixScript(FixIds::EnableActiveSync, title, false, b);
}

FixScript allowNonProvisionable(const FixFacts &facts)
{
    const QString title = Tr::tr("Quick fix: let the user's device policy accept devices that "
                                 "cannot be provisioned");
    ScriptBuilder b = facts.startScript(title);
    b.describe(Tr::tr("Sets AllowNonProvisionableDevices on the user's mobile device mailbox "
                      "policy. The change applies to every mailbox that uses this policy."));
    b.addParameter(facts.identityParameter());
    b.addParameter(PsCode("[string]$Policy = ") + PsCode::literal(facts.mailboxPolicy));
    b.beginBlock("if (-not $Policy)");
    b.comment(Tr::tr("No policy name known: use the one assigned to the mailbox."));
    b.line("$assigned = (Get-CASMailbox -Identity $Identity).ActiveSyncMailboxPolicy");
    b.line("$Policy = if ($assigned.Name) { [string]$assigned.Name } else { [string]$assigned }");
    b.endBlock();
    b.line("Get-MobileDeviceMailboxPolicy -Identity $Policy | Format-List Name,IsDefault,"
           "AllowNonProvisionableDevices");
    b.line("Set-MobileDeviceMailboxPolicy -Identity $Policy -AllowNonProvisionableDevices $true");
    b.line("Get-MobileDeviceMailboxPolicy -Identity $Policy | Format-List Name,"
           "AllowNonProvisionableDevices");
    return makeFixScript(FixIds::AllowNonProvisionable, title, false, b);
}

FixScript allowDevice(const FixFacts &facts)
{
    const QString title = Tr::tr("Let the user's blocked or quarantined devices in");
    ScriptBuilder b = facts.startScript(title);
    b.describe(Tr::tr("Takes the devices off the mailbox's block list and adds them to its allow "
                      "list (a personal exemption that outranks device access rules). Check the "
                      "device IDs against the partnerships listed first."));
    b.addParameter(facts.identityParameter());
    b.addParameter(PsCode("[string[]]$DeviceIds = @(") + PsCode::literalList(facts.blockedDeviceIds)
                   + PsCode(")"));
    b.line("Get-MobileDevice -Mailbox $Identity | Format-Table DeviceId,DeviceType,"
           "DeviceAccessState,DeviceAccessStateReason -AutoSize");
    b.line(
        "Set-CASMailbox -Identity $Identity -ActiveSyncBlockedDeviceIDs @{ Remove = $DeviceIds }");
    b.line("Set-CASMailbox -Identity $Identity -ActiveSyncAllowedDeviceIDs @{ Add = $DeviceIds }");
    b.line("Get-CASMailbox -Identity $Identity | Format-List ActiveSyncAllowedDeviceIDs,"
           "ActiveSyncBlockedDeviceIDs");
    return makeFixScript(FixIds::AllowDevice, title, false, b);
}

FixScript throttlingPolicy(const FixFacts &facts)
{
    const QString title = Tr::tr("Solution 5: give the mailbox a throttling policy with more "
                                 "ActiveSync headroom");
    ScriptBuilder b = facts.startScript(title);
    b.describe(Tr::tr("Creates (or updates) a throttling policy with higher EasMaxDevices and "
                      "EasMaxConcurrency and associates it with the mailbox. Removing stale "
                      "partnerships (listed first) is the alternative to a higher device limit."));
    b.addParameter(facts.identityParameter());
    b.addParameter(PsCode("[string]$PolicyName = ")
                   + PsCode::literal(QStringLiteral("EAS Doctor - more ActiveSync devices")));
    b.addParameter(PsCode("[int]$EasMaxDevices = ")
                   + PsCode::number(raised(facts.easMaxDevices, 100)));
    b.addParameter(PsCode("[int]$EasMaxConcurrency = ")
                   + PsCode::number(raised(facts.easMaxConcurrency, 10)));
    b.line("Get-Mailbox -Identity $Identity | Format-List ThrottlingPolicy");
    if (facts.throttlingPolicy.isEmpty()) {
        b.line("Get-ThrottlingPolicy | Where-Object { $_.IsDefault } | Format-List Name,Eas*");
    } else {
        b.line(PsCode("Get-ThrottlingPolicy -Identity ") + PsCode::literal(facts.throttlingPolicy)
               + PsCode(" | Format-List Name,Eas*"));
    }
    b.line("Get-MobileDeviceStatistics -Mailbox $Identity | Sort-Object LastSuccessSync | "
           "Format-Table DeviceId,DeviceType,LastSuccessSync -AutoSize");
    b.beginBlock("if (Get-ThrottlingPolicy -Identity $PolicyName -ErrorAction SilentlyContinue)");
    b.line("Set-ThrottlingPolicy -Identity $PolicyName -EasMaxDevices $EasMaxDevices "
           "-EasMaxConcurrency $EasMaxConcurrency");
    b.elseBlock();
    b.line("New-ThrottlingPolicy -Name $PolicyName -EasMaxDevices $EasMaxDevices "
           "-EasMaxConcurrency $EasMaxConcurrency");
    b.endBlock();
    b.line("Set-ThrottlingPolicyAssociation -Identity $Identity -ThrottlingPolicy $PolicyName");
    b.line("Get-Mailbox -Identity $Identity | Format-List ThrottlingPolicy");
    return makeFixScript(FixIds::ThrottlingPolicy, title, false, b);
}

FixScript removeDevicePartnership(const FixFacts &facts)
{
    const QString title = Tr::tr("Clean-up: remove the device partnership EAS Doctor created");
    ScriptBuilder b = facts.startScript(title);
    b.describe(Tr::tr("The diagnosis acknowledged the device policy, which created a partnership "
                      "for its own DeviceId. It counts toward EasMaxDevices; this removes it "
                      "(Remove-MobileDevice asks for confirmation)."));
    b.addParameter(facts.identityParameter());
    b.addParameter(PsCode("[string]$DeviceId = ") + PsCode::literal(facts.ownDeviceId));
    b.line("$ours = @(Get-MobileDevice -Mailbox $Identity | Where-Object { $_.DeviceId -eq "
           "$DeviceId })");
    b.beginBlock("if ($ours.Count -eq 0)");
    b.line(PsCode("Write-Output ")
           + PsCode::literal(Tr::tr("No partnership with this DeviceId: nothing to remove.")));
    b.elseBlock();
    b.line("$ours | Remove-MobileDevice");
    b.endBlock();
    return makeFixScript(FixIds::RemoveDevicePartnership, title, false, b);
}

} // namespace eas::report::MailboxFixes
