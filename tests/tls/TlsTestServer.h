#pragma once

#include "tls/CertificateFactory.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>

namespace eas::test {

// A TLS server on 127.0.0.1 for the tests: serves one identity from tls::CertificateAuthority
// with the protocol range and client certificate request asked for, or, with `hang`, accepts
// TCP and never answers (a blackholed TLS port). It sends no application data.
class TlsTestServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Options
    {
        tls::ServerIdentity identity;
        QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater;
        // QueryPeer: send a CertificateRequest but go on without one; VerifyPeer: require one.
        QSslSocket::PeerVerifyMode clientCertificate = QSslSocket::VerifyNone;
        // OpenSSL configuration commands, e.g. {"MaxProtocol", "TLSv1.1"}.
        QMap<QByteArray, QByteArray> backendOptions;
        bool hang = false;
    };

    explicit TlsTestServer(Options options, QObject *parent = nullptr);

    // Any free port on 127.0.0.1.
    bool listenOnLoopback();
    int accepted() const { return m_accepted; }

    // A server for TLS 1.0 and 1.1 only, which Debian's OpenSSL allows at security level 0.
    static Options outdatedOnly(tls::ServerIdentity identity);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslConfiguration configuration() const;

    Options m_options;
    int m_accepted = 0;
};

} // namespace eas::test
