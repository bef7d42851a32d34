#include "BundleEvents.h"

#include <QJsonArray>

namespace eas::events {

namespace {

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().left(MaxFieldChars);
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    return {};
}

QDateTime timeFrom(const QJsonValue &value)
{
    if (value.isObject())
        return parseEventTime(value.toObject().value(QLatin1String("value")).toString());
    return parseEventTime(value.toString());
}

// Properties as ConvertTo-Json writes them: [{"Value": ...}, ...]; plain values are taken too.
QStringList propertyStrings(const QJsonValue &value)
{
    QStringList strings;
    const QJsonArray properties = value.toArray();
    for (const QJsonValue &property : properties) {
        if (strings.size() >= MaxStrings)
            break;
        strings.append(text(property.isObject() ? property.toObject().value(QLatin1String("Value"))
                                                : property));
    }
    return strings;
}

} // namespace

EventRecord eventFromJson(const QJsonObject &object)
{
    EventRecord record;
    const double recordId = object.value(QLatin1String("RecordId")).toDouble();
    record.recordId = recordId > 0 && recordId < 9.0e15 ? quint64(recordId) : 0;
    record.timeCreated = timeFrom(object.value(QLatin1String("TimeCreated")));
    record.provider = text(object.value(QLatin1String("ProviderName")));
    record.eventId = quint16(text(object.value(QLatin1String("Id"))).toUInt() & 0xffff);
    record.level = levelFromName(text(object.value(QLatin1String("LevelDisplayName"))));
    if (record.level == 0)
        record.level = quint8(qBound(0, object.value(QLatin1String("Level")).toInt(), 255));
    record.channel = text(object.value(QLatin1String("LogName")));
    record.computer = text(object.value(QLatin1String("MachineName")));
    record.message = text(object.value(QLatin1String("Message")));
    record.strings = propertyStrings(object.value(QLatin1String("Properties")));
    return record;
}

} // namespace eas::events
