#include "charts/LatencyPhases.h"
#include "session/SessionFile.h"
#include "summary/ResultsDiff.h"

#include "core/Steps.h"

#include <QTest>

using namespace eas;
using namespace eas::wizard;

namespace {

Finding finding(const QString &id, Severity severity, const QString &step = steps::UserStatus)
{
    Finding f;
    f.id = id;
    f.step = step;
    f.severity = severity;
    f.title = id + QStringLiteral(" title");
    return f;
}

DiagnosisResult run(const Findings &findings)
{
    StepResult step;
    step.id = steps::UserStatus;
    step.result = ProbeResult::fromFindings(findings);
    return Diagnosis::assemble({step});
}

} // namespace

// The pure parts of the summary: the Re-test diff, the latency phases, the session file.
class TestResultsDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameRunIsNoChange()
    {
        const DiagnosisResult a = run({finding("activesync-disabled", Severity::Fail)});
        const ResultsDiff diff = ResultsDiff::between(a, a);
        QVERIFY(diff.isEmpty());
        QVERIFY(!diff.rootCauseChanged());
    }

    void appearedDisappearedChangedAndRootCause()
    {
        const DiagnosisResult before = run({finding("user-status-ok", Severity::Pass),
                                            finding("device-quarantined", Severity::Warn)});
        const DiagnosisResult after = run({finding("activesync-disabled", Severity::Fail),
                                           finding("device-quarantined", Severity::Fail)});
        const ResultsDiff diff = ResultsDiff::between(before, after);
        QCOMPARE(diff.appeared.size(), 1);
        QCOMPARE(diff.appeared.first().id, QStringLiteral("activesync-disabled"));
        QCOMPARE(diff.disappeared.size(), 1);
        QCOMPARE(diff.disappeared.first().id, QStringLiteral("user-status-ok"));
        QCOMPARE(diff.changed.size(), 1);
        QCOMPARE(diff.changed.first().before.severity, Severity::Warn);
        QCOMPARE(diff.changed.first().after.severity, Severity::Fail);
        QVERIFY(diff.rootCauseChanged());
        QCOMPARE(diff.rootCauseBefore->findingId, QStringLiteral("device-quarantined"));
        QVERIFY(diff.rootCauseAfter->findingId != QStringLiteral("device-quarantined"));
        QVERIFY(!diff.isEmpty());
    }

    void fromNothing()
    {
        const ResultsDiff diff
            = ResultsDiff::between({}, run({finding("throttled", Severity::Fail)}));
        QCOMPARE(diff.appeared.size(), 1);
        QVERIFY(!diff.rootCauseBefore);
        QVERIFY(diff.rootCauseChanged());
    }

    void latencyPhasesStackFirstByteAndRest()
    {
        const QVariantMap evidence{{"dnsMs", 3},
                                   {"tcpConnectMs", 5},
                                   {"tlsHandshakeMs", 20},
                                   {"optionsFirstByteMs", 40},
                                   {"optionsTotalMs", 45},
                                   {"folderSyncFirstByteMs", 60},
                                   {"folderSyncTotalMs", 90},
                                   {"url", "https://x"}};
        const QList<LatencyPhases::Phase> phases = LatencyPhases::fromEvidence(evidence);
        QCOMPARE(phases.size(), 7);
        QCOMPARE(phases.at(0).key, QStringLiteral("dnsMs"));
        QCOMPARE(phases.at(4).ms, 5.0);
        QCOMPARE(phases.at(6).ms, 30.0);
        QVERIFY(LatencyPhases::fromEvidence({{"url", "https://x"}}).isEmpty());
    }

    void sessionRoundTripKeepsTargetAndResult()
    {
        Session session;
        session.target.email = QStringLiteral("jdoe@contoso.com");
        session.target.url
            = QUrl(QStringLiteral("https://mail.contoso.com/Microsoft-Server-ActiveSync"));
        session.target.caFiles = {QStringLiteral("/tmp/ca.pem")};
        session.target.stepTimeout = std::chrono::milliseconds(7000);
        session.result = run({finding("activesync-disabled", Severity::Fail)});
        session.result.fixes = {FixScript{"verify", "Verify", false, "Get-CASMailbox", {}}};
        QString error;
        const std::optional<Session> back
            = SessionFile::fromJson(SessionFile::toJson(session), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->target.email, session.target.email);
        QCOMPARE(back->target.url, session.target.url);
        QCOMPARE(back->target.caFiles, session.target.caFiles);
        QCOMPARE(back->target.stepTimeout, session.target.stepTimeout);
        QCOMPARE(back->result.rootCause->findingId, QStringLiteral("activesync-disabled"));
        QCOMPARE(back->result.steps.size(), 1);
        QCOMPARE(back->result.steps.first().result.findings,
                 session.result.steps.first().result.findings);
        QCOMPARE(back->result.fixes.first().script, QStringLiteral("Get-CASMailbox"));
        QVERIFY(!SessionFile::fromJson({{"schema", "eas-doctor/diagnosis/1"}}, &error));
        QVERIFY(error.contains("eas-doctor/session/1"));
    }
};

QTEST_GUILESS_MAIN(TestResultsDiff)
#include "TestResultsDiff.moc"
