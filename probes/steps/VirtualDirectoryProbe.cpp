#include "VirtualDirectoryProbe.h"

#include "EasFindings.h"

#include "core/Tr.h"

namespace eas {

using EasFindings::make;
using net::EasResponse;

VirtualDirectoryProbe::VirtualDirectoryProbe(std::shared_ptr<StepContext> context, QObject *parent)
    : EasProbe(steps::VirtualDirectory, std::move(context), parent)
{
}

void VirtualDirectoryProbe::doStart()
{
    if (m_ctx->endpoint.isEmpty())
        return skipWith(QStringLiteral("no-endpoint"),
                        Tr::tr("No ActiveSync URL"),
                        Tr::tr("Neither a URL nor Autodiscover gave an endpoint to check."));
    anonymous(m_ctx->endpoint, false);
}

void VirtualDirectoryProbe::anonymous(const QUrl &url, bool internal)
{
    reportProgress(internal ? 70 : 20, Tr::tr("Anonymous OPTIONS to %1").arg(url.toString()));
    send(m_ctx->client.options(url, net::AuthMode::None, this),
         [this, internal](const EasResponse &r) {
             judge(r, internal, false);
             if (internal)
                 return done();
             const bool canLogin = m_ctx->hasCredentials()
                                   && (r.offersScheme(QStringLiteral("Basic"))
                                       || r.offersScheme(QStringLiteral("Bearer")));
             if (!m_failed && canLogin)
                 return authenticated();
             if (!m_ctx->target.internalUrl.isEmpty())
                 return anonymous(m_ctx->target.internalUrl, true);
             done();
         });
}

void VirtualDirectoryProbe::authenticated()
{
    reportProgress(50, Tr::tr("OPTIONS after login"));
    send(m_ctx->client.options(m_ctx->endpoint, m_ctx->client.defaultAuth(), this),
         [this](const EasResponse &r) {
             judge(r, false, true);
             if (!m_ctx->target.internalUrl.isEmpty())
                 return anonymous(m_ctx->target.internalUrl, true);
             done();
         });
}

void VirtualDirectoryProbe::judge(const EasResponse &r, bool internal, bool afterLogin)
{
    QVariantMap e = EasFindings::evidenceOf(r);
    e.insert(QStringLiteral("authenticated"), afterLogin);
    if (r.transport != net::Transport::Ok) {
        if (internal) {
            m_out.add(make(
                QStringLiteral("internal-url-unreachable"),
                Severity::Info,
                Tr::tr("The internal URL is not reachable from here"),
                Tr::tr("%1 did not answer from this computer (%2). That is expected outside the "
                       "company network.")
                    .arg(r.url.toString(), net::transportName(r.transport)),
                e));
        } else if (std::optional<Finding> f = EasFindings::transport(r)) {
            m_out.addUnique(*f);
            m_failed = true;
        }
        return;
    }
    const QString where
        = internal ? Tr::tr("the internal URL")
                   : (afterLogin ? Tr::tr("after login (back end)") : Tr::tr("before login"));
    if (r.httpStatus == 404) {
        m_failed = true;
        m_out.addUnique(make(
            QStringLiteral("virtual-directory-missing"),
            Severity::Fail,
            Tr::tr("The ActiveSync virtual directory is missing"),
            Tr::tr("%1 answered 404 %2. The Microsoft-Server-ActiveSync virtual directory does "
                   "not exist on this site (front end) or on the mailbox server (back end). "
                   "Recreate it with New-ActiveSyncVirtualDirectory.")
                .arg(r.url.toString(), where),
            e));
    } else if (r.httpStatus == 500 || (r.httpStatus == 503 && !afterLogin)) {
        m_failed = true;
        m_out.addUnique(make(
            QStringLiteral("virtual-directory-error"),
            Severity::Fail,
            Tr::tr("The ActiveSync virtual directory is broken"),
            Tr::tr(
                "%1 answered %2 %3. IIS cannot run the ActiveSync application: a "
                "broken web.config (unexpanded %ExchangeInstallDir%), a stopped "
                "MSExchangeSyncAppPool or failed update. Reset or recreate the virtual directory.")
                .arg(r.url.toString())
                .arg(r.httpStatus)
                .arg(where),
            e));
    } else if (r.httpStatus == 401 && !afterLogin) {
        m_schemes = r.authSchemes;
        e.insert(QStringLiteral("authSchemes"), r.authSchemes);
        const bool phoneScheme
            = r.offersScheme(QStringLiteral("Basic")) || r.offersScheme(QStringLiteral("Bearer"));
        if (!phoneScheme) {
            m_failed = true;
            m_out.addUnique(make(
                QStringLiteral("auth-method-mismatch"),
                Severity::Fail,
                Tr::tr("The server offers no sign-in method phones use"),
                Tr::tr("%1 offers %2. Phones sign in with Basic or OAuth (Bearer), so every phone "
                       "is refused. Enable Basic on the virtual directory "
                       "(Set-ActiveSyncVirtualDirectory -BasicAuthEnabled $true) or set up modern "
                       "auth.")
                    .arg(r.url.toString(),
                         r.authSchemes.isEmpty() ? Tr::tr("no scheme at all")
                                                 : r.authSchemes.join(QStringLiteral(", "))),
                e));
        }
    } else if (r.httpStatus == 200 && !afterLogin) {
        m_out.addUnique(make(
            QStringLiteral("anonymous-access-enabled"),
            Severity::Warn,
            Tr::tr("ActiveSync answers without a login"),
            Tr::tr(
                "%1 answered 200 to an anonymous request. Anonymous authentication is enabled on "
                "the virtual directory; phones may not be asked for credentials.")
                .arg(r.url.toString()),
            e));
    }
}

void VirtualDirectoryProbe::done()
{
    if (!m_failed) {
        m_out.add(make(QStringLiteral("virtual-directory-ok"),
                       Severity::Pass,
                       Tr::tr("The virtual directory answers and offers a phone sign-in"),
                       Tr::tr("The ActiveSync path exists and offers %1.")
                           .arg(m_schemes.join(QStringLiteral(", "))),
                       {{QStringLiteral("authSchemes"), m_schemes},
                        {QStringLiteral("url"), m_ctx->endpoint.toString()}}));
    }
    reportProgress(100, Tr::tr("Done"));
    finish(m_out);
}

} // namespace eas
