#include "TlsHandshake.h"

#include "TlsLog.h"

#include <QSslCipher>
#include <QSslConfiguration>

namespace eas::tls {

namespace {

QSsl::SslProtocol toQtProtocol(TlsVersion version)
{
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    switch (version) {
    case TlsVersion::Tls10:
        return QSsl::TlsV1_0;
    case TlsVersion::Tls11:
        return QSsl::TlsV1_1;
    case TlsVersion::Tls12:
        return QSsl::TlsV1_2;
    case TlsVersion::Tls13:
        return QSsl::TlsV1_3;
    }
    QT_WARNING_POP
    return QSsl::UnknownProtocol;
}

} // namespace

TlsHandshake::TlsHandshake(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
}

TlsHandshake::~TlsHandshake()
{
    abort();
}

QSslConfiguration TlsHandshake::configuration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificates(m_settings.caCertificates);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (m_settings.onlyVersion) {
        config.setProtocol(toQtProtocol(*m_settings.onlyVersion));
        config.setBackendConfigurationOption("CipherString", QByteArray("DEFAULT:@SECLEVEL=0"));
    }
    return config;
}

void TlsHandshake::start()
{
    if (m_socket || m_done)
        return;
    m_socket = std::make_unique<QSslSocket>();
    m_socket->setSslConfiguration(configuration());
    connect(m_socket.get(), &QSslSocket::connected, this, &TlsHandshake::handleConnected);
    connect(m_socket.get(), &QSslSocket::sslErrors, this, &TlsHandshake::handleSslErrors);
    connect(m_socket.get(), &QSslSocket::encrypted, this, &TlsHandshake::handleEncrypted);
    connect(m_socket.get(), &QSslSocket::errorOccurred, this, &TlsHandshake::handleError);
    m_clock.start();
    m_socket->connectToHostEncrypted(
        m_settings.address.toString(), m_settings.port, m_settings.peerName);
}

void TlsHandshake::abort()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket.release()->deleteLater();
}

void TlsHandshake::handleConnected()
{
    m_record.tcpConnected = true;
    m_record.tcpConnectMs = m_clock.elapsed();
}

void TlsHandshake::handleSslErrors(const QList<QSslError> &errors)
{
    m_record.sslErrors = errors;
    recordSession();
    if (m_settings.ignoreCertificateErrors)
        m_socket->ignoreSslErrors(errors);
}

void TlsHandshake::handleEncrypted()
{
    recordSession();
    m_record.encrypted = true;
    end();
}

void TlsHandshake::handleError(QAbstractSocket::SocketError error)
{
    if (m_record.tcpConnected && m_record.handshakeMs < 0)
        m_record.handshakeMs = m_clock.elapsed() - m_record.tcpConnectMs;
    m_record.socketError = error;
    m_record.errorString = m_socket->errorString();
    end();
}

void TlsHandshake::recordSession()
{
    if (m_record.handshakeCompleted)
        return;
    m_record.handshakeCompleted = true;
    m_record.handshakeMs = m_clock.elapsed() - m_record.tcpConnectMs;
    m_record.protocol = m_socket->sessionProtocol();
    m_record.cipher = m_socket->sessionCipher().name();
    m_record.peerChain = m_socket->peerCertificateChain();
}

void TlsHandshake::end()
{
    if (m_done)
        return;
    m_done = true;
    qCDebug(lcTls) << "handshake" << m_settings.address << m_settings.port << "version"
                   << (m_settings.onlyVersion ? tlsVersionName(*m_settings.onlyVersion)
                                              : QStringLiteral("default"))
                   << "encrypted" << m_record.encrypted << m_record.errorString;
    abort();
    Q_EMIT done();
}

} // namespace eas::tls
