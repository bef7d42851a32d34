#pragma once

#include "core/Diagnosis.h"

#include <QJsonObject>

namespace eas::wizard::SessionResultJson {

// A DiagnosisResult both ways, for the session file: DiagnosisJson's field names (findings
// through DiagnosisJson::findingToJson, plus their step), each step's data (ProbeResult::data,
// e.g. the logs step's top lists and timeline), the root cause and the fix scripts.
QJsonObject toJson(const DiagnosisResult &result);
DiagnosisResult fromJson(const QJsonObject &json);

// The strings of a JSON array, as the session file stores lists (anything else reads as empty).
QStringList stringList(const QJsonValue &value);

} // namespace eas::wizard::SessionResultJson
