#include "TlsInspection.h"

namespace eas::tls {

QList<TlsVersion> allTlsVersions()
{
    return {TlsVersion::Tls10, TlsVersion::Tls11, TlsVersion::Tls12, TlsVersion::Tls13};
}

QString tlsVersionName(TlsVersion version)
{
    switch (version) {
    case TlsVersion::Tls10:
        return QStringLiteral("TLS 1.0");
    case TlsVersion::Tls11:
        return QStringLiteral("TLS 1.1");
    case TlsVersion::Tls12:
        return QStringLiteral("TLS 1.2");
    case TlsVersion::Tls13:
        return QStringLiteral("TLS 1.3");
    }
    return {};
}

QString protocolName(QSsl::SslProtocol protocol)
{
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    switch (protocol) {
    case QSsl::TlsV1_0:
        return tlsVersionName(TlsVersion::Tls10);
    case QSsl::TlsV1_1:
        return tlsVersionName(TlsVersion::Tls11);
    case QSsl::TlsV1_2:
        return tlsVersionName(TlsVersion::Tls12);
    case QSsl::TlsV1_3:
        return tlsVersionName(TlsVersion::Tls13);
    default:
        return QStringLiteral("unknown");
    }
    QT_WARNING_POP
}

QList<TlsVersion> TlsInspection::acceptedVersions() const
{
    QList<TlsVersion> accepted;
    for (auto it = scan.cbegin(); it != scan.cend(); ++it) {
        if (it->encrypted)
            accepted.append(it.key());
    }
    return accepted;
}

const HandshakeRecord &TlsInspection::certificateSource() const
{
    if (handshake.handshakeCompleted)
        return handshake;
    const HandshakeRecord *newest = &handshake;
    for (const HandshakeRecord &record : scan) {
        if (record.handshakeCompleted)
            newest = &record;
    }
    return *newest;
}

QList<QSslCertificate> TlsInspection::chainAsSent() const
{
    return wire.chainAsSent.isEmpty() ? certificateSource().peerChain : wire.chainAsSent;
}

} // namespace eas::tls
