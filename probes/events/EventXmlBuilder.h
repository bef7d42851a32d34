#pragma once

#include "events/EventRecord.h"

#include <QVarLengthArray>

#include <optional>

class QXmlStreamReader;

namespace eas::events {

// Builds EventRecords from the tokens of a QXmlStreamReader, one token at a time, so the same
// code serves a streamed export (tokens arrive as the file is read) and the XML that libevtx
// renders for one .evtx record. An <Event> is recognised at any depth, with or without the
// event namespace (Event Viewer's <Events> root, wevtutil's bare <Event> list).
class EventXmlBuilder
{
public:
    // Feeds the reader's current token; true when it completed an <Event> (see take()).
    bool consume(const QXmlStreamReader &xml);
    EventRecord take();
    bool insideEvent() const { return !m_hasChildren.isEmpty(); }

private:
    enum class Section { Other, System, EventData, UserData, RenderingInfo };

    static Section sectionOf(QStringView name);
    void startElement(const QXmlStreamReader &xml);
    bool endElement(QStringView name);
    void storeSystemValue(QStringView name, const QString &value);

    EventRecord m_record;
    // One entry per open element from <Event> down: whether an element started inside it.
    QVarLengthArray<bool, 16> m_hasChildren;
    Section m_section = Section::Other; // the child of <Event> that is open
    QString m_text;
};

// Parses one <Event> element (libevtx's per-record XML); nullopt when it holds none.
std::optional<EventRecord> parseEventXml(const QString &xml);

} // namespace eas::events
