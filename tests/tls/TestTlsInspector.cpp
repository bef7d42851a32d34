#include "TlsTestServer.h"

#include "tls/CertificateFindings.h"
#include "tls/TlsInspector.h"

#include <QSignalSpy>
#include <QTest>

using namespace eas;
using namespace eas::tls;
using namespace std::chrono_literals;
using Outcome = TlsInspection::Outcome;

Q_DECLARE_METATYPE(eas::tls::LeafSpec)
Q_DECLARE_METATYPE(eas::tls::TlsVersion)

namespace {

QStringList idsOf(const Findings &findings)
{
    QStringList ids;
    for (const Finding &f : findings)
        ids.append(f.id);
    return ids;
}

QList<QSslError::SslError> errorCodes(const HandshakeRecord &record)
{
    QList<QSslError::SslError> codes;
    for (const QSslError &e : record.sslErrors)
        codes.append(e.error());
    return codes;
}

} // namespace

class TestTlsInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_ca = CertificateAuthority::create();
        QVERIFY(m_ca);
    }

    void validChainTrustedViaRoot()
    {
        test::TlsTestServer server(options({}));
        QVERIFY(server.listenOnLoopback());
        const TlsInspection in = inspect(server.serverPort());
        QCOMPARE(in.outcome, Outcome::Completed);
        const HandshakeRecord &h = in.handshake;
        QVERIFY(h.tcpConnected);
        QVERIFY(h.encrypted);
        QVERIFY(h.sslErrors.isEmpty());
        QVERIFY(h.tcpConnectMs >= 0);
        QVERIFY(h.handshakeMs >= 0);
        QCOMPARE(h.protocol, QSsl::TlsV1_3);
        QVERIFY(!h.cipher.isEmpty());
        QVERIFY(!in.wire.clientCertificateRequested);
        QVERIFY(in.wire.completed);
        QCOMPARE(in.wire.chainAsSent.size(), 2);
        QCOMPARE(in.wire.chainAsSent.at(1), m_ca->intermediate());
        QCOMPARE(in.acceptedVersions(), (QList<TlsVersion>{TlsVersion::Tls12, TlsVersion::Tls13}));
        QCOMPARE(in.dnsMs, 0);
        QCOMPARE(idsOf(analyze(in)), QStringList{"certificate-ok"});
        QCOMPARE(server.accepted(), 1 + 1 + 4); // main, wire and four scans
    }

    // QSslSocket::peerCertificateChain() against the OpenSSL record of what was sent.
    void chainAsSentIsWhatTheServerSent()
    {
        LeafSpec spec;
        spec.sendIntermediate = false;
        test::TlsTestServer server(options(spec));
        QVERIFY(server.listenOnLoopback());
        TlsInspectionRequest request = requestFor(server.serverPort());
        request.caCertificates.append(m_ca->intermediate()); // the client can fill the gap
        const TlsInspection in = inspectWith(request);
        QVERIFY(in.handshake.encrypted);
        QCOMPARE(in.wire.chainAsSent.size(), 1);
        // On Qt's OpenSSL backend QSslSocket too reports the sent certificates, not the verified
        // path (which here would be leaf, intermediate, root).
        QCOMPARE(in.handshake.peerChain, in.wire.chainAsSent);
        QCOMPARE(idsOf(analyze(in)), QStringList{"certificate-chain-incomplete"});
    }

    void certificateDefects_data()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QTest::addColumn<LeafSpec>("spec");
        QTest::addColumn<QSslError::SslError>("error");
        QTest::addColumn<QStringList>("ids");
        LeafSpec expired;
        expired.notBefore = now.addDays(-60);
        expired.notAfter = now.addDays(-2);
        QTest::newRow("expired") << expired << QSslError::CertificateExpired
                                 << QStringList{"certificate-expired"};
        LeafSpec future;
        future.notBefore = now.addDays(2);
        QTest::newRow("not yet valid") << future << QSslError::CertificateNotYetValid
                                       << QStringList{"certificate-not-yet-valid"};
        LeafSpec wrongName;
        wrongName.commonName = QStringLiteral("mail.contoso.test");
        wrongName.dnsNames = {QStringLiteral("mail.contoso.test")};
        wrongName.ipAddresses = {};
        QTest::newRow("wrong name")
            << wrongName << QSslError::HostNameMismatch << QStringList{"certificate-name-mismatch"};
        LeafSpec selfSigned;
        selfSigned.selfSigned = true;
        QTest::newRow("self-signed") << selfSigned << QSslError::SelfSignedCertificate
                                     << QStringList{"certificate-untrusted"};
        LeafSpec leafOnly;
        leafOnly.sendIntermediate = false;
        QTest::newRow("chain incomplete")
            << leafOnly << QSslError::UnableToGetLocalIssuerCertificate
            << QStringList{"certificate-chain-incomplete"};
    }

    void certificateDefects()
    {
        QFETCH(LeafSpec, spec);
        QFETCH(QSslError::SslError, error);
        QFETCH(QStringList, ids);
        test::TlsTestServer server(options(spec));
        QVERIFY(server.listenOnLoopback());
        const TlsInspection in = inspect(server.serverPort());
        QCOMPARE(in.outcome, Outcome::Completed);
        QVERIFY(in.handshake.handshakeCompleted);
        QVERIFY(!in.handshake.encrypted); // the errors were not ignored
        QVERIFY2(errorCodes(in.handshake).contains(error), qPrintable(in.handshake.errorString));
        const int sent = spec.selfSigned || !spec.sendIntermediate ? 1 : 2;
        QCOMPARE(in.wire.chainAsSent.size(), sent);
        QCOMPARE(in.handshake.peerChain.size(), sent);
        QVERIFY(in.handshake.protocol != QSsl::UnknownProtocol);
        QCOMPARE(idsOf(analyze(in)), ids);
    }

    void expiringSoonIsAWarning()
    {
        LeafSpec spec;
        spec.notAfter = QDateTime::currentDateTimeUtc().addDays(10).addSecs(600);
        test::TlsTestServer server(options(spec));
        QVERIFY(server.listenOnLoopback());
        const TlsInspection in = inspect(server.serverPort());
        QVERIFY(in.handshake.encrypted);
        const Findings found = analyze(in);
        QCOMPARE(idsOf(found), QStringList{"certificate-expiring-soon"});
        QCOMPARE(found.first().severity, Severity::Warn);
        QCOMPARE(found.first().evidence.value("daysLeft").toInt(), 10);
    }

    void trustAnyStillRecordsErrors()
    {
        LeafSpec selfSigned;
        selfSigned.selfSigned = true;
        test::TlsTestServer server(options(selfSigned));
        QVERIFY(server.listenOnLoopback());
        TlsInspectionRequest request = requestFor(server.serverPort());
        request.trustAnyCertificate = true;
        const TlsInspection in = inspectWith(request);
        QVERIFY(in.handshake.encrypted);
        QVERIFY(errorCodes(in.handshake).contains(QSslError::SelfSignedCertificate));
        const Findings found = analyze(in);
        QCOMPARE(idsOf(found), QStringList{"certificate-untrusted"});
        QCOMPARE(found.first().evidence.value("trustAnyCertificate").toBool(), true);
    }

    void versionScan_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QList<TlsVersion>>("accepted");
        QTest::addColumn<int>("negotiated");
        QTest::newRow("1.2 only") << int(QSsl::TlsV1_2) << QList<TlsVersion>{TlsVersion::Tls12}
                                  << int(QSsl::TlsV1_2);
        QTest::newRow("1.2 and 1.3")
            << int(QSsl::TlsV1_2OrLater) << QList<TlsVersion>{TlsVersion::Tls12, TlsVersion::Tls13}
            << int(QSsl::TlsV1_3);
        QTest::newRow("1.3 only") << int(QSsl::TlsV1_3) << QList<TlsVersion>{TlsVersion::Tls13}
                                  << int(QSsl::TlsV1_3);
    }

    void versionScan()
    {
        QFETCH(int, protocol);
        QFETCH(QList<TlsVersion>, accepted);
        QFETCH(int, negotiated);
        test::TlsTestServer::Options opts = options({});
        opts.protocol = QSsl::SslProtocol(protocol);
        test::TlsTestServer server(opts);
        QVERIFY(server.listenOnLoopback());
        const TlsInspection in = inspect(server.serverPort());
        QCOMPARE(in.scan.size(), 4);
        QCOMPARE(in.acceptedVersions(), accepted);
        QCOMPARE(int(in.handshake.protocol), negotiated);
        QCOMPARE(idsOf(analyze(in)), QStringList{"certificate-ok"});
    }

    void outdatedOnlyServer()
    {
        test::TlsTestServer server(test::TlsTestServer::outdatedOnly(m_ca->issue({})));
        QVERIFY(server.listenOnLoopback());
        const TlsInspection in = inspect(server.serverPort());
        QCOMPARE(in.acceptedVersions(), (QList<TlsVersion>{TlsVersion::Tls10, TlsVersion::Tls11}));
        QVERIFY(!in.handshake.encrypted);
        QVERIFY(in.handshake.peerChain.isEmpty());
        QCOMPARE(in.certificateSource().peerChain.size(), 2); // seen by the TLS 1.1 scan
        QCOMPARE(in.wire.protocol, QStringLiteral("TLSv1.1"));
        QCOMPARE(in.chainAsSent().size(), 2);
        const Findings found = analyze(in);
        QCOMPARE(idsOf(found), (QStringList{"tls-protocol-outdated", "tls-handshake-failed"}));
        QCOMPARE(found.first().evidence.value("tlsVersions").toStringList(),
                 (QStringList{QStringLiteral("TLS 1.0"), QStringLiteral("TLS 1.1")}));
    }

    void clientCertificateRequested()
    {
        test::TlsTestServer::Options opts = options({});
        opts.clientCertificate = QSslSocket::QueryPeer;
        test::TlsTestServer server(opts);
        QVERIFY(server.listenOnLoopback());
        const TlsInspection in = inspect(server.serverPort());
        QVERIFY(in.handshake.encrypted);
        QVERIFY(in.wire.clientCertificateRequested);
        QCOMPARE(idsOf(analyze(in)),
                 (QStringList{"certificate-ok", "tls-client-certificate-requested"}));
    }

    void clientCertificateRequired()
    {
        test::TlsTestServer::Options opts = options({});
        opts.clientCertificate = QSslSocket::VerifyPeer;
        opts.protocol = QSsl::TlsV1_2;
        test::TlsTestServer server(opts);
        QVERIFY(server.listenOnLoopback());
        const TlsInspection in = inspect(server.serverPort());
        QVERIFY(!in.handshake.encrypted);
        QVERIFY(in.wire.clientCertificateRequested);
        QCOMPARE(in.wire.chainAsSent.size(), 2); // sent before the server gave up on us
        const Findings found = analyze(in);
        QVERIFY(idsOf(found).contains(QStringLiteral("tls-handshake-failed")));
        QVERIFY(found.first().detail.contains(QStringLiteral("ClientCertAuth")));
    }

    void hostNameIsResolved()
    {
        test::TlsTestServer server(options({}));
        QVERIFY(server.listenOnLoopback());
        TlsInspectionRequest request = requestFor(server.serverPort());
        request.host = QStringLiteral("localhost");
        request.scanVersions = false;
        const TlsInspection in = inspectWith(request);
        QCOMPARE(in.peerName, QStringLiteral("localhost"));
        QCOMPARE(in.address, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(in.dnsMs >= 0);
        QVERIFY(in.handshake.encrypted);
        QVERIFY(in.scan.isEmpty());
        QVERIFY(in.wire.completed);
    }

    void mainConnectionOnly()
    {
        test::TlsTestServer server(options({}));
        QVERIFY(server.listenOnLoopback());
        TlsInspectionRequest request = requestFor(server.serverPort());
        request.scanVersions = false;
        request.inspectWire = false;
        const TlsInspection in = inspectWith(request);
        QCOMPARE(in.outcome, Outcome::Completed);
        QVERIFY(in.handshake.encrypted);
        QVERIFY(in.scan.isEmpty());
        QVERIFY(!in.wire.completed);
        QCOMPARE(in.chainAsSent(), in.handshake.peerChain);
        QCOMPARE(server.accepted(), 1);
    }

    void closedPortEndsAtOnce()
    {
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost, 0));
        const quint16 port = reserve.serverPort();
        reserve.close();
        TlsInspector inspector(requestFor(port));
        inspector.setTimeout(5s);
        QSignalSpy done(&inspector, &TlsInspector::finished);
        inspector.start();
        QVERIFY(done.wait(4000));
        QCOMPARE(inspector.result().outcome, Outcome::ConnectionFailed);
        QCOMPARE(inspector.result().handshake.socketError, QAbstractSocket::ConnectionRefusedError);
        QVERIFY(!CertificateFindings::reachedTls(inspector.result()));
    }

    void hangingServerEndsWithinTheTimeout()
    {
        test::TlsTestServer::Options opts = options({});
        opts.hang = true;
        test::TlsTestServer server(opts);
        QVERIFY(server.listenOnLoopback());
        TlsInspector inspector(requestFor(server.serverPort()));
        inspector.setTimeout(300ms);
        QSignalSpy done(&inspector, &TlsInspector::finished);
        inspector.start();
        QVERIFY(done.wait(3000));
        const TlsInspection &in = inspector.result();
        QCOMPARE(in.outcome, Outcome::TimedOut);
        QVERIFY(in.handshake.tcpConnected);
        QVERIFY(!in.handshake.handshakeCompleted);
        QVERIFY(in.durationMs >= 250);
        QVERIFY(!CertificateFindings::reachedTls(in));
        QCOMPARE(done.count(), 1);
    }

    void cancelMidFlightEndsOnce()
    {
        test::TlsTestServer::Options opts = options({});
        opts.hang = true;
        test::TlsTestServer server(opts);
        QVERIFY(server.listenOnLoopback());
        TlsInspector inspector(requestFor(server.serverPort()));
        QSignalSpy done(&inspector, &TlsInspector::finished);
        inspector.start();
        QTRY_COMPARE(server.accepted(), 1);
        inspector.cancel();
        QCOMPARE(done.count(), 1);
        QCOMPARE(inspector.result().outcome, Outcome::Cancelled);
        inspector.cancel();
        inspector.start();
        QVERIFY(!inspector.isRunning());
        // Run another inspection to completion: the cancelled one must stay quiet meanwhile.
        test::TlsTestServer other(options({}));
        QVERIFY(other.listenOnLoopback());
        QCOMPARE(inspect(other.serverPort()).outcome, Outcome::Completed);
        QCOMPARE(done.count(), 1);
        QCOMPARE(server.accepted(), 1);
    }

    void secondStartDoesNothing()
    {
        test::TlsTestServer server(options({}));
        QVERIFY(server.listenOnLoopback());
        TlsInspector inspector(requestFor(server.serverPort()));
        QSignalSpy done(&inspector, &TlsInspector::finished);
        inspector.start();
        inspector.start();
        QVERIFY(done.wait(5000));
        inspector.start();
        inspector.cancel();
        QVERIFY(inspector.isFinished());
        test::TlsTestServer other(options({}));
        QVERIFY(other.listenOnLoopback());
        inspect(other.serverPort());
        QCOMPARE(done.count(), 1);
        QCOMPARE(server.accepted(), 6); // main, wire and four scans, once
        QCOMPARE(inspector.result().outcome, Outcome::Completed);
    }

private:
    test::TlsTestServer::Options options(const LeafSpec &spec) const
    {
        test::TlsTestServer::Options opts;
        opts.identity = m_ca->issue(spec);
        return opts;
    }

    TlsInspectionRequest requestFor(quint16 port) const
    {
        TlsInspectionRequest request;
        request.host = QStringLiteral("127.0.0.1");
        request.port = port;
        request.caCertificates = {m_ca->root()};
        return request;
    }

    TlsInspection inspectWith(const TlsInspectionRequest &request)
    {
        TlsInspector inspector(request);
        inspector.setTimeout(10s);
        QSignalSpy done(&inspector, &TlsInspector::finished);
        inspector.start();
        if (!done.wait(15000))
            qWarning("inspection did not end");
        return inspector.result();
    }

    TlsInspection inspect(quint16 port) { return inspectWith(requestFor(port)); }

    Findings analyze(const TlsInspection &in) const
    {
        return CertificateFindings::analyze(in, {m_ca->root()}, QDateTime::currentDateTimeUtc());
    }

    std::shared_ptr<const CertificateAuthority> m_ca;
};

QTEST_GUILESS_MAIN(TestTlsInspector)
#include "TestTlsInspector.moc"
