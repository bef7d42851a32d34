#include "LogsStepData.h"

#include <QJsonArray>

#include <algorithm>

namespace eas {

namespace {

const QString kKey = QStringLiteral("key");
const QString kFailures = QStringLiteral("failures");
const QString kRequests = QStringLiteral("requests");
const QString kStatus = QStringLiteral("status");
const QString kReason = QStringLiteral("reason");
const QString kHour = QStringLiteral("hour");
const QString kUsers = QStringLiteral("users");
const QString kDevices = QStringLiteral("devices");
const QString kClientIps = QStringLiteral("clientIps");
const QString kReasons = QStringLiteral("reasons");
const QString kTimeline = QStringLiteral("timeline");
const QString k401 = QStringLiteral("401");
const QString k403 = QStringLiteral("403");
const QString k500 = QStringLiteral("500");
const QString k503 = QStringLiteral("503");

QJsonArray rankedToJson(const QList<logs::Ranked> &ranked)
{
    QJsonArray out;
    for (const logs::Ranked &r : ranked)
        out.append(QJsonObject{{kKey, r.key}, {kFailures, qint64(r.count)}});
    return out;
}

QList<logs::Ranked> rankedFromJson(const QJsonValue &value)
{
    QList<logs::Ranked> out;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(kKey).isString())
            out.append({o.value(kKey).toString(), o.value(kFailures).toInteger()});
    }
    return out;
}

QList<LogsStepData::Reason> reasonsOf(const logs::LogReport &report)
{
    QList<LogsStepData::Reason> out;
    const logs::StatusCounts &byStatus = report.aggregates.activesync.byStatus;
    for (int status = 0; status < int(byStatus.size()); ++status) {
        if (byStatus[std::size_t(status)] == 0)
            continue;
        for (const logs::Ranked &r : report.errorReasons(status))
            out.append({status, r.key, r.count});
    }
    std::stable_sort(
        out.begin(), out.end(), [](const auto &a, const auto &b) { return a.count > b.count; });
    return out.mid(0, LogsStepData::kTopRows);
}

} // namespace

bool LogsStepData::isEmpty() const
{
    return users.isEmpty() && devices.isEmpty() && clientIps.isEmpty() && reasons.isEmpty()
           && timeline.isEmpty();
}

LogsStepData LogsStepData::fromReport(const logs::LogReport &report)
{
    LogsStepData d;
    d.users = report.topUsers(logs::UserMetric::Failures, kTopRows);
    d.devices = report.topDevicesByFailures(kTopRows);
    d.clientIps = report.topClientIpsByFailures(kTopRows);
    d.reasons = reasonsOf(report);
    d.timeline = report.timeline();
    return d;
}

QJsonObject LogsStepData::toJson() const
{
    QJsonArray reasonArray;
    for (const Reason &r : reasons)
        reasonArray.append(
            QJsonObject{{kStatus, r.status}, {kReason, r.reason}, {kRequests, qint64(r.count)}});
    QJsonArray timelineArray;
    for (const logs::TimelinePoint &p : timeline) {
        timelineArray.append(QJsonObject{{kHour, p.hour.toString(Qt::ISODate)},
                                         {kRequests, qint64(p.stats.requests)},
                                         {kFailures, qint64(p.stats.failures)},
                                         {k401, qint64(p.stats.status401)},
                                         {k403, qint64(p.stats.status403)},
                                         {k500, qint64(p.stats.status500)},
                                         {k503, qint64(p.stats.status503)}});
    }
    return {{kUsers, rankedToJson(users)},
            {kDevices, rankedToJson(devices)},
            {kClientIps, rankedToJson(clientIps)},
            {kReasons, reasonArray},
            {kTimeline, timelineArray}};
}

LogsStepData LogsStepData::fromJson(const QJsonObject &json)
{
    LogsStepData d;
    d.users = rankedFromJson(json.value(kUsers));
    d.devices = rankedFromJson(json.value(kDevices));
    d.clientIps = rankedFromJson(json.value(kClientIps));
    for (const QJsonValue &v : json.value(kReasons).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(kReason).isString())
            d.reasons.append({o.value(kStatus).toInt(),
                              o.value(kReason).toString(),
                              o.value(kRequests).toInteger()});
    }
    for (const QJsonValue &v : json.value(kTimeline).toArray()) {
        const QJsonObject o = v.toObject();
        const QDateTime hour = QDateTime::fromString(o.value(kHour).toString(), Qt::ISODate);
        if (!hour.isValid())
            continue;
        logs::TimelinePoint p;
        p.hour = hour.toUTC();
        p.stats.requests = o.value(kRequests).toInteger();
        p.stats.failures = o.value(kFailures).toInteger();
        p.stats.status401 = o.value(k401).toInteger();
        p.stats.status403 = o.value(k403).toInteger();
        p.stats.status500 = o.value(k500).toInteger();
        p.stats.status503 = o.value(k503).toInteger();
        d.timeline.append(p);
    }
    return d;
}

} // namespace eas
