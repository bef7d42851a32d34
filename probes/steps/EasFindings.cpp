#include "EasFindings.h"

#include "core/Tr.h"

#include <QSslError>

namespace eas::EasFindings {

using net::EasResponse;
using net::Transport;

QVariantMap evidenceOf(const EasResponse &r)
{
    QVariantMap e;
    e.insert(QStringLiteral("command"), r.command);
    e.insert(QStringLiteral("url"), r.url.toString(QUrl::RemoveUserInfo));
    if (!r.protocolVersion.isEmpty())
        e.insert(QStringLiteral("protocolVersion"), r.protocolVersion);
    if (r.transport != Transport::Ok) {
        e.insert(QStringLiteral("transport"), net::transportName(r.transport));
        if (!r.transportError.isEmpty())
            e.insert(QStringLiteral("error"), r.transportError);
    } else {
        e.insert(QStringLiteral("httpStatus"), r.httpStatus);
    }
    if (r.status)
        e.insert(QStringLiteral("easStatus"), *r.status);
    if (!r.throttle.isEmpty())
        e.insert(QStringLiteral("xMsAsThrottle"), r.throttle);
    if (r.retryAfterSeconds)
        e.insert(QStringLiteral("retryAfterSeconds"), *r.retryAfterSeconds);
    if (!r.location.isEmpty())
        e.insert(QStringLiteral("location"), r.location.toString());
    for (const auto &[key, value] : {std::pair{"feServer", &r.feServer},
                                     std::pair{"beServer", &r.beServer},
                                     std::pair{"requestId", &r.requestId}}) {
        if (!value->isEmpty())
            e.insert(QString::fromLatin1(key), *value);
    }
    if (r.firstByteMs >= 0)
        e.insert(QStringLiteral("firstByteMs"), r.firstByteMs);
    e.insert(QStringLiteral("totalMs"), r.totalMs);
    return e;
}

Finding make(const QString &id,
             Severity severity,
             const QString &title,
             const QString &detail,
             const QVariantMap &evidence)
{
    return Finding::make(
        id, QString(), severity, title, detail, evidence); // the probe sets the step
}

Finding dnsFailed(const QString &host, const QVariantMap &evidence)
{
    return make(QStringLiteral("dns-resolution-failed"),
                Severity::Fail,
                Tr::tr("The host name %1 does not resolve").arg(host),
                Tr::tr("DNS has no address for %1, so no phone can reach it. Check the public DNS "
                       "record (A/AAAA or CNAME) and, for Autodiscover, the autodiscover host.")
                    .arg(host),
                evidence);
}

Finding tcpFailed(const QString &host, int port, const QString &error, const QVariantMap &evidence)
{
    return make(QStringLiteral("tcp-connect-failed"),
                Severity::Fail,
                Tr::tr("No TCP connection to %1").arg(host),
                Tr::tr("The connection to %1 port %2 was refused or is unreachable (%3). Check the "
                       "firewall, the load balancer and that IIS listens on the port.")
                    .arg(host)
                    .arg(port)
                    .arg(error),
                evidence);
}

std::optional<Finding> transport(const EasResponse &r)
{
    QVariantMap e = evidenceOf(r);
    const QString host = r.url.host();
    switch (r.transport) {
    case Transport::HostNotFound:
        return dnsFailed(host, e);
    case Transport::ConnectionRefused:
    case Transport::OtherError:
        return tcpFailed(host, r.url.port(443), r.transportError, e);
    case Transport::Timeout:
        return make(QStringLiteral("connection-timeout"),
                    Severity::Fail,
                    Tr::tr("%1 did not answer %2 in time").arg(host, r.command),
                    Tr::tr("The server took the connection but gave no complete answer within the "
                           "limit. Phones give up the same way. Check the reverse proxy or load "
                           "balancer timeouts and the MSExchangeSyncAppPool application pool."),
                    e);
    case Transport::TlsFailed: {
        QStringList errors;
        for (const QSslError &err : r.sslErrors)
            errors.append(err.errorString());
        e.insert(QStringLiteral("sslErrors"), errors);
        return make(
            QStringLiteral("tls-handshake-failed"),
            Severity::Fail,
            Tr::tr("No TLS session with %1").arg(host),
            Tr::tr("The TLS handshake failed (%1). Without TLS no phone connects. The "
                   "certificate step says whether the certificate is the reason.")
                .arg(errors.isEmpty() ? r.transportError : errors.join(QStringLiteral("; "))),
            e);
    }
    case Transport::Reset:
        return make(
            QStringLiteral("connection-reset"),
            Severity::Fail,
            Tr::tr("%1 closed the connection in the middle of the answer").arg(host),
            Tr::tr("The server (or a device in front of it) cut the %1 response short. Phones "
                   "see a network error. Check the load balancer, IPS/WAF and IIS request "
                   "filtering.")
                .arg(r.command),
            e);
    case Transport::TooLarge:
        return make(QStringLiteral("response-too-large"),
                    Severity::Fail,
                    Tr::tr("The %1 answer is far too large").arg(r.command),
                    Tr::tr("The body passed %1 MiB and was cut off; an ActiveSync answer to this "
                           "command is a few kilobytes. Something in front of Exchange is sending "
                           "an endless or wrong body.")
                        .arg(4),
                    e);
    case Transport::Cleartext:
        return make(QStringLiteral("cleartext-endpoint"),
                    Severity::Fail,
                    Tr::tr("The ActiveSync endpoint is plain http://"),
                    Tr::tr("Credentials are never sent over http://, and phones refuse it too. Use "
                           "https:// and an SSL-required virtual directory."),
                    e);
    case Transport::Cancelled:
    case Transport::Ok:
        break;
    }
    if (r.decodeError) {
        e.insert(QStringLiteral("decodeOffset"), r.decodeError->offset);
        e.insert(QStringLiteral("decodeError"), r.decodeError->message);
        return make(QStringLiteral("malformed-response"),
                    Severity::Fail,
                    Tr::tr("The %1 answer is not valid WBXML").arg(r.command),
                    Tr::tr("The body cannot be decoded at byte %1 (%2). Phones drop such answers. "
                           "Look for a proxy rewriting bodies, or a broken Exchange update.")
                        .arg(r.decodeError->offset)
                        .arg(r.decodeError->message),
                    e);
    }
    return std::nullopt;
}

} // namespace eas::EasFindings
