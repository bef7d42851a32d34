#pragma once

#include "run/RunController.h"

#include "core/Finding.h"

#include <QHash>

#include <memory>

namespace eas::test {

// A RunnerFactory made of FakeProbes: per step, the findings it ends with and after how long
// (-1 = it hangs until cancelled or timed out). Steps without a plan pass after 5 ms. Like the
// engine, a run ends with report::FixCatalog's scripts. Copies share one plan, so a test can
// change it between runs.
class FakeRunnerFactory
{
public:
    struct Plan
    {
        Findings findings;
        int delayMs = 5;
    };

    FakeRunnerFactory();

    void setPlan(const QString &stepId, Findings findings, int delayMs = 5);
    void setFailure(bool failing);
    // The targets the factory was called with, oldest first, and the inputs with them.
    QList<DiagnosisTarget> targets() const;
    QList<RunInputs> inputs() const;

    wizard::RunnerFactory factory() const;

    // Every step passes, except `stepId`, which fails with `findingId` (with evidence and a fix).
    static FakeRunnerFactory failingWith(const QString &findingId, const QString &stepId);

private:
    struct State
    {
        QHash<QString, Plan> plans;
        bool failing = false;
        QList<DiagnosisTarget> targets;
        QList<RunInputs> inputs;
    };
    std::shared_ptr<State> m_state;
};

} // namespace eas::test
