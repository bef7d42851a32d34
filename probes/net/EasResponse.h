#pragma once

#include "codec/Wbxml.h"

#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QNetworkReply;

namespace eas::net {

// What happened at the transport level, before any HTTP status.
enum class Transport {
    Ok, // an HTTP response arrived (any status)
    HostNotFound,
    ConnectionRefused, // refused or unreachable
    Timeout,           // no answer within the limit
    TlsFailed,         // no TLS session (see sslErrors for the certificate reasons)
    Reset,             // closed or reset in the middle of the response
    TooLarge,          // the body passed the cap; the transfer was stopped
    Cleartext,         // refused: an http:// endpoint would have carried credentials
    Cancelled,
    OtherError,
};
QString transportName(Transport t);

// Every fact the probes read from one ActiveSync (or Autodiscover) exchange.
struct EasResponse
{
    QString command; // "OPTIONS", "Provision", "FolderSync", "Settings", "Autodiscover", ...
    QString protocolVersion;
    QUrl url; // without the query's credentials (there are none in the query form we use)
    Transport transport = Transport::OtherError;
    QString transportError;
    QList<QSslError> sslErrors;
    QList<QSslCertificate> peerChain;
    bool sslErrorsIgnored = false; // the user chose --trust-any-certificate

    int httpStatus = 0;
    QString reason;
    QStringList authSchemes; // every WWW-Authenticate scheme offered ("Basic", "NTLM", ...)
    QString throttle;        // X-MS-ASThrottle
    std::optional<int> retryAfterSeconds;
    QUrl location; // X-MS-Location (451) or Location (3xx)
    std::optional<int> credentialsExpireDays;
    QString credentialServiceUrl;
    QString feServer;
    QString beServer;
    QString requestId;
    QString serverVersion;        // MS-Server-ActiveSync
    QString server;               // Server header (IIS)
    QStringList protocolVersions; // OPTIONS: MS-ASProtocolVersions
    QStringList protocolCommands; // OPTIONS: MS-ASProtocolCommands
    QString contentType;

    QByteArray body; // capped
    std::optional<wbxml::Element> document;
    std::optional<wbxml::DecodeError> decodeError;
    std::optional<int> status;       // top-level EAS Status of the command body
    std::optional<int> policyStatus; // Provision: Policies/Policy/Status
    std::optional<quint32> policyKey;

    qint64 firstByteMs = -1;
    qint64 totalMs = 0;

    bool isHttp(int code) const { return transport == Transport::Ok && httpStatus == code; }
    bool offersScheme(const QString &scheme) const;
    // "OPTIONS 200", "FolderSync 200 Status 142", "Provision timeout" ... for evidence.
    QString summary() const;
};

namespace ResponseParsing {

// All schemes of one or more WWW-Authenticate values ("Basic realm=\"x\", Negotiate, NTLM").
QStringList authSchemes(const QList<QByteArray> &values);
// The command's top-level Status and, for Provision, the policy status and key.
void readBody(EasResponse &response);
// Headers of a finished reply into the response.
void readHeaders(QNetworkReply *reply, EasResponse &response);

} // namespace ResponseParsing

} // namespace eas::net

Q_DECLARE_METATYPE(eas::net::EasResponse)
