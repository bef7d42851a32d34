#include "EventXmlReader.h"

#include "core/Tr.h"

#include <QIODevice>

namespace eas::events {

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;
// wevtutil writes <Event> elements without a root; a synthetic one around the whole input makes
// every export a single document. The XML declaration is taken off first (it must come first).
const QByteArray WrapperOpen = QByteArrayLiteral("<eas-doctor-events>");
const QByteArray WrapperClose = QByteArrayLiteral("</eas-doctor-events>");

QStringDecoder::Encoding sniffEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xff\xfe"))
        return QStringDecoder::Utf16LE;
    if (bytes.startsWith("\xfe\xff"))
        return QStringDecoder::Utf16BE;
    if (bytes.size() >= 2 && bytes.at(0) != 0 && bytes.at(1) == 0)
        return QStringDecoder::Utf16LE;
    if (bytes.size() >= 2 && bytes.at(0) == 0 && bytes.at(1) != 0)
        return QStringDecoder::Utf16BE;
    return QStringDecoder::Utf8;
}

} // namespace

EventXmlReader::EventXmlReader(QIODevice *device)
    : m_device(device)
{
}

bool EventXmlReader::readNext(EventRecord *record)
{
    while (m_error.isEmpty()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && feed())
            continue;
        if (m_xml.hasError()) {
            fail(m_closed ? Tr::tr("the XML ends inside an element at line %1: the file looks "
                                   "cut short")
                                .arg(m_xml.lineNumber())
                          : Tr::tr("invalid XML at line %1: %2")
                                .arg(m_xml.lineNumber())
                                .arg(m_xml.errorString()));
            return false;
        }
        if (token == QXmlStreamReader::StartElement && m_xml.name() == QLatin1String("Events"))
            m_sawEventsRoot = true;
        if (token == QXmlStreamReader::EndDocument) {
            if (m_events == 0 && !m_sawEventsRoot)
                fail(Tr::tr("no <Event> element found: this XML is not an event log export"));
            return false;
        }
        if (m_builder.consume(m_xml)) {
            *record = m_builder.take();
            ++m_events;
            return true;
        }
    }
    return false;
}

bool EventXmlReader::feed()
{
    if (m_closed || !m_error.isEmpty())
        return false;
    const QByteArray bytes = m_device->read(ChunkBytes);
    if (!m_started) {
        m_started = true;
        return startDocument(bytes);
    }
    if (bytes.isEmpty()) {
        m_xml.addData(WrapperClose);
        m_closed = true;
    } else if (m_utf16) {
        m_xml.addData(m_decoder.decode(bytes));
    } else {
        m_xml.addData(bytes); // UTF-8 goes to the reader as it is
    }
    return true;
}

bool EventXmlReader::startDocument(const QByteArray &bytes)
{
    const QStringDecoder::Encoding encoding = sniffEncoding(bytes);
    m_utf16 = encoding != QStringDecoder::Utf8;
    m_decoder = QStringDecoder(encoding);
    QByteArray text = m_utf16 ? QString(m_decoder.decode(bytes)).toUtf8() : bytes;
    if (text.startsWith("\xef\xbb\xbf"))
        text.remove(0, 3);
    const qsizetype start = text.indexOf('<');
    if (start < 0 || !text.left(start).trimmed().isEmpty()) {
        fail(Tr::tr("not XML: the file does not start with an element"));
        return false;
    }
    text.remove(0, start);
    if (text.startsWith("<?xml") && text.size() > 5
        && !QChar::isLetterOrNumber(uchar(text.at(5)))) {
        const qsizetype end = text.indexOf("?>");
        if (end < 0) {
            fail(Tr::tr("not XML: the XML declaration is not closed"));
            return false;
        }
        text.remove(0, end + 2);
    }
    m_xml.addData(WrapperOpen + text);
    return true;
}

void EventXmlReader::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
}

} // namespace eas::events
