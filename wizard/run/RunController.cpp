#include "RunController.h"

#include "ResultsSnapshot.h"

#include "core/Probe.h"
#include "core/ProbeRunner.h"
#include "core/ResultsModel.h"

#include <exception>

namespace eas::wizard {

RunController::RunController(ResultsModel *model, RunnerFactory factory, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_factory(std::move(factory))
{
}

RunController::~RunController()
{
    // Destroying a runner aborts its probes; the model must not hear about it any more.
    for (Run &run : m_runs)
        run.runner->disconnect(this);
}

bool RunController::isRunning(const QString &stepId) const
{
    for (const Run &run : m_runs) {
        if (run.steps.contains(stepId))
            return true;
    }
    return false;
}

bool RunController::canStart(const QStringList &stepIds) const
{
    const QStringList wanted = stepIds.isEmpty() ? m_model->stepIds() : stepIds;
    for (const QString &id : wanted) {
        if (isRunning(id))
            return false;
    }
    return !wanted.isEmpty();
}

bool RunController::start(QStringList stepIds,
                          DiagnosisTarget target,
                          const Credentials &credentials,
                          const RunInputs &inputs)
{
    const bool all = stepIds.isEmpty() || stepIds.size() == m_model->rowCount();
    if (stepIds.isEmpty())
        stepIds = m_model->stepIds();
    if (!canStart(stepIds)) {
        Q_EMIT startFailed(stepIds, tr("This step is already running."));
        return false;
    }
    target.steps = stepIds;
    std::unique_ptr<ProbeRunner> runner;
    QString problem;
    try {
        if (m_factory)
            runner = m_factory(target, credentials, inputs);
    } catch (const std::exception &e) {
        problem = QString::fromLocal8Bit(e.what());
    }
    if (!runner || runner->probes().isEmpty()) {
        Q_EMIT startFailed(stepIds,
                           problem.isEmpty()
                               ? tr("The checks could not be prepared for this target.")
                               : tr("The checks could not be prepared: %1").arg(problem));
        return false;
    }

    m_runs.push_back(Run{std::move(runner), stepIds});
    Run &run = m_runs.back();
    connectRunner(run);
    // The views ask isRunning() when the model changes: the run is registered first.
    if (all) {
        m_model->setSteps(m_model->stepIds()); // a fresh checklist: every step pending
    } else {
        for (Probe *probe : run.runner->probes())
            m_model->setStepRunning(probe->id());
    }
    run.runner->start();
    Q_EMIT runningChanged();
    return true;
}

void RunController::connectRunner(Run &run)
{
    ProbeRunner *runner = run.runner.get();
    connect(runner, &ProbeRunner::stepStarted, m_model, &ResultsModel::setStepRunning);
    connect(runner, &ProbeRunner::stepProgress, m_model, &ResultsModel::setStepProgress);
    connect(runner, &ProbeRunner::stepFinished, m_model, &ResultsModel::setStepResult);
    connect(runner, &ProbeRunner::finished, this, [this, runner](const DiagnosisResult &result) {
        handleRunFinished(runner, result);
    });
}

void RunController::handleRunFinished(ProbeRunner *runner, const DiagnosisResult &result)
{
    auto it = std::find_if(m_runs.begin(), m_runs.end(), [runner](const Run &run) {
        return run.runner.get() == runner;
    });
    if (it == m_runs.end())
        return;
    const QStringList steps = it->steps;
    // We are inside the runner's own signal: let it return before it goes away.
    it->runner.release()->deleteLater();
    m_runs.erase(it);
    m_model->setDiagnosis(ResultsSnapshot::merge(*m_model, result));
    Q_EMIT runFinished(steps);
    Q_EMIT runningChanged();
}

void RunController::cancel(const QString &stepId)
{
    for (Run &run : m_runs) {
        if (!run.steps.contains(stepId))
            continue;
        if (run.steps.size() == 1) {
            run.runner->cancel();
            return;
        }
        for (Probe *probe : run.runner->probes()) {
            if (probe && probe->id() == stepId)
                probe->cancel(tr("Cancelled by the user; the other steps went on."));
        }
        return;
    }
}

void RunController::cancelAll()
{
    QList<ProbeRunner *> runners;
    for (const Run &run : m_runs)
        runners.append(run.runner.get());
    // Each cancel ends its run at once and removes it from m_runs.
    for (ProbeRunner *runner : runners)
        runner->cancel();
}

} // namespace eas::wizard
