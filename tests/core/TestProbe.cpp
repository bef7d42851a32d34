#include "FakeProbe.h"

#include <QSignalSpy>
#include <QTest>

using namespace eas;
using namespace eas::test;
using namespace std::chrono_literals;

class TestProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startIsQueued()
    {
        FakeProbe p(QStringLiteral("connectivity"),
                    {makeFinding("a", "connectivity", Severity::Pass)});
        p.start();
        QCOMPARE(p.startCount, 0); // work starts from the event loop, not inside start()
        QVERIFY(p.isRunning());
        QSignalSpy done(&p, &Probe::finished);
        QVERIFY(done.wait(1000));
        QCOMPARE(p.startCount, 1);
        QCOMPARE(done.count(), 1);
        const auto r = done.first().first().value<ProbeResult>();
        QCOMPARE(r.status, Severity::Pass);
        QCOMPARE(r.findings.first().step, QStringLiteral("connectivity"));
    }

    void hardTimeoutEndsHangingProbe()
    {
        FakeProbe p(QStringLiteral("connectivity"), {}, -1);
        p.setTimeout(50ms);
        QSignalSpy done(&p, &Probe::finished);
        p.start();
        QVERIFY(done.wait(2000));
        QCOMPARE(p.cancelCount, 1);
        const auto r = done.first().first().value<ProbeResult>();
        QCOMPARE(r.status, Severity::Fail);
        QCOMPARE(r.findings.first().id, QStringLiteral("connection-timeout"));
        QCOMPARE(r.findings.first().evidence.value("timeoutMs").toLongLong(), 50);
        QVERIFY(r.durationMs >= 40);
    }

    void cancelReportsSkipOnce()
    {
        FakeProbe p(QStringLiteral("logs"), {}, -1);
        QSignalSpy done(&p, &Probe::finished);
        p.start();
        QTest::qWait(0);
        p.cancel(QStringLiteral("user pressed cancel"));
        p.cancel();
        p.start();
        QCOMPARE(done.count(), 1);
        QCOMPARE(p.cancelCount, 1);
        QCOMPARE(p.startCount, 1);
        const auto r = done.first().first().value<ProbeResult>();
        QCOMPARE(r.status, Severity::Skip);
        QCOMPARE(r.findings.first().detail, QStringLiteral("user pressed cancel"));
        QVERIFY(p.isFinished());
    }

    void cancelBeforeStartStillEnds()
    {
        FakeProbe p(QStringLiteral("logs"), {});
        QSignalSpy done(&p, &Probe::finished);
        p.cancel();
        QCOMPARE(done.count(), 1);
        QCOMPARE(p.cancelCount, 0); // nothing was running
        p.start();
        QTest::qWait(10);
        QCOMPARE(p.startCount, 0);
    }

    void finishAfterTimeoutIsIgnored()
    {
        FakeProbe p(QStringLiteral("connectivity"),
                    {makeFinding("late", "connectivity", Severity::Pass)},
                    200);
        p.setTimeout(20ms);
        QSignalSpy done(&p, &Probe::finished);
        p.start();
        QVERIFY(done.wait(1000));
        QTest::qWait(300);
        QCOMPARE(done.count(), 1);
        QCOMPARE(p.result().findings.first().id, QStringLiteral("connection-timeout"));
    }
};

QTEST_GUILESS_MAIN(TestProbe)
#include "TestProbe.moc"
