#include "WireHandshake.h"

#include "OpenSslPtr.h"
#include "TlsLog.h"

#include <QTcpSocket>

#include <openssl/err.h>
#include <openssl/ssl.h>

namespace eas::tls {

using namespace ossl;

namespace {

using SslCtxPtr = std::unique_ptr<SSL_CTX, Deleter<SSL_CTX, SSL_CTX_free>>;
using SslPtr = std::unique_ptr<SSL, Deleter<SSL, SSL_free>>;

// A client's cert callback runs only when the server sent a CertificateRequest. Returning 1
// without a certificate sends none.
int noteCertificateRequest(SSL *, void *arg)
{
    static_cast<WireRecord *>(arg)->clientCertificateRequested = true;
    return 1;
}

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("handshake failed");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

} // namespace

struct WireHandshake::Session
{
    SslCtxPtr ctx;
    SslPtr ssl;
    BIO *fromNetwork = nullptr; // owned by ssl
    BIO *toNetwork = nullptr;   // owned by ssl
};

WireHandshake::WireHandshake(QHostAddress address, quint16 port, QString peerName, QObject *parent)
    : QObject(parent)
    , m_address(std::move(address))
    , m_port(port)
    , m_peerName(std::move(peerName))
{
}

WireHandshake::~WireHandshake()
{
    abort();
}

void WireHandshake::start()
{
    if (m_socket || m_done)
        return;
    m_socket = std::make_unique<QTcpSocket>();
    connect(m_socket.get(), &QTcpSocket::connected, this, &WireHandshake::handleConnected);
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &WireHandshake::handleReadyRead);
    connect(m_socket.get(), &QTcpSocket::errorOccurred, this, &WireHandshake::handleError);
    m_socket->connectToHost(m_address, m_port);
}

void WireHandshake::abort()
{
    m_session.reset();
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket.release()->deleteLater();
}

void WireHandshake::handleConnected()
{
    auto session = std::make_unique<Session>();
    session->ctx.reset(SSL_CTX_new(TLS_client_method()));
    if (!session->ctx) {
        end(opensslError());
        return;
    }
    SSL_CTX_set_security_level(session->ctx.get(), 0);
    SSL_CTX_set_min_proto_version(session->ctx.get(), TLS1_VERSION);
    SSL_CTX_set_cipher_list(session->ctx.get(), "ALL:@SECLEVEL=0");
    SSL_CTX_set_verify(session->ctx.get(), SSL_VERIFY_NONE, nullptr);
    session->ssl.reset(SSL_new(session->ctx.get()));
    session->fromNetwork = BIO_new(BIO_s_mem());
    session->toNetwork = BIO_new(BIO_s_mem());
    if (!session->ssl || !session->fromNetwork || !session->toNetwork) {
        BIO_free(session->fromNetwork);
        BIO_free(session->toNetwork);
        end(opensslError());
        return;
    }
    SSL_set_bio(session->ssl.get(), session->fromNetwork, session->toNetwork);
    SSL_set_connect_state(session->ssl.get());
    SSL_set_cert_cb(session->ssl.get(), noteCertificateRequest, &m_record);
    if (QHostAddress(m_peerName).isNull()) // SNI carries names only (RFC 6066)
        SSL_set_tlsext_host_name(session->ssl.get(), m_peerName.toUtf8().constData());
    m_session = std::move(session);
    advance();
}

void WireHandshake::handleReadyRead()
{
    if (!m_session)
        return;
    const QByteArray data = m_socket->readAll();
    BIO_write(m_session->fromNetwork, data.constData(), int(data.size()));
    advance();
}

void WireHandshake::handleError()
{
    if (m_session)
        recordPeer();
    end(m_socket->errorString());
}

void WireHandshake::advance()
{
    ERR_clear_error();
    const int rc = SSL_do_handshake(m_session->ssl.get());
    const int status = SSL_get_error(m_session->ssl.get(), rc);
    flush();
    if (rc == 1) {
        m_record.completed = true;
        recordPeer();
        end({});
    } else if (status != SSL_ERROR_WANT_READ && status != SSL_ERROR_WANT_WRITE) {
        recordPeer();
        end(opensslError());
    }
}

void WireHandshake::flush()
{
    char buffer[4096];
    int n = 0;
    while ((n = BIO_read(m_session->toNetwork, buffer, sizeof buffer)) > 0)
        m_socket->write(buffer, n);
}

void WireHandshake::recordPeer()
{
    SSL *ssl = m_session->ssl.get();
    m_record.protocol = QString::fromLatin1(SSL_get_version(ssl));
    STACK_OF(X509) *sent = SSL_get_peer_cert_chain(ssl);
    m_record.chainAsSent.clear();
    for (int i = 0; sent && i < sk_X509_num(sent); ++i)
        m_record.chainAsSent.append(toQt(sk_X509_value(sent, i)));
}

void WireHandshake::end(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_record.error = error;
    qCDebug(lcTls) << "wire handshake" << m_address << m_port << m_record.protocol
                   << m_record.chainAsSent.size() << "certificates" << error;
    abort();
    Q_EMIT done();
}

} // namespace eas::tls
