#include "FakeRunnerFactory.h"
#include "FakeProbe.h"

#include "run/RunController.h"

#include "core/ProbeRunner.h"
#include "core/ResultsModel.h"
#include "core/Steps.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace eas;
using namespace eas::test;
using namespace eas::wizard;

namespace {

QString statusOf(const ResultsModel &model, const QString &step)
{
    return model.stepIndex(step).data(ResultsModel::StatusNameRole).toString();
}

QStringList findingIds(const ResultsModel &model, const QString &step)
{
    QStringList out;
    const QModelIndex parent = model.stepIndex(step);
    for (int row = 0; row < model.rowCount(parent); ++row)
        out.append(model.index(row, 0, parent).data(ResultsModel::IdRole).toString());
    return out;
}

} // namespace

class TestRunController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<ResultsModel>();
        m_model->setSteps(steps::all());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void runAllFillsTheChecklistAndTheRootCause()
    {
        FakeRunnerFactory fake
            = FakeRunnerFactory::failingWith("activesync-disabled", steps::UserStatus);
        RunController runs(m_model.get(), fake.factory());
        QSignalSpy finished(&runs, &RunController::runFinished);
        QVERIFY(runs.start({}, DiagnosisTarget(), Credentials()));
        QVERIFY(runs.isRunning());
        QVERIFY(runs.isRunning(steps::Logs));
        QVERIFY(finished.wait());
        QVERIFY(!runs.isRunning());
        QCOMPARE(fake.targets().value(0).steps, steps::all());
        QVERIFY(m_model->rootCause().has_value());
        QCOMPARE(m_model->rootCause()->findingId, QStringLiteral("activesync-disabled"));
        QCOMPARE(statusOf(*m_model, steps::UserStatus), QStringLiteral("fail"));
        for (const QString &step : {steps::VirtualDirectory, steps::Connectivity, steps::Logs})
            QCOMPARE(statusOf(*m_model, step), QStringLiteral("pass"));
    }

    // The engine's fix scripts stay with the model: a partial run replaces its own, keeps the
    // ones findings of other steps still name, and drops the ones nothing names any more.
    void theEnginesFixScriptsFollowTheChecklist()
    {
        FakeRunnerFactory fake
            = FakeRunnerFactory::failingWith("activesync-disabled", steps::UserStatus);
        RunController runs(m_model.get(), fake.factory());
        QSignalSpy finished(&runs, &RunController::runFinished);
        DiagnosisTarget target;
        target.email = QStringLiteral("jdoe@contoso.com");
        RunInputs inputs;
        inputs.bundle.emplace();
        inputs.bundle->computer = QStringLiteral("EX07");
        QVERIFY(runs.start({}, target, Credentials(), inputs));
        QVERIFY(finished.wait());
        QCOMPARE(fake.inputs().value(0).bundle->computer, QStringLiteral("EX07"));
        auto ids = [this] {
            QStringList out;
            for (const FixScript &fix : m_model->fixes())
                out.append(fix.id);
            return out;
        };
        QCOMPARE(ids(), (QStringList{"enable-activesync", "verify"}));
        const QString enableScript = m_model->fixes().first().script;
        QVERIFY(enableScript.contains("'jdoe@contoso.com'"));

        // Another step alone: the user status finding still asks for its fix.
        QVERIFY(runs.start({steps::Certificate}, target, Credentials()));
        QVERIFY(finished.wait());
        QCOMPARE(ids(), (QStringList{"enable-activesync", "verify"}));
        QCOMPARE(m_model->fixes().first().script, enableScript);

        // The user status passes now: its fix goes.
        fake.setPlan(
            steps::UserStatus,
            {makeFinding(QStringLiteral("user-status-ok"), steps::UserStatus, Severity::Pass)});
        QVERIFY(runs.start({steps::UserStatus}, target, Credentials()));
        QVERIFY(finished.wait());
        QCOMPARE(ids(), QStringList{"verify"});

        m_model->setSteps(steps::all());
        QVERIFY(m_model->fixes().isEmpty());
    }

    void singleStepRerunReplacesOnlyItsResults()
    {
        FakeRunnerFactory fake;
        RunController runs(m_model.get(), fake.factory());
        QSignalSpy finished(&runs, &RunController::runFinished);
        QVERIFY(runs.start({}, DiagnosisTarget(), Credentials()));
        QVERIFY(finished.wait());
        QVERIFY(!m_model->rootCause());

        fake.setPlan(steps::Certificate,
                     {makeFinding("certificate-expired", steps::Certificate, Severity::Fail)});
        QVERIFY(runs.start({steps::Certificate}, DiagnosisTarget(), Credentials()));
        QVERIFY(runs.isRunning(steps::Certificate));
        QVERIFY(!runs.isRunning(steps::UserStatus));
        QCOMPARE(statusOf(*m_model, steps::Certificate), QStringLiteral("running"));
        QCOMPARE(statusOf(*m_model, steps::UserStatus), QStringLiteral("pass"));
        QVERIFY(finished.wait());
        QCOMPARE(fake.targets().last().steps, QStringList{steps::Certificate});
        QCOMPARE(m_model->rootCause()->findingId, QStringLiteral("certificate-expired"));
        QCOMPARE(findingIds(*m_model, steps::Certificate), QStringList{"certificate-expired"});
        QCOMPARE(findingIds(*m_model, steps::UserStatus), QStringList{"user-status-ok"});

        fake.setPlan(steps::Certificate,
                     {makeFinding("certificate-ok", steps::Certificate, Severity::Pass)});
        QVERIFY(runs.start({steps::Certificate}, DiagnosisTarget(), Credentials()));
        QVERIFY(finished.wait());
        QVERIFY(!m_model->rootCause());
        QCOMPARE(statusOf(*m_model, steps::Certificate), QStringLiteral("pass"));
    }

    void cancellingOneStepLetsTheOthersFinish()
    {
        FakeRunnerFactory fake;
        fake.setPlan(steps::Connectivity, {}, -1);
        RunController runs(m_model.get(), fake.factory());
        QSignalSpy finished(&runs, &RunController::runFinished);
        QVERIFY(runs.start({}, DiagnosisTarget(), Credentials()));
        QTRY_COMPARE(statusOf(*m_model, steps::Logs), QStringLiteral("pass"));
        QVERIFY(runs.isRunning(steps::Connectivity));
        runs.cancel(steps::Connectivity);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!runs.isRunning());
        QCOMPARE(statusOf(*m_model, steps::Connectivity), QStringLiteral("skip"));
        QCOMPARE(statusOf(*m_model, steps::Logs), QStringLiteral("pass"));
    }

    void cancelAllEndsEveryRunAtOnce()
    {
        FakeRunnerFactory fake;
        fake.setPlan(steps::Certificate, {}, -1);
        fake.setPlan(steps::Throttling, {}, -1);
        RunController runs(m_model.get(), fake.factory());
        QSignalSpy running(&runs, &RunController::runningChanged);
        QVERIFY(runs.start({steps::Certificate}, DiagnosisTarget(), Credentials()));
        QVERIFY(runs.start({steps::Throttling}, DiagnosisTarget(), Credentials()));
        QVERIFY(!runs.canStart({}));
        runs.cancelAll();
        QVERIFY(!runs.isRunning());
        QCOMPARE(running.count(), 4);
        QCOMPARE(statusOf(*m_model, steps::Certificate), QStringLiteral("skip"));
        QCOMPARE(statusOf(*m_model, steps::Throttling), QStringLiteral("skip"));
        QVERIFY(runs.canStart({}));
    }

    void aStepRunsOnlyOnceAtATime()
    {
        FakeRunnerFactory fake;
        fake.setPlan(steps::Certificate, {}, -1);
        RunController runs(m_model.get(), fake.factory());
        QSignalSpy failed(&runs, &RunController::startFailed);
        QVERIFY(runs.start({steps::Certificate}, DiagnosisTarget(), Credentials()));
        QVERIFY(!runs.start({steps::Certificate}, DiagnosisTarget(), Credentials()));
        QVERIFY(!runs.start({}, DiagnosisTarget(), Credentials()));
        QCOMPARE(failed.count(), 2);
        QCOMPARE(fake.targets().size(), 1);
        runs.cancelAll();
    }

    void aFactoryThatFailsLeavesNothingRunning()
    {
        FakeRunnerFactory fake;
        fake.setFailure(true);
        RunController runs(m_model.get(), fake.factory());
        QSignalSpy failed(&runs, &RunController::startFailed);
        QVERIFY(!runs.start({steps::Logs}, DiagnosisTarget(), Credentials()));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toStringList(), QStringList{steps::Logs});
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
        QVERIFY(!runs.isRunning());
        QCOMPARE(statusOf(*m_model, steps::Logs), QStringLiteral("pending"));

        RunController throwing(m_model.get(),
                               [](const DiagnosisTarget &,
                                  const Credentials &,
                                  const RunInputs &) -> std::unique_ptr<ProbeRunner> {
                                   throw std::runtime_error("no network");
                               });
        QSignalSpy thrown(&throwing, &RunController::startFailed);
        QVERIFY(!throwing.start({}, DiagnosisTarget(), Credentials()));
        QVERIFY(thrown.at(0).at(1).toString().contains("no network"));
    }

    void aTimedOutStepStillEnds()
    {
        FakeRunnerFactory fake;
        fake.setPlan(steps::Throttling, {}, -1);
        RunController runs(m_model.get(), fake.factory());
        DiagnosisTarget target;
        target.stepTimeout = std::chrono::milliseconds(50);
        QSignalSpy finished(&runs, &RunController::runFinished);
        QVERIFY(runs.start({steps::Throttling}, target, Credentials()));
        QVERIFY(finished.wait());
        QCOMPARE(statusOf(*m_model, steps::Throttling), QStringLiteral("fail"));
        QCOMPARE(m_model->rootCause()->findingId, QStringLiteral("connection-timeout"));
    }

    void destroyingTheControllerMidRunIsSafe()
    {
        FakeRunnerFactory fake;
        fake.setPlan(steps::Logs, {}, -1);
        auto runs = std::make_unique<RunController>(m_model.get(), fake.factory());
        QVERIFY(runs->start({}, DiagnosisTarget(), Credentials()));
        runs.reset();
        QCoreApplication::processEvents(); // the probes' queued starts find no one
        QCOMPARE(m_model->rowCount(), int(steps::all().size()));
    }

private:
    std::unique_ptr<ResultsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestRunController)
#include "TestRunController.moc"
