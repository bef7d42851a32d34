#include "CertificateFactory.h"

#include "OpenSslPtr.h"
#include "TlsLog.h"

#include <openssl/pem.h>
#include <openssl/ec.h>
#include <openssl/rsa.h>

#include <stdexcept>

namespace eas::tls {

using namespace ossl;

struct CertificateAuthority::Keys
{
    PKeyPtr rootKey;
    PKeyPtr intermediateKey;
    PKeyPtr leafKey; // shared by every leaf of this authority: issuing stays cheap
    X509Ptr root;
    X509Ptr intermediate;
    QSslKey leafSslKey;
};

namespace {

[[noreturn]] void fail(const char *what)
{
    throw std::runtime_error(std::string("certificate factory: ") + what);
}

PKeyPtr generateKey(KeyAlgorithm algorithm)
{
    PKeyPtr key(algorithm == KeyAlgorithm::EcP256 ? EVP_EC_gen("P-256") : EVP_RSA_gen(2048));
    if (!key)
        fail("key generation");
    return key;
}

QSslKey toSslKey(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr))
        fail("private key export");
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    const QSsl::KeyAlgorithm algorithm
        = EVP_PKEY_get_base_id(key) == EVP_PKEY_EC ? QSsl::Ec : QSsl::Rsa;
    return QSslKey(QByteArray(data, int(length)), algorithm, QSsl::Pem);
}

NamePtr makeName(const QString &commonName)
{
    NamePtr name(X509_NAME_new());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name.get(),
                               "O",
                               MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("EAS Doctor"),
                               -1,
                               -1,
                               0);
    if (!X509_NAME_add_entry_by_txt(name.get(),
                                    "CN",
                                    MBSTRING_UTF8,
                                    reinterpret_cast<const unsigned char *>(cn.constData()),
                                    int(cn.size()),
                                    -1,
                                    0))
        fail("subject name");
    return name;
}

void addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    if (!ext || !X509_add_ext(cert, ext.get(), -1))
        fail("extension");
}

void addSubjectAltNames(X509 *cert, const QStringList &dnsNames, const QStringList &ips)
{
    if (dnsNames.isEmpty() && ips.isEmpty())
        return;
    NamesPtr names(sk_GENERAL_NAME_new_null());
    for (const QString &dns : dnsNames) {
        const QByteArray ascii = dns.toLatin1();
        GENERAL_NAME *gen = GENERAL_NAME_new();
        ASN1_IA5STRING *text = ASN1_IA5STRING_new();
        ASN1_STRING_set(text, ascii.constData(), int(ascii.size()));
        GENERAL_NAME_set0_value(gen, GEN_DNS, text);
        sk_GENERAL_NAME_push(names.get(), gen);
    }
    for (const QString &ip : ips) {
        ASN1_OCTET_STRING *address = a2i_IPADDRESS(ip.toLatin1().constData());
        if (!address)
            fail("IP address in subjectAltName");
        GENERAL_NAME *gen = GENERAL_NAME_new();
        GENERAL_NAME_set0_value(gen, GEN_IPADD, address);
        sk_GENERAL_NAME_push(names.get(), gen);
    }
    if (!X509_add1_ext_i2d(cert, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT))
        fail("subjectAltName");
}

// A v3 certificate with a random serial, the given subject and validity and `key`'s public
// half; signed later, once its extensions are in.
X509Ptr makeCertificate(const QString &commonName,
                        EVP_PKEY *key,
                        const QDateTime &notBefore,
                        const QDateTime &notAfter)
{
    X509Ptr cert(X509_new());
    BnPtr serial(BN_new());
    if (!cert || !serial || !BN_rand(serial.get(), 63, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY))
        fail("allocation");
    X509_set_version(cert.get(), X509_VERSION_3);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()));
    const NamePtr subject = makeName(commonName);
    X509_set_subject_name(cert.get(), subject.get());
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(notAfter.toSecsSinceEpoch()));
    X509_set_pubkey(cert.get(), key);
    return cert;
}

// Issuer name, key identifiers and the SHA-256 signature. `issuer` null = self-signed.
void sign(X509 *cert, X509 *issuer, EVP_PKEY *issuerKey)
{
    X509 *signer = issuer ? issuer : cert;
    X509_set_issuer_name(cert, X509_get_subject_name(signer));
    addExtension(cert, signer, NID_subject_key_identifier, "hash");
    addExtension(cert, signer, NID_authority_key_identifier, "keyid:always");
    if (!X509_sign(cert, issuerKey, EVP_sha256()))
        fail("signature");
}

X509Ptr makeCa(const QString &name,
               EVP_PKEY *key,
               X509 *issuer,
               EVP_PKEY *issuerKey,
               const char *constraints,
               int years)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    X509Ptr cert = makeCertificate(name, key, now.addDays(-1), now.addYears(years));
    addExtension(cert.get(), nullptr, NID_basic_constraints, constraints);
    addExtension(cert.get(), nullptr, NID_key_usage, "critical,keyCertSign,cRLSign");
    sign(cert.get(), issuer, issuerKey);
    return cert;
}

X509Ptr makeLeaf(const LeafSpec &spec, EVP_PKEY *leafKey, X509 *issuer, EVP_PKEY *issuerKey)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime notBefore = spec.notBefore.isValid() ? spec.notBefore : now.addDays(-1);
    const QDateTime notAfter = spec.notAfter.isValid() ? spec.notAfter : now.addDays(365);
    X509Ptr leaf = makeCertificate(spec.commonName, leafKey, notBefore, notAfter);
    addExtension(leaf.get(), nullptr, NID_basic_constraints, "critical,CA:FALSE");
    // A self-signed server certificate (Exchange's default one) signs itself, so it carries
    // keyCertSign: verifiers then report it as self-signed rather than as an unknown issuer.
    addExtension(leaf.get(),
                 nullptr,
                 NID_key_usage,
                 spec.selfSigned ? "critical,digitalSignature,keyEncipherment,keyCertSign"
                                 : "critical,digitalSignature,keyEncipherment");
    addExtension(leaf.get(), nullptr, NID_ext_key_usage, "serverAuth");
    addSubjectAltNames(leaf.get(), spec.dnsNames, spec.ipAddresses);
    if (spec.selfSigned)
        sign(leaf.get(), nullptr, leafKey);
    else
        sign(leaf.get(), issuer, issuerKey);
    return leaf;
}

} // namespace

std::shared_ptr<const CertificateAuthority> CertificateAuthority::create(const QString &name,
                                                                         KeyAlgorithm algorithm)
{
    auto keys = std::make_shared<Keys>();
    try {
        keys->rootKey = generateKey(algorithm);
        keys->intermediateKey = generateKey(algorithm);
        keys->leafKey = generateKey(algorithm);
        keys->leafSslKey = toSslKey(keys->leafKey.get());
        keys->root = makeCa(
            name, keys->rootKey.get(), nullptr, keys->rootKey.get(), "critical,CA:TRUE", 10);
        keys->intermediate = makeCa(name + QStringLiteral(" - Issuing CA"),
                                    keys->intermediateKey.get(),
                                    keys->root.get(),
                                    keys->rootKey.get(),
                                    "critical,CA:TRUE,pathlen:0",
                                    5);
    } catch (const std::runtime_error &e) {
        qCWarning(lcTls) << e.what();
        return nullptr;
    }
    std::shared_ptr<CertificateAuthority> ca(new CertificateAuthority);
    ca->m_root = toQt(keys->root.get());
    ca->m_intermediate = toQt(keys->intermediate.get());
    ca->m_keys = std::move(keys);
    return ca;
}

ServerIdentity CertificateAuthority::issue(const LeafSpec &spec) const
{
    X509Ptr leaf;
    try {
        leaf = makeLeaf(
            spec, m_keys->leafKey.get(), m_keys->intermediate.get(), m_keys->intermediateKey.get());
    } catch (const std::runtime_error &e) {
        qCWarning(lcTls) << e.what();
        return {};
    }
    ServerIdentity identity;
    identity.key = m_keys->leafSslKey;
    identity.chain.append(toQt(leaf.get()));
    if (!spec.selfSigned && spec.sendIntermediate)
        identity.chain.append(m_intermediate);
    return identity;
}

} // namespace eas::tls
