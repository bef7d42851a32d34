#include "StepContext.h"

namespace eas {

StepContext::StepContext(const DiagnosisTarget &t, const Credentials &c, QNetworkAccessManager *nam)
    : target(t)
    , credentials(t.noCredentials ? Credentials() : c)
    , tls(net::EasClient::tlsPolicyFor(t, &tlsPolicyError))
    , client(nam, t, credentials, tls)
    , srv(std::make_unique<net::DnsSrvResolver>())
    , endpoint(t.url)
{
}

QString StepContext::currentVersion() const
{
    return protocolVersion.isEmpty() ? QStringLiteral("14.1") : protocolVersion;
}

} // namespace eas
