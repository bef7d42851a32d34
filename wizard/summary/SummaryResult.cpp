#include "SummaryResult.h"

#include "run/ResultsSnapshot.h"

#include "core/ResultsModel.h"

namespace eas::wizard::SummaryResult {

DiagnosisResult build(const ResultsModel &model, const QDateTime &startedAt, qint64 durationMs)
{
    DiagnosisResult result
        = Diagnosis::assemble(ResultsSnapshot::finishedSteps(model), startedAt, durationMs);
    if (!result.steps.isEmpty())
        result.fixes = model.fixes();
    return result;
}

} // namespace eas::wizard::SummaryResult
