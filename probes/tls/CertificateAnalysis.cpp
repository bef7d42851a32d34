#include "CertificateAnalysis.h"

#include "OpenSslPtr.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QtEndian>

namespace eas::tls::CertificateAnalysis {

using namespace ossl;

namespace {

QString nameLine(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, int(length));
}

QString normalizedHost(const QString &host)
{
    QString out = host.toLower();
    if (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    return out;
}

void addKeyFacts(X509 *x509, CertificateFacts &facts)
{
    EVP_PKEY *key = X509_get0_pubkey(x509);
    if (!key)
        return;
    facts.keyAlgorithm = QString::fromLatin1(EVP_PKEY_get0_type_name(key));
    facts.keyBits = EVP_PKEY_get_bits(key);
}

// In certificate order (QSslCertificate::subjectAlternativeNames() is a multi-map that does
// not keep it).
void addSubjectAltNames(X509 *x509, CertificateFacts &facts)
{
    const NamesPtr names(static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(x509, NID_subject_alt_name, nullptr, nullptr)));
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
        int type = 0;
        const auto *value = static_cast<const ASN1_STRING *>(GENERAL_NAME_get0_value(name, &type));
        const auto *data = reinterpret_cast<const char *>(ASN1_STRING_get0_data(value));
        const int length = ASN1_STRING_length(value);
        if (type == GEN_DNS) {
            facts.dnsNames.append(QString::fromLatin1(data, length));
        } else if (type == GEN_IPADD && (length == 4 || length == 16)) {
            QHostAddress address;
            if (length == 4)
                address.setAddress(qFromBigEndian<quint32>(data));
            else
                address.setAddress(reinterpret_cast<const quint8 *>(data));
            facts.ipAddresses.append(address.toString());
        }
    }
}

} // namespace

CertificateFacts describe(const QSslCertificate &certificate)
{
    CertificateFacts facts;
    facts.commonName = certificate.subjectInfo(QSslCertificate::CommonName).value(0);
    facts.notBefore = certificate.effectiveDate().toUTC();
    facts.notAfter = certificate.expiryDate().toUTC();
    facts.thumbprint
        = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha1).toHex().toUpper());
    const X509Ptr x509 = fromQt(certificate);
    if (!x509)
        return facts;
    addSubjectAltNames(x509.get(), facts);
    facts.subject = nameLine(X509_get_subject_name(x509.get()));
    facts.issuer = nameLine(X509_get_issuer_name(x509.get()));
    facts.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(X509_get_signature_nid(x509.get())));
    addKeyFacts(x509.get(), facts);
    facts.selfSigned = isSelfSigned(certificate);
    facts.isCa = X509_get_extension_flags(x509.get()) & EXFLAG_CA;
    return facts;
}

qint64 daysToExpiry(const QSslCertificate &certificate, const QDateTime &now)
{
    const qint64 seconds = now.secsTo(certificate.expiryDate());
    // Round towards minus infinity: expired an hour ago is day -1, not day 0.
    return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
}

bool isExpired(const QSslCertificate &certificate, const QDateTime &now)
{
    return now > certificate.expiryDate();
}

bool isNotYetValid(const QSslCertificate &certificate, const QDateTime &now)
{
    return now < certificate.effectiveDate();
}

bool matchesDnsName(const QString &pattern, const QString &host)
{
    const QString p = normalizedHost(pattern);
    const QString h = normalizedHost(host);
    if (p.isEmpty() || h.isEmpty())
        return false;
    if (!p.contains(QLatin1Char('*')))
        return p == h;
    if (!p.startsWith(QLatin1String("*.")) || p.count(QLatin1Char('*')) != 1)
        return false;                // partial or inner wildcards are not honoured (RFC 6125 6.4.3)
    const QString suffix = p.mid(1); // ".contoso.com"
    if (suffix.count(QLatin1Char('.')) < 2 || !h.endsWith(suffix))
        return false;
    const QString label = h.left(h.size() - suffix.size());
    return !label.isEmpty() && !label.contains(QLatin1Char('.'));
}

bool matchesHost(const QSslCertificate &certificate, const QString &host)
{
    const auto sans = certificate.subjectAlternativeNames();
    const QHostAddress address(host);
    if (!address.isNull()) {
        const QStringList ips = sans.values(QSsl::IpAddressEntry);
        return std::any_of(ips.cbegin(), ips.cend(), [&](const QString &ip) {
            return QHostAddress(ip).isEqual(address);
        });
    }
    QStringList names = sans.values(QSsl::DnsEntry);
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return std::any_of(names.cbegin(), names.cend(), [&](const QString &name) {
        return matchesDnsName(name, host);
    });
}

bool isSelfSigned(const QSslCertificate &certificate)
{
    return isIssuedBy(certificate, certificate);
}

bool isIssuedBy(const QSslCertificate &child, const QSslCertificate &issuer)
{
    const X509Ptr c = fromQt(child);
    const X509Ptr i = fromQt(issuer);
    if (!c || !i || X509_NAME_cmp(X509_get_issuer_name(c.get()), X509_get_subject_name(i.get())))
        return false;
    EVP_PKEY *key = X509_get0_pubkey(i.get());
    return key && X509_verify(c.get(), key) == 1;
}

QSslCertificate pathEnd(const QList<QSslCertificate> &chainAsSent)
{
    if (chainAsSent.isEmpty())
        return QSslCertificate();
    QList<QSslCertificate> unused = chainAsSent.mid(1);
    QSslCertificate end = chainAsSent.first();
    while (!isSelfSigned(end)) {
        const auto issuer = std::find_if(
            unused.begin(), unused.end(), [&](const auto &c) { return isIssuedBy(end, c); });
        if (issuer == unused.end())
            break;
        end = *issuer;
        unused.erase(issuer);
    }
    return end;
}

bool isChainIncomplete(const QList<QSslCertificate> &chainAsSent,
                       const QList<QSslCertificate> &knownCas)
{
    const QSslCertificate end = pathEnd(chainAsSent);
    if (end.isNull() || isSelfSigned(end))
        return false;
    for (const QSslCertificate &ca : knownCas) {
        if (ca != end && isIssuedBy(end, ca))
            return !isSelfSigned(ca);
    }
    const X509Ptr x509 = fromQt(end);
    return x509 && !(X509_get_extension_flags(x509.get()) & EXFLAG_CA);
}

} // namespace eas::tls::CertificateAnalysis
