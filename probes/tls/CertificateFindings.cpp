#include "CertificateFindings.h"

#include "CertificateAnalysis.h"
#include "CertificateFindingTexts.h"

namespace eas::tls::CertificateFindings {

namespace {

enum class ErrorKind { Expired, NotYetValid, NameMismatch, MissingIssuer, Untrusted, Other };

ErrorKind kindOf(QSslError::SslError error)
{
    switch (error) {
    case QSslError::CertificateExpired:
        return ErrorKind::Expired;
    case QSslError::CertificateNotYetValid:
        return ErrorKind::NotYetValid;
    case QSslError::HostNameMismatch:
        return ErrorKind::NameMismatch;
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return ErrorKind::MissingIssuer;
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::CertificateRevoked:
    case QSslError::CertificateBlacklisted:
    case QSslError::CertificateSignatureFailed:
    case QSslError::UnableToDecryptCertificateSignature:
    case QSslError::UnableToDecodeIssuerPublicKey:
    case QSslError::InvalidNotBeforeField:
    case QSslError::InvalidNotAfterField:
    case QSslError::InvalidCaCertificate:
    case QSslError::PathLengthExceeded:
    case QSslError::InvalidPurpose:
    case QSslError::SubjectIssuerMismatch:
    case QSslError::AuthorityIssuerSerialNumberMismatch:
        return ErrorKind::Untrusted;
    default:
        return ErrorKind::Other; // no certificate, OCSP, unspecified
    }
}

// What the certificates of one inspection show, before any words.
struct Verdict
{
    QSslCertificate leaf;
    QSslCertificate expired; // null when none; a chain member counts too
    QSslCertificate notYetValid;
    QSslCertificate expiringSoon;
    bool nameMismatch = false;
    bool chainIncomplete = false;
    bool untrusted = false;
};

QSslCertificate firstOf(const QList<QSslCertificate> &chain,
                        const std::function<bool(const QSslCertificate &)> &test)
{
    const auto it = std::find_if(chain.cbegin(), chain.cend(), test);
    return it == chain.cend() ? QSslCertificate() : *it;
}

QSslCertificate errorCertificate(const QList<QSslError> &errors, ErrorKind kind)
{
    for (const QSslError &e : errors) {
        if (kindOf(e.error()) == kind)
            return e.certificate();
    }
    return QSslCertificate();
}

bool hasError(const QList<QSslError> &errors, ErrorKind kind)
{
    return std::any_of(errors.cbegin(), errors.cend(), [&](const QSslError &e) {
        return kindOf(e.error()) == kind;
    });
}

Verdict
judge(const TlsInspection &inspection, const QList<QSslCertificate> &knownCas, const QDateTime &now)
{
    using namespace CertificateAnalysis;
    const QList<QSslCertificate> chain = inspection.chainAsSent();
    const QList<QSslError> &errors = inspection.certificateSource().sslErrors;
    Verdict v;
    v.leaf = chain.value(0);
    v.expired = firstOf(chain, [&](const auto &c) { return isExpired(c, now); });
    if (v.expired.isNull())
        v.expired = errorCertificate(errors, ErrorKind::Expired);
    v.notYetValid = firstOf(chain, [&](const auto &c) { return isNotYetValid(c, now); });
    if (v.notYetValid.isNull())
        v.notYetValid = errorCertificate(errors, ErrorKind::NotYetValid);
    if (v.expired.isNull()) {
        v.expiringSoon = firstOf(
            chain, [&](const auto &c) { return daysToExpiry(c, now) < kExpiringSoonDays; });
    }
    v.nameMismatch = hasError(errors, ErrorKind::NameMismatch)
                     || (!v.leaf.isNull() && !matchesHost(v.leaf, inspection.peerName));
    v.chainIncomplete = isChainIncomplete(chain, knownCas);
    v.untrusted = hasError(errors, ErrorKind::Untrusted)
                  || (!v.leaf.isNull() && isSelfSigned(v.leaf))
                  || (hasError(errors, ErrorKind::MissingIssuer) && !v.chainIncomplete);
    return v;
}

void addLeafEvidence(const QSslCertificate &leaf, const QDateTime &now, QVariantMap &e)
{
    const CertificateFacts facts = CertificateAnalysis::describe(leaf);
    QStringList sans;
    for (const QString &dns : facts.dnsNames)
        sans.append(QStringLiteral("DNS:") + dns);
    for (const QString &ip : facts.ipAddresses)
        sans.append(QStringLiteral("IP:") + ip);
    e.insert(QStringLiteral("subject"), facts.subject);
    e.insert(QStringLiteral("issuer"), facts.issuer);
    e.insert(QStringLiteral("notBefore"), FindingTexts::iso(facts.notBefore));
    e.insert(QStringLiteral("notAfter"), FindingTexts::iso(facts.notAfter));
    e.insert(QStringLiteral("daysLeft"), CertificateAnalysis::daysToExpiry(leaf, now));
    e.insert(QStringLiteral("thumbprint"), facts.thumbprint);
    e.insert(QStringLiteral("subjectAltNames"), sans);
    e.insert(QStringLiteral("key"),
             QStringLiteral("%1 %2").arg(facts.keyAlgorithm).arg(facts.keyBits));
    e.insert(QStringLiteral("signatureAlgorithm"), facts.signatureAlgorithm);
}

bool onlyOutdated(const TlsInspection &in)
{
    const QList<TlsVersion> accepted = in.acceptedVersions();
    return !accepted.isEmpty() && std::all_of(accepted.cbegin(), accepted.cend(), [](TlsVersion v) {
        return v == TlsVersion::Tls10 || v == TlsVersion::Tls11;
    });
}

} // namespace

bool reachedTls(const TlsInspection &inspection)
{
    const HandshakeRecord &main = inspection.handshake;
    const bool answered = main.handshakeCompleted
                          || main.socketError != QAbstractSocket::UnknownSocketError
                          || !inspection.chainAsSent().isEmpty();
    return main.tcpConnected && answered
           && (inspection.outcome == TlsInspection::Outcome::Completed
               || inspection.outcome == TlsInspection::Outcome::TimedOut);
}

QVariantMap evidence(const TlsInspection &inspection, const QDateTime &now)
{
    const HandshakeRecord &main = inspection.handshake;
    const HandshakeRecord &source = inspection.certificateSource();
    QVariantMap e;
    e.insert(QStringLiteral("host"), inspection.host);
    e.insert(QStringLiteral("port"), inspection.port);
    e.insert(QStringLiteral("address"), inspection.address.toString());
    e.insert(QStringLiteral("peerName"), inspection.peerName);
    e.insert(QStringLiteral("tcpConnectMs"), main.tcpConnectMs);
    e.insert(QStringLiteral("handshakeMs"), main.handshakeMs);
    e.insert(QStringLiteral("protocol"), protocolName(source.protocol));
    e.insert(QStringLiteral("cipher"), source.cipher);
    e.insert(QStringLiteral("clientCertificateRequested"),
             inspection.wire.clientCertificateRequested);
    if (!inspection.scan.isEmpty())
        e.insert(QStringLiteral("tlsVersions"),
                 FindingTexts::versionNames(inspection.acceptedVersions()));
    QStringList errors;
    for (const QSslError &error : source.sslErrors)
        errors.append(error.errorString());
    e.insert(QStringLiteral("sslErrors"), errors);
    const QList<QSslCertificate> sent = inspection.chainAsSent();
    QStringList chain;
    for (const QSslCertificate &c : sent)
        chain.append(CertificateAnalysis::describe(c).subject);
    e.insert(QStringLiteral("chainAsSent"), chain);
    if (!sent.isEmpty())
        addLeafEvidence(sent.first(), now, e);
    if (inspection.trustAnyCertificate)
        e.insert(QStringLiteral("trustAnyCertificate"), true);
    return e;
}

Findings analyze(const TlsInspection &inspection,
                 const QList<QSslCertificate> &knownCas,
                 const QDateTime &now)
{
    const QVariantMap e = evidence(inspection, now);
    Findings out;
    const bool haveCertificate = !inspection.chainAsSent().isEmpty();
    const Verdict v = haveCertificate ? judge(inspection, knownCas, now) : Verdict();
    using namespace FindingTexts;
    if (!v.expired.isNull())
        out.append(expired(inspection, v.expired, e));
    if (!v.notYetValid.isNull())
        out.append(notYetValid(inspection, v.notYetValid, e));
    if (v.nameMismatch)
        out.append(nameMismatch(inspection, v.leaf, e));
    if (v.chainIncomplete)
        out.append(chainIncomplete(inspection, e));
    if (v.untrusted)
        out.append(untrusted(inspection, v.leaf, e));
    const bool certificateReason = !out.isEmpty();
    if (!v.expiringSoon.isNull())
        out.append(expiringSoon(inspection, v.expiringSoon, now, e));
    const bool outdatedOnly = onlyOutdated(inspection);
    if (outdatedOnly)
        out.append(outdated(inspection, e));
    if (!inspection.handshake.encrypted && !certificateReason)
        out.append(handshakeFailed(inspection, outdatedOnly, e));
    if (inspection.wire.clientCertificateRequested)
        out.append(clientCertificateRequested(inspection, e));
    if (worstOf(out) <= Severity::Info && haveCertificate)
        out.prepend(ok(inspection, v.leaf, now, e));
    return out;
}

} // namespace eas::tls::CertificateFindings
