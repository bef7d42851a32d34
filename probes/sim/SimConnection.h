#pragma once

#include "ExchangeBehaviour.h"

#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace eas::sim {

// One accepted TLS connection: parses requests as they arrive, asks the behaviour for the
// reply and writes it, applying the scenario's fault. Deletes itself when the socket closes.
class SimConnection : public QObject
{
    Q_OBJECT
public:
    SimConnection(QSslSocket *socket, ExchangeBehaviour *behaviour, QObject *parent);

Q_SIGNALS:
    void requestServed(const QString &summary);

private:
    void handleReadyRead();
    void send(const ExchangeBehaviour::Reply &reply, bool keepAlive);
    void dripNext();
    void pumpEndless();

    QSslSocket *m_socket;
    ExchangeBehaviour *m_behaviour;
    HttpRequestParser m_parser;
    QTimer m_drip;
    QTimer m_pump;
    QByteArray m_pending; // bytes still to drip
    qint64 m_endlessSent = 0;
    bool m_endless = false;
    bool m_closeAfterWrite = false;
};

} // namespace eas::sim
