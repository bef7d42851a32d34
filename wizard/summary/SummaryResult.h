#pragma once

#include "core/Diagnosis.h"

#include <QDateTime>

namespace eas {
class ResultsModel;
}

namespace eas::wizard::SummaryResult {

// The checklist as one run: the finished steps of the shared model assembled again (the same
// root cause the model marks), with the fix and verification scripts the engine made for it
// (filled from the server bundle, the endpoint and the certificate the run saw) or the ones a
// restored session brought. The model keeps them; nothing is rebuilt here.
DiagnosisResult
build(const ResultsModel &model, const QDateTime &startedAt = {}, qint64 durationMs = 0);

} // namespace eas::wizard::SummaryResult
