#pragma once

#include "EasResponse.h"

#include "core/Credentials.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace eas::net {

// How a call proves who it is.
enum class AuthMode {
    None,    // anonymous: what does the server offer?
    Basic,   // our own "Authorization: Basic" header (QNAM would pick the strongest scheme)
    Bearer,  // OAuth token
    Windows, // NTLM/Negotiate through QAuthenticator
};

// Trust for the TLS layer of every call: system store plus extra CAs; `trustAny` only when
// the user chose --trust-any-certificate (errors are still recorded).
struct TlsPolicy
{
    QList<QSslCertificate> extraCaCertificates;
    bool trustAny = false;
};

struct CallSpec
{
    QUrl url;
    QByteArray method = "POST";
    QString command;         // for evidence
    QString protocolVersion; // MS-ASProtocolVersion, empty for OPTIONS/Autodiscover
    QByteArray body;
    QByteArray contentType = "application/vnd.ms-sync.wbxml";
    QByteArray userAgent;
    std::optional<quint32> policyKey;
    AuthMode auth = AuthMode::Basic;
    std::chrono::milliseconds timeout{15000};
    qint64 maxBodyBytes = 4 * 1024 * 1024;
};

// One HTTP exchange over the injected QNetworkAccessManager, classified into an EasResponse.
// Asynchronous, cancellable, with its own hard timeout; finished() fires exactly once.
// Credentials are never sent over http:// (the call ends as Transport::Cleartext instead), and
// only reach a host whose certificate failed when the TlsPolicy says trustAny.
class EasCall : public QObject
{
    Q_OBJECT
public:
    EasCall(QNetworkAccessManager *nam,
            CallSpec spec,
            Credentials credentials,
            TlsPolicy tls,
            QObject *parent = nullptr);
    ~EasCall() override;

    void start();
    void abort();
    const EasResponse &response() const { return m_response; }
    const CallSpec &spec() const { return m_spec; }

Q_SIGNALS:
    void finished(const eas::net::EasResponse &response);

private:
    QNetworkRequest buildRequest() const;
    void handleReadyRead();
    void handleFinished();
    void handleSslErrors(const QList<QSslError> &errors);
    void end(Transport transport, const QString &error = {});

    QNetworkAccessManager *m_nam;
    CallSpec m_spec;
    Credentials m_credentials;
    TlsPolicy m_tls;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QElapsedTimer m_clock;
    EasResponse m_response;
    bool m_done = false;
    bool m_tooLarge = false;
    bool m_timedOut = false;
};

} // namespace eas::net
