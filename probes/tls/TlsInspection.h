#pragma once

#include <QAbstractSocket>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslError>

namespace eas::tls {

enum class TlsVersion { Tls10, Tls11, Tls12, Tls13 };

QList<TlsVersion> allTlsVersions();
// "TLS 1.0" ... "TLS 1.3".
QString tlsVersionName(TlsVersion version);
// The negotiated protocol as a TlsVersion name ("TLS 1.2"), or "unknown".
QString protocolName(QSsl::SslProtocol protocol);

// One QSslSocket connection as the client saw it (the main one and each scan). Times are
// wall-clock milliseconds, -1 when the phase was not reached.
struct HandshakeRecord
{
    bool tcpConnected = false;
    // The server finished its side of the handshake and the certificate verdict was reached
    // (protocol, cipher and certificates are known), whether or not the session was kept.
    bool handshakeCompleted = false;
    // A TLS session was set up: no certificate error, or the errors were ignored on purpose.
    bool encrypted = false;
    qint64 tcpConnectMs = -1; // connect() until the TCP connection stood
    qint64 handshakeMs = -1;  // TCP connection until the handshake's end (or its failure)
    QSsl::SslProtocol protocol = QSsl::UnknownProtocol;
    QString cipher;
    // QSslSocket::peerCertificateChain(). On Qt's OpenSSL backend (Debian) this is the chain
    // as sent (SSL_get_peer_cert_chain); other backends report the verified path instead.
    QList<QSslCertificate> peerChain;
    QList<QSslError> sslErrors;
    // Why the connection ended without a session (UnknownSocketError when it did not fail).
    QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
    QString errorString;
};

// The raw OpenSSL handshake (no verification, no data) that sees the server's messages
// themselves: Qt 6 gives no access to its SSL object, so this is where the certificates as sent
// and a CertificateRequest are read.
struct WireRecord
{
    bool completed = false; // the handshake finished
    // Exactly as sent, leaf first (SSL_get_peer_cert_chain): what a phone without the
    // intermediate gets. Also filled when the handshake failed after the server's Certificate.
    QList<QSslCertificate> chainAsSent;
    // The server sent a CertificateRequest (IIS "SSL client certificates: Accept/Require").
    bool clientCertificateRequested = false;
    QString protocol; // OpenSSL's name, "TLSv1.3"
    QString error;
};

// What a TlsInspector found out about one host:port.
struct TlsInspection
{
    Q_GADGET
public:
    enum class Outcome {
        Completed,        // TCP connected; the handshake record says how TLS went
        HostNotFound,     // the name did not resolve
        ConnectionFailed, // refused or unreachable (socketError/errorString say which)
        TimedOut,         // the inspection's hard timeout fired (TCP or TLS never answered)
        Cancelled,
    };
    Q_ENUM(Outcome)

    QString host;
    quint16 port = 443;
    QString peerName; // the SNI name and the name the certificate must carry
    QHostAddress address;
    Outcome outcome = Outcome::Cancelled;
    qint64 dnsMs = -1; // 0 for an address literal
    qint64 durationMs = 0;
    // The connection a phone would make: system store plus extra CAs, TLS 1.2 or later.
    HandshakeRecord handshake;
    // The raw OpenSSL look at the wire (any version, any cipher).
    WireRecord wire;
    // The version scan: one connection per version, each offering that version alone.
    QMap<TlsVersion, HandshakeRecord> scan;
    bool trustAnyCertificate = false;

    // The versions whose scan connection set up a session, oldest first.
    QList<TlsVersion> acceptedVersions() const;
    // The record whose QSslErrors judge the certificate: the main handshake when it reached the
    // certificate verdict, else the scan record of the newest version that did (a server that
    // only speaks TLS 1.0 still shows its certificate to the scan), else the main handshake.
    const HandshakeRecord &certificateSource() const;
    // The certificates as sent: the wire record's, else certificateSource().peerChain.
    QList<QSslCertificate> chainAsSent() const;
};

} // namespace eas::tls

Q_DECLARE_METATYPE(eas::tls::TlsInspection)
