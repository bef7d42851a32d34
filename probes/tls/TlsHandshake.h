#pragma once

#include "TlsInspection.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslConfiguration>
#include <QSslSocket>

#include <memory>
#include <optional>

namespace eas::tls {

// One QSslSocket connection that only shakes hands: connect, record what the client sees
// (timings, protocol, cipher, peer certificates, every QSslError), close. It never sends
// application data. Used by TlsInspector; ends with done() exactly once unless
// abort() is called first.
class TlsHandshake : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QHostAddress address;
        quint16 port = 443;
        QString peerName;
        QList<QSslCertificate> caCertificates; // added to the system store
        // Go on after certificate errors (still recorded): the user's --trust-any-certificate,
        // or a version-scan connection, which only asks "does this version work".
        bool ignoreCertificateErrors = false;
        // Offer this version alone, with OpenSSL's security level 0 so that Debian's OpenSSL
        // still speaks TLS 1.0/1.1. For scan connections only, never for real requests.
        std::optional<TlsVersion> onlyVersion;
    };

    explicit TlsHandshake(Settings settings, QObject *parent = nullptr);
    ~TlsHandshake() override;

    void start();
    // Closes the connection without done().
    void abort();
    bool isDone() const { return m_done; }
    const Settings &settings() const { return m_settings; }
    const HandshakeRecord &record() const { return m_record; }

Q_SIGNALS:
    void done();

private:
    QSslConfiguration configuration() const;
    void handleConnected();
    void handleSslErrors(const QList<QSslError> &errors);
    void handleEncrypted();
    void handleError(QAbstractSocket::SocketError error);
    void recordSession();
    void end();

    Settings m_settings;
    std::unique_ptr<QSslSocket> m_socket;
    QElapsedTimer m_clock;
    HandshakeRecord m_record;
    bool m_done = false;
};

} // namespace eas::tls
