#include "SimFixture.h"

#include "steps/ConnectivityProbe.h"

#include <QSignalSpy>
#include <QTest>

using namespace eas;
using namespace eas::test;
using namespace std::chrono_literals;

class TestConnectivityProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyPathWithTimings()
    {
        SimFixture sim(QStringLiteral("healthy"));
        auto ctx = sim.context();
        ConnectivityProbe probe(ctx);
        const ProbeResult r = SimFixture::run(probe);
        QCOMPARE(r.status, Severity::Pass);
        const Finding *ok = SimFixture::find(r, "connectivity-ok");
        QVERIFY(ok);
        for (const char *key : {"dnsMs",
                                "tcpConnectMs",
                                "tlsHandshakeMs",
                                "optionsFirstByteMs",
                                "optionsTotalMs",
                                "folderSyncFirstByteMs",
                                "folderSyncTotalMs"})
            QVERIFY2(ok->evidence.value(key).toLongLong() >= 0, key);
        QCOMPARE(ok->evidence.value("folderSyncStatus").toInt(), 1);
        QCOMPARE(ctx->protocolVersion, QStringLiteral("16.1"));
    }

    void autodiscoverFindsEndpoint()
    {
        SimFixture sim(QStringLiteral("autodiscover-ok"));
        auto ctx = sim.context();
        QVERIFY(ctx->endpoint.isEmpty());
        ConnectivityProbe probe(ctx);
        const ProbeResult r = SimFixture::run(probe);
        QVERIFY(SimFixture::find(r, "autodiscover-found"));
        QCOMPARE(ctx->endpoint, sim.exchange.activeSyncUrl());
        QCOMPARE(r.status, Severity::Pass);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("finding");
        QTest::newRow("unsafe redirect") << "autodiscover-unsafe-redirect"
                                         << "autodiscover-unsafe-redirect";
        QTest::newRow("reset") << "reset-mid-response"
                               << "connection-reset";
        QTest::newRow("huge body") << "huge-body"
                                   << "response-too-large";
        QTest::newRow("bad wbxml") << "bad-wbxml"
                                   << "malformed-response";
        QTest::newRow("expired certificate") << "cert-expired"
                                             << "tls-handshake-failed";
        QTest::newRow("451") << "redirect-451"
                             << "redirected-to-other-server";
    }
    void failures()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, finding);
        SimFixture sim(scenario);
        ConnectivityProbe probe(sim.context());
        const ProbeResult r = SimFixture::run(probe);
        QVERIFY2(SimFixture::find(r, finding), qPrintable(finding));
        QVERIFY(!SimFixture::find(r, "connectivity-ok")
                || finding == QLatin1String("redirected-to-other-server"));
    }

    void cleartextUrlSendsNothing()
    {
        SimFixture sim(QStringLiteral("healthy"));
        sim.target.url.setScheme("http");
        ConnectivityProbe probe(sim.context());
        const ProbeResult r = SimFixture::run(probe);
        QVERIFY(SimFixture::find(r, "cleartext-endpoint"));
    }

    void refusedPort()
    {
        SimFixture sim(QStringLiteral("healthy"));
        sim.target.url.setPort(1);
        ConnectivityProbe probe(sim.context());
        QVERIFY(SimFixture::find(SimFixture::run(probe), "tcp-connect-failed"));
    }

    void hangingServerTimesOut()
    {
        SimFixture sim(QStringLiteral("no-response"), 800ms);
        ConnectivityProbe probe(sim.context());
        probe.setTimeout(800ms);
        const ProbeResult r = SimFixture::run(probe, 5000);
        QCOMPARE(r.status, Severity::Fail);
        QVERIFY(SimFixture::find(r, "connection-timeout"));
    }

    void cancelMidFlightAndTwice()
    {
        SimFixture sim(QStringLiteral("no-response"));
        ConnectivityProbe probe(sim.context());
        QSignalSpy done(&probe, &Probe::finished);
        probe.start();
        QTest::qWait(200);
        probe.cancel();
        probe.cancel();
        probe.start();
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().first().value<ProbeResult>().status, Severity::Skip);
    }
};

QTEST_GUILESS_MAIN(TestConnectivityProbe)
#include "TestConnectivityProbe.moc"
