#pragma once

#include "events/EventRecord.h"
#include "events/EventXmlBuilder.h"

#include <QStringDecoder>
#include <QXmlStreamReader>

class QIODevice;

namespace eas::events {

// Streams the events of an exported event log in XML: Event Viewer's "Save as XML"
// (<Events><Event xmlns=...>...) and `wevtutil qe /f:xml` or /f:RenderedXml (<Event> elements
// one after another, no root). The device is read in 64 KiB chunks, so memory stays flat however
// large the file; UTF-8 and UTF-16 (with or without BOM) are understood.
class EventXmlReader
{
public:
    explicit EventXmlReader(QIODevice *device);

    // Reads up to the end of the next <Event>. False at the end of the input or when the XML
    // breaks off; errorString() then says why (empty at a clean end).
    bool readNext(EventRecord *record);
    QString errorString() const { return m_error; }

private:
    bool feed();
    bool startDocument(const QByteArray &bytes);
    void fail(const QString &why);

    QIODevice *m_device;
    QXmlStreamReader m_xml;
    QStringDecoder m_decoder;
    EventXmlBuilder m_builder;
    bool m_started = false;
    bool m_utf16 = false;
    bool m_closed = false;
    bool m_sawEventsRoot = false;
    qint64 m_events = 0;
    QString m_error;
};

} // namespace eas::events
