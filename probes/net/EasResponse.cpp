#include "EasResponse.h"

#include <QNetworkReply>
#include <QRegularExpression>

namespace eas::net {

QString transportName(Transport t)
{
    switch (t) {
    case Transport::Ok:
        return QStringLiteral("ok");
    case Transport::HostNotFound:
        return QStringLiteral("host-not-found");
    case Transport::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case Transport::Timeout:
        return QStringLiteral("timeout");
    case Transport::TlsFailed:
        return QStringLiteral("tls-failed");
    case Transport::Reset:
        return QStringLiteral("reset");
    case Transport::TooLarge:
        return QStringLiteral("too-large");
    case Transport::Cleartext:
        return QStringLiteral("cleartext");
    case Transport::Cancelled:
        return QStringLiteral("cancelled");
    case Transport::OtherError:
        break;
    }
    return QStringLiteral("error");
}

bool EasResponse::offersScheme(const QString &scheme) const
{
    for (const QString &s : authSchemes) {
        if (s.compare(scheme, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString EasResponse::summary() const
{
    if (transport != Transport::Ok)
        return QStringLiteral("%1 %2").arg(command, transportName(transport));
    QString out = QStringLiteral("%1 %2").arg(command).arg(httpStatus);
    if (status)
        out += QStringLiteral(" Status %1").arg(*status);
    if (!throttle.isEmpty())
        out += QStringLiteral(" X-MS-ASThrottle %1").arg(throttle);
    return out;
}

namespace ResponseParsing {

QStringList authSchemes(const QList<QByteArray> &values)
{
    // A new challenge starts with a token that is not followed by '=' (an auth-param is).
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z0-9!#$%&'*+.^_`|~-]+)(\\s|$)"));
    QStringList out;
    for (const QByteArray &value : values) {
        for (const QByteArray &line : value.split('\n')) {
            QString part;
            bool quoted = false;
            const QString text = QString::fromLatin1(line);
            auto flush = [&] {
                const QString p = part.trimmed();
                const auto m = scheme.match(p);
                if (m.hasMatch() && !p.contains(QRegularExpression(QStringLiteral("^[^\\s=]+="))))
                    out.append(m.captured(1));
                part.clear();
            };
            for (const QChar c : text) {
                if (c == QLatin1Char('"'))
                    quoted = !quoted;
                if (c == QLatin1Char(',') && !quoted)
                    flush();
                else
                    part += c;
            }
            flush();
        }
    }
    out.removeDuplicates();
    return out;
}

void readBody(EasResponse &r)
{
    if (r.body.isEmpty() || !r.contentType.startsWith(QLatin1String("application/vnd.ms-sync")))
        return;
    wbxml::DecodeResult decoded = wbxml::decode(r.body);
    if (!decoded.ok()) {
        r.decodeError = decoded.error;
        return;
    }
    r.document = std::move(decoded.root);
    bool ok = false;
    const int status = r.document->textAt(u"Status").toInt(&ok);
    if (ok)
        r.status = status;
    const QString policyStatus = r.document->textAt(u"Policies/Policy/Status");
    if (!policyStatus.isEmpty())
        r.policyStatus = policyStatus.toInt();
    const uint key = r.document->textAt(u"Policies/Policy/PolicyKey").toUInt(&ok);
    if (ok)
        r.policyKey = key;
}

void readHeaders(QNetworkReply *reply, EasResponse &r)
{
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.reason = QString::fromLatin1(
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    QList<QByteArray> challenges;
    for (const auto &pair : reply->rawHeaderPairs()) {
        const QByteArray name = pair.first.toLower();
        const QString value = QString::fromLatin1(pair.second).trimmed();
        if (name == "www-authenticate")
            challenges.append(pair.second);
        else if (name == "x-ms-asthrottle")
            r.throttle = value;
        else if (name == "retry-after" && !value.isEmpty())
            r.retryAfterSeconds = value.toInt();
        else if (name == "x-ms-location" || (name == "location" && r.location.isEmpty()))
            r.location = QUrl(value);
        else if (name == "x-ms-credentials-expire")
            r.credentialsExpireDays = value.toInt();
        else if (name == "x-ms-credential-service-url")
            r.credentialServiceUrl = value;
        else if (name == "x-feserver")
            r.feServer = value;
        else if (name == "x-beserver")
            r.beServer = value;
        else if (name == "request-id")
            r.requestId = value;
        else if (name == "ms-server-activesync")
            r.serverVersion = value;
        else if (name == "server")
            r.server = value;
        else if (name == "ms-asprotocolversions")
            r.protocolVersions = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (name == "ms-asprotocolcommands")
            r.protocolCommands = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (name == "content-type")
            r.contentType = value.toLower();
    }
    r.authSchemes = authSchemes(challenges);
    for (QString &v : r.protocolVersions)
        v = v.trimmed();
    for (QString &c : r.protocolCommands)
        c = c.trimmed();
}

} // namespace ResponseParsing

} // namespace eas::net
