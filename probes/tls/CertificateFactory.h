#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

#include <memory>

// Certificates made in memory with OpenSSL at start-up, for the simulated Exchange and the
// tests (nothing in the repository can expire). Never used for real requests.
namespace eas::tls {

// What a TLS server presents: its key and the certificates it sends, leaf first, exactly in
// the order they go on the wire.
struct ServerIdentity
{
    QSslKey key;
    QList<QSslCertificate> chain; // leaf first
    QSslCertificate leaf() const { return chain.value(0); }
};

struct LeafSpec
{
    QString commonName = QStringLiteral("localhost");
    QStringList dnsNames = {QStringLiteral("localhost")};
    QStringList ipAddresses = {QStringLiteral("127.0.0.1")};
    QDateTime notBefore;          // default: now - 1 day
    QDateTime notAfter;           // default: now + 365 days
    bool selfSigned = false;      // signed by its own key, sent alone
    bool sendIntermediate = true; // false: chain incomplete (the leaf only is sent)
};

enum class KeyAlgorithm {
    Rsa2048, // what most Exchange certificates use
    EcP256,  // made in microseconds: the simulator's choice, so it starts at once
};

// A root CA and an intermediate CA below it, both made in memory.
class CertificateAuthority
{
public:
    // SHA-256 signatures, three key pairs (root, intermediate and one shared by every leaf). With
    // RSA 2048 this takes up to a few hundred milliseconds: make one per test class or process
    // and issue from it. nullptr if OpenSSL fails.
    static std::shared_ptr<const CertificateAuthority>
    create(const QString &name = QStringLiteral("EAS Doctor Test Root CA"),
           KeyAlgorithm algorithm = KeyAlgorithm::Rsa2048);

    QSslCertificate root() const { return m_root; }
    QSslCertificate intermediate() const { return m_intermediate; }
    // A leaf signed by the intermediate (or self-signed per spec), with the chain as sent. Cheap
    // (no key generation): every leaf of one authority shares its key. Version 3 with
    // basicConstraints CA:FALSE, keyUsage, extendedKeyUsage serverAuth, the SAN of the spec (DNS
    // names and IP addresses), subject and authority key identifiers. Empty if OpenSSL fails.
    ServerIdentity issue(const LeafSpec &spec) const;

private:
    CertificateAuthority() = default;
    struct Keys;
    std::shared_ptr<Keys> m_keys;
    QSslCertificate m_root;
    QSslCertificate m_intermediate;
};

} // namespace eas::tls
