#include "BundleFindings.h"

#include "BundleFindings_p.h"

#include "core/FindingCatalog.h"
#include "core/Steps.h"
#include "core/Tr.h"

namespace eas::report::BundleFindings {

namespace detail {

Finding make(const QString &id,
             Severity severity,
             const QString &title,
             const QString &detail,
             QVariantMap evidence,
             const QString &fallbackStep)
{
    Finding f;
    f.id = id;
    const CatalogEntry *entry = FindingCatalog::find(id);
    f.step = entry ? entry->step : fallbackStep;
    f.severity = severity;
    f.title = title;
    f.detail = detail;
    evidence.insert(QStringLiteral("source"), QStringLiteral("bundle"));
    f.evidence = std::move(evidence);
    return f;
}

QString activeSyncHost(const Bundle &bundle, const DiagnosisTarget &target)
{
    if (!target.url.host().isEmpty())
        return target.url.host();
    if (bundle.virtualDirectories) {
        for (const BundleVirtualDirectory &v : *bundle.virtualDirectories) {
            if (!v.externalUrl.host().isEmpty())
                return v.externalUrl.host();
        }
    }
    return {};
}

} // namespace detail

namespace {

using detail::make;

bool stateIs(const BundleDevice &d, const char *state)
{
    return d.accessState.compare(QLatin1String(state), Qt::CaseInsensitive) == 0;
}

QString describeDevice(const BundleDevice &d)
{
    return QStringLiteral("%1 (%2): %3 / %4")
        .arg(d.deviceId, d.deviceType, d.accessState, d.accessStateReason);
}

void mailboxFindings(const Bundle &bundle, Findings &out)
{
    if (bundle.casMailbox && bundle.casMailbox->activeSyncEnabled == false) {
        out.append(make(QStringLiteral("activesync-disabled"),
                        Severity::Fail,
                        Tr::tr("ActiveSync is turned off for the mailbox"),
                        Tr::tr("Get-CASMailbox reports ActiveSyncEnabled False for %1: Exchange "
                               "refuses every device of this user.")
                            .arg(bundle.identity),
                        {{QStringLiteral("casMailbox.ActiveSyncEnabled"), false}}));
    }
}

void deviceFindings(const Bundle &bundle, Findings &out)
{
    QStringList blocked;
    QStringList quarantined;
    for (const BundleDevice &d : bundle.devices.value_or(QList<BundleDevice>())) {
        if (stateIs(d, "Blocked"))
            blocked.append(describeDevice(d));
        else if (stateIs(d, "Quarantined"))
            quarantined.append(describeDevice(d));
    }
    const QStringList blockList
        = bundle.casMailbox ? bundle.casMailbox->blockedDeviceIds : QStringList();
    if (!blocked.isEmpty() || !blockList.isEmpty()) {
        out.append(
            make(QStringLiteral("device-blocked"),
                 Severity::Fail,
                 Tr::tr("Exchange blocks devices of this user"),
                 Tr::tr("Blocked: %1.").arg((blocked + blockList).join(QStringLiteral("; "))),
                 {{QStringLiteral("devices.DeviceAccessState"), blocked},
                  {QStringLiteral("casMailbox.ActiveSyncBlockedDeviceIDs"), blockList}}));
    }
    if (!quarantined.isEmpty()) {
        out.append(make(QStringLiteral("device-quarantined"),
                        Severity::Warn,
                        Tr::tr("Devices of this user are in quarantine"),
                        Tr::tr("Quarantined until an administrator allows them: %1.")
                            .arg(quarantined.join(QStringLiteral("; "))),
                        {{QStringLiteral("devices.DeviceAccessState"), quarantined}}));
    }
}

void quotaFindings(const Bundle &bundle, Findings &out)
{
    const BundleThrottlingPolicy *policy
        = bundle.throttling ? bundle.throttling->effective() : nullptr;
    if (!bundle.devices || !policy)
        return;
    const std::optional<qint64> limit = policy->number(QStringLiteral("EasMaxDevices"));
    const qint64 partnerships = bundle.devices->size();
    if (!limit || partnerships < *limit)
        return;
    out.append(make(QStringLiteral("max-devices-reached"),
                    Severity::Fail,
                    Tr::tr("The mailbox has used up its device partnerships"),
                    Tr::tr("%1 partnerships; the throttling policy %2 allows %3 (EasMaxDevices).")
                        .arg(QString::number(partnerships), policy->name, QString::number(*limit)),
                    {{QStringLiteral("devices.count"), partnerships},
                     {QStringLiteral("throttling.EasMaxDevices"), *limit},
                     {QStringLiteral("throttling.Name"), policy->name}}));
}

bool offersOAuth(const BundleVirtualDirectory &v, const Bundle &bundle)
{
    const bool organisation
        = !bundle.organization || bundle.organization->oauth2ClientProfileEnabled != false;
    const QString oauth = QStringLiteral("OAuth");
    return organisation
           && (v.externalAuthenticationMethods.contains(oauth, Qt::CaseInsensitive)
               || v.internalAuthenticationMethods.contains(oauth, Qt::CaseInsensitive));
}

// IIS of the collecting server can switch Basic off under a virtual directory that says it is on.
std::optional<bool> iisBasic(const Bundle &bundle, const BundleVirtualDirectory &v)
{
    if (!bundle.iis || v.server.compare(bundle.computer, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    for (const BundleIisLocation &l : bundle.iis->locations) {
        if (l.location.startsWith(QLatin1String("Default Web Site/"), Qt::CaseInsensitive)
            && l.authentication.contains(QStringLiteral("basicAuthentication")))
            return l.authentication.value(QStringLiteral("basicAuthentication"));
    }
    return std::nullopt;
}

void authenticationFindings(const Bundle &bundle, Findings &out)
{
    QStringList servers;
    QVariantMap evidence;
    for (const BundleVirtualDirectory &v :
         bundle.virtualDirectories.value_or(QList<BundleVirtualDirectory>())) {
        const std::optional<bool> iis = iisBasic(bundle, v);
        const bool basic = v.basicAuthEnabled.value_or(true) && iis.value_or(true);
        if (basic || offersOAuth(v, bundle))
            continue;
        servers.append(v.server);
        const QString prefix = QStringLiteral("virtualDirectories[%1].").arg(v.server);
        evidence.insert(prefix + QStringLiteral("BasicAuthEnabled"),
                        v.basicAuthEnabled.value_or(true));
        evidence.insert(prefix + QStringLiteral("ExternalAuthenticationMethods"),
                        v.externalAuthenticationMethods);
        if (iis)
            evidence.insert(QStringLiteral("iis.locations.basicAuthentication"), *iis);
    }
    if (servers.isEmpty())
        return;
    if (bundle.organization && bundle.organization->oauth2ClientProfileEnabled)
        evidence.insert(QStringLiteral("organization.OAuth2ClientProfileEnabled"),
                        *bundle.organization->oauth2ClientProfileEnabled);
    out.append(make(QStringLiteral("auth-method-mismatch"),
                    Severity::Fail,
                    Tr::tr("The ActiveSync virtual directory offers no sign-in phones use"),
                    Tr::tr("Basic is off and OAuth is not offered on %1, so phones have no way "
                           "to sign in.")
                        .arg(servers.join(QStringLiteral(", "))),
                    evidence));
}

void virtualDirectoryFindings(const Bundle &bundle, Findings &out)
{
    if (bundle.virtualDirectories && bundle.virtualDirectories->isEmpty()) {
        out.append(make(QStringLiteral("virtual-directory-missing"),
                        Severity::Fail,
                        Tr::tr("There is no ActiveSync virtual directory"),
                        Tr::tr("Get-ActiveSyncVirtualDirectory returned nothing."),
                        {{QStringLiteral("virtualDirectories.count"), 0}}));
    }
    QStringList broken;
    for (const BundleWebConfig &w :
         bundle.iis ? bundle.iis->webConfigs : QList<BundleWebConfig>()) {
        const bool syncConfig
            = w.path.endsWith(QLatin1String("\\sync\\web.config"), Qt::CaseInsensitive);
        if (w.unexpandedInstallDir || (syncConfig && !w.exists))
            broken.append(w.path);
    }
    if (!broken.isEmpty()) {
        out.append(make(QStringLiteral("virtual-directory-error"),
                        Severity::Fail,
                        Tr::tr("The ActiveSync configuration files are damaged"),
                        Tr::tr("These files are missing or still contain a literal "
                               "%ExchangeInstallDir% (a failed update): %1.")
                            .arg(broken.join(QStringLiteral(", "))),
                        {{QStringLiteral("iis.webConfigs.path"), broken}}));
    }
    authenticationFindings(bundle, out);
}

QVariantMap eventEvidence(const QList<BundleEvent> &events, const char *countKey)
{
    QDateTime first = events.first().timeCreated;
    QDateTime last = first;
    for (const BundleEvent &e : events) {
        first = std::min(first, e.timeCreated);
        last = std::max(last, e.timeCreated);
    }
    return {{QLatin1String(countKey), qint64(events.size())},
            {QStringLiteral("events.first"), first.toString(Qt::ISODate)},
            {QStringLiteral("events.last"), last.toString(Qt::ISODate)},
            {QStringLiteral("events.Message"), events.first().message.left(500)}};
}

void eventFindings(const Bundle &bundle, Findings &out)
{
    QList<BundleEvent> blocking;
    QList<BundleEvent> budget;
    for (const BundleEvent &e : bundle.events.value_or(QList<BundleEvent>())) {
        if (e.id == 1100)
            blocking.append(e);
        else if (e.message.contains(QLatin1String("budget"), Qt::CaseInsensitive)
                 || e.message.contains(QLatin1String("throttl"), Qt::CaseInsensitive))
            budget.append(e);
    }
    if (!blocking.isEmpty()) {
        out.append(make(QStringLiteral("blocking-events-found"),
                        Severity::Fail,
                        Tr::tr("Exchange logged ActiveSync blocking events"),
                        Tr::tr("%n Event ID 1100 of MSExchange ActiveSync in the bundle.",
                               nullptr,
                               int(blocking.size())),
                        eventEvidence(blocking, "events[Id=1100].count")));
    }
    if (!budget.isEmpty()) {
        out.append(make(QStringLiteral("throttled"),
                        Severity::Warn,
                        Tr::tr("Exchange logged ActiveSync throttling"),
                        Tr::tr("%n MSExchange ActiveSync event(s) mention budgets or throttling.",
                               nullptr,
                               int(budget.size())),
                        eventEvidence(budget, "events[budget].count")));
    }
}

Finding summary(const Bundle &bundle)
{
    return make(
        QStringLiteral("bundle-evidence"),
        Severity::Info,
        Tr::tr("Server-side evidence from the collector"),
        Tr::tr("Collected on %1 at %2 for %3.")
            .arg(bundle.computer, bundle.collectedAt.toString(Qt::ISODate), bundle.identity),
        {{QStringLiteral("computer"), bundle.computer},
         {QStringLiteral("collectedAt"), bundle.collectedAt.toString(Qt::ISODate)},
         {QStringLiteral("exchangeVersion"), bundle.exchangeVersion},
         {QStringLiteral("missingSections"), bundle.missingSections}},
        steps::UserStatus);
}

} // namespace

Findings evaluate(const Bundle &bundle,
                  const DiagnosisTarget &target,
                  const QString &wireThumbprint,
                  const QDateTime &now)
{
    Findings out;
    out.append(summary(bundle));
    mailboxFindings(bundle, out);
    deviceFindings(bundle, out);
    quotaFindings(bundle, out);
    virtualDirectoryFindings(bundle, out);
    detail::certificateFindings(bundle, target, wireThumbprint, now, out);
    eventFindings(bundle, out);
    return out;
}

} // namespace eas::report::BundleFindings
