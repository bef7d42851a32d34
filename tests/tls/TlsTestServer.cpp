#include "TlsTestServer.h"

namespace eas::test {

TlsTestServer::TlsTestServer(Options options, QObject *parent)
    : QTcpServer(parent)
    , m_options(std::move(options))
{
}

bool TlsTestServer::listenOnLoopback()
{
    return listen(QHostAddress::LocalHost, 0);
}

TlsTestServer::Options TlsTestServer::outdatedOnly(tls::ServerIdentity identity)
{
    Options options;
    options.identity = std::move(identity);
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    options.protocol = QSsl::TlsV1_0OrLater;
    QT_WARNING_POP
    options.backendOptions.insert("CipherString", "DEFAULT:@SECLEVEL=0");
    options.backendOptions.insert("MaxProtocol", "TLSv1.1");
    return options;
}

QSslConfiguration TlsTestServer::configuration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(m_options.identity.chain);
    config.setPrivateKey(m_options.identity.key);
    config.setProtocol(m_options.protocol);
    config.setPeerVerifyMode(m_options.clientCertificate);
    // Nothing to complete a chain from: the server sends exactly its identity's chain.
    config.setCaCertificates({});
    for (auto it = m_options.backendOptions.cbegin(); it != m_options.backendOptions.cend(); ++it)
        config.setBackendConfigurationOption(it.key(), it.value());
    return config;
}

void TlsTestServer::incomingConnection(qintptr descriptor)
{
    ++m_accepted;
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    if (m_options.hang)
        return;
    socket->setSslConfiguration(configuration());
    connect(socket, &QSslSocket::errorOccurred, socket, &QObject::deleteLater);
    socket->startServerEncryption();
}

} // namespace eas::test
