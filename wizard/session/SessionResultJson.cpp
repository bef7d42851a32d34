#include "SessionResultJson.h"

#include "core/DiagnosisJson.h"

#include <QJsonArray>

namespace eas::wizard::SessionResultJson {

namespace {

Severity severityOf(const QJsonValue &value)
{
    Severity severity = Severity::Skip;
    severityFromName(value.toString(), &severity);
    return severity;
}

Finding findingFromJson(const QJsonObject &o)
{
    Finding f;
    f.id = o.value(QStringLiteral("id")).toString();
    f.step = o.value(QStringLiteral("step")).toString();
    f.severity = severityOf(o.value(QStringLiteral("severity")));
    f.title = o.value(QStringLiteral("title")).toString();
    f.detail = o.value(QStringLiteral("detail")).toString();
    f.evidence = o.value(QStringLiteral("evidence")).toObject().toVariantMap();
    f.fixes = stringList(o.value(QStringLiteral("fixes")));
    return f;
}

} // namespace

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

QJsonObject toJson(const DiagnosisResult &result)
{
    QJsonArray steps;
    for (const StepResult &s : result.steps) {
        QJsonArray findings;
        for (const Finding &f : s.result.findings) {
            QJsonObject o = DiagnosisJson::findingToJson(f);
            o.insert(QStringLiteral("step"), f.step);
            findings.append(o);
        }
        QJsonObject step{{QStringLiteral("id"), s.id},
                         {QStringLiteral("title"), s.title},
                         {QStringLiteral("status"), severityName(s.result.status)},
                         {QStringLiteral("durationMs"), s.result.durationMs},
                         {QStringLiteral("findings"), findings}};
        if (!s.result.data.isEmpty())
            step.insert(QStringLiteral("data"), s.result.data);
        steps.append(step);
    }
    QJsonArray fixes;
    for (const FixScript &fix : result.fixes) {
        fixes.append(QJsonObject{
            {QStringLiteral("id"), fix.id},
            {QStringLiteral("title"), fix.title},
            {QStringLiteral("destructive"), fix.destructive},
            {QStringLiteral("script"), fix.script},
            {QStringLiteral("findingIds"), QJsonArray::fromStringList(fix.findingIds)}});
    }
    QJsonValue rootCause;
    if (result.rootCause) {
        rootCause = QJsonObject{{QStringLiteral("findingId"), result.rootCause->findingId},
                                {QStringLiteral("step"), result.rootCause->step},
                                {QStringLiteral("title"), result.rootCause->title}};
    }
    return QJsonObject{
        {QStringLiteral("startedAt"),
         result.startedAt.isValid() ? QJsonValue(result.startedAt.toString(Qt::ISODateWithMs))
                                    : QJsonValue()},
        {QStringLiteral("durationMs"), result.durationMs},
        {QStringLiteral("status"), severityName(result.status)},
        {QStringLiteral("rootCause"), rootCause},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("fixes"), fixes},
    };
}

DiagnosisResult fromJson(const QJsonObject &json)
{
    DiagnosisResult r;
    r.startedAt = QDateTime::fromString(json.value(QStringLiteral("startedAt")).toString(),
                                        Qt::ISODateWithMs);
    r.durationMs = json.value(QStringLiteral("durationMs")).toInteger();
    r.status = severityOf(json.value(QStringLiteral("status")));
    const QJsonObject cause = json.value(QStringLiteral("rootCause")).toObject();
    if (!cause.isEmpty()) {
        r.rootCause = RootCause{cause.value(QStringLiteral("findingId")).toString(),
                                cause.value(QStringLiteral("step")).toString(),
                                cause.value(QStringLiteral("title")).toString()};
    }
    for (const QJsonValue &value : json.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject o = value.toObject();
        StepResult s;
        s.id = o.value(QStringLiteral("id")).toString();
        s.title = o.value(QStringLiteral("title")).toString();
        s.result.status = severityOf(o.value(QStringLiteral("status")));
        s.result.durationMs = o.value(QStringLiteral("durationMs")).toInteger();
        s.result.data = o.value(QStringLiteral("data")).toObject();
        for (const QJsonValue &f : o.value(QStringLiteral("findings")).toArray())
            s.result.findings.append(findingFromJson(f.toObject()));
        r.steps.append(s);
    }
    for (const QJsonValue &value : json.value(QStringLiteral("fixes")).toArray()) {
        const QJsonObject o = value.toObject();
        r.fixes.append(FixScript{o.value(QStringLiteral("id")).toString(),
                                 o.value(QStringLiteral("title")).toString(),
                                 o.value(QStringLiteral("destructive")).toBool(),
                                 o.value(QStringLiteral("script")).toString(),
                                 stringList(o.value(QStringLiteral("findingIds")))});
    }
    return r;
}

} // namespace eas::wizard::SessionResultJson
