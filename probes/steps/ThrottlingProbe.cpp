#include "ThrottlingProbe.h"

#include "EasFindings.h"

#include "core/Tr.h"
#include "net/EasRequests.h"

namespace eas {

using EasFindings::make;
using net::EasResponse;

ThrottlingProbe::ThrottlingProbe(std::shared_ptr<StepContext> context, QObject *parent)
    : EasProbe(steps::Throttling, std::move(context), parent)
{
}

void ThrottlingProbe::doStart()
{
    if (!m_ctx->hasCredentials())
        return skipWith(
            QStringLiteral("needs-credentials"),
            Tr::tr("Not checked without credentials"),
            Tr::tr("Throttling applies to signed-in requests; give the user's credentials."));
    if (m_ctx->endpoint.isEmpty())
        return skipWith(QStringLiteral("no-endpoint"),
                        Tr::tr("No ActiveSync URL"),
                        Tr::tr("Neither a URL nor Autodiscover gave an endpoint to ask."));
    reportProgress(30, Tr::tr("FolderSync"));
    send(m_ctx->client.command(m_ctx->endpoint,
                               QStringLiteral("FolderSync"),
                               m_ctx->currentVersion(),
                               net::EasRequests::folderSync(),
                               m_ctx->client.defaultAuth(),
                               this),
         [this](const EasResponse &r) {
             ProbeResult out;
             if (std::optional<Finding> f = EasFindings::transport(r))
                 out.add(*f);
             else if (std::optional<Finding> t = EasFindings::throttling(r))
                 out.add(*t);
             else if (r.transport == net::Transport::Ok && !r.throttle.isEmpty())
                 out.add(make(QStringLiteral("throttle-header-seen"),
                              Severity::Info,
                              Tr::tr("A device access reason, not throttling"),
                              Tr::tr("The server answered %1 with X-MS-ASThrottle '%2'. That names "
                                     "why the device "
                                     "is blocked (see User status), not a spent budget.")
                                  .arg(r.summary(), r.throttle),
                              EasFindings::evidenceOf(r)));
             else if (r.transport == net::Transport::Ok)
                 out.add(
                     make(QStringLiteral("not-throttled"),
                          Severity::Pass,
                          Tr::tr("No throttling seen"),
                          Tr::tr("The server answered %1 without X-MS-ASThrottle or Retry-After.")
                              .arg(r.summary()),
                          EasFindings::evidenceOf(r)));
             reportProgress(100, Tr::tr("Done"));
             finish(out);
         });
}

} // namespace eas
