#include "LogReportJson.h"

#include "LogTablesJson.h"

#include "core/DiagnosisJson.h"

#include <QJsonDocument>

#include <future>
#include <string>

namespace eas::logs::LogReportJson {

namespace {

constexpr int kTopOffenders = 10;

QString keyText(std::string_view key)
{
    return QString::fromUtf8(key.data(), qsizetype(key.size()));
}

void statusObject(JsonText &json, const StatusCounts &counts)
{
    json.beginObject();
    for (std::size_t s = 0; s < counts.size(); ++s) {
        if (counts[s] != 0) {
            json.key(std::to_string(s));
            json.number(counts[s]);
        }
    }
    json.endObject();
}

void member(JsonText &json, std::string_view name, std::int64_t n)
{
    json.key(name);
    json.number(n);
}

void member(JsonText &json, std::string_view name, const QJsonValue &v)
{
    json.key(name);
    json.value(v);
}

void textOrNull(JsonText &json, std::string_view name, const QString &text)
{
    json.key(name);
    json.stringOrNull(text);
}

void timeOrNull(JsonText &json, std::string_view name, const QDateTime &t)
{
    json.key(name);
    if (t.isValid())
        json.string(t.toString(Qt::ISODate));
    else
        json.null();
}

void fileObject(JsonText &json, const FileReport &f)
{
    json.beginObject();
    member(json, "activesyncRequests", f.activesyncRequests);
    member(json, "blankLines", f.blankLines);
    member(json, "bytes", f.bytes);
    json.key("compressed");
    json.boolean(f.compressed);
    json.key("corrupt");
    json.beginArray();
    for (const CorruptLine &c : f.corrupt) {
        json.beginObject();
        member(json, "line", c.line);
        json.key("reason");
        json.string(LogReport::corruptReasonName(c.reason));
        json.endObject();
    }
    json.endArray();
    member(json, "corruptLines", f.corruptLines);
    textOrNull(json, "date", f.date);
    member(json, "directives", f.directives);
    textOrNull(json, "error", f.error);
    member(json, "lines", f.lines);
    member(json, "noFieldsLines", f.noFieldsLines);
    member(json, "outOfRange", f.outOfRange);
    json.key("path");
    json.string(f.path);
    member(json, "requests", f.requests);
    textOrNull(json, "software", f.software);
    textOrNull(json, "version", f.version);
    json.endObject();
}

void totalsObject(JsonText &json, const LogReport &report)
{
    const Totals t = report.totals();
    json.beginObject();
    member(json, "activesyncRequests", t.activesyncRequests);
    json.key("byStatus");
    statusObject(json, report.aggregates.byStatus);
    member(json, "bytes", t.bytes);
    member(json, "corruptLines", t.corruptLines);
    member(json, "lines", t.lines);
    member(json, "noFieldsLines", t.noFieldsLines);
    member(json, "outOfRange", t.outOfRange);
    member(json, "requests", t.requests);
    json.endObject();
}

QJsonObject statusDetailObject(const ActiveSyncStats &as)
{
    const auto part = [](std::uint64_t v, std::uint64_t unknown) {
        return v == unknown ? QStringLiteral("-") : QString::number(v);
    };
    QJsonObject o;
    for (const auto &[key, n] : as.byStatusDetail) {
        const QString name = part(key >> 48, 0xffff) + QLatin1Char('.')
                             + part(key >> 32 & 0xffff, 0xffff) + QLatin1Char('.')
                             + part(key & 0xffffffffu, 0xffffffffu);
        o.insert(name, qint64(n));
    }
    return o;
}

void roleObject(JsonText &json, std::int64_t requests, const StatusCounts &byStatus)
{
    json.beginObject();
    json.key("byStatus");
    statusObject(json, byStatus);
    member(json, "requests", requests);
    json.endObject();
}

void rolesObject(JsonText &json, const ActiveSyncStats &as)
{
    json.beginObject();
    json.key("backEnd");
    roleObject(json, as.backEnd, as.backEndByStatus);
    json.key("frontEnd");
    roleObject(json, as.frontEnd, as.frontEndByStatus);
    json.endObject();
}

void logItemsObject(JsonText &json, const ActiveSyncStats &as)
{
    QJsonObject byError;
    QJsonObject byStatusError;
    as.byStatusError.forEach([&](std::string_view key, std::int64_t n) {
        const QString text = keyText(key);
        const qsizetype space = text.indexOf(QLatin1Char(' '));
        const QString status = text.left(space);
        const QString reason = text.mid(space + 1);
        byError.insert(reason, byError.value(reason).toInteger() + n);
        QJsonObject reasons = byStatusError.value(status).toObject();
        reasons.insert(reason, reasons.value(reason).toInteger() + n);
        byStatusError.insert(status, reasons);
    });
    QJsonObject byEasStatus;
    for (const auto &[status, n] : as.byEasStatus)
        byEasStatus.insert(QString::number(status), qint64(n));
    json.beginObject();
    json.key("byAccessState");
    LogTablesJson::accessStates(json, as);
    member(json, "byEasStatus", byEasStatus);
    member(json, "byError", byError);
    member(json, "byStatusAndError", byStatusError);
    json.endObject();
}

// byHour and the timeline, from the hours counted (hours since the epoch).
void timeObjects(JsonText &json, const ActiveSyncStats &as)
{
    json.key("byHour");
    json.beginObject();
    for (const auto &[hour, stats] : as.byHour)
        member(json, JsonText::timeText(hour * 3600).view(), stats.requests);
    json.endObject();
    json.key("timeline");
    json.beginArray();
    for (const auto &[hour, stats] : as.byHour) {
        json.beginObject();
        member(json, "401", stats.status401);
        member(json, "403", stats.status403);
        member(json, "500", stats.status500);
        member(json, "503", stats.status503);
        member(json, "failures", stats.failures);
        json.key("hour");
        json.stringOrNull(JsonText::timeText(hour * 3600).view());
        member(json, "requests", stats.requests);
        json.endObject();
    }
    json.endArray();
}

void rankedArray(JsonText &json, std::string_view name, const QList<Ranked> &ranked)
{
    json.key(name);
    json.beginArray();
    for (const Ranked &r : ranked) {
        json.beginObject();
        member(json, "failures", r.count);
        json.key("key");
        json.string(r.key);
        json.endObject();
    }
    json.endArray();
}

void activeSyncObject(JsonText &json, const LogReport &report)
{
    const ActiveSyncStats &as = report.aggregates.activesync;
    // The device table, the biggest object, is written on another core meanwhile, at its depth
    // in the document ({ "activesync": { "byDevice": here), and put last.
    std::future<std::string> devices = std::async(std::launch::async, [&as] {
        JsonText text(2);
        LogTablesJson::devices(text, as);
        return text.take();
    });
    json.beginObject();
    json.key("byClientIp");
    LogTablesJson::clientIps(json, as);
    json.key("byCmd");
    LogTablesJson::commands(json, as);
    timeObjects(json, as); // byHour, and timeline further down
    json.key("byRole");
    rolesObject(json, as);
    json.key("byServer");
    LogTablesJson::servers(json, as);
    json.key("byStatus");
    statusObject(json, as.byStatus);
    member(json, "byStatusDetail", statusDetailObject(as));
    json.key("byUser");
    LogTablesJson::users(json, as);
    member(json, "failures", as.failures);
    timeOrNull(json, "firstFailure", LogReport::timeFromSecs(as.firstFailure));
    timeOrNull(json, "lastFailure", LogReport::timeFromSecs(as.lastFailure));
    json.key("logItems");
    logItemsObject(json, as);
    member(json, "requests", as.requests);
    json.key("topOffenders");
    json.beginObject();
    rankedArray(json, "clientIps", report.topClientIpsByFailures(kTopOffenders));
    rankedArray(json, "devices", report.topDevicesByFailures(kTopOffenders));
    rankedArray(json, "users", report.topUsers(UserMetric::Failures, kTopOffenders));
    json.endObject();
    json.key("byDevice");
    json.raw(devices.get());
    json.endObject();
}

} // namespace

std::string toText(const LogReport &report, const Findings &findings, const QJsonObject &extra)
{
    JsonText json;
    json.beginObject();
    json.key("activesync");
    activeSyncObject(json, report);
    json.key("cancelled");
    json.boolean(report.cancelled);
    member(json, "durationMs", report.durationMs);
    json.key("files");
    json.beginArray();
    for (const FileReport &f : report.files)
        fileObject(json, f);
    json.endArray();
    const LogFilter &filter = report.filter;
    json.key("filter");
    json.beginObject();
    timeOrNull(json, "from", filter.from());
    timeOrNull(json, "to", filter.to());
    textOrNull(json, "user", filter.user());
    json.endObject();
    json.key("findings");
    json.beginArray();
    for (const Finding &f : findings)
        json.value(DiagnosisJson::findingToJson(f));
    json.endArray();
    json.key("schema");
    json.string(std::string_view(kSchema));
    member(json, "threads", report.threads);
    json.key("tool");
    json.beginObject();
    json.key("name");
    json.string(std::string_view("eas-doctor"));
    json.key("version");
    json.string(std::string_view(EAS_VERSION));
    json.endObject();
    json.key("totals");
    totalsObject(json, report);
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        const QByteArray name = it.key().toUtf8();
        member(json, std::string_view(name.constData(), std::size_t(name.size())), it.value());
    }
    json.endObject();
    return json.take();
}

QJsonObject toJson(const LogReport &report, const Findings &findings)
{
    const std::string text = toText(report, findings);
    return QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), qsizetype(text.size())))
        .object();
}

} // namespace eas::logs::LogReportJson
