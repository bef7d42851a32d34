#include "EasClient.h"

#include "core/Tr.h"

#include <QFile>
#include <QUrlQuery>

namespace eas::net {

EasClient::EasClient(QNetworkAccessManager *nam,
                     DiagnosisTarget target,
                     Credentials credentials,
                     TlsPolicy tls)
    : m_nam(nam)
    , m_target(std::move(target))
    , m_credentials(std::move(credentials))
    , m_tls(std::move(tls))
{
}

AuthMode EasClient::defaultAuth() const
{
    switch (m_credentials.kind()) {
    case Credentials::Kind::Password:
        return AuthMode::Basic;
    case Credentials::Kind::Bearer:
        return AuthMode::Bearer;
    case Credentials::Kind::None:
        break;
    }
    return AuthMode::None;
}

QUrl EasClient::commandUrl(const QUrl &endpoint, const QString &command) const
{
    QUrl url = endpoint;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("Cmd"), command);
    query.addQueryItem(QStringLiteral("User"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_target.effectiveUser())));
    query.addQueryItem(QStringLiteral("DeviceId"), m_target.device.deviceId);
    query.addQueryItem(QStringLiteral("DeviceType"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_target.device.deviceType)));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

EasCall *EasClient::raw(CallSpec spec, QObject *parent) const
{
    if (spec.userAgent.isEmpty())
        spec.userAgent = m_target.device.userAgent.toUtf8();
    spec.timeout = m_target.stepTimeout;
    const Credentials creds = spec.auth == AuthMode::None ? Credentials() : m_credentials;
    return new EasCall(m_nam, std::move(spec), creds, m_tls, parent);
}

EasCall *EasClient::options(const QUrl &endpoint, AuthMode auth, QObject *parent) const
{
    CallSpec spec;
    spec.url = endpoint;
    spec.method = "OPTIONS";
    spec.command = QStringLiteral("OPTIONS");
    spec.auth = auth;
    return raw(std::move(spec), parent);
}

EasCall *EasClient::command(const QUrl &endpoint,
                            const QString &command,
                            const QString &version,
                            const QByteArray &body,
                            AuthMode auth,
                            QObject *parent,
                            std::optional<quint32> policyKey) const
{
    CallSpec spec;
    spec.url = commandUrl(endpoint, command);
    spec.command = command;
    spec.protocolVersion = version;
    spec.body = body;
    spec.auth = auth;
    spec.policyKey = policyKey;
    return raw(std::move(spec), parent);
}

QString EasClient::chooseVersion(const QStringList &serverVersions)
{
    static const QStringList ours = {QStringLiteral("16.1"),
                                     QStringLiteral("16.0"),
                                     QStringLiteral("14.1"),
                                     QStringLiteral("14.0"),
                                     QStringLiteral("12.1"),
                                     QStringLiteral("12.0"),
                                     QStringLiteral("2.5")};
    for (const QString &v : ours) {
        for (const QString &s : serverVersions) {
            if (s.trimmed() == v)
                return v;
        }
    }
    return {};
}

TlsPolicy EasClient::tlsPolicyFor(const DiagnosisTarget &target, QString *error)
{
    TlsPolicy policy;
    policy.trustAny = target.trustAnyCertificate;
    for (const QString &path : target.caFiles) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(path, QSsl::Pem);
        if (certs.isEmpty() && error)
            *error = Tr::tr("No PEM certificate could be read from '%1'.").arg(path);
        policy.extraCaCertificates += certs;
    }
    return policy;
}

} // namespace eas::net
