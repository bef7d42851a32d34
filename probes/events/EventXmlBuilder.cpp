#include "EventXmlBuilder.h"

#include <QXmlStreamReader>

#include <utility>

namespace eas::events {

namespace {

void appendCapped(QString *target, QStringView text)
{
    const qsizetype room = MaxFieldChars - target->size();
    if (room > 0)
        target->append(text.left(room));
}

void appendString(EventRecord *record, const QString &value)
{
    if (record->strings.size() < MaxStrings)
        record->strings.append(value);
}

} // namespace

bool EventXmlBuilder::consume(const QXmlStreamReader &xml)
{
    switch (xml.tokenType()) {
    case QXmlStreamReader::StartElement:
        startElement(xml);
        return false;
    case QXmlStreamReader::Characters:
        if (insideEvent())
            appendCapped(&m_text, xml.text());
        return false;
    case QXmlStreamReader::EndElement:
        return insideEvent() && endElement(xml.name());
    default:
        return false;
    }
}

EventRecord EventXmlBuilder::take()
{
    return std::exchange(m_record, EventRecord());
}

EventXmlBuilder::Section EventXmlBuilder::sectionOf(QStringView name)
{
    if (name == QLatin1String("System"))
        return Section::System;
    if (name == QLatin1String("EventData"))
        return Section::EventData;
    if (name == QLatin1String("UserData"))
        return Section::UserData;
    if (name == QLatin1String("RenderingInfo"))
        return Section::RenderingInfo;
    return Section::Other;
}

void EventXmlBuilder::startElement(const QXmlStreamReader &xml)
{
    const QStringView name = xml.name();
    if (m_hasChildren.isEmpty()) {
        if (name != QLatin1String("Event"))
            return;
        m_record = EventRecord();
    } else {
        m_hasChildren.last() = true;
    }
    m_hasChildren.append(false);
    m_text.clear();
    if (m_hasChildren.size() == 2)
        m_section = sectionOf(name);
    if (m_hasChildren.size() != 3 || m_section != Section::System)
        return;
    const QXmlStreamAttributes attributes = xml.attributes();
    if (name == QLatin1String("Provider")) {
        m_record.provider = attributes.value(QLatin1String("Name")).toString();
        if (m_record.provider.isEmpty())
            m_record.provider = attributes.value(QLatin1String("EventSourceName")).toString();
    } else if (name == QLatin1String("TimeCreated")) {
        m_record.timeCreated
            = parseEventTime(attributes.value(QLatin1String("SystemTime")).toString());
    }
}

bool EventXmlBuilder::endElement(QStringView name)
{
    const qsizetype depth = m_hasChildren.size(); // of the element that ends; <Event> is 1
    const bool leaf = !m_hasChildren.last();
    m_hasChildren.removeLast();
    const QString text = std::exchange(m_text, QString());
    if (depth == 1)
        return true; // </Event>
    if (depth == 3 && m_section == Section::System)
        storeSystemValue(name, text.trimmed());
    else if (depth == 3 && m_section == Section::EventData && name == QLatin1String("Data"))
        appendString(&m_record, text.trimmed());
    else if (depth >= 3 && m_section == Section::UserData && leaf)
        appendString(&m_record, text.trimmed());
    else if (depth == 3 && m_section == Section::RenderingInfo && name == QLatin1String("Message"))
        m_record.message = text.trimmed();
    return false;
}

void EventXmlBuilder::storeSystemValue(QStringView name, const QString &value)
{
    if (name == QLatin1String("EventID"))
        m_record.eventId = quint16(value.toUInt() & 0xffff);
    else if (name == QLatin1String("Level"))
        m_record.level = quint8(qMin(value.toUInt(), 255u));
    else if (name == QLatin1String("EventRecordID"))
        m_record.recordId = value.toULongLong();
    else if (name == QLatin1String("Channel"))
        m_record.channel = value;
    else if (name == QLatin1String("Computer"))
        m_record.computer = value;
}

std::optional<EventRecord> parseEventXml(const QString &text)
{
    QXmlStreamReader xml(text);
    EventXmlBuilder builder;
    while (!xml.atEnd()) {
        xml.readNext();
        if (builder.consume(xml))
            return builder.take();
    }
    return std::nullopt;
}

} // namespace eas::events
