#pragma once

#include "Diagnosis.h"
#include "DiagnosisTarget.h"

#include <QJsonObject>

namespace eas::DiagnosisJson {

inline constexpr const char *kSchema = "eas-doctor/diagnosis/1";

// The run as schema eas-doctor/diagnosis/1 (spec/cli.md). Text fields pass through the Redactor.
QJsonObject toJson(const DiagnosisResult &result, const DiagnosisTarget &target);
QJsonObject findingToJson(const Finding &finding);

} // namespace eas::DiagnosisJson
