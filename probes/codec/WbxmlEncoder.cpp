#include "Wbxml.h"
#include "WbxmlCodePages.h"
#include "WbxmlTokens.h"

namespace eas::wbxml {
namespace {

void appendMultiByte(QByteArray *out, quint32 value)
{
    char groups[5];
    int count = 0;
    do {
        groups[count++] = char(value & 0x7F);
        value >>= 7;
    } while (value != 0);
    while (count > 0) {
        --count;
        out->append(char(groups[count] | (count > 0 ? 0x80 : 0)));
    }
}

class Encoder
{
public:
    std::optional<QByteArray> run(const Element &root, QString *error)
    {
        m_out.append(char(token::version13));
        appendMultiByte(&m_out, token::unknownPublicId);
        appendMultiByte(&m_out, token::utf8Charset);
        appendMultiByte(&m_out, 0); // string table length
        if (writeElement(root))
            return m_out;
        if (error)
            *error = m_error;
        return std::nullopt;
    }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    bool writeTag(const Element &element, bool hasContent)
    {
        const qsizetype colon = element.name.indexOf(QLatin1Char(':'));
        const CodePage *page
            = colon < 0 ? nullptr : codePageByName(QStringView(element.name).left(colon));
        if (!page)
            return fail(
                QStringLiteral("'%1' is not on any ActiveSync code page").arg(element.name));
        const std::optional<quint8> tag = tagToken(*page, element.localName());
        if (!tag)
            return fail(QStringLiteral("'%1' is not a tag of code page %2 (%3)")
                            .arg(element.name)
                            .arg(page->number)
                            .arg(QLatin1String(page->name)));
        if (page != m_page) {
            m_out.append(char(token::switchPage));
            m_out.append(char(page->number));
            m_page = page;
        }
        m_out.append(char(*tag | (hasContent ? token::contentBit : 0)));
        return true;
    }

    bool writeOpaque(const Element &element)
    {
        if (element.opaque.size() > qsizetype(0xFFFFFFFFu))
            return fail(QStringLiteral("opaque data of '%1' exceeds 4 GiB").arg(element.name));
        m_out.append(char(token::opaque));
        appendMultiByte(&m_out, quint32(element.opaque.size()));
        m_out.append(element.opaque);
        return true;
    }

    bool writeElement(const Element &element)
    {
        if (element.text.contains(QChar(0)))
            return fail(QStringLiteral("text of '%1' contains U+0000").arg(element.name));
        const bool hasContent
            = !element.text.isEmpty() || element.hasOpaque || !element.children.isEmpty();
        if (!writeTag(element, hasContent))
            return false;
        if (!hasContent)
            return true;
        if (!element.text.isEmpty()) {
            m_out.append(char(token::inlineString));
            m_out.append(element.text.toUtf8());
            m_out.append('\0');
        }
        if (element.hasOpaque && !writeOpaque(element))
            return false;
        for (const Element &child : element.children) {
            if (!writeElement(child))
                return false;
        }
        m_out.append(char(token::end));
        return true;
    }

    QByteArray m_out;
    const CodePage *m_page = codePage(0);
    QString m_error;
};

} // namespace

std::optional<QByteArray> encode(const Element &root, QString *error)
{
    return Encoder().run(root, error);
}

} // namespace eas::wbxml
