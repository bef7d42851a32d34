#include "FakeRunnerFactory.h"

#include "FakeProbe.h"

#include "core/ProbeRunner.h"
#include "report/FixCatalog.h"

namespace eas::test {

FakeRunnerFactory::FakeRunnerFactory()
    : m_state(std::make_shared<State>())
{
}

void FakeRunnerFactory::setPlan(const QString &stepId, Findings findings, int delayMs)
{
    m_state->plans.insert(stepId, Plan{std::move(findings), delayMs});
}

void FakeRunnerFactory::setFailure(bool failing)
{
    m_state->failing = failing;
}

QList<DiagnosisTarget> FakeRunnerFactory::targets() const
{
    return m_state->targets;
}

QList<RunInputs> FakeRunnerFactory::inputs() const
{
    return m_state->inputs;
}

wizard::RunnerFactory FakeRunnerFactory::factory() const
{
    std::shared_ptr<State> state = m_state;
    return [state](const DiagnosisTarget &target, const Credentials &, const RunInputs &inputs) {
        state->inputs.append(inputs);
        state->targets.append(target);
        if (state->failing)
            return std::unique_ptr<ProbeRunner>();
        auto runner = std::make_unique<ProbeRunner>();
        for (const QString &step : target.steps) {
            const Plan plan = state->plans.value(
                step, Plan{{makeFinding(step + QStringLiteral("-ok"), step, Severity::Pass)}, 5});
            auto *probe = new FakeProbe(step, plan.findings, plan.delayMs);
            probe->setTimeout(target.stepTimeout);
            runner->addProbe(probe);
        }
        // The engine's last touch: the fix scripts, from the same catalog and bundle.
        runner->setComplete([target, bundle = inputs.bundle](DiagnosisResult &result) {
            result.fixes = report::FixCatalog::buildFixes(result, target, {bundle, {}});
        });
        return runner;
    };
}

FakeRunnerFactory FakeRunnerFactory::failingWith(const QString &findingId, const QString &stepId)
{
    FakeRunnerFactory factory;
    Finding f = makeFinding(findingId, stepId, Severity::Fail);
    f.fixes = {QStringLiteral("fix-") + findingId};
    f.evidence.insert(QStringLiteral("httpStatus"), 403);
    factory.setPlan(stepId, {f});
    return factory;
}

} // namespace eas::test
