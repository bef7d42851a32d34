#include "SimulatedExchange.h"

#include "ExchangeBehaviour.h"
#include "ScenarioCatalog.h"
#include "SimCertificates.h"
#include "SimConnection.h"

#include "core/LogCategories.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>

namespace eas::sim {

namespace {

// Hands each accepted socket descriptor to a QSslSocket with the scenario's identity.
class TlsServer : public QTcpServer
{
public:
    std::function<void(qintptr)> onIncoming;

protected:
    void incomingConnection(qintptr descriptor) override { onIncoming(descriptor); }
};

} // namespace

struct SimulatedExchange::Private
{
    TlsServer server;
    ExchangeBehaviour behaviour;
};

SimulatedExchange::SimulatedExchange(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->server.onIncoming = [this](qintptr descriptor) {
        auto *socket = new QSslSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        const tls::ServerIdentity identity = SimCertificates::identityFor(d->behaviour.scenario());
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(identity.chain);
        config.setPrivateKey(identity.key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->setSslConfiguration(config);
        auto *connection = new SimConnection(socket, &d->behaviour, this);
        connect(connection, &SimConnection::requestServed, this, &SimulatedExchange::requestServed);
        socket->startServerEncryption();
    };
}

SimulatedExchange::~SimulatedExchange() = default;

bool SimulatedExchange::start(const QString &scenario, quint16 port, QString *error)
{
    if (!ScenarioCatalog::isKnown(scenario)) {
        if (error)
            *error = tr("'%1' is not a scenario.").arg(scenario);
        return false;
    }
    d->behaviour.setScenario(scenario);
    if (!d->server.listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(d->server.errorString());
        return false;
    }
    d->behaviour.setAuthority(QStringLiteral("127.0.0.1:%1").arg(d->server.serverPort()));
    qCInfo(lcSim) << "simulated Exchange" << scenario << "on port" << d->server.serverPort();
    return true;
}

void SimulatedExchange::stop()
{
    d->server.close();
}

bool SimulatedExchange::setScenario(const QString &scenario)
{
    if (!ScenarioCatalog::isKnown(scenario))
        return false;
    d->behaviour.setScenario(scenario);
    return true;
}

QString SimulatedExchange::scenario() const
{
    return d->behaviour.scenario();
}

quint16 SimulatedExchange::port() const
{
    return d->server.serverPort();
}

QUrl SimulatedExchange::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port()));
}

QUrl SimulatedExchange::activeSyncUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/Microsoft-Server-ActiveSync").arg(port()));
}

QUrl SimulatedExchange::autodiscoverUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/autodiscover/autodiscover.xml").arg(port()));
}

QSslCertificate SimulatedExchange::rootCertificate() const
{
    return SimCertificates::root();
}

QString SimulatedExchange::user() const
{
    return d->behaviour.user();
}

QString SimulatedExchange::password() const
{
    return d->behaviour.password();
}

void SimulatedExchange::setAccount(const QString &user, const QString &password)
{
    d->behaviour.setAccount(user, password);
}

} // namespace eas::sim
