#pragma once

#include "core/Diagnosis.h"
#include "core/DiagnosisTarget.h"

namespace eas {
class ResultsModel;
}

namespace eas::wizard::SummaryResult {

// The checklist as one run: the finished steps of the shared model assembled again (the same
// root cause the model marks), with the fix and verification scripts for `target`. The model
// keeps findings and fix ids but not the script text, so the scripts are built here, from the
// same catalog the engine uses; the endpoint Autodiscover found comes from the connectivity
// evidence.
DiagnosisResult build(const ResultsModel &model,
                      const DiagnosisTarget &target,
                      const QDateTime &startedAt = {},
                      qint64 durationMs = 0);

} // namespace eas::wizard::SummaryResult
