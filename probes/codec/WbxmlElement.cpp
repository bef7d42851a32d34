#include "Wbxml.h"

namespace eas::wbxml {

Element Element::make(const QString &qualifiedName, QList<Element> children)
{
    Element element;
    element.name = qualifiedName;
    element.children = std::move(children);
    return element;
}

Element Element::withText(const QString &qualifiedName, const QString &text)
{
    Element element;
    element.name = qualifiedName;
    element.text = text;
    return element;
}

Element Element::withOpaque(const QString &qualifiedName, const QByteArray &data)
{
    Element element;
    element.name = qualifiedName;
    element.opaque = data;
    element.hasOpaque = true;
    return element;
}

QString Element::page() const
{
    const qsizetype colon = name.indexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : name.left(colon);
}

QString Element::localName() const
{
    return name.mid(name.indexOf(QLatin1Char(':')) + 1);
}

const Element *Element::child(QStringView childName) const
{
    for (const Element &element : children) {
        if (element.name == childName || element.localName() == childName)
            return &element;
    }
    return nullptr;
}

const Element *Element::find(QStringView path) const
{
    const Element *current = this;
    for (QStringView step : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        current = current->child(step);
        if (!current)
            return nullptr;
    }
    return current;
}

QString Element::textAt(QStringView path) const
{
    const Element *element = find(path);
    return element ? element->text : QString();
}

bool Element::operator==(const Element &other) const
{
    return name == other.name && text == other.text && hasOpaque == other.hasOpaque
           && opaque == other.opaque && children == other.children;
}

} // namespace eas::wbxml
