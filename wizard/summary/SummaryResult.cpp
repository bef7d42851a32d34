#include "SummaryResult.h"

#include "run/ResultsSnapshot.h"

#include "core/ResultsModel.h"
#include "report/FixCatalog.h"

namespace eas::wizard::SummaryResult {

DiagnosisResult build(const ResultsModel &model,
                      const DiagnosisTarget &target,
                      const QDateTime &startedAt,
                      qint64 durationMs)
{
    DiagnosisResult result
        = Diagnosis::assemble(ResultsSnapshot::finishedSteps(model), startedAt, durationMs);
    if (result.steps.isEmpty())
        return result;
    report::FixContext context;
    if (const Finding *path = result.finding(QStringLiteral("connectivity-ok")))
        context.activeSyncUrl = QUrl(path->evidence.value(QStringLiteral("url")).toString());
    result.fixes = report::FixCatalog::buildFixes(result, target, context);
    return result;
}

} // namespace eas::wizard::SummaryResult
