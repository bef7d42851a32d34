#pragma once

#include "TlsInspection.h"

#include <QObject>

#include <memory>

class QTcpSocket;

namespace eas::tls {

// A TLS handshake done by OpenSSL itself over a QTcpSocket (memory BIOs, driven from the event
// loop): the only way to read the server's own messages, since Qt 6 hides its SSL object. It
// records the certificates exactly as sent and whether the server asked for a client
// certificate, accepts any version and cipher (security level 0) and verifies nothing: an
// inspection connection that never carries data, never a request. Ends with done() exactly
// once unless abort() is called first.
class WireHandshake : public QObject
{
    Q_OBJECT
public:
    WireHandshake(QHostAddress address, quint16 port, QString peerName, QObject *parent = nullptr);
    ~WireHandshake() override;

    void start();
    // Closes the connection without done().
    void abort();
    bool isDone() const { return m_done; }
    const WireRecord &record() const { return m_record; }

Q_SIGNALS:
    void done();

private:
    struct Session;

    void handleConnected();
    void handleReadyRead();
    void handleError();
    void advance();
    void flush();
    void recordPeer();
    void end(const QString &error);

    QHostAddress m_address;
    quint16 m_port;
    QString m_peerName;
    std::unique_ptr<QTcpSocket> m_socket;
    std::unique_ptr<Session> m_session;
    WireRecord m_record;
    bool m_done = false;
};

} // namespace eas::tls
