#include "EventsJson.h"

#include <QJsonArray>

namespace eas::events {

namespace {

constexpr int TopReasons = 10;
constexpr int TopGroups = 50;

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray filesToJson(const QList<EventSource> &sources)
{
    QJsonArray files;
    for (const EventSource &source : sources) {
        files.append(QJsonObject{{QStringLiteral("path"), source.path},
                                 {QStringLiteral("format"), formatName(source.format)},
                                 {QStringLiteral("records"), source.records},
                                 {QStringLiteral("error"), textOrNull(source.error)}});
    }
    return files;
}

QJsonObject groupToJson(const ActiveSyncGroup &group)
{
    return QJsonObject{{QStringLiteral("eventId"), int(group.eventId)},
                       {QStringLiteral("blocking"), group.blocking},
                       {QStringLiteral("reason"), group.reason},
                       {QStringLiteral("user"), textOrNull(group.user)},
                       {QStringLiteral("deviceId"), textOrNull(group.deviceId)},
                       {QStringLiteral("deviceType"), textOrNull(group.deviceType)},
                       {QStringLiteral("clientIp"), textOrNull(group.clientIp)},
                       {QStringLiteral("events"), group.events},
                       {QStringLiteral("first"), timeToJson(group.first)},
                       {QStringLiteral("last"), timeToJson(group.last)}};
}

QJsonObject activeSyncToJson(const ActiveSyncSummary &summary)
{
    QJsonArray topReasons;
    for (const auto &[reason, events] : summary.byReason.top(TopReasons))
        topReasons.append(
            QJsonObject{{QStringLiteral("reason"), reason}, {QStringLiteral("events"), events}});
    QJsonArray groups;
    for (const ActiveSyncGroup &group : summary.groups.mid(0, TopGroups))
        groups.append(groupToJson(group));
    return QJsonObject{{QStringLiteral("events"), summary.events},
                       {QStringLiteral("blocking"), summary.blocking},
                       {QStringLiteral("byReason"), summary.byReason.toJson()},
                       {QStringLiteral("first"), timeToJson(summary.first)},
                       {QStringLiteral("last"), timeToJson(summary.last)},
                       {QStringLiteral("byEventId"), summary.byEventId.toJson()},
                       {QStringLiteral("byHour"), summary.byHour.toJson()},
                       {QStringLiteral("blockingByHour"), summary.blockingByHour.toJson()},
                       {QStringLiteral("byUser"), summary.byUser.toJson()},
                       {QStringLiteral("byDevice"), summary.byDevice.toJson()},
                       {QStringLiteral("byClientIp"), summary.byClientIp.toJson()},
                       {QStringLiteral("topReasons"), topReasons},
                       {QStringLiteral("groups"), groups}};
}

} // namespace

QJsonValue timeToJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject eventsToJson(const EventAnalysis &analysis)
{
    return QJsonObject{{QStringLiteral("files"), filesToJson(analysis.sources)},
                       {QStringLiteral("records"), analysis.records},
                       {QStringLiteral("outsideWindow"), analysis.outsideWindow},
                       {QStringLiteral("byProvider"), analysis.byProvider.toJson()},
                       {QStringLiteral("byEventId"), analysis.byEventId.toJson()},
                       {QStringLiteral("activesync"), activeSyncToJson(analysis.activeSync)},
                       {QStringLiteral("cancelled"), analysis.cancelled}};
}

} // namespace eas::events
