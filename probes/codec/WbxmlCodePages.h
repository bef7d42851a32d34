#pragma once

#include <QStringView>
#include <QtGlobal>

#include <optional>

// The ActiveSync code pages of [MS-ASWBXML] section 2.1.2.1: constant tables, no state.
namespace eas::wbxml {

struct CodePageTag
{
    quint8 token; // 0x05..0x3F, without the content (0x40) and attribute (0x80) bits
    const char *name;
};

struct CodePage
{
    quint8 number;
    const char *name; // "FolderHierarchy": the page part of an Element name
    const CodePageTag *tags;
    int tagCount;
};

// Pages 0 (AirSync) to 25 (Find).
inline constexpr int codePageCount = 26;

// nullptr when the number is not an ActiveSync code page.
const CodePage *codePage(int number);
// Exact, case-sensitive match on CodePage::name; nullptr when unknown.
const CodePage *codePageByName(QStringView name);
// nullptr when the token is not defined on the page.
const char *tagName(const CodePage &page, quint8 token);
// std::nullopt when the page has no tag of that name.
std::optional<quint8> tagToken(const CodePage &page, QStringView name);

} // namespace eas::wbxml
