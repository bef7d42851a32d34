#include "DiagnosisJson.h"

#include "Redactor.h"

#include <QJsonArray>

namespace eas::DiagnosisJson {

namespace {

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue urlOrNull(const QUrl &url)
{
    // Never a password: user info is stripped whatever the user typed.
    return url.isEmpty() ? QJsonValue() : QJsonValue(url.toString(QUrl::RemoveUserInfo));
}

} // namespace

QJsonObject findingToJson(const Finding &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), f.id);
    o.insert(QStringLiteral("severity"), severityName(f.severity));
    o.insert(QStringLiteral("title"), Redactor::redact(f.title));
    o.insert(QStringLiteral("detail"), Redactor::redact(f.detail));
    o.insert(QStringLiteral("evidence"), QJsonObject::fromVariantMap(f.evidence));
    o.insert(QStringLiteral("fixes"), QJsonArray::fromStringList(f.fixes));
    return o;
}

QJsonObject toJson(const DiagnosisResult &result, const DiagnosisTarget &target)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), QString::fromLatin1(kSchema));
    root.insert(QStringLiteral("tool"),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("eas-doctor")},
                            {QStringLiteral("version"), QStringLiteral(EAS_VERSION)}});
    root.insert(QStringLiteral("startedAt"), isoOrNull(result.startedAt));
    root.insert(QStringLiteral("durationMs"), result.durationMs);

    QJsonObject t;
    t.insert(QStringLiteral("email"), target.email.isEmpty() ? QJsonValue() : target.email);
    t.insert(QStringLiteral("url"), urlOrNull(target.url));
    t.insert(QStringLiteral("user"), target.effectiveUser());
    t.insert(QStringLiteral("trustAnyCertificate"), target.trustAnyCertificate);
    t.insert(QStringLiteral("provisionFull"), target.provisionFull);
    t.insert(QStringLiteral("deviceId"), target.device.deviceId);
    t.insert(QStringLiteral("userAgent"), target.device.userAgent);
    root.insert(QStringLiteral("target"), t);

    root.insert(QStringLiteral("status"), severityName(result.status));
    if (result.rootCause) {
        root.insert(
            QStringLiteral("rootCause"),
            QJsonObject{{QStringLiteral("findingId"), result.rootCause->findingId},
                        {QStringLiteral("step"), result.rootCause->step},
                        {QStringLiteral("title"), Redactor::redact(result.rootCause->title)}});
    } else {
        root.insert(QStringLiteral("rootCause"), QJsonValue());
    }

    QJsonArray steps;
    for (const StepResult &s : result.steps) {
        QJsonArray findings;
        for (const Finding &f : s.result.findings)
            findings.append(findingToJson(f));
        steps.append(QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("title"), s.title},
                                 {QStringLiteral("status"), severityName(s.result.status)},
                                 {QStringLiteral("durationMs"), s.result.durationMs},
                                 {QStringLiteral("findings"), findings}});
    }
    root.insert(QStringLiteral("steps"), steps);
    QJsonArray fixes;
    for (const FixScript &fix : result.fixes) {
        fixes.append(
            QJsonObject{{QStringLiteral("id"), fix.id},
                        {QStringLiteral("title"), fix.title},
                        {QStringLiteral("destructive"), fix.destructive},
                        {QStringLiteral("findings"), QJsonArray::fromStringList(fix.findingIds)},
                        {QStringLiteral("script"), Redactor::redact(fix.script)}});
    }
    root.insert(QStringLiteral("fixes"), fixes);
    return root;
}

} // namespace eas::DiagnosisJson
