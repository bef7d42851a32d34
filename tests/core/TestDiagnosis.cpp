#include "FakeProbe.h"

#include "core/Diagnosis.h"
#include "core/FindingCatalog.h"
#include "core/Steps.h"

#include <QTest>

using namespace eas;
using namespace eas::test;

namespace {
StepResult step(const QString &id, Findings findings)
{
    return StepResult{id, steps::title(id), ProbeResult::fromFindings(std::move(findings))};
}
} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyRunHasNoRootCause()
    {
        const auto r = Diagnosis::assemble(
            {step(steps::Connectivity, {makeFinding("ok", steps::Connectivity, Severity::Pass)}),
             step(steps::Logs, {makeFinding("no-logs", steps::Logs, Severity::Skip)})});
        QCOMPARE(r.status, Severity::Pass); // a skipped logs step does not spoil a healthy run
        QVERIFY(!r.rootCause);
    }

    void rootCauseFollowsPrecedenceNotStepOrder()
    {
        const auto r = Diagnosis::assemble(
            {step(steps::UserStatus,
                  {makeFinding("activesync-disabled", steps::UserStatus, Severity::Fail)}),
             step(steps::Certificate,
                  {makeFinding("certificate-expired", steps::Certificate, Severity::Fail)}),
             step(steps::Throttling,
                  {makeFinding("throttled", steps::Throttling, Severity::Fail)})});
        QCOMPARE(r.rootCause->findingId, QStringLiteral("certificate-expired"));
        QCOMPARE(r.rootCause->step, steps::Certificate);
        QCOMPARE(r.status, Severity::Fail);
    }

    void failBeatsEarlierWarn()
    {
        const auto r = Diagnosis::assemble(
            {step(steps::Connectivity,
                  {makeFinding("redirected-to-other-server", steps::Connectivity, Severity::Warn)}),
             step(steps::Logs, {makeFinding("logs-forbidden", steps::Logs, Severity::Fail)})});
        QCOMPARE(r.rootCause->findingId, QStringLiteral("logs-forbidden"));
    }

    void firstWarnWhenNoFail()
    {
        const auto r = Diagnosis::assemble(
            {step(steps::Certificate,
                  {makeFinding("certificate-expiring-soon", steps::Certificate, Severity::Warn),
                   makeFinding("tls-protocol-outdated", steps::Certificate, Severity::Warn)})});
        QCOMPARE(r.rootCause->findingId, QStringLiteral("certificate-expiring-soon"));
        QCOMPARE(r.status, Severity::Warn);
    }

    void certificateDefectSuppressesHandshakeFailure()
    {
        const auto r = Diagnosis::assemble(
            {step(steps::Connectivity,
                  {makeFinding("tls-handshake-failed", steps::Connectivity, Severity::Fail)}),
             step(steps::Certificate,
                  {makeFinding("certificate-untrusted", steps::Certificate, Severity::Fail)})});
        QVERIFY(!r.finding(QStringLiteral("tls-handshake-failed")));
        QCOMPARE(r.step(steps::Connectivity)->result.status, Severity::Skip);
        QCOMPARE(r.rootCause->findingId, QStringLiteral("certificate-untrusted"));
    }

    void mailboxStateSuppressesCredentialsRejected()
    {
        const auto r = Diagnosis::assemble(
            {step(steps::UserStatus,
                  {makeFinding("credentials-rejected", steps::UserStatus, Severity::Fail),
                   makeFinding("account-disabled", steps::UserStatus, Severity::Fail)})});
        QVERIFY(!r.finding(QStringLiteral("credentials-rejected")));
        QCOMPARE(r.rootCause->findingId, QStringLiteral("account-disabled"));
    }

    void duplicatesMergeWorstFirstWithEvidence()
    {
        Finding a = makeFinding("throttled", steps::UserStatus, Severity::Warn);
        a.evidence.insert("retryAfter", 60);
        a.fixes = {"raise-budget"};
        Finding b = makeFinding("throttled", steps::Throttling, Severity::Fail);
        b.evidence.insert("xMsAsThrottle", "CommandFrequency");
        b.fixes = {"throttling-policy"};
        const auto r
            = Diagnosis::assemble({step(steps::UserStatus, {a}), step(steps::Throttling, {b})});
        const Finding *f = r.finding(QStringLiteral("throttled"));
        QVERIFY(f);
        QCOMPARE(f->severity, Severity::Fail);
        QCOMPARE(f->step, steps::Throttling);
        QCOMPARE(f->evidence.value("retryAfter").toInt(), 60);
        QCOMPARE(f->evidence.value("xMsAsThrottle").toString(), QStringLiteral("CommandFrequency"));
        QCOMPARE(f->fixes, (QStringList{"throttling-policy", "raise-budget"}));
        QCOMPARE(r.step(steps::UserStatus)->result.findings.first().id,
                 QStringLiteral("explained-by-other-step"));
    }

    void findingStaysWhenOwnerNotInRun()
    {
        const auto r = Diagnosis::assemble(
            {step(steps::UserStatus,
                  {makeFinding("connection-timeout", steps::UserStatus, Severity::Fail)})});
        QCOMPARE(r.step(steps::UserStatus)->result.findings.first().id,
                 QStringLiteral("connection-timeout"));
        QCOMPARE(r.rootCause->step, steps::UserStatus);
    }

    void errorOutranksFail()
    {
        const auto r = Diagnosis::assemble(
            {step(steps::Logs, {makeFinding("logs-unreadable", steps::Logs, Severity::Error)}),
             step(steps::UserStatus,
                  {makeFinding("activesync-disabled", steps::UserStatus, Severity::Fail)})});
        QCOMPARE(r.status, Severity::Error);
        QCOMPARE(exitCodeFor(r.status), int(ExitInternal));
        QCOMPARE(r.rootCause->findingId, QStringLiteral("activesync-disabled"));
    }

    void catalogCoversSpecTable()
    {
        // Every id of spec/cli.md's table is known, owned by the documented step.
        QCOMPARE(FindingCatalog::find("throttled")->step, steps::Throttling);
        QCOMPARE(FindingCatalog::find("credentials-rejected")->step, steps::UserStatus);
        QCOMPARE(FindingCatalog::find("auth-method-mismatch")->step, steps::VirtualDirectory);
        QCOMPARE(FindingCatalog::find("blocking-events-found")->step, steps::Logs);
        QCOMPARE(FindingCatalog::all().size(), 38);
        QVERIFY(FindingCatalog::rank("dns-resolution-failed")
                < FindingCatalog::rank("certificate-expired"));
        QVERIFY(FindingCatalog::rank("certificate-expired")
                < FindingCatalog::rank("virtual-directory-missing"));
        QVERIFY(FindingCatalog::rank("virtual-directory-missing")
                < FindingCatalog::rank("activesync-disabled"));
        QVERIFY(FindingCatalog::rank("activesync-disabled") < FindingCatalog::rank("throttled"));
        QVERIFY(FindingCatalog::rank("throttled") < FindingCatalog::rank("logs-forbidden"));
        QCOMPARE(FindingCatalog::rank("something-new"), 38);
    }

    void exitCodes()
    {
        QCOMPARE(exitCodeFor(Severity::Pass), 0);
        QCOMPARE(exitCodeFor(Severity::Info), 0);
        QCOMPARE(exitCodeFor(Severity::Skip), 0);
        QCOMPARE(exitCodeFor(Severity::Warn), 1);
        QCOMPARE(exitCodeFor(Severity::Fail), 2);
        QCOMPARE(exitCodeFor(Severity::Error), 4);
        Severity s;
        QVERIFY(severityFromName("warn", &s));
        QCOMPARE(s, Severity::Warn);
        QVERIFY(!severityFromName("bad", &s));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "TestDiagnosis.moc"
