#include "LogReportJson.h"

#include "LogTablesJson.h"

#include "core/DiagnosisJson.h"

#include <QJsonArray>

#include <future>

namespace eas::logs::LogReportJson {

namespace {

constexpr int kTopOffenders = 10;

QString keyText(std::string_view key)
{
    return QString::fromUtf8(key.data(), qsizetype(key.size()));
}

QJsonValue timeOrNull(std::int64_t secs)
{
    const QDateTime t = LogReport::timeFromSecs(secs);
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject statusObject(const StatusCounts &counts)
{
    QJsonObject o;
    for (std::size_t s = 0; s < counts.size(); ++s) {
        if (counts[s] != 0)
            o.insert(QString::number(s), qint64(counts[s]));
    }
    return o;
}

QJsonArray rankedArray(const QList<Ranked> &ranked)
{
    QJsonArray a;
    for (const Ranked &r : ranked)
        a.append(QJsonObject{{QStringLiteral("key"), r.key},
                             {QStringLiteral("failures"), qint64(r.count)}});
    return a;
}

QJsonObject fileObject(const FileReport &f)
{
    QJsonArray corrupt;
    for (const CorruptLine &c : f.corrupt) {
        corrupt.append(
            QJsonObject{{QStringLiteral("line"), qint64(c.line)},
                        {QStringLiteral("reason"), LogReport::corruptReasonName(c.reason)}});
    }
    return {{QStringLiteral("path"), f.path},
            {QStringLiteral("bytes"), qint64(f.bytes)},
            {QStringLiteral("compressed"), f.compressed},
            {QStringLiteral("lines"), qint64(f.lines)},
            {QStringLiteral("requests"), qint64(f.requests)},
            {QStringLiteral("activesyncRequests"), qint64(f.activesyncRequests)},
            {QStringLiteral("corruptLines"), qint64(f.corruptLines)},
            {QStringLiteral("corrupt"), corrupt},
            {QStringLiteral("directives"), qint64(f.directives)},
            {QStringLiteral("blankLines"), qint64(f.blankLines)},
            {QStringLiteral("noFieldsLines"), qint64(f.noFieldsLines)},
            {QStringLiteral("outOfRange"), qint64(f.outOfRange)},
            {QStringLiteral("software"), textOrNull(f.software)},
            {QStringLiteral("version"), textOrNull(f.version)},
            {QStringLiteral("date"), textOrNull(f.date)},
            {QStringLiteral("error"), textOrNull(f.error)}};
}

QJsonObject totalsObject(const LogReport &report)
{
    const Totals t = report.totals();
    return {{QStringLiteral("lines"), qint64(t.lines)},
            {QStringLiteral("requests"), qint64(t.requests)},
            {QStringLiteral("activesyncRequests"), qint64(t.activesyncRequests)},
            {QStringLiteral("corruptLines"), qint64(t.corruptLines)},
            {QStringLiteral("noFieldsLines"), qint64(t.noFieldsLines)},
            {QStringLiteral("outOfRange"), qint64(t.outOfRange)},
            {QStringLiteral("bytes"), qint64(t.bytes)},
            {QStringLiteral("byStatus"), statusObject(report.aggregates.byStatus)}};
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

QJsonObject rolesObject(const ActiveSyncStats &as)
{
    return {{QStringLiteral("frontEnd"),
             QJsonObject{{QStringLiteral("requests"), qint64(as.frontEnd)},
                         {QStringLiteral("byStatus"), statusObject(as.frontEndByStatus)}}},
            {QStringLiteral("backEnd"),
             QJsonObject{{QStringLiteral("requests"), qint64(as.backEnd)},
                         {QStringLiteral("byStatus"), statusObject(as.backEndByStatus)}}}};
}

QJsonObject logItemsObject(const ActiveSyncStats &as)
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
        reasons.insert(reason, qint64(n));
        byStatusError.insert(status, reasons);
    });
    QJsonObject byEasStatus;
    for (const auto &[status, n] : as.byEasStatus)
        byEasStatus.insert(QString::number(status), qint64(n));
    return {{QStringLiteral("byError"), byError},
            {QStringLiteral("byStatusAndError"), byStatusError},
            {QStringLiteral("byEasStatus"), byEasStatus},
            {QStringLiteral("byAccessState"), LogTablesJson::accessStates(as)}};
}

QJsonObject timeObject(const LogReport &report, QJsonArray *timeline)
{
    QJsonObject byHour;
    for (const TimelinePoint &p : report.timeline()) {
        const QString hour = p.hour.toString(Qt::ISODate);
        byHour.insert(hour, qint64(p.stats.requests));
        timeline->append(QJsonObject{{QStringLiteral("hour"), hour},
                                     {QStringLiteral("requests"), qint64(p.stats.requests)},
                                     {QStringLiteral("failures"), qint64(p.stats.failures)},
                                     {QStringLiteral("401"), qint64(p.stats.status401)},
                                     {QStringLiteral("403"), qint64(p.stats.status403)},
                                     {QStringLiteral("500"), qint64(p.stats.status500)},
                                     {QStringLiteral("503"), qint64(p.stats.status503)}});
    }
    return byHour;
}

QJsonObject activeSyncObject(const LogReport &report)
{
    const ActiveSyncStats &as = report.aggregates.activesync;
    // The device table, the biggest object, is built on another core meanwhile.
    std::future<QJsonObject> devices
        = std::async(std::launch::async, [&as] { return LogTablesJson::devices(as); });
    QJsonArray timeline;
    QJsonObject o{{QStringLiteral("requests"), qint64(as.requests)},
                  {QStringLiteral("failures"), qint64(as.failures)},
                  {QStringLiteral("byStatus"), statusObject(as.byStatus)},
                  {QStringLiteral("byStatusDetail"), statusDetailObject(as)},
                  {QStringLiteral("byRole"), rolesObject(as)},
                  {QStringLiteral("byUser"), LogTablesJson::users(as)},
                  {QStringLiteral("byCmd"), LogTablesJson::commands(as)},
                  {QStringLiteral("byClientIp"), LogTablesJson::clientIps(as)},
                  {QStringLiteral("byServer"), LogTablesJson::servers(as)},
                  {QStringLiteral("byHour"), timeObject(report, &timeline)},
                  {QStringLiteral("timeline"), timeline},
                  {QStringLiteral("logItems"), logItemsObject(as)},
                  {QStringLiteral("firstFailure"), timeOrNull(as.firstFailure)},
                  {QStringLiteral("lastFailure"), timeOrNull(as.lastFailure)}};
    o.insert(QStringLiteral("topOffenders"),
             QJsonObject{{QStringLiteral("users"),
                          rankedArray(report.topUsers(UserMetric::Failures, kTopOffenders))},
                         {QStringLiteral("devices"),
                          rankedArray(report.topDevicesByFailures(kTopOffenders))},
                         {QStringLiteral("clientIps"),
                          rankedArray(report.topClientIpsByFailures(kTopOffenders))}});
    o.insert(QStringLiteral("byDevice"), devices.get());
    return o;
}

} // namespace

QJsonObject toJson(const LogReport &report, const Findings &findings)
{
    QJsonArray files;
    for (const FileReport &f : report.files)
        files.append(fileObject(f));
    QJsonArray findingArray;
    for (const Finding &f : findings)
        findingArray.append(DiagnosisJson::findingToJson(f));
    const LogFilter &filter = report.filter;
    return {{QStringLiteral("schema"), QString::fromLatin1(kSchema)},
            {QStringLiteral("tool"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("eas-doctor")},
                         {QStringLiteral("version"), QStringLiteral(EAS_VERSION)}}},
            {QStringLiteral("durationMs"), qint64(report.durationMs)},
            {QStringLiteral("threads"), report.threads},
            {QStringLiteral("cancelled"), report.cancelled},
            {QStringLiteral("filter"),
             QJsonObject{{QStringLiteral("user"), textOrNull(filter.user())},
                         {QStringLiteral("from"),
                          filter.from().isValid() ? QJsonValue(filter.from().toString(Qt::ISODate))
                                                  : QJsonValue()},
                         {QStringLiteral("to"),
                          filter.to().isValid() ? QJsonValue(filter.to().toString(Qt::ISODate))
                                                : QJsonValue()}}},
            {QStringLiteral("files"), files},
            {QStringLiteral("totals"), totalsObject(report)},
            {QStringLiteral("activesync"), activeSyncObject(report)},
            {QStringLiteral("findings"), findingArray}};
}

} // namespace eas::logs::LogReportJson
