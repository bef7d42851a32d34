#include "Wbxml.h"

#include <QStringList>

// toXml(): the element tree as indented XML in the form ActiveSync documents use: the root's page
// is the default namespace ("FolderHierarchy:"), every other page used gets one prefix declared
// on the root (xmlns:settings="Settings:"). OPAQUE data is written as base64.
namespace eas::wbxml {
namespace {

void collectPages(const Element &element, QStringList *pages)
{
    const QString page = element.page();
    if (!pages->contains(page))
        pages->append(page);
    for (const Element &child : element.children)
        collectPages(child, pages);
}

QString prefixFor(const QString &page)
{
    return page.toLower();
}

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('&'))
            out += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else if (c == QLatin1Char('\r')) // XML parsers would turn a bare CR LF into LF
            out += QLatin1String("&#13;");
        else
            out += c;
    }
    return out;
}

class XmlWriter
{
public:
    explicit XmlWriter(const Element &root)
        : m_root(root)
        , m_rootPage(root.page())
    {
        collectPages(root, &m_pages);
    }

    QString write()
    {
        writeElement(m_root, 0);
        return m_out;
    }

private:
    QString qualified(const Element &element) const
    {
        const QString page = element.page();
        return page == m_rootPage ? element.localName()
                                  : prefixFor(page) + QLatin1Char(':') + element.localName();
    }

    QString namespaceDeclarations() const
    {
        QString out = QStringLiteral(" xmlns=\"%1:\"").arg(m_rootPage);
        for (const QString &page : m_pages) {
            if (page != m_rootPage)
                out += QStringLiteral(" xmlns:%1=\"%2:\"").arg(prefixFor(page), page);
        }
        return out;
    }

    QString content(const Element &element) const
    {
        QString out = escaped(element.text);
        if (element.hasOpaque)
            out += QString::fromLatin1(element.opaque.toBase64());
        return out;
    }

    void writeElement(const Element &element, int depth)
    {
        const QString indent(depth * 2, QLatin1Char(' '));
        const QString name = qualified(element);
        m_out += indent + QLatin1Char('<') + name;
        if (depth == 0)
            m_out += namespaceDeclarations();
        const QString text = content(element);
        if (text.isEmpty() && element.children.isEmpty()) {
            m_out += QLatin1String("/>\n");
            return;
        }
        m_out += QLatin1Char('>') + text;
        if (!element.children.isEmpty()) {
            m_out += QLatin1Char('\n');
            for (const Element &child : element.children)
                writeElement(child, depth + 1);
            m_out += indent;
        }
        m_out += QLatin1String("</") + name + QLatin1String(">\n");
    }

    const Element &m_root;
    QString m_rootPage;
    QStringList m_pages;
    QString m_out;
};

} // namespace

QString toXml(const Element &root)
{
    return XmlWriter(root).write();
}

} // namespace eas::wbxml
