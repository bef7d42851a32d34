#pragma once

#include "core/Diagnosis.h"
#include "core/DiagnosisTarget.h"

#include <QJsonObject>

#include <optional>

namespace eas::wizard {

// A saved consultation: what the target page said and the last results, so a consultant can
// resume it or hand it on. Holds no credential: DiagnosisTarget has none, and the password
// never leaves the target page.
struct Session
{
    DiagnosisTarget target;
    DiagnosisResult result;
};

namespace SessionFile {

inline constexpr const char *kSchema = "eas-doctor/session/1";

// Schema eas-doctor/session/1: {schema, savedAt, target{...}, result{...}}. The result's fields
// follow DiagnosisJson (findings through DiagnosisJson::findingToJson) plus the fix scripts.
QJsonObject toJson(const Session &session);
std::optional<Session> fromJson(const QJsonObject &json, QString *error);

// Atomic (QSaveFile), indented UTF-8 JSON. On failure: false / nullopt, and why in *error.
bool save(const QString &path, const Session &session, QString *error);
std::optional<Session> load(const QString &path, QString *error);

} // namespace SessionFile

} // namespace eas::wizard
