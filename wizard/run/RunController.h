#pragma once

#include "core/Credentials.h"
#include "core/DiagnosisTarget.h"
#include "steps/RunnerFactory.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace eas {
class ProbeRunner;
class ResultsModel;
struct DiagnosisResult;
} // namespace eas

namespace eas::wizard {

// Builds the runner of one run; target.steps says which steps, the inputs hold the server
// bundle the target page loaded. The wizard never creates probes itself: production wraps
// eas::createRunner (EngineRunnerFactory), tests pass fakes.
using RunnerFactory = std::function<std::unique_ptr<ProbeRunner>(
    const DiagnosisTarget &, const Credentials &, const RunInputs &)>;

// Starts runners from the factory and feeds their signals into the shared ResultsModel, which
// stays the only copy of the results. Several runs may be active as long as they share no step
// ("Run all" shares every step, so it runs alone). When a run ends, the engine re-assembles the
// whole checklist (Diagnosis::assemble) so the root cause always reflects every finished step.
class RunController : public QObject
{
    Q_OBJECT
public:
    RunController(ResultsModel *model, RunnerFactory factory, QObject *parent = nullptr);
    ~RunController() override;

    // Starts `stepIds` (every step of the model when empty). Returns false, and emits
    // startFailed, when a step is already running or the factory could not build a runner.
    bool start(QStringList stepIds,
               DiagnosisTarget target,
               const Credentials &credentials,
               const RunInputs &inputs = {});
    // Ends one step now (it reports `skip`); the rest of its run goes on.
    void cancel(const QString &stepId);
    void cancelAll();

    bool isRunning() const { return !m_runs.empty(); }
    bool isRunning(const QString &stepId) const;
    bool canStart(const QStringList &stepIds) const;

Q_SIGNALS:
    void runningChanged();
    void startFailed(const QStringList &stepIds, const QString &message);
    // A run ended and the model holds its assembled result.
    void runFinished(const QStringList &stepIds);

private:
    struct Run
    {
        std::unique_ptr<ProbeRunner> runner;
        QStringList steps;
    };

    void connectRunner(Run &run);
    void handleRunFinished(ProbeRunner *runner, const DiagnosisResult &result);

    ResultsModel *m_model;
    RunnerFactory m_factory;
    std::vector<Run> m_runs;
};

} // namespace eas::wizard
