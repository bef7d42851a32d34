#include "SimCertificates.h"

namespace eas::sim::SimCertificates {

namespace {

struct Store
{
    std::shared_ptr<const tls::CertificateAuthority> ca;
    QHash<QString, tls::ServerIdentity> leaves;
};

Store &store()
{
    static Store s;
    if (!s.ca)
        s.ca = tls::CertificateAuthority::create(QStringLiteral("EAS Doctor Simulator Root CA"),
                                                 tls::KeyAlgorithm::EcP256);
    return s;
}

} // namespace

QSslCertificate root()
{
    return store().ca->root();
}

tls::LeafSpec specFor(const QString &scenario, const QDateTime &now)
{
    tls::LeafSpec spec;
    spec.commonName = QStringLiteral("localhost");
    spec.dnsNames = {QStringLiteral("localhost")};
    spec.ipAddresses = {QStringLiteral("127.0.0.1")};
    spec.notBefore = now.addDays(-30);
    spec.notAfter = now.addDays(365);
    if (scenario == QLatin1String("cert-expired")) {
        spec.notBefore = now.addDays(-400);
        spec.notAfter = now.addDays(-10);
    } else if (scenario == QLatin1String("cert-not-yet-valid")) {
        spec.notBefore = now.addDays(10);
        spec.notAfter = now.addDays(400);
    } else if (scenario == QLatin1String("cert-wrong-name")) {
        spec.commonName = QStringLiteral("mail.fabrikam.test");
        spec.dnsNames = {QStringLiteral("mail.fabrikam.test")};
        spec.ipAddresses.clear();
    } else if (scenario == QLatin1String("cert-self-signed")) {
        spec.selfSigned = true;
    } else if (scenario == QLatin1String("cert-chain-incomplete")) {
        spec.sendIntermediate = false;
    } else if (scenario == QLatin1String("cert-expiring-soon")) {
        spec.notAfter = now.addDays(10);
    }
    return spec;
}

tls::ServerIdentity identityFor(const QString &scenario)
{
    // Every scenario that is not about the certificate shares the good leaf.
    const QString key
        = scenario.startsWith(QLatin1String("cert-")) ? scenario : QStringLiteral("healthy");
    Store &s = store();
    auto it = s.leaves.constFind(key);
    if (it == s.leaves.constEnd())
        it = s.leaves.insert(key, s.ca->issue(specFor(key, QDateTime::currentDateTimeUtc())));
    return *it;
}

} // namespace eas::sim::SimCertificates
