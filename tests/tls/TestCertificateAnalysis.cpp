#include "tls/CertificateAnalysis.h"
#include "tls/CertificateFactory.h"
#include "tls/CertificateFindings.h"
#include "tls/TrustStore.h"

#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTest>

using namespace eas;
using namespace eas::tls;

namespace {

QStringList idsOf(const Findings &findings)
{
    QStringList ids;
    for (const Finding &f : findings)
        ids.append(f.id);
    return ids;
}

} // namespace

class TestCertificateAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_ca = CertificateAuthority::create();
        QVERIFY(m_ca);
        m_now = QDateTime::currentDateTimeUtc();
    }

    void dnsNameMatching_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << "mail.contoso.com"
                               << "mail.contoso.com" << true;
        QTest::newRow("case") << "Mail.Contoso.COM"
                              << "mail.contoso.com" << true;
        QTest::newRow("trailing dot") << "mail.contoso.com."
                                      << "mail.contoso.com" << true;
        QTest::newRow("other host") << "mail.contoso.com"
                                    << "owa.contoso.com" << false;
        QTest::newRow("wildcard") << "*.contoso.com"
                                  << "mail.contoso.com" << true;
        QTest::newRow("wildcard one label only") << "*.contoso.com"
                                                 << "a.b.contoso.com" << false;
        QTest::newRow("wildcard not the bare domain") << "*.contoso.com"
                                                      << "contoso.com" << false;
        QTest::newRow("partial wildcard") << "m*.contoso.com"
                                          << "mail.contoso.com" << false;
        QTest::newRow("inner wildcard") << "mail.*.com"
                                        << "mail.contoso.com" << false;
        QTest::newRow("wildcard over a public suffix") << "*.com"
                                                       << "contoso.com" << false;
        QTest::newRow("two wildcards") << "*.*.contoso.com"
                                       << "a.b.contoso.com" << false;
        QTest::newRow("suffix lookalike") << "*.contoso.com"
                                          << "mail.evilcontoso.com" << false;
        QTest::newRow("empty host") << "*.contoso.com"
                                    << "" << false;
    }

    void dnsNameMatching()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, host);
        QFETCH(bool, matches);
        QCOMPARE(CertificateAnalysis::matchesDnsName(pattern, host), matches);
    }

    void hostMatchingUsesTheRightNames()
    {
        LeafSpec spec;
        spec.commonName = QStringLiteral("cn.fabrikam.com");
        spec.dnsNames = {QStringLiteral("*.contoso.com")};
        spec.ipAddresses = {QStringLiteral("10.1.2.3")};
        const QSslCertificate leaf = m_ca->issue(spec).leaf();
        QVERIFY(CertificateAnalysis::matchesHost(leaf, QStringLiteral("mail.contoso.com")));
        QVERIFY(CertificateAnalysis::matchesHost(leaf, QStringLiteral("10.1.2.3")));
        QVERIFY(!CertificateAnalysis::matchesHost(leaf, QStringLiteral("10.1.2.4")));
        QVERIFY(!CertificateAnalysis::matchesHost(leaf, QStringLiteral("contoso.com")));
        // With a DNS SAN present the CN is not a name (RFC 6125 6.4.4).
        QVERIFY(!CertificateAnalysis::matchesHost(leaf, QStringLiteral("cn.fabrikam.com")));

        LeafSpec cnOnly;
        cnOnly.commonName = QStringLiteral("legacy.contoso.com");
        cnOnly.dnsNames = {};
        cnOnly.ipAddresses = {QStringLiteral("10.1.2.3")};
        const QSslCertificate old = m_ca->issue(cnOnly).leaf();
        QVERIFY(CertificateAnalysis::matchesHost(old, QStringLiteral("legacy.contoso.com")));

        LeafSpec ipInCn;
        ipInCn.commonName = QStringLiteral("127.0.0.1");
        ipInCn.dnsNames = {};
        ipInCn.ipAddresses = {};
        QVERIFY(!CertificateAnalysis::matchesHost(m_ca->issue(ipInCn).leaf(),
                                                  QStringLiteral("127.0.0.1")));
    }

    void daysToExpiryUsesInjectedNow()
    {
        LeafSpec spec;
        spec.notAfter = m_now.addDays(10).addSecs(60);
        const QSslCertificate leaf = m_ca->issue(spec).leaf();
        QCOMPARE(CertificateAnalysis::daysToExpiry(leaf, m_now), 10);
        QCOMPARE(CertificateAnalysis::daysToExpiry(leaf, m_now.addDays(10).addSecs(120)), -1);
        QVERIFY(!CertificateAnalysis::isExpired(leaf, m_now));
        QVERIFY(CertificateAnalysis::isExpired(leaf, m_now.addDays(11)));
        QVERIFY(CertificateAnalysis::isNotYetValid(leaf, m_now.addDays(-2)));
    }

    void chainRule()
    {
        const QSslCertificate leaf = m_ca->issue({}).leaf();
        const QSslCertificate inter = m_ca->intermediate();
        const QSslCertificate root = m_ca->root();
        LeafSpec own;
        own.selfSigned = true;
        const QSslCertificate selfSigned = m_ca->issue(own).leaf();
        using CertificateAnalysis::isChainIncomplete;
        QVERIFY(!isChainIncomplete({leaf, inter}, {root}));
        QVERIFY(!isChainIncomplete({leaf, root, inter}, {})); // any order, up to a root
        QVERIFY(isChainIncomplete({leaf}, {root}));
        QVERIFY(isChainIncomplete({leaf}, {root, inter})); // the client could fill the gap
        QVERIFY(isChainIncomplete({leaf}, {}));
        QVERIFY(isChainIncomplete({leaf, root}, {root}));
        QVERIFY(!isChainIncomplete({selfSigned}, {}));
        QVERIFY(!isChainIncomplete({leaf, inter}, {})); // unknown root: untrusted, not incomplete
        QVERIFY(!isChainIncomplete({}, {root}));
        QCOMPARE(CertificateAnalysis::pathEnd({inter, leaf}), inter);
        QCOMPARE(CertificateAnalysis::pathEnd({leaf, root, inter}), root);
    }

    void trustStoreFindsIssuersByName()
    {
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        const auto root = std::find_if(system.cbegin(), system.cend(), [](const auto &c) {
            return CertificateAnalysis::isSelfSigned(c);
        });
        if (root == system.cend())
            QSKIP("no system CA store");
        QVERIFY(TrustStore::issuerCandidates(*root).contains(*root));
        QVERIFY(TrustStore::issuerCandidates(m_ca->issue({}).leaf()).isEmpty());
    }

    void findings_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("valid") << "valid" << QStringList{"certificate-ok"};
        QTest::newRow("expired") << "expired" << QStringList{"certificate-expired"};
        QTest::newRow("not yet valid") << "future" << QStringList{"certificate-not-yet-valid"};
        QTest::newRow("wrong name") << "wrong-name" << QStringList{"certificate-name-mismatch"};
        QTest::newRow("self-signed") << "self-signed" << QStringList{"certificate-untrusted"};
        QTest::newRow("leaf only") << "leaf-only" << QStringList{"certificate-chain-incomplete"};
        QTest::newRow("expiring") << "expiring" << QStringList{"certificate-expiring-soon"};
        QTest::newRow("no handshake") << "no-handshake" << QStringList{"tls-handshake-failed"};
        QTest::newRow("outdated") << "outdated"
                                  << QStringList{"tls-protocol-outdated", "tls-handshake-failed"};
        QTest::newRow("client certificate")
            << "client-cert" << QStringList{"certificate-ok", "tls-client-certificate-requested"};
    }

    void findings()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, ids);
        const TlsInspection inspection = makeInspection(kind);
        const Findings found = CertificateFindings::analyze(inspection, {m_ca->root()}, m_now);
        QCOMPARE(idsOf(found), ids);
        for (const Finding &f : found) {
            QVERIFY2(!f.title.isEmpty() && f.detail.size() > 60, qPrintable(f.id));
            QCOMPARE(f.evidence.value("host").toString(), QStringLiteral("127.0.0.1"));
        }
    }

    void evidenceNamesTheCertificate()
    {
        TlsInspection inspection = makeInspection(QStringLiteral("valid"));
        inspection.trustAnyCertificate = true;
        const QVariantMap e = CertificateFindings::evidence(inspection, m_now);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{40}$"))
                    .match(e.value("thumbprint").toString())
                    .hasMatch());
        QVERIFY(e.value("notAfter").toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(e.value("daysLeft").toLongLong(), 365);
        QCOMPARE(e.value("key").toString(), QStringLiteral("RSA 2048"));
        QCOMPARE(e.value("signatureAlgorithm").toString(),
                 QStringLiteral("sha256WithRSAEncryption"));
        QCOMPARE(e.value("subjectAltNames").toStringList(),
                 (QStringList{QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1")}));
        QCOMPARE(e.value("chainAsSent").toStringList().size(), 2);
        QVERIFY(e.value("chainAsSent").toStringList().at(1).contains(QStringLiteral("Issuing CA")));
        QCOMPARE(e.value("tlsVersions").toStringList(),
                 (QStringList{QStringLiteral("TLS 1.2"), QStringLiteral("TLS 1.3")}));
        QCOMPARE(e.value("protocol").toString(), QStringLiteral("TLS 1.3"));
        QCOMPARE(e.value("handshakeMs").toLongLong(), 7);
        QCOMPARE(e.value("tcpConnectMs").toLongLong(), 3);
        QCOMPARE(e.value("trustAnyCertificate").toBool(), true);
        QCOMPARE(e.value("clientCertificateRequested").toBool(), false);
    }

    void chainMemberExpiryCounts()
    {
        const TlsInspection inspection = makeInspection(QStringLiteral("valid"));
        // Six years on, the intermediate (five years) has expired, and the leaf with it.
        const Findings found
            = CertificateFindings::analyze(inspection, {m_ca->root()}, m_now.addYears(6));
        QVERIFY(idsOf(found).contains(QStringLiteral("certificate-expired")));
        QVERIFY(!idsOf(found).contains(QStringLiteral("certificate-expiring-soon")));
    }

private:
    TlsInspection makeInspection(const QString &kind) const
    {
        TlsInspection in;
        in.host = in.peerName = QStringLiteral("127.0.0.1");
        in.port = 8443;
        in.outcome = TlsInspection::Outcome::Completed;
        HandshakeRecord &h = in.handshake;
        h.tcpConnected = h.handshakeCompleted = h.encrypted = true;
        h.tcpConnectMs = 3;
        h.handshakeMs = 7;
        h.protocol = QSsl::TlsV1_3;
        for (TlsVersion v : {TlsVersion::Tls12, TlsVersion::Tls13})
            in.scan[v].encrypted = true;
        LeafSpec spec;
        spec.notAfter = m_now.addDays(365).addSecs(60);
        if (kind == QLatin1String("expired"))
            spec.notAfter = m_now.addDays(-3);
        if (kind == QLatin1String("future"))
            spec.notBefore = m_now.addDays(3);
        if (kind == QLatin1String("wrong-name")) {
            spec.dnsNames = {QStringLiteral("mail.contoso.test")};
            spec.ipAddresses = {};
        }
        if (kind == QLatin1String("expiring"))
            spec.notAfter = m_now.addDays(10);
        spec.selfSigned = kind == QLatin1String("self-signed");
        spec.sendIntermediate = kind != QLatin1String("leaf-only");
        in.wire.completed = true;
        in.wire.chainAsSent = h.peerChain = m_ca->issue(spec).chain;
        const QSslCertificate leaf = h.peerChain.first();
        if (kind == QLatin1String("leaf-only")) {
            h.encrypted = false;
            h.sslErrors = {QSslError(QSslError::UnableToGetLocalIssuerCertificate, leaf),
                           QSslError(QSslError::UnableToVerifyFirstCertificate, leaf)};
        }
        if (kind == QLatin1String("self-signed")) {
            h.encrypted = false;
            h.sslErrors = {QSslError(QSslError::SelfSignedCertificate, leaf)};
        }
        if (kind == QLatin1String("no-handshake") || kind == QLatin1String("outdated")) {
            h = HandshakeRecord();
            h.tcpConnected = true;
            h.socketError = QAbstractSocket::SslHandshakeFailedError;
            h.errorString = QStringLiteral("handshake failure");
            in.scan.clear();
            in.wire = WireRecord();
        }
        if (kind == QLatin1String("outdated")) {
            // No wire record: the certificates come from the newest scan that saw them.
            for (TlsVersion v : {TlsVersion::Tls10, TlsVersion::Tls11}) {
                in.scan[v].handshakeCompleted = in.scan[v].encrypted = true;
                in.scan[v].peerChain = m_ca->issue(spec).chain;
            }
            in.scan[TlsVersion::Tls12] = HandshakeRecord();
        }
        in.wire.clientCertificateRequested = kind == QLatin1String("client-cert");
        return in;
    }

    std::shared_ptr<const CertificateAuthority> m_ca;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TestCertificateAnalysis)
#include "TestCertificateAnalysis.moc"
