#include "FakeProbe.h"

#include "core/ProbeRunner.h"
#include "core/Steps.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace eas;
using namespace eas::test;
using namespace std::chrono_literals;

class TestProbeRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void independentStepsRunConcurrently()
    {
        ProbeRunner runner;
        auto *a = new FakeProbe(
            steps::Connectivity, {makeFinding("c-ok", steps::Connectivity, Severity::Pass)}, 150);
        auto *b = new FakeProbe(
            steps::Certificate, {makeFinding("cert-ok", steps::Certificate, Severity::Pass)}, 150);
        runner.addProbe(a);
        runner.addProbe(b);
        QSignalSpy done(&runner, &ProbeRunner::finished);
        QElapsedTimer clock;
        clock.start();
        runner.start();
        QVERIFY(done.wait(3000));
        QVERIFY2(clock.elapsed() < 290, "two 150 ms steps must overlap");
        const auto r = done.first().first().value<DiagnosisResult>();
        QCOMPARE(r.status, Severity::Pass);
        QVERIFY(!r.rootCause.has_value());
        QCOMPARE(r.steps.size(), 2);
    }

    void dependantOfFailedStepIsSkipped()
    {
        ProbeRunner runner;
        auto *conn = new FakeProbe(
            steps::Connectivity,
            {makeFinding("dns-resolution-failed", steps::Connectivity, Severity::Fail)});
        auto *user = new FakeProbe(steps::UserStatus,
                                   {makeFinding("x", steps::UserStatus, Severity::Pass)});
        runner.addProbe(user, {steps::Connectivity});
        runner.addProbe(conn);
        QSignalSpy done(&runner, &ProbeRunner::finished);
        runner.start();
        QVERIFY(done.wait(3000));
        QCOMPARE(user->startCount, 0);
        const auto r = done.first().first().value<DiagnosisResult>();
        const StepResult *us = r.step(steps::UserStatus);
        QVERIFY(us);
        QCOMPARE(us->result.status, Severity::Skip);
        QCOMPARE(us->result.findings.first().id, QStringLiteral("prerequisite-failed"));
        QVERIFY(us->result.findings.first().detail.contains(QStringLiteral("Connectivity")));
        QCOMPARE(r.rootCause->findingId, QStringLiteral("dns-resolution-failed"));
        QCOMPARE(r.status, Severity::Fail);
    }

    void dependantRunsAfterPassingPrerequisite()
    {
        ProbeRunner runner;
        auto *conn = new FakeProbe(
            steps::Connectivity, {makeFinding("ok", steps::Connectivity, Severity::Pass)}, 30);
        auto *user = new FakeProbe(steps::UserStatus,
                                   {makeFinding("ok2", steps::UserStatus, Severity::Pass)});
        runner.addProbe(conn);
        runner.addProbe(user, {steps::Connectivity});
        QSignalSpy started(&runner, &ProbeRunner::stepStarted);
        QSignalSpy done(&runner, &ProbeRunner::finished);
        runner.start();
        QVERIFY(done.wait(3000));
        QCOMPARE(user->startCount, 1);
        QCOMPARE(started.count(), 2);
        QCOMPARE(started.at(0).first().toString(), steps::Connectivity);
    }

    void prerequisiteSeeingAnotherStepsFaultDoesNotSkip()
    {
        ProbeRunner runner;
        auto *conn = new FakeProbe(
            steps::Connectivity,
            {makeFinding("activesync-disabled", steps::Connectivity, Severity::Fail)});
        auto *user = new FakeProbe(
            steps::UserStatus,
            {makeFinding("activesync-disabled", steps::UserStatus, Severity::Fail)});
        runner.addProbe(conn);
        runner.addProbe(user, {steps::Connectivity});
        QSignalSpy done(&runner, &ProbeRunner::finished);
        runner.start();
        QVERIFY(done.wait(3000));
        QCOMPARE(user->startCount, 1);
        const auto r = done.first().first().value<DiagnosisResult>();
        QCOMPARE(r.rootCause->findingId, QStringLiteral("activesync-disabled"));
        QCOMPARE(r.rootCause->step, steps::UserStatus);
    }

    void afterOnlyOrders()
    {
        ProbeRunner runner;
        auto *conn = new FakeProbe(
            steps::Connectivity,
            {makeFinding("dns-resolution-failed", steps::Connectivity, Severity::Fail)},
            30);
        auto *cert
            = new FakeProbe(steps::Certificate,
                            {makeFinding("certificate-ok", steps::Certificate, Severity::Pass)});
        runner.addProbe(cert, {}, {steps::Connectivity});
        runner.addProbe(conn);
        QSignalSpy started(&runner, &ProbeRunner::stepStarted);
        QSignalSpy done(&runner, &ProbeRunner::finished);
        runner.start();
        QVERIFY(done.wait(3000));
        QCOMPARE(cert->startCount, 1); // ran although its predecessor failed
        QCOMPARE(started.at(0).first().toString(), steps::Connectivity);
        QCOMPARE(started.at(1).first().toString(), steps::Certificate);
    }

    void cancelStopsEverythingAtOnce()
    {
        ProbeRunner runner;
        auto *a = new FakeProbe(steps::Connectivity, {}, -1);
        auto *b = new FakeProbe(steps::UserStatus, {}, -1);
        runner.addProbe(a);
        runner.addProbe(b, {steps::Connectivity});
        QSignalSpy done(&runner, &ProbeRunner::finished);
        runner.start();
        QTRY_VERIFY(a->isRunning() && a->startCount == 1);
        runner.cancel();
        QCOMPARE(done.count(), 1);
        QCOMPARE(b->startCount, 0);
        const auto r = done.first().first().value<DiagnosisResult>();
        for (const StepResult &s : r.steps)
            QCOMPARE(s.result.status, Severity::Skip);
        runner.cancel();
        QCOMPARE(done.count(), 1);
    }

    void guardEndsRunOfHangingProbes()
    {
        ProbeRunner runner;
        auto *a = new FakeProbe(steps::Connectivity, {}, -1);
        a->setTimeout(60ms);
        runner.addProbe(a);
        QSignalSpy done(&runner, &ProbeRunner::finished);
        runner.start();
        QVERIFY(done.wait(3000));
        const auto r = done.first().first().value<DiagnosisResult>();
        QCOMPARE(r.rootCause->findingId, QStringLiteral("connection-timeout"));
    }

    void findingIsDeduplicatedIntoOwningStep()
    {
        ProbeRunner runner;
        runner.addProbe(new FakeProbe(
            steps::Connectivity,
            {makeFinding("connection-timeout", steps::Connectivity, Severity::Fail)}));
        runner.addProbe(
            new FakeProbe(steps::UserStatus,
                          {makeFinding("connection-timeout", steps::UserStatus, Severity::Fail)}));
        QSignalSpy done(&runner, &ProbeRunner::finished);
        runner.start();
        QVERIFY(done.wait(3000));
        const auto r = done.first().first().value<DiagnosisResult>();
        int count = 0;
        for (const StepResult &s : r.steps)
            for (const Finding &f : s.result.findings)
                count += f.id == QLatin1String("connection-timeout");
        QCOMPARE(count, 1);
        QCOMPARE(r.step(steps::UserStatus)->result.status, Severity::Skip);
    }
};

QTEST_GUILESS_MAIN(TestProbeRunner)
#include "TestProbeRunner.moc"
