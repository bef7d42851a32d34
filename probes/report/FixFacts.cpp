#include "FixFacts.h"

#include "Evidence.h"

namespace eas::report {

namespace {

const BundleVirtualDirectory *pickVirtualDirectory(const std::optional<Bundle> &bundle,
                                                   const QString &frontEnd,
                                                   const QString &host)
{
    if (!bundle || !bundle->virtualDirectories || bundle->virtualDirectories->isEmpty())
        return nullptr;
    const QList<BundleVirtualDirectory> &vdirs = *bundle->virtualDirectories;
    for (const BundleVirtualDirectory &v : vdirs) {
        if (!frontEnd.isEmpty() && v.server.compare(frontEnd, Qt::CaseInsensitive) == 0)
            return &v;
    }
    for (const BundleVirtualDirectory &v : vdirs) {
        if (!host.isEmpty() && v.externalUrl.host().compare(host, Qt::CaseInsensitive) == 0)
            return &v;
    }
    return &vdirs.first();
}

QString firstOf(std::initializer_list<QString> candidates)
{
    for (const QString &c : candidates) {
        if (!c.trimmed().isEmpty())
            return c.trimmed();
    }
    return {};
}

bool isHeld(const BundleDevice &d)
{
    return d.accessState.compare(QLatin1String("Blocked"), Qt::CaseInsensitive) == 0
           || d.accessState.compare(QLatin1String("Quarantined"), Qt::CaseInsensitive) == 0;
}

// A certificate the IIS service could use instead: valid, in date, not self-signed, naming the
// host.
QString
pickReplacement(const std::optional<Bundle> &bundle, const QString &host, const QString &current)
{
    if (!bundle || !bundle->certificates)
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const BundleCertificate &c : *bundle->certificates) {
        const bool valid = c.status.compare(QLatin1String("Valid"), Qt::CaseInsensitive) == 0
                           && c.notAfter.isValid() && c.notAfter > now && !c.selfSigned;
        if (valid && (host.isEmpty() || c.namesHost(host)) && c.thumbprint != current)
            return c.thumbprint;
    }
    return {};
}

void collectDevices(FixFacts &facts, const std::optional<Bundle> &bundle)
{
    if (bundle && bundle->devices) {
        for (const BundleDevice &d : *bundle->devices) {
            if (isHeld(d) && !d.deviceId.isEmpty() && !facts.blockedDeviceIds.contains(d.deviceId))
                facts.blockedDeviceIds.append(d.deviceId);
        }
    }
    if (bundle && bundle->casMailbox) {
        for (const QString &id : bundle->casMailbox->blockedDeviceIds) {
            if (!facts.blockedDeviceIds.contains(id))
                facts.blockedDeviceIds.append(id);
        }
    }
    // No server-side list: the device that was refused is the one this run presented.
    if (facts.blockedDeviceIds.isEmpty())
        facts.blockedDeviceIds.append(facts.ownDeviceId);
}

void collectPolicies(FixFacts &facts, const std::optional<Bundle> &bundle)
{
    if (!bundle)
        return;
    if (bundle->casMailbox)
        facts.mailboxPolicy = bundle->casMailbox->activeSyncMailboxPolicy;
    if (bundle->mailbox)
        facts.throttlingPolicy = bundle->mailbox->throttlingPolicy;
    if (bundle->throttling) {
        if (const BundleThrottlingPolicy *p = bundle->throttling->effective()) {
            facts.easMaxDevices = p->number(QStringLiteral("EasMaxDevices"));
            facts.easMaxConcurrency = p->number(QStringLiteral("EasMaxConcurrency"));
        }
    }
}

} // namespace

FixFacts FixFacts::collect(const DiagnosisResult &result,
                           const DiagnosisTarget &target,
                           const std::optional<Bundle> &bundle,
                           const QUrl &activeSyncUrl)
{
    FixFacts facts;
    facts.identity = target.email.isEmpty() ? target.effectiveUser() : target.email;
    facts.ownDeviceId = target.device.deviceId;
    facts.trustAnyCertificate = target.trustAnyCertificate;

    const QUrl used
        = (activeSyncUrl.isEmpty() ? target.url : activeSyncUrl).adjusted(QUrl::RemoveUserInfo);
    const QString frontEnd = Evidence::frontEndServer(result.steps);
    const BundleVirtualDirectory *vdir = pickVirtualDirectory(bundle, frontEnd, used.host());

    facts.externalUrl = used.isEmpty() && vdir ? vdir->externalUrl : used;
    if (!target.internalUrl.isEmpty())
        facts.internalUrl = target.internalUrl.adjusted(QUrl::RemoveUserInfo);
    else if (vdir && !vdir->internalUrl.isEmpty())
        facts.internalUrl = vdir->internalUrl;
    else
        facts.internalUrl = facts.externalUrl;
    facts.activeSyncHost = facts.externalUrl.host();
    facts.exchangeServer = firstOf({frontEnd,
                                    vdir ? vdir->server : QString(),
                                    bundle ? bundle->computer : QString(),
                                    Evidence::backEndServer(result.steps),
                                    facts.activeSyncHost});
    facts.vdirServer = vdir && !vdir->server.isEmpty() ? vdir->server : facts.exchangeServer;
    facts.virtualDirectory
        = vdir && !vdir->identity.isEmpty()
              ? vdir->identity
              : facts.vdirServer
                    + QStringLiteral("\\Microsoft-Server-ActiveSync (Default Web Site)");
    facts.wireThumbprint = Evidence::wireThumbprint(result.steps);
    facts.replacementThumbprint
        = pickReplacement(bundle, facts.activeSyncHost, facts.wireThumbprint);
    collectPolicies(facts, bundle);
    collectDevices(facts, bundle);
    return facts;
}

ScriptBuilder FixFacts::startScript(const QString &title) const
{
    ScriptBuilder b(title);
    b.useExchangeSession(exchangeServer);
    return b;
}

PsCode FixFacts::identityParameter() const
{
    return PsCode("[string]$Identity = ") + PsCode::literal(identity);
}

FixScript makeFixScript(const QString &id,
                        const QString &title,
                        bool destructive,
                        const ScriptBuilder &builder)
{
    FixScript fix;
    fix.id = id;
    fix.title = title;
    fix.destructive = destructive;
    fix.script = builder.text();
    return fix;
}

} // namespace eas::report
