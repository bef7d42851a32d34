#pragma once

#include "core/Diagnosis.h"

namespace eas {
class ResultsModel;
}

namespace eas::wizard::ResultsSnapshot {

// The finished steps the model holds, read back through its roles as the engine's value types.
StepResults finishedSteps(const ResultsModel &model);

// Puts a run's result into the checklist: its steps replace the model's, the engine assembles
// the whole checklist again (findings move to their owner step, the root cause is picked over
// every finished step), and the result lists only the steps that changed. Its fix scripts are
// the engine's: the run's, plus the earlier ones that findings of untouched steps still name.
DiagnosisResult merge(const ResultsModel &model, const DiagnosisResult &run);

} // namespace eas::wizard::ResultsSnapshot
