#include "SimFixture.h"

#include "steps/UserStatusProbe.h"

#include <QSignalSpy>
#include <QTest>

using namespace eas;
using namespace eas::test;
using namespace std::chrono_literals;

class TestUserStatusProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mailboxStates_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<int>("severity");
        QTest::newRow("healthy") << "healthy"
                                 << "mailbox-syncs" << int(Severity::Pass);
        QTest::newRow("needs-provision") << "needs-provision"
                                         << "provisioning-required" << int(Severity::Info);
        QTest::newRow("wrong-password") << "wrong-password"
                                        << "credentials-rejected" << int(Severity::Fail);
        QTest::newRow("basic off") << "basic-auth-disabled"
                                   << "login-not-possible" << int(Severity::Info);
        QTest::newRow("disabled") << "activesync-disabled"
                                  << "activesync-disabled" << int(Severity::Fail);
        QTest::newRow("blocked") << "device-blocked"
                                 << "device-blocked" << int(Severity::Fail);
        QTest::newRow("denied") << "provision-denied"
                                << "provisioning-failed" << int(Severity::Fail);
        QTest::newRow("max devices") << "max-devices"
                                     << "max-devices-reached" << int(Severity::Fail);
        QTest::newRow("throttled") << "throttled"
                                   << "throttled" << int(Severity::Fail);
        QTest::newRow("vdir missing") << "vdir-missing"
                                      << "mailbox-state-unknown" << int(Severity::Skip);
    }
    void mailboxStates()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, finding);
        QFETCH(int, severity);
        SimFixture sim(scenario);
        UserStatusProbe probe(sim.context());
        const ProbeResult r = SimFixture::run(probe);
        const Finding *f = SimFixture::find(r, finding);
        QVERIFY2(f, qPrintable(finding));
        QCOMPARE(int(f->severity), severity);
        QVERIFY(!f->detail.isEmpty());
        if (scenario == QLatin1String("healthy"))
            QVERIFY(SimFixture::find(r, "policy-downloaded"));
    }

    void bodyStatusBeatsBare403()
    {
        // device-blocked: 14.1 says Status 129, 12.1 says a bare 403; the 403 must not become
        // activesync-disabled.
        SimFixture sim(QStringLiteral("device-blocked"));
        UserStatusProbe probe(sim.context());
        const ProbeResult r = SimFixture::run(probe);
        QVERIFY(SimFixture::find(r, "device-blocked"));
        QVERIFY(!SimFixture::find(r, "activesync-disabled"));
    }

    void provisionFullAcknowledges()
    {
        SimFixture sim(QStringLiteral("needs-provision"));
        sim.target.provisionFull = true;
        UserStatusProbe probe(sim.context());
        const ProbeResult r = SimFixture::run(probe);
        QVERIFY(SimFixture::find(r, "mailbox-syncs"));
        QCOMPARE(r.status, Severity::Pass);
    }

    void withoutCredentialsSkips()
    {
        SimFixture sim(QStringLiteral("healthy"));
        sim.target.noCredentials = true;
        UserStatusProbe probe(sim.context());
        const ProbeResult r = SimFixture::run(probe);
        QCOMPARE(r.status, Severity::Skip);
        QVERIFY(SimFixture::find(r, "needs-credentials"));
    }

    void timeoutAndCancel() { SimFixture::verifyTimeoutAndCancel<UserStatusProbe>(); }
};

QTEST_GUILESS_MAIN(TestUserStatusProbe)
#include "TestUserStatusProbe.moc"
