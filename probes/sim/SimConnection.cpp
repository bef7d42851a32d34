#include "SimConnection.h"

#include "core/LogCategories.h"

namespace eas::sim {

namespace {
constexpr qint64 kEndlessCap = qint64(1) << 30; // stop an endless body after 1 GiB regardless
constexpr int kEndlessChunk = 64 * 1024;
} // namespace

SimConnection::SimConnection(QSslSocket *socket, ExchangeBehaviour *behaviour, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_behaviour(behaviour)
{
    socket->setParent(this);
    m_drip.setInterval(1000);
    connect(&m_drip, &QTimer::timeout, this, &SimConnection::dripNext);
    connect(socket, &QSslSocket::readyRead, this, &SimConnection::handleReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        m_drip.stop();
        m_pump.stop();
        m_endless = false;
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
    connect(socket, &QSslSocket::bytesWritten, this, [this] {
        if (m_closeAfterWrite && m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
    });
    // The endless body is fed from a timer, not from bytesWritten: feeding it from there starves
    // an in-process client of its event loop.
    m_pump.setInterval(1);
    connect(&m_pump, &QTimer::timeout, this, &SimConnection::pumpEndless);
}

void SimConnection::handleReadyRead()
{
    HttpRequestParser::State state = m_parser.feed(m_socket->readAll());
    while (state == HttpRequestParser::State::Ready) {
        const HttpRequest request = m_parser.takeRequest();
        const ExchangeBehaviour::Reply reply = m_behaviour->handle(request);
        Q_EMIT requestServed(
            QStringLiteral("%1 %2 -> %3")
                .arg(QString::fromLatin1(request.method), QString::fromLatin1(request.target))
                .arg(reply.response.status));
        send(reply, request.keepAlive());
        if (reply.fault != ExchangeBehaviour::Fault::None)
            return; // a faulty connection serves nothing more
        state = m_parser.feed({});
    }
    if (state == HttpRequestParser::State::Error) {
        HttpResponse bad;
        bad.status = 400;
        bad.setHeader("Connection", "close");
        send({bad, ExchangeBehaviour::Fault::None}, false);
    }
}

void SimConnection::send(const ExchangeBehaviour::Reply &reply, bool keepAlive)
{
    using Fault = ExchangeBehaviour::Fault;
    HttpResponse response = reply.response;
    if (!keepAlive)
        response.setHeader("Connection", "close");
    switch (reply.fault) {
    case Fault::Hang:
        return; // accept, read, never answer
    case Fault::ResetMidResponse: {
        if (response.body.size() < 2048)
            response.body.append(QByteArray(2048 - response.body.size(), ' '));
        const QByteArray all = response.serialize();
        m_socket->write(all.left(all.size() - response.body.size() / 2));
        m_socket->flush();
        QTimer::singleShot(50, m_socket, [s = QPointer<QSslSocket>(m_socket)] {
            if (s)
                s->abort();
        });
        return;
    }
    case Fault::Drip:
        m_pending += response.serialize();
        if (!m_drip.isActive()) {
            dripNext();
            m_drip.start();
        }
        return;
    case Fault::EndlessBody:
        response.setHeader("Connection", "close");
        m_socket->write(response.head(true));
        m_endless = true;
        m_pump.start();
        return;
    case Fault::None:
        break;
    }
    m_socket->write(response.serialize());
    m_closeAfterWrite = !keepAlive;
}

void SimConnection::dripNext()
{
    if (m_pending.isEmpty() || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_drip.stop();
        return;
    }
    m_socket->write(m_pending.left(1));
    m_pending.remove(0, 1);
}

void SimConnection::pumpEndless()
{
    if (!m_endless || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_pump.stop();
        return;
    }
    if (m_endlessSent >= kEndlessCap) {
        m_endless = false;
        m_pump.stop();
        m_socket->disconnectFromHost();
        return;
    }
    if (m_socket->bytesToWrite() < kEndlessChunk) {
        m_socket->write(QByteArray(kEndlessChunk, '\x01'));
        m_endlessSent += kEndlessChunk;
    }
}

} // namespace eas::sim
