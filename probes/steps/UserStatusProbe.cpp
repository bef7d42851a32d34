#include "UserStatusProbe.h"

#include "EasFindings.h"

#include "core/Tr.h"
#include "net/EasRequests.h"

namespace eas {

using EasFindings::make;
using net::EasResponse;

UserStatusProbe::UserStatusProbe(std::shared_ptr<StepContext> context, QObject *parent)
    : EasProbe(steps::UserStatus, std::move(context), parent)
{
}

void UserStatusProbe::doStart()
{
    if (!m_ctx->hasCredentials())
        return skipWith(QStringLiteral("needs-credentials"),
                        Tr::tr("Not checked without credentials"),
                        Tr::tr("The mailbox state can only be read with the user's credentials."));
    if (m_ctx->endpoint.isEmpty())
        return skipWith(QStringLiteral("no-endpoint"),
                        Tr::tr("No ActiveSync URL"),
                        Tr::tr("Neither a URL nor Autodiscover gave an endpoint to ask."));
    provision();
}

void UserStatusProbe::provision()
{
    reportProgress(10, Tr::tr("Provision: policy download"));
    const QString version = m_ctx->currentVersion();
    send(m_ctx->client.command(m_ctx->endpoint,
                               QStringLiteral("Provision"),
                               version,
                               net::EasRequests::provision(version, m_ctx->target.device),
                               m_ctx->client.defaultAuth(),
                               this),
         [this](const EasResponse &r) {
             m_responses.append(r);
             const bool gotPolicy
                 = r.isHttp(200) && r.status == 1 && r.policyStatus == 1 && r.policyKey;
             if (gotPolicy && m_ctx->target.provisionFull)
                 return acknowledge(*r.policyKey);
             folderSync(m_ctx->currentVersion());
         });
}

void UserStatusProbe::acknowledge(quint32 temporaryKey)
{
    reportProgress(30, Tr::tr("Provision: acknowledge the policy"));
    const QString version = m_ctx->currentVersion();
    send(m_ctx->client.command(
             m_ctx->endpoint,
             QStringLiteral("Provision"),
             version,
             net::EasRequests::provision(version, m_ctx->target.device, temporaryKey),
             m_ctx->client.defaultAuth(),
             this,
             temporaryKey),
         [this](const EasResponse &r) {
             m_responses.append(r);
             if (r.isHttp(200) && r.status == 1 && r.policyKey)
                 m_policyKey = r.policyKey;
             folderSync(m_ctx->currentVersion());
         });
}

void UserStatusProbe::folderSync(const QString &version)
{
    reportProgress(version == QLatin1String("12.1") ? 80 : 55,
                   Tr::tr("FolderSync (%1)").arg(version));
    send(m_ctx->client.command(m_ctx->endpoint,
                               QStringLiteral("FolderSync"),
                               version,
                               net::EasRequests::folderSync(),
                               m_ctx->client.defaultAuth(),
                               this,
                               m_policyKey),
         [this, version](const EasResponse &r) {
             m_responses.append(r);
             // A transport failure ends the probing: the connection is the problem.
             if (version != QLatin1String("12.1") && r.transport == net::Transport::Ok
                 && m_ctx->currentVersion() != QLatin1String("12.1"))
                 return folderSync(QStringLiteral("12.1"));
             conclude();
         });
}

void UserStatusProbe::judgeLogin(const EasResponse &r)
{
    if (r.httpStatus != 401)
        return;
    const bool offered
        = r.offersScheme(QStringLiteral("Basic")) || r.offersScheme(QStringLiteral("Bearer"));
    if (offered) {
        m_out.addUnique(EasFindings::credentialsRejected(r));
        return;
    }
    m_out.addUnique(make(
        QStringLiteral("login-not-possible"),
        Severity::Info,
        Tr::tr("Could not sign in to read the mailbox state"),
        Tr::tr("The server offers only %1, which phones do not use; the virtual directory step "
               "explains it.")
            .arg(r.authSchemes.join(QStringLiteral(", "))),
        EasFindings::evidenceOf(r)));
}

void UserStatusProbe::conclude()
{
    std::optional<Finding> bodyCause; // from a 14.x+ body Status: the most specific
    std::optional<Finding> httpCause; // from a 12.x HTTP code
    bool needsProvisioning = false;
    bool synced = false;
    for (const EasResponse &r : m_responses) {
        for (const auto &f :
             {EasFindings::transport(r), EasFindings::throttling(r), EasFindings::redirect(r)}) {
            if (f)
                m_out.addUnique(*f);
        }
        judgeLogin(r);
        if (std::optional<Finding> f = EasFindings::mailbox(r)) {
            std::optional<Finding> &slot = r.status ? bodyCause : httpCause;
            if (!slot)
                slot = f;
        }
        if (r.command == QLatin1String("Provision") && r.isHttp(200) && r.policyStatus) {
            QVariantMap e = EasFindings::evidenceOf(r);
            e.insert(QStringLiteral("policyStatus"), *r.policyStatus);
            if (*r.policyStatus == 2)
                m_out.add(make(
                    QStringLiteral("no-policy-for-client"),
                    Severity::Info,
                    Tr::tr("No device policy applies"),
                    Tr::tr("Provision answered Policy Status 2: no mobile device policy is defined "
                           "for this client. That is normal, not a failure."),
                    e));
            else if (*r.policyStatus == 1 && r.policyKey)
                m_out.add(
                    make(QStringLiteral("policy-downloaded"),
                         Severity::Pass,
                         Tr::tr("The device policy downloads"),
                         Tr::tr("Provision returned the mobile device mailbox policy (key %1).")
                             .arg(*r.policyKey),
                         e));
        }
        const bool wantsPolicy
            = r.isHttp(449) || (r.isHttp(200) && r.status && *r.status >= 142 && *r.status <= 144);
        needsProvisioning
            = needsProvisioning || (r.command == QLatin1String("FolderSync") && wantsPolicy);
        synced = synced
                 || (r.command == QLatin1String("FolderSync") && r.isHttp(200) && r.status == 1);
    }
    // A bare 403 means "ActiveSync disabled" only when no body Status names another cause.
    if (bodyCause)
        m_out.add(*bodyCause);
    else if (httpCause)
        m_out.add(*httpCause);
    if (needsProvisioning && !bodyCause && !httpCause) {
        const bool full = m_ctx->target.provisionFull;
        m_out.add(make(
            full ? QStringLiteral("provisioning-failed") : QStringLiteral("provisioning-required"),
            full ? Severity::Fail : Severity::Info,
            full ? Tr::tr("Sync still asks for provisioning")
                 : Tr::tr("The server asks phones to accept its policy"),
            full ? Tr::tr(
                "FolderSync still answers 449 / Status 142 after the policy was acknowledged: "
                "Provision cannot satisfy the server. Check the mobile device mailbox policy.")
                 : Tr::tr(
                     "FolderSync answered 449 / Status 142 (device not provisioned). A phone "
                     "accepts "
                     "the policy and goes on; this tool stops after the download unless run with "
                     "--provision-full, which creates a device partnership.")));
    }
    if (synced && !bodyCause && !httpCause)
        m_out.add(make(QStringLiteral("mailbox-syncs"),
                       Severity::Pass,
                       Tr::tr("The mailbox answers ActiveSync"),
                       Tr::tr("FolderSync succeeded: ActiveSync is enabled for the mailbox and the "
                              "device is allowed.")));
    if (m_out.findings.isEmpty())
        m_out.add(
            make(QStringLiteral("mailbox-state-unknown"),
                 Severity::Skip,
                 Tr::tr("The mailbox state could not be read"),
                 Tr::tr("The server did not get as far as the mailbox (%1); see the other steps.")
                     .arg(m_responses.isEmpty() ? QString() : m_responses.last().summary())));
    reportProgress(100, Tr::tr("Done"));
    finish(m_out);
}

} // namespace eas
