#pragma once

#include "codec/Wbxml.h"

#include <QList>

// ActiveSync bodies modelled on the [MS-ASCMD] examples, shared by the codec tests.
namespace eas::wbxml::test {

struct SampleDocument
{
    const char *name;
    Element root;
    bool libwbxmlKnowsIt; // false when it uses code page 25 or tokens newer than libwbxml 0.11.8
};

// Builds "Page:Tag" elements of one code page.
class PageBuilder
{
public:
    explicit PageBuilder(const char *page)
        : m_page(QString::fromLatin1(page))
    {
    }

    Element operator()(const char *tag, QList<Element> children = {}) const;
    Element text(const char *tag, const QString &text) const;
    Element opaque(const char *tag, const QByteArray &data) const;

private:
    QString qualified(const char *tag) const;

    QString m_page;
};

// Every code page 0-25 appears in at least one document.
QList<SampleDocument> sampleDocuments();

} // namespace eas::wbxml::test

namespace eas::wbxml {
// QCOMPARE prints elements as XML when they differ.
char *toString(const Element &element);
} // namespace eas::wbxml
