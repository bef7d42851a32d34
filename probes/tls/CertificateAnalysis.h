#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QStringList>

// Pure certificate analysis (no QObject, no I/O): facts about one certificate, host name
// matching, and the chain-as-sent rule. All of it works on the DER, independent of Qt's TLS
// backend.
namespace eas::tls {

struct CertificateFacts
{
    QString subject; // RFC 2253 one-liner, "CN=mail.contoso.com,O=Contoso"
    QString issuer;
    QString commonName;
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    QString thumbprint;  // SHA-1, uppercase hex without separators, as Get-ExchangeCertificate
    QStringList dnsNames;
    QStringList ipAddresses;
    QString keyAlgorithm; // "RSA", "EC", "ED25519", ...
    int keyBits = 0;
    QString signatureAlgorithm; // OpenSSL long name, "sha256WithRSAEncryption"
    bool selfSigned = false;
    bool isCa = false; // basicConstraints CA:TRUE
};

namespace CertificateAnalysis {

CertificateFacts describe(const QSslCertificate &certificate);

// Whole days from `now` until notAfter, rounded down; negative once expired.
qint64 daysToExpiry(const QSslCertificate &certificate, const QDateTime &now);
bool isExpired(const QSslCertificate &certificate, const QDateTime &now);
bool isNotYetValid(const QSslCertificate &certificate, const QDateTime &now);

// RFC 6125 for one DNS name: case-insensitive, a trailing dot ignored; a wildcard only as the
// whole left-most label ("*.contoso.com", never "mail*.contoso.com" or "mail.*.com"), matching
// exactly one non-empty label and needing at least two labels after it.
bool matchesDnsName(const QString &pattern, const QString &host);
// Does the certificate name `host`? An address literal matches IP SANs only; a DNS name
// matches the DNS SANs, or the subject CN when the certificate has no DNS SAN at all.
bool matchesHost(const QSslCertificate &certificate, const QString &host);

// Signed by its own key, with the subject as issuer.
bool isSelfSigned(const QSslCertificate &certificate);
// `issuer`'s subject is `child`'s issuer and `issuer`'s key verifies `child`'s signature.
bool isIssuedBy(const QSslCertificate &child, const QSslCertificate &issuer);

// The last certificate of the path the server sent (following issuers from the leaf among the
// sent certificates, whatever their order). Null for an empty chain.
QSslCertificate pathEnd(const QList<QSslCertificate> &chainAsSent);
// `certificate-chain-incomplete`: the chain as sent ends below a CA certificate, i.e. an
// intermediate is missing, whether or not this client could fill the gap. The path end E is
// complete when E is self-signed, or when E's issuer is found in `knownCas` (the client's
// trust store and extra CAs) and is itself self-signed (a root). When E's issuer is found and
// is not a root, an intermediate was left out. When it is not found at all, a leaf E (not a
// CA) means its issuing CA is missing; a CA E points at an unknown root (untrusted, not
// incomplete).
bool isChainIncomplete(const QList<QSslCertificate> &chainAsSent,
                       const QList<QSslCertificate> &knownCas);

} // namespace CertificateAnalysis

} // namespace eas::tls
