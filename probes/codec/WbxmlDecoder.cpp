#include "Wbxml.h"
#include "WbxmlCodePages.h"
#include "WbxmlTokens.h"
#include "WbxmlUtf8.h"

#include <cstring>

// decode(): one forward pass over the bytes with an explicit element stack (no recursion), so
// depth, element count and memory are bounded by the limits and the input size. Every read is
// bounds-checked; every loop iteration consumes at least one byte.
namespace eas::wbxml {
namespace {

using Code = DecodeError::Code;

QString hexByte(quint8 byte)
{
    return QStringLiteral("0x%1").arg(byte, 2, 16, QLatin1Char('0'));
}

class Decoder
{
public:
    Decoder(QByteArrayView bytes, const Limits &limits)
        : m_bytes(bytes)
        , m_limits(limits)
    {
    }

    DecodeResult run()
    {
        DecodeResult result;
        if (readHeader() && readBody())
            result.root = std::move(m_root);
        result.error = m_error;
        return result;
    }

private:
    bool fail(Code code, qsizetype offset, const QString &message)
    {
        m_error = {code, offset, message};
        return false;
    }

    bool atEnd() const { return m_pos >= m_bytes.size(); }
    quint8 next() { return quint8(m_bytes[m_pos++]); }

    bool truncated(const QString &where)
    {
        return fail(Code::Truncated, m_bytes.size(), QStringLiteral("input ended ") + where);
    }

    bool readMultiByte(quint32 *value, const char *what)
    {
        const qsizetype start = m_pos;
        quint64 result = 0;
        for (int i = 0; i < 5; ++i) {
            if (atEnd())
                return truncated(QStringLiteral("inside the %1").arg(QLatin1String(what)));
            const quint8 byte = next();
            result = (result << 7) | (byte & 0x7F);
            if (!(byte & 0x80)) {
                if (result > 0xFFFFFFFFu)
                    break;
                *value = quint32(result);
                return true;
            }
        }
        return fail(Code::TooLarge,
                    start,
                    QStringLiteral("%1 does not fit in 32 bits").arg(QLatin1String(what)));
    }

    bool expectHeaderValue(quint32 expected, const char *what)
    {
        const qsizetype at = m_pos;
        quint32 value = 0;
        if (!readMultiByte(&value, what))
            return false;
        if (value == expected)
            return true;
        return fail(Code::BadHeader,
                    at,
                    QStringLiteral("%1 is 0x%2, ActiveSync uses 0x%3")
                        .arg(QLatin1String(what))
                        .arg(value, 0, 16)
                        .arg(expected, 0, 16));
    }

    bool readHeader()
    {
        if (atEnd())
            return truncated(QStringLiteral("inside the WBXML header"));
        const quint8 version = next();
        if (version != token::version13)
            return fail(Code::BadHeader,
                        0,
                        QStringLiteral("WBXML version %1, ActiveSync uses 0x03 (WBXML 1.3)")
                            .arg(hexByte(version)));
        if (!expectHeaderValue(token::unknownPublicId, "public identifier")
            || !expectHeaderValue(token::utf8Charset, "charset"))
            return false;
        const qsizetype at = m_pos;
        quint32 tableLength = 0;
        if (!readMultiByte(&tableLength, "string table length"))
            return false;
        if (tableLength != 0)
            return fail(Code::StringTableUnsupported,
                        at,
                        QStringLiteral("string table of %1 bytes (ActiveSync never sends one)")
                            .arg(tableLength));
        return true;
    }

    bool readBody()
    {
        while (!m_root) {
            if (atEnd())
                return truncated(QStringLiteral("before the root element was closed"));
            const qsizetype at = m_pos;
            if (!readToken(next(), at))
                return false;
        }
        if (!atEnd())
            return fail(Code::Unbalanced, m_pos, QStringLiteral("bytes after the root element"));
        return true;
    }

    bool readToken(quint8 byte, qsizetype at)
    {
        switch (byte) {
        case token::switchPage:
            return switchPage();
        case token::end:
            return endElement(at);
        case token::inlineString:
            return inlineString(at);
        case token::opaque:
            return opaqueData(at);
        default:
            break;
        }
        if ((byte & token::attributeBit) || (byte & token::tagMask) < token::firstTag)
            return fail(Code::UnsupportedToken,
                        at,
                        QStringLiteral("token %1 (attribute, entity, extension, LITERAL, STR_T or "
                                       "PI) is not used by ActiveSync")
                            .arg(hexByte(byte)));
        return startElement(byte, at);
    }

    bool switchPage()
    {
        if (atEnd())
            return truncated(QStringLiteral("after SWITCH_PAGE"));
        const qsizetype at = m_pos;
        const quint8 number = next();
        m_page = codePage(number);
        if (!m_page)
            return fail(Code::UnknownCodePage,
                        at,
                        QStringLiteral("code page %1 is not an ActiveSync code page").arg(number));
        return true;
    }

    bool startElement(quint8 byte, qsizetype at)
    {
        const quint8 tag = byte & token::tagMask;
        const char *name = tagName(*m_page, tag);
        if (!name)
            return fail(Code::UnknownToken,
                        at,
                        QStringLiteral("token %1 is not defined on code page %2 (%3)")
                            .arg(hexByte(tag))
                            .arg(m_page->number)
                            .arg(QLatin1String(m_page->name)));
        if (++m_elementCount > m_limits.maxElements)
            return fail(Code::TooLarge,
                        at,
                        QStringLiteral("more than %1 elements").arg(m_limits.maxElements));
        if (m_stack.size() >= m_limits.maxDepth)
            return fail(Code::TooDeep,
                        at,
                        QStringLiteral("elements nested deeper than %1").arg(m_limits.maxDepth));
        Element element;
        element.name = QLatin1String(m_page->name) + QLatin1Char(':') + QLatin1String(name);
        if (byte & token::contentBit)
            m_stack.append(std::move(element));
        else
            attach(std::move(element));
        return true;
    }

    void attach(Element &&element)
    {
        if (m_stack.isEmpty())
            m_root = std::move(element);
        else
            m_stack.last().children.append(std::move(element));
    }

    bool endElement(qsizetype at)
    {
        if (m_stack.isEmpty())
            return fail(Code::Unbalanced, at, QStringLiteral("END without an open element"));
        attach(m_stack.takeLast());
        return true;
    }

    bool requireOpenElement(qsizetype at, const char *what)
    {
        if (!m_stack.isEmpty())
            return true;
        return fail(Code::Unbalanced,
                    at,
                    QStringLiteral("%1 outside an element with content").arg(QLatin1String(what)));
    }

    bool inlineString(qsizetype at)
    {
        if (!requireOpenElement(at, "STR_I"))
            return false;
        const char *start = m_bytes.data() + m_pos;
        const auto *terminator
            = static_cast<const char *>(std::memchr(start, 0, size_t(m_bytes.size() - m_pos)));
        if (!terminator)
            return truncated(QStringLiteral("inside an inline string (no NUL terminator)"));
        const QByteArrayView text(start, terminator - start);
        const qsizetype invalid = firstInvalidUtf8(text);
        if (invalid >= 0)
            return fail(Code::InvalidUtf8,
                        m_pos + invalid,
                        QStringLiteral("inline string is not valid UTF-8"));
        m_stack.last().text += QString::fromUtf8(text);
        m_pos += text.size() + 1;
        return true;
    }

    bool opaqueData(qsizetype at)
    {
        if (!requireOpenElement(at, "OPAQUE"))
            return false;
        quint32 length = 0;
        if (!readMultiByte(&length, "OPAQUE length"))
            return false;
        if (length > quint64(m_bytes.size() - m_pos))
            return fail(Code::Truncated,
                        m_bytes.size(),
                        QStringLiteral("OPAQUE data of %1 bytes runs past the end of the input "
                                       "(%2 bytes left)")
                            .arg(length)
                            .arg(m_bytes.size() - m_pos));
        Element &element = m_stack.last();
        element.opaque.append(m_bytes.data() + m_pos, qsizetype(length));
        element.hasOpaque = true;
        m_pos += qsizetype(length);
        return true;
    }

    QByteArrayView m_bytes;
    Limits m_limits;
    qsizetype m_pos = 0;
    const CodePage *m_page = codePage(0);
    QList<Element> m_stack;
    std::optional<Element> m_root;
    int m_elementCount = 0;
    DecodeError m_error;
};

} // namespace

DecodeResult decode(QByteArrayView bytes, const Limits &limits)
{
    return Decoder(bytes, limits).run();
}

} // namespace eas::wbxml
