#include "TlsTestServer.h"

#include "core/Steps.h"
#include "steps/CertificateProbe.h"
#include "tls/CertificateFactory.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace eas;
using namespace std::chrono_literals;

namespace {

QStringList idsOf(const ProbeResult &result)
{
    QStringList ids;
    for (const Finding &f : result.findings)
        ids.append(f.id);
    return ids;
}

QUrl urlFor(quint16 port, const QString &scheme = QStringLiteral("https"))
{
    return QUrl(
        QStringLiteral("%1://127.0.0.1:%2/Microsoft-Server-ActiveSync").arg(scheme).arg(port));
}

} // namespace

Q_DECLARE_METATYPE(eas::tls::LeafSpec)

class TestCertificateProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_ca = tls::CertificateAuthority::create();
        QVERIFY(m_ca);
        QVERIFY(m_dir.isValid());
        m_caFile = m_dir.filePath(QStringLiteral("root.pem"));
        QFile file(m_caFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_ca->root().toPem());
    }

    void validCertificatePasses()
    {
        auto server = serve({});
        CertificateProbe probe(targetFor(server->serverPort()));
        const ProbeResult r = run(probe);
        QCOMPARE(r.status, Severity::Pass);
        QCOMPARE(idsOf(r), QStringList{"certificate-ok"});
        const Finding &ok = r.findings.first();
        QCOMPARE(ok.step, steps::Certificate);
        QCOMPARE(ok.evidence.value("port").toInt(), server->serverPort());
        QCOMPARE(ok.evidence.value("chainAsSent").toStringList().size(), 2);
        QCOMPARE(ok.evidence.value("tlsVersions").toStringList(),
                 (QStringList{QStringLiteral("TLS 1.2"), QStringLiteral("TLS 1.3")}));
        QCOMPARE(ok.evidence.value("thumbprint").toString().size(), 40);
    }

    void certificateDefects_data()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QTest::addColumn<tls::LeafSpec>("spec");
        QTest::addColumn<QString>("id");
        QTest::addColumn<Severity>("status");
        tls::LeafSpec expired;
        expired.notBefore = now.addDays(-90);
        expired.notAfter = now.addDays(-1);
        QTest::newRow("expired") << expired << "certificate-expired" << Severity::Fail;
        tls::LeafSpec future;
        future.notBefore = now.addDays(1);
        QTest::newRow("not yet valid") << future << "certificate-not-yet-valid" << Severity::Fail;
        tls::LeafSpec wrongName;
        wrongName.commonName = QStringLiteral("mail.contoso.test");
        wrongName.dnsNames = {QStringLiteral("mail.contoso.test")};
        wrongName.ipAddresses = {};
        QTest::newRow("wrong name") << wrongName << "certificate-name-mismatch" << Severity::Fail;
        tls::LeafSpec selfSigned;
        selfSigned.selfSigned = true;
        QTest::newRow("self-signed") << selfSigned << "certificate-untrusted" << Severity::Fail;
        tls::LeafSpec leafOnly;
        leafOnly.sendIntermediate = false;
        QTest::newRow("chain incomplete")
            << leafOnly << "certificate-chain-incomplete" << Severity::Fail;
        tls::LeafSpec expiring;
        expiring.notAfter = now.addDays(10);
        QTest::newRow("expiring soon") << expiring << "certificate-expiring-soon" << Severity::Warn;
    }

    void certificateDefects()
    {
        QFETCH(tls::LeafSpec, spec);
        QFETCH(QString, id);
        QFETCH(Severity, status);
        auto server = serve(spec);
        CertificateProbe probe(targetFor(server->serverPort()));
        const ProbeResult r = run(probe);
        QCOMPARE(idsOf(r), QStringList{id}); // one fault, one finding: never also untrusted
        QCOMPARE(r.status, status);
        QVERIFY(r.findings.first().detail.size() > 80);
    }

    void trustAnyStillReports()
    {
        tls::LeafSpec selfSigned;
        selfSigned.selfSigned = true;
        auto server = serve(selfSigned);
        DiagnosisTarget target = targetFor(server->serverPort());
        target.trustAnyCertificate = true;
        CertificateProbe probe(target);
        const ProbeResult r = run(probe);
        QCOMPARE(idsOf(r), QStringList{"certificate-untrusted"});
        QCOMPARE(r.findings.first().evidence.value("trustAnyCertificate").toBool(), true);
    }

    void internalUrlIsCheckedToo()
    {
        tls::LeafSpec expired;
        expired.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
        auto external = serve({});
        auto internal = serve(expired);
        DiagnosisTarget target = targetFor(external->serverPort());
        target.internalUrl = urlFor(internal->serverPort());
        CertificateProbe probe(target);
        const ProbeResult r = run(probe);
        QCOMPARE(r.status, Severity::Fail);
        QVERIFY(idsOf(r).contains(QStringLiteral("certificate-ok")));
        QVERIFY(idsOf(r).contains(QStringLiteral("certificate-expired")));
        for (const Finding &f : r.findings) {
            const int port = f.id == QLatin1String("certificate-ok") ? external->serverPort()
                                                                     : internal->serverPort();
            QCOMPARE(f.evidence.value("port").toInt(), port);
        }
    }

    void sameEndpointIsCheckedOnce()
    {
        auto server = serve({});
        DiagnosisTarget target = targetFor(server->serverPort());
        target.internalUrl
            = QUrl(QStringLiteral("https://127.0.0.1:%1/other").arg(server->serverPort()));
        CertificateProbe probe(target);
        QCOMPARE(idsOf(run(probe)), QStringList{"certificate-ok"});
        QCOMPARE(server->accepted(), 6); // main, wire and four scans
    }

    void urlsFromAutodiscover()
    {
        auto server = serve({});
        DiagnosisTarget target = targetFor(0);
        target.url.clear();
        CertificateProbe probe(target);
        QVERIFY(probe.urls().isEmpty());
        probe.setUrls({urlFor(server->serverPort())});
        QCOMPARE(idsOf(run(probe)), QStringList{"certificate-ok"});
        probe.setUrls({});
        QCOMPARE(probe.urls().size(), 1); // ignored once started
    }

    void nothingToCheckIsSkipped_data()
    {
        QTest::addColumn<QList<QUrl>>("urls");
        QTest::newRow("no URL") << QList<QUrl>();
        QTest::newRow("cleartext only") << QList<QUrl>{urlFor(80, QStringLiteral("http"))};
    }

    void nothingToCheckIsSkipped()
    {
        QFETCH(QList<QUrl>, urls);
        CertificateProbe probe(targetFor(0));
        probe.setUrls(urls);
        const ProbeResult r = run(probe);
        QCOMPARE(r.status, Severity::Skip);
        QCOMPARE(idsOf(r), QStringList{"certificate-not-checked"});
    }

    void closedPortIsLeftToConnectivity()
    {
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost, 0));
        const quint16 port = reserve.serverPort();
        reserve.close();
        CertificateProbe probe(targetFor(port));
        const ProbeResult r = run(probe);
        QCOMPARE(r.status, Severity::Skip);
        QCOMPARE(idsOf(r), QStringList{"certificate-not-checked"});
        QVERIFY(r.findings.first().detail.contains(QStringLiteral("Connectivity")));
    }

    void hangingServerEndsWithinTheTimeout()
    {
        test::TlsTestServer::Options options;
        options.hang = true;
        test::TlsTestServer server(options);
        QVERIFY(server.listenOnLoopback());
        DiagnosisTarget target = targetFor(server.serverPort());
        target.stepTimeout = 1000ms; // the inspection gives up after 750 ms
        CertificateProbe probe(target);
        QSignalSpy done(&probe, &Probe::finished);
        probe.start();
        QVERIFY(done.wait(3000));
        const ProbeResult r = probe.result();
        QCOMPARE(r.status, Severity::Skip);
        QCOMPARE(idsOf(r), QStringList{"certificate-not-checked"});
        QVERIFY(r.durationMs >= 700); // ended by the inspection, not the hard timeout
        QCOMPARE(done.count(), 1);
    }

    void cancelMidFlightEndsOnce()
    {
        test::TlsTestServer::Options options;
        options.hang = true;
        test::TlsTestServer server(options);
        QVERIFY(server.listenOnLoopback());
        CertificateProbe probe(targetFor(server.serverPort()));
        QSignalSpy done(&probe, &Probe::finished);
        probe.start();
        QTRY_COMPARE(server.accepted(), 1);
        probe.cancel(QStringLiteral("user pressed cancel"));
        probe.cancel();
        probe.start();
        QCOMPARE(done.count(), 1);
        QCOMPARE(probe.result().status, Severity::Skip);
        QCOMPARE(idsOf(probe.result()), QStringList{"step-cancelled"});
        // Another probe runs to its end; the cancelled one stays quiet meanwhile.
        auto other = serve({});
        CertificateProbe second(targetFor(other->serverPort()));
        QCOMPARE(run(second).status, Severity::Pass);
        QCOMPARE(done.count(), 1);
        QCOMPARE(server.accepted(), 1);
    }

    void secondStartDoesNothing()
    {
        auto server = serve({});
        CertificateProbe probe(targetFor(server->serverPort()));
        QCOMPARE(run(probe).status, Severity::Pass);
        QSignalSpy again(&probe, &Probe::finished);
        probe.start();
        probe.cancel();
        // Another probe runs to its end meanwhile: the first stays finished and quiet.
        auto other = serve({});
        CertificateProbe second(targetFor(other->serverPort()));
        QCOMPARE(run(second).status, Severity::Pass);
        QCOMPARE(again.count(), 0);
        QCOMPARE(probe.result().status, Severity::Pass);
        QCOMPARE(server->accepted(), 6);
    }

private:
    std::unique_ptr<test::TlsTestServer> serve(const tls::LeafSpec &spec)
    {
        test::TlsTestServer::Options options;
        options.identity = m_ca->issue(spec);
        auto server = std::make_unique<test::TlsTestServer>(options);
        if (!server->listenOnLoopback())
            qWarning("test server could not listen");
        return server;
    }

    DiagnosisTarget targetFor(quint16 port) const
    {
        DiagnosisTarget target;
        target.email = QStringLiteral("user@contoso.test");
        target.url = urlFor(port);
        target.caFiles = {m_caFile};
        target.stepTimeout = 10s;
        return target;
    }

    ProbeResult run(CertificateProbe &probe)
    {
        QSignalSpy done(&probe, &Probe::finished);
        probe.start();
        if (!done.wait(15000))
            qWarning("probe did not finish");
        return probe.result();
    }

    std::shared_ptr<const tls::CertificateAuthority> m_ca;
    QTemporaryDir m_dir;
    QString m_caFile;
};

QTEST_GUILESS_MAIN(TestCertificateProbe)
#include "TestCertificateProbe.moc"
