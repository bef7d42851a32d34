#include "SimFixture.h"

#include "steps/ThrottlingProbe.h"

#include <QSignalSpy>
#include <QTest>

using namespace eas;
using namespace eas::test;
using namespace std::chrono_literals;

class TestThrottlingProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyIsNotThrottled()
    {
        SimFixture sim(QStringLiteral("healthy"));
        ThrottlingProbe probe(sim.context());
        const ProbeResult r = SimFixture::run(probe);
        QCOMPARE(r.status, Severity::Pass);
        QVERIFY(SimFixture::find(r, "not-throttled"));
    }

    void throttledWithRetryAfter()
    {
        SimFixture sim(QStringLiteral("throttled"));
        ThrottlingProbe probe(sim.context());
        const ProbeResult r = SimFixture::run(probe);
        const Finding *f = SimFixture::find(r, "throttled");
        QVERIFY(f);
        QCOMPARE(f->evidence.value("xMsAsThrottle").toString(), QStringLiteral("CommandFrequency"));
        QCOMPARE(f->evidence.value("retryAfterSeconds").toInt(), 60);
        QVERIFY(f->detail.contains("60"));
    }

    void neverAsksAgainBeforeRetryAfter()
    {
        SimFixture sim(QStringLiteral("throttled"));
        auto ctx = sim.context();
        int requests = 0;
        QObject::connect(
            &sim.exchange, &sim::SimulatedExchange::requestServed, [&] { ++requests; });
        ThrottlingProbe first(ctx);
        SimFixture::run(first);
        QCOMPARE(requests, 1);
        QVERIFY(ctx->throttledAnswer.has_value());
        ThrottlingProbe second(ctx); // same run: must not send before Retry-After
        QVERIFY(SimFixture::find(SimFixture::run(second), "throttled"));
        QCOMPARE(requests, 1);
    }

    void blockReasonIsNotThrottling()
    {
        SimFixture sim(QStringLiteral("device-blocked"));
        ThrottlingProbe probe(sim.context());
        const ProbeResult r = SimFixture::run(probe);
        QVERIFY(SimFixture::find(r, "throttle-header-seen"));
        QVERIFY(!SimFixture::find(r, "throttled"));
    }

    void timeoutAndCancel() { SimFixture::verifyTimeoutAndCancel<ThrottlingProbe>(); }
};

QTEST_GUILESS_MAIN(TestThrottlingProbe)
#include "TestThrottlingProbe.moc"
