#pragma once

#include "core/Diagnosis.h"
#include "core/DiagnosisTarget.h"

#include <QString>

namespace eas::app::ChecklistPrinter {

// The readable checklist of `diagnose`: the root cause first, then every step with its findings
// (status word, id, title, what was seen and what to do), then the result line. ANSI colour only
// when `colour` (stdout is a terminal); the status words carry the meaning either way.
QString render(const DiagnosisResult &result, const DiagnosisTarget &target, bool colour);

} // namespace eas::app::ChecklistPrinter
