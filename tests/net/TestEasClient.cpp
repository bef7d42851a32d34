#include "SimFixture.h"

#include "net/EasClient.h"
#include "net/EasRequests.h"

#include <QSignalSpy>
#include <QTest>

using namespace eas;
using namespace eas::net;
using namespace eas::test;

namespace {

struct Session
{
    explicit Session(const QString &scenario)
        : sim(scenario)
        , client(&sim.nam, sim.target, sim.credentials, EasClient::tlsPolicyFor(sim.target))
    {
    }
    EasResponse wait(EasCall *call)
    {
        QSignalSpy done(call, &EasCall::finished);
        call->start();
        if (!done.wait(10000))
            return {};
        return done.first().first().value<EasResponse>();
    }
    EasResponse options(AuthMode auth = AuthMode::Basic)
    {
        return wait(client.options(sim.target.url, auth, &owner));
    }
    EasResponse command(const QString &cmd,
                        const QString &version,
                        const QByteArray &body,
                        std::optional<quint32> key = std::nullopt)
    {
        return wait(
            client.command(sim.target.url, cmd, version, body, AuthMode::Basic, &owner, key));
    }
    EasResponse folderSync(const QString &version, std::optional<quint32> key = std::nullopt)
    {
        return command(QStringLiteral("FolderSync"), version, EasRequests::folderSync(), key);
    }
    EasResponse provision(const QString &version, std::optional<quint32> ack = std::nullopt)
    {
        return command(QStringLiteral("Provision"),
                       version,
                       EasRequests::provision(version, sim.target.device, ack),
                       ack);
    }
    SimFixture sim;
    EasClient client;
    QObject owner;
};

} // namespace

class TestEasClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<EasResponse>(); }

    void healthyOptionsAndFolderSync()
    {
        Session s(QStringLiteral("healthy"));
        QVERIFY(s.sim.ok());
        const EasResponse anon = s.options(AuthMode::None);
        QCOMPARE(anon.transport, Transport::Ok);
        QCOMPARE(anon.httpStatus, 401);
        QCOMPARE(anon.authSchemes, QStringList{"Basic"});
        QCOMPARE(anon.server, QStringLiteral("Microsoft-IIS/10.0"));
        const EasResponse opt = s.options();
        QCOMPARE(opt.httpStatus, 200);
        QVERIFY(opt.protocolVersions.contains("16.1"));
        QVERIFY(opt.protocolCommands.contains("FolderSync"));
        QCOMPARE(EasClient::chooseVersion(opt.protocolVersions), QStringLiteral("16.1"));
        QCOMPARE(opt.feServer, QStringLiteral("EXSIM01"));
        QVERIFY(!opt.requestId.isEmpty());
        QVERIFY(opt.firstByteMs >= 0 && opt.totalMs >= opt.firstByteMs);
        QVERIFY(!opt.peerChain.isEmpty());
        const EasResponse fs = s.folderSync("14.1");
        QCOMPARE(fs.httpStatus, 200);
        QCOMPARE(fs.status, 1);
        QVERIFY(fs.document.has_value());
        QCOMPARE(fs.document->textAt(u"Changes/Count"), QStringLiteral("6"));
    }

    void provisionPhasesAndPolicyKey()
    {
        Session s(QStringLiteral("needs-provision"));
        EasResponse fs = s.folderSync("14.1");
        QCOMPARE(fs.status, 142);
        QCOMPARE(s.folderSync("12.1").httpStatus, 449);
        const EasResponse p1 = s.provision("14.1");
        QCOMPARE(p1.status, 1);
        QCOMPARE(p1.policyStatus, 1);
        QVERIFY(p1.policyKey.has_value());
        QVERIFY(p1.document->find(u"Policies/Policy/Data/EASProvisionDoc"));
        const EasResponse p2 = s.provision("14.1", *p1.policyKey);
        QCOMPARE(p2.status, 1);
        QVERIFY(p2.policyKey && *p2.policyKey != *p1.policyKey);
        QCOMPARE(s.folderSync("14.1", p2.policyKey).status, 1);
    }

    void scenarioClassification_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("http");
        QTest::addColumn<int>("status"); // -1 = none
        QTest::addColumn<QString>("throttle");
        QTest::newRow("wrong-password") << "wrong-password"
                                        << "14.1" << 401 << -1 << "";
        QTest::newRow("basic-auth-disabled") << "basic-auth-disabled"
                                             << "14.1" << 401 << -1 << "";
        QTest::newRow("activesync-disabled 14.1") << "activesync-disabled"
                                                  << "14.1" << 200 << 126 << "";
        QTest::newRow("activesync-disabled 12.1") << "activesync-disabled"
                                                  << "12.1" << 403 << -1 << "";
        QTest::newRow("device-blocked 14.1") << "device-blocked"
                                             << "14.1" << 200 << 129 << "Individual";
        QTest::newRow("device-blocked 12.1") << "device-blocked"
                                             << "12.1" << 403 << -1 << "Individual";
        QTest::newRow("max-devices") << "max-devices"
                                     << "16.1" << 200 << 177 << "";
        QTest::newRow("throttled") << "throttled"
                                   << "14.1" << 503 << -1 << "CommandFrequency";
        QTest::newRow("vdir-missing") << "vdir-missing"
                                      << "14.1" << 404 << -1 << "";
        QTest::newRow("vdir-broken") << "vdir-broken"
                                     << "14.1" << 500 << -1 << "";
        QTest::newRow("redirect-451") << "redirect-451"
                                      << "14.1" << 451 << -1 << "";
    }
    void scenarioClassification()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, version);
        QFETCH(int, http);
        QFETCH(int, status);
        QFETCH(QString, throttle);
        Session s(scenario);
        const EasResponse r = s.folderSync(version);
        QCOMPARE(r.transport, Transport::Ok);
        QCOMPARE(r.httpStatus, http);
        QCOMPARE(r.status.value_or(-1), status);
        QCOMPARE(r.throttle, throttle);
        if (scenario == QLatin1String("throttled"))
            QCOMPARE(r.retryAfterSeconds.value_or(-1), 60);
        if (scenario == QLatin1String("redirect-451"))
            QVERIFY(r.location.toString().startsWith("https://mail2.contoso.test/"));
        if (scenario == QLatin1String("basic-auth-disabled"))
            QCOMPARE(r.authSchemes, (QStringList{"Negotiate", "NTLM"}));
    }

    void provisionDenied()
    {
        Session s(QStringLiteral("provision-denied"));
        QCOMPARE(s.provision("14.1").status, 139);
        QCOMPARE(s.provision("12.1").httpStatus, 403);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("transport");
        QTest::newRow("no-response") << "no-response" << int(Transport::Timeout);
        QTest::newRow("slow-drip") << "slow-drip" << int(Transport::Timeout);
        QTest::newRow("reset-mid-response") << "reset-mid-response" << int(Transport::Reset);
        QTest::newRow("huge-body") << "huge-body" << int(Transport::TooLarge);
    }
    void faults()
    {
        QFETCH(QString, scenario);
        QFETCH(int, transport);
        Session s(scenario);
        s.sim.target.stepTimeout = std::chrono::milliseconds(1500);
        EasClient client(
            &s.sim.nam, s.sim.target, s.sim.credentials, EasClient::tlsPolicyFor(s.sim.target));
        QElapsedTimer clock;
        clock.start();
        const EasResponse r = s.wait(client.command(s.sim.target.url,
                                                    "FolderSync",
                                                    "14.1",
                                                    EasRequests::folderSync(),
                                                    AuthMode::Basic,
                                                    &s.owner));
        QCOMPARE(int(r.transport), transport);
        QVERIFY2(clock.elapsed() < 5000, "a hanging server must end within the limit");
        if (r.transport == Transport::TooLarge)
            QCOMPARE(r.body.size(), 4 * 1024 * 1024);
    }

    void badWbxmlIsDecodeErrorWithOffset()
    {
        Session s(QStringLiteral("bad-wbxml"));
        const EasResponse r = s.folderSync("14.1");
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(r.decodeError.has_value());
        QVERIFY(r.decodeError->offset > 4);
        QVERIFY(!r.status.has_value());
    }

    void untrustedCertificateSendsNothing()
    {
        Session s(QStringLiteral("cert-self-signed"));
        const EasResponse r = s.options();
        QCOMPARE(r.transport, Transport::TlsFailed);
        QVERIFY(!r.sslErrors.isEmpty());
        QCOMPARE(r.httpStatus, 0);
    }

    void trustAnyGoesOnAndSaysSo()
    {
        Session s(QStringLiteral("cert-self-signed"));
        s.sim.target.trustAnyCertificate = true;
        EasClient client(
            &s.sim.nam, s.sim.target, s.sim.credentials, EasClient::tlsPolicyFor(s.sim.target));
        const EasResponse r = s.wait(client.options(s.sim.target.url, AuthMode::Basic, &s.owner));
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(r.sslErrorsIgnored);
        QVERIFY(!r.sslErrors.isEmpty());
    }

    void neverCredentialsOverHttp()
    {
        Session s(QStringLiteral("healthy"));
        QUrl http = s.sim.target.url;
        http.setScheme("http");
        const EasResponse r = s.wait(s.client.options(http, AuthMode::Basic, &s.owner));
        QCOMPARE(r.transport, Transport::Cleartext);
    }

    void cancelAndDoubleStart()
    {
        Session s(QStringLiteral("no-response"));
        EasCall *call = s.client.options(s.sim.target.url, AuthMode::Basic, &s.owner);
        QSignalSpy done(call, &EasCall::finished);
        call->start();
        call->start();
        QTest::qWait(100);
        call->abort();
        call->abort();
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().first().value<EasResponse>().transport, Transport::Cancelled);
    }

    void queryFormAndHeaders()
    {
        Session s(QStringLiteral("healthy"));
        DiagnosisTarget t = s.sim.target;
        t.user = QStringLiteral("CONTOSO\\jdoe");
        EasClient c(&s.sim.nam, t, s.sim.credentials, {});
        const QUrl url = c.commandUrl(t.url, QStringLiteral("FolderSync"));
        QCOMPARE(url.query(QUrl::FullyEncoded),
                 QStringLiteral("Cmd=FolderSync&User=CONTOSO%5Cjdoe&DeviceId=EasDoctor0000001&"
                                "DeviceType=EasDoctor"));
        QCOMPARE(EasClient::chooseVersion({"2.5", "12.0", "12.1"}), QStringLiteral("12.1"));
        QCOMPARE(EasClient::chooseVersion({"1.0"}), QString());
    }
};

QTEST_GUILESS_MAIN(TestEasClient)
#include "TestEasClient.moc"
