#include "EasCall.h"

#include "core/LogCategories.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace eas::net {

EasCall::EasCall(QNetworkAccessManager *nam,
                 CallSpec spec,
                 Credentials credentials,
                 TlsPolicy tls,
                 QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_spec(std::move(spec))
    , m_credentials(std::move(credentials))
    , m_tls(std::move(tls))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort(); // ends in handleFinished
        else
            end(Transport::Timeout);
    });
    m_response.command = m_spec.command;
    m_response.protocolVersion = m_spec.protocolVersion;
    m_response.url = m_spec.url;
}

EasCall::~EasCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QNetworkRequest EasCall::buildRequest() const
{
    QNetworkRequest request(m_spec.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(int(m_spec.timeout.count()));
    if (!m_spec.userAgent.isEmpty())
        request.setRawHeader("User-Agent", m_spec.userAgent);
    if (!m_spec.protocolVersion.isEmpty())
        request.setRawHeader("MS-ASProtocolVersion", m_spec.protocolVersion.toLatin1());
    if (!m_spec.body.isEmpty() || m_spec.method == "POST")
        request.setRawHeader("Content-Type", m_spec.contentType);
    if (m_spec.policyKey)
        request.setRawHeader("X-MS-PolicyKey", QByteArray::number(*m_spec.policyKey));
    const bool sendsHeader = m_spec.auth == AuthMode::Basic || m_spec.auth == AuthMode::Bearer;
    if (sendsHeader && !m_credentials.isEmpty())
        request.setRawHeader("Authorization", m_credentials.revealAuthorizationHeader());
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_tls.extraCaCertificates.isEmpty()) {
        QList<QSslCertificate> cas = ssl.caCertificates();
        cas += m_tls.extraCaCertificates;
        ssl.setCaCertificates(cas);
    }
    request.setSslConfiguration(ssl);
    return request;
}

void EasCall::start()
{
    if (m_reply || m_done)
        return;
    m_clock.start();
    m_timer.start(m_spec.timeout);
    const bool carriesSecret = m_spec.auth != AuthMode::None && !m_credentials.isEmpty();
    if (m_spec.url.scheme() != QLatin1String("https") && carriesSecret) {
        QTimer::singleShot(0, this, [this] {
            end(Transport::Cleartext,
                tr("The endpoint is not https://; credentials are never sent there."));
        });
        return;
    }
    m_reply = m_nam->sendCustomRequest(buildRequest(), m_spec.method, m_spec.body);
    m_reply->setReadBufferSize(256 * 1024);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_response.firstByteMs < 0)
            m_response.firstByteMs = m_clock.elapsed();
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &EasCall::handleReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &EasCall::handleFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &EasCall::handleSslErrors);
    connect(m_reply, &QNetworkReply::encrypted, this, [this] {
        m_response.peerChain = m_reply->sslConfiguration().peerCertificateChain();
    });
    if (m_spec.auth == AuthMode::Windows) {
        connect(m_nam,
                &QNetworkAccessManager::authenticationRequired,
                this,
                [this](QNetworkReply *reply, QAuthenticator *auth) {
                    if (reply != m_reply || !auth->user().isEmpty())
                        return; // someone else's, or the one try already failed
                    auth->setUser(m_credentials.user());
                    auth->setPassword(m_credentials.revealSecret());
                });
    }
}

void EasCall::abort()
{
    if (m_done)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    end(Transport::Cancelled);
}

void EasCall::handleSslErrors(const QList<QSslError> &errors)
{
    m_response.sslErrors = errors;
    m_response.peerChain = m_reply->sslConfiguration().peerCertificateChain();
    if (m_tls.trustAny) {
        m_response.sslErrorsIgnored = true;
        m_reply->ignoreSslErrors();
    }
}

void EasCall::handleReadyRead()
{
    if (m_tooLarge)
        return;
    if (m_response.firstByteMs < 0)
        m_response.firstByteMs = m_clock.elapsed();
    m_response.body += m_reply->readAll();
    if (m_response.body.size() > m_spec.maxBodyBytes) {
        m_tooLarge = true;
        m_response.body.truncate(m_spec.maxBodyBytes);
        m_reply->abort();
    }
}

void EasCall::handleFinished()
{
    if (m_done)
        return;
    ResponseParsing::readHeaders(m_reply, m_response);
    if (!m_tooLarge && m_reply->isOpen())
        m_response.body += m_reply->readAll();
    const QNetworkReply::NetworkError error = m_reply->error();
    const QString errorText = m_reply->errorString();
    m_reply->deleteLater();
    if (m_tooLarge)
        return end(Transport::TooLarge);
    if (m_timedOut || error == QNetworkReply::TimeoutError
        || (error == QNetworkReply::OperationCanceledError && m_response.httpStatus == 0))
        return end(Transport::Timeout, errorText);
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return end(Transport::HostNotFound, errorText);
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return end(Transport::ConnectionRefused, errorText);
    case QNetworkReply::SslHandshakeFailedError:
        return end(Transport::TlsFailed, errorText);
    case QNetworkReply::RemoteHostClosedError:
        return end(Transport::Reset, errorText);
    default:
        break;
    }
    if (m_response.httpStatus == 0)
        return end(Transport::OtherError, errorText);
    ResponseParsing::readBody(m_response);
    end(Transport::Ok);
}

void EasCall::end(Transport transport, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_response.transport = transport;
    m_response.transportError = error;
    m_response.totalMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    qCDebug(lcNet).noquote() << m_response.summary() << m_response.totalMs << "ms";
    Q_EMIT finished(m_response);
}

} // namespace eas::net
