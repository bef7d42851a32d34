#include "EasFindings.h"

#include "core/Tr.h"

namespace eas::EasFindings {

using net::EasResponse;
using net::Transport;

namespace {

const QStringList kBlockReasons = {QStringLiteral("Global"),
                                   QStringLiteral("Individual"),
                                   QStringLiteral("DeviceRule"),
                                   QStringLiteral("Policy"),
                                   QStringLiteral("Upgrade")};

Finding statusFinding(int status, const QVariantMap &e)
{
    switch (status) {
    case 126:
        return make(
            QStringLiteral("activesync-disabled"),
            Severity::Fail,
            Tr::tr("ActiveSync is disabled for this mailbox"),
            Tr::tr("Exchange answered Status 126 (UserDisabledForSync): ActiveSyncEnabled is "
                   "false, or a Client Access Rule blocks ActiveSync. Every phone of this user "
                   "is refused. Run Set-CASMailbox -ActiveSyncEnabled $true."),
            e);
    case 129:
    case 130:
        return make(QStringLiteral("device-blocked"),
                    Severity::Fail,
                    Tr::tr("The device is blocked"),
                    Tr::tr("Exchange answered Status %1: a device access rule, the mailbox's "
                           "blocked device list or the organisation's default access level refuses "
                           "this device. Check Get-MobileDevice (DeviceAccessState, Reason) and "
                           "Get-ActiveSyncDeviceAccessRule.")
                        .arg(status),
                    e);
    case 177:
        return make(QStringLiteral("max-devices-reached"),
                    Severity::Fail,
                    Tr::tr("The user has too many device partnerships"),
                    Tr::tr("Exchange answered Status 177 (MaximumDevicesReached): the mailbox has "
                           "as many partnerships as EasMaxDevices allows, so a new phone cannot be "
                           "added. Remove stale devices or raise EasMaxDevices."),
                    e);
    case 131:
        return make(QStringLiteral("account-disabled"),
                    Severity::Fail,
                    Tr::tr("The account is disabled"),
                    Tr::tr("Exchange answered Status 131 (AccountDisabled). Enable the user in "
                           "Active Directory."),
                    e);
    case 123:
    case 125:
        return make(QStringLiteral("mailbox-not-found"),
                    Severity::Fail,
                    Tr::tr("No mailbox for this user"),
                    Tr::tr("Exchange answered Status %1: the logon name has no mailbox (or cannot "
                           "be found). Check the UPN the phone uses.")
                        .arg(status),
                    e);
    case 113:
        return make(
            QStringLiteral("mailbox-full"),
            Severity::Fail,
            Tr::tr("The mailbox is full"),
            Tr::tr("Exchange answered Status 113 (MailboxQuotaExceeded). Free space or raise "
                   "ProhibitSendReceiveQuota."),
            e);
    case 110:
    case 111:
    case 114:
        return make(
            QStringLiteral("mailbox-server-offline"),
            Severity::Fail,
            Tr::tr("The mailbox server is not available"),
            Tr::tr("Exchange answered Status %1: the mailbox database or server is offline. "
                   "Check the database copy status and the back-end services.")
                .arg(status),
            e);
    case 140:
        return make(QStringLiteral("remote-wipe-requested"),
                    Severity::Fail,
                    Tr::tr("A remote wipe is pending for this device"),
                    Tr::tr("Exchange answered Status 140 (RemoteWipeRequested). Check the device "
                           "with Get-MobileDeviceStatistics before anything else."),
                    e);
    case 139:
    case 141:
    case 165:
    default:
        return make(
            QStringLiteral("provisioning-failed"),
            Severity::Fail,
            Tr::tr("The device cannot be provisioned"),
            Tr::tr("Exchange answered Status %1: the mobile device mailbox policy cannot be "
                   "applied to this device (139 not fully provisionable, 141 legacy device on "
                   "a strict policy, 165 device information missing). Check the policy's "
                   "AllowNonProvisionableDevices.")
                .arg(status),
            e);
    }
}

bool isMailboxStatus(int s)
{
    static const QList<int> known
        = {110, 111, 113, 114, 123, 125, 126, 129, 130, 131, 139, 140, 141, 165, 177};
    return known.contains(s);
}

} // namespace

std::optional<Finding> mailbox(const EasResponse &r)
{
    if (r.transport != Transport::Ok)
        return std::nullopt;
    const QVariantMap e = evidenceOf(r);
    if (r.status && isMailboxStatus(*r.status))
        return statusFinding(*r.status, e);
    if (r.command == QLatin1String("Provision") && r.status && (*r.status == 2 || *r.status == 3))
        return statusFinding(*r.status, e);
    switch (r.httpStatus) {
    case 403:
        if (kBlockReasons.contains(r.throttle))
            return statusFinding(129, e);
        return make(
            QStringLiteral("activesync-disabled"),
            Severity::Fail,
            Tr::tr("ActiveSync is refused for this user"),
            Tr::tr("After a successful login Exchange answered 403 Forbidden to %1 (protocol "
                   "%2 reports errors as HTTP codes). For a user this means ActiveSync is "
                   "disabled for the mailbox. Run Set-CASMailbox -ActiveSyncEnabled $true.")
                .arg(r.command, r.protocolVersion),
            e);
    case 456:
        return statusFinding(131, e);
    case 457:
        return make(QStringLiteral("password-expired"),
                    Severity::Fail,
                    Tr::tr("The password has expired"),
                    Tr::tr("Exchange answered 457: the user must change the password (%1).")
                        .arg(r.credentialServiceUrl.isEmpty()
                                 ? Tr::tr("for example in Outlook on the web")
                                 : r.credentialServiceUrl),
                    e);
    case 507:
        return statusFinding(113, e);
    case 503:
        if (r.throttle.isEmpty() && !r.retryAfterSeconds)
            return statusFinding(114, e);
        break;
    case 200:
        if (r.credentialsExpireDays && *r.credentialsExpireDays <= 14)
            return make(
                QStringLiteral("password-expired"),
                Severity::Warn,
                Tr::tr("The password expires soon"),
                Tr::tr("Exchange says the password expires in %1 day(s) (0 = within 24 hours). "
                       "Phones stop syncing when it does.")
                    .arg(*r.credentialsExpireDays),
                e);
        break;
    default:
        break;
    }
    return std::nullopt;
}

std::optional<Finding> throttling(const EasResponse &r)
{
    if (r.transport != Transport::Ok)
        return std::nullopt;
    const bool serverThrottle
        = r.httpStatus == 503 && (!r.throttle.isEmpty() || r.retryAfterSeconds);
    if (!serverThrottle && r.httpStatus != 429)
        return std::nullopt;
    QString detail
        = r.httpStatus == 429
              ? Tr::tr("A proxy in front of Exchange answered 429 Too Many Requests.")
              : Tr::tr("Exchange answered 503 with X-MS-ASThrottle '%1': the device or user "
                       "is throttled or automatically blocked (autoblock).")
                    .arg(r.throttle);
    if (r.retryAfterSeconds)
        detail
            += QLatin1Char(' ')
               + Tr::tr(
                     "It asks to wait %1 seconds before retrying; this tool does not retry sooner.")
                     .arg(*r.retryAfterSeconds);
    detail += QLatin1Char(' ')
              + Tr::tr("Check the user's throttling policy (EasMaxConcurrency, "
                       "EasMaxBurst, EasRechargeRate) and "
                       "Get-ActiveSyncDeviceAutoblockThreshold.");
    return make(QStringLiteral("throttled"),
                Severity::Fail,
                Tr::tr("Requests are throttled"),
                detail,
                evidenceOf(r));
}

std::optional<Finding> redirect(const EasResponse &r)
{
    if (!r.isHttp(451))
        return std::nullopt;
    return make(QStringLiteral("redirected-to-other-server"),
                Severity::Warn,
                Tr::tr("Exchange redirects this mailbox to another server"),
                Tr::tr("Exchange answered 451 with X-MS-Location %1: the mailbox is served from "
                       "another site. Phones that follow it work; check that the named URL is "
                       "reachable from outside and that ExternalUrl is set on that server.")
                    .arg(r.location.toString()),
                evidenceOf(r));
}

Finding credentialsRejected(const EasResponse &r)
{
    return make(QStringLiteral("credentials-rejected"),
                Severity::Fail,
                Tr::tr("The user name or password is rejected"),
                Tr::tr("The server answered 401 again after the credentials were sent with %1, a "
                       "scheme it offers. Check the password, the logon name format (UPN or "
                       "DOMAIN\\user) and whether the account is locked out.")
                    .arg(r.offersScheme(QStringLiteral("Bearer"))
                                 && !r.offersScheme(QStringLiteral("Basic"))
                             ? QStringLiteral("Bearer")
                             : QStringLiteral("Basic")),
                evidenceOf(r));
}

} // namespace eas::EasFindings
