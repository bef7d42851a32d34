#include "TlsTestServer.h"

#include "tls/CertificateAnalysis.h"
#include "tls/CertificateFactory.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <openssl/pem.h>
#include <openssl/x509_vfy.h>

using namespace eas;
using namespace eas::tls;

namespace {

X509 *parse(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return d2i_X509(nullptr, &p, der.size());
}

// OpenSSL's own verdict (X509_verify_cert), independent of the code under test: `root` trusted,
// `untrusted` offered as intermediates, checked at `when`.
int opensslVerify(const QSslCertificate &leaf,
                  const QList<QSslCertificate> &untrusted,
                  const QSslCertificate &root,
                  const QDateTime &when)
{
    X509_STORE *store = X509_STORE_new();
    X509 *rootX509 = parse(root);
    X509_STORE_add_cert(store, rootX509);
    STACK_OF(X509) *chain = sk_X509_new_null();
    for (const QSslCertificate &c : untrusted)
        sk_X509_push(chain, parse(c));
    X509 *leafX509 = parse(leaf);
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(ctx, store, leafX509, chain);
    X509_STORE_CTX_set_time(ctx, 0, time_t(when.toSecsSinceEpoch()));
    const int ok = X509_verify_cert(ctx);
    const int error = ok == 1 ? X509_V_OK : X509_STORE_CTX_get_error(ctx);
    X509_STORE_CTX_free(ctx);
    X509_free(leafX509);
    sk_X509_pop_free(chain, X509_free);
    X509_free(rootX509);
    X509_STORE_free(store);
    return error;
}

bool keyMatches(const QSslCertificate &certificate, const QSslKey &key)
{
    const QByteArray pem = key.toPem();
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    X509 *x509 = parse(certificate);
    const bool match = pkey && x509 && X509_check_private_key(x509, pkey) == 1;
    X509_free(x509);
    EVP_PKEY_free(pkey);
    BIO_free(bio);
    return match;
}

} // namespace

class TestCertificateFactory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_ca = CertificateAuthority::create();
        QVERIFY(m_ca);
    }

    void authorityIsRootAndIntermediate()
    {
        const CertificateFacts root = CertificateAnalysis::describe(m_ca->root());
        const CertificateFacts intermediate = CertificateAnalysis::describe(m_ca->intermediate());
        QVERIFY(root.selfSigned);
        QVERIFY(root.isCa);
        QVERIFY(!intermediate.selfSigned);
        QVERIFY(intermediate.isCa);
        QVERIFY(CertificateAnalysis::isIssuedBy(m_ca->intermediate(), m_ca->root()));
        QCOMPARE(root.commonName, QStringLiteral("EAS Doctor Test Root CA"));
        QCOMPARE(intermediate.issuer, root.subject);
        QCOMPARE(root.keyAlgorithm, QStringLiteral("RSA"));
        QCOMPARE(root.keyBits, 2048);
        QCOMPARE(intermediate.signatureAlgorithm, QStringLiteral("sha256WithRSAEncryption"));
        QCOMPARE(m_ca->root().version(), QByteArray("3"));
    }

    void defaultLeafVerifiesWithOpenSsl()
    {
        const ServerIdentity id = m_ca->issue({});
        QCOMPARE(id.chain.size(), 2);
        QCOMPARE(id.chain.at(1), m_ca->intermediate());
        QVERIFY(!id.key.isNull());
        QCOMPARE(id.key.algorithm(), QSsl::Rsa);
        QVERIFY(keyMatches(id.leaf(), id.key));
        const CertificateFacts leaf = CertificateAnalysis::describe(id.leaf());
        QCOMPARE(leaf.dnsNames, QStringList{QStringLiteral("localhost")});
        QCOMPARE(leaf.ipAddresses, QStringList{QStringLiteral("127.0.0.1")});
        QVERIFY(!leaf.isCa);
        QCOMPARE(leaf.signatureAlgorithm, QStringLiteral("sha256WithRSAEncryption"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(opensslVerify(id.leaf(), {m_ca->intermediate()}, m_ca->root(), now), X509_V_OK);
        QCOMPARE(opensslVerify(id.leaf(), {}, m_ca->root(), now),
                 X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
    }

    void leafSpecIsHonoured()
    {
        LeafSpec spec;
        spec.commonName = QStringLiteral("mail.contoso.test");
        spec.dnsNames = {QStringLiteral("mail.contoso.test"), QStringLiteral("*.contoso.test")};
        spec.ipAddresses = {QStringLiteral("10.0.0.5"), QStringLiteral("::1")};
        spec.notBefore = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
        spec.notAfter = QDateTime(QDate(2031, 6, 7), QTime(8, 9, 10), Qt::UTC);
        const ServerIdentity id = m_ca->issue(spec);
        const CertificateFacts leaf = CertificateAnalysis::describe(id.leaf());
        QCOMPARE(leaf.commonName, spec.commonName);
        QCOMPARE(leaf.dnsNames, spec.dnsNames);
        QCOMPARE(leaf.ipAddresses, spec.ipAddresses);
        QCOMPARE(leaf.notBefore, spec.notBefore);
        QCOMPARE(leaf.notAfter, spec.notAfter);
        QCOMPARE(
            opensslVerify(
                id.leaf(), {m_ca->intermediate()}, m_ca->root(), QDateTime::currentDateTimeUtc()),
            X509_V_ERR_CERT_NOT_YET_VALID);
    }

    void selfSignedAndLeafOnly()
    {
        LeafSpec selfSigned;
        selfSigned.selfSigned = true;
        const ServerIdentity own = m_ca->issue(selfSigned);
        QCOMPARE(own.chain.size(), 1);
        QVERIFY(CertificateAnalysis::isSelfSigned(own.leaf()));
        QCOMPARE(opensslVerify(own.leaf(), {}, m_ca->root(), QDateTime::currentDateTimeUtc()),
                 X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT);

        LeafSpec leafOnly;
        leafOnly.sendIntermediate = false;
        const ServerIdentity alone = m_ca->issue(leafOnly);
        QCOMPARE(alone.chain.size(), 1);
        QVERIFY(!CertificateAnalysis::isSelfSigned(alone.leaf()));
        QVERIFY(CertificateAnalysis::isIssuedBy(alone.leaf(), m_ca->intermediate()));
    }

    void leavesAreUniqueAndCheap()
    {
        QElapsedTimer clock;
        clock.start();
        const ServerIdentity a = m_ca->issue({});
        const ServerIdentity b = m_ca->issue({});
        QVERIFY(a.leaf() != b.leaf());
        QVERIFY(a.leaf().serialNumber() != b.leaf().serialNumber());
        QVERIFY2(clock.elapsed() < 1000, "issuing must not generate keys");
    }

    // What goes on the wire, as Debian's openssl s_client sees it.
    void certificatesSentOnTheWire_data()
    {
        QTest::addColumn<bool>("selfSigned");
        QTest::addColumn<bool>("sendIntermediate");
        QTest::addColumn<int>("sent");
        QTest::newRow("leaf+intermediate") << false << true << 2;
        QTest::newRow("chain-incomplete") << false << false << 1;
        QTest::newRow("self-signed") << true << true << 1;
    }

    void certificatesSentOnTheWire()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl command not installed");
        QFETCH(bool, selfSigned);
        QFETCH(bool, sendIntermediate);
        QFETCH(int, sent);
        LeafSpec spec;
        spec.selfSigned = selfSigned;
        spec.sendIntermediate = sendIntermediate;
        test::TlsTestServer::Options options;
        options.identity = m_ca->issue(spec);
        test::TlsTestServer server(options);
        QVERIFY(server.listenOnLoopback());

        QProcess client;
        QSignalSpy done(&client, &QProcess::finished);
        connect(&client, &QProcess::started, &client, &QProcess::closeWriteChannel);
        client.start(openssl,
                     {QStringLiteral("s_client"),
                      QStringLiteral("-connect"),
                      QStringLiteral("127.0.0.1:%1").arg(server.serverPort()),
                      QStringLiteral("-showcerts")});
        QVERIFY(done.wait(10000));
        const QByteArray out = client.readAllStandardOutput();
        QCOMPARE(out.count("-----BEGIN CERTIFICATE-----"), sent);
        QVERIFY(out.contains(options.identity.leaf().toPem().trimmed()));
    }

private:
    std::shared_ptr<const CertificateAuthority> m_ca;
};

QTEST_GUILESS_MAIN(TestCertificateFactory)
#include "TestCertificateFactory.moc"
