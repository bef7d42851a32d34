#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// WBXML for ActiveSync ([MS-ASWBXML]): a small element tree, an encoder and a decoder. Pure
// value types and functions: no QObject, no I/O, no global state. Element names are qualified
// with their code page name, e.g. "FolderHierarchy:FolderSync", "Provision:Status",
// "AirSync:Sync" (the page names of [MS-ASWBXML] section 2.1.2.1, without spaces).
namespace eas::wbxml {

struct Element
{
    QString name;      // "Page:Tag"
    QString text;      // character data (STR_I); empty when none
    QByteArray opaque; // OPAQUE data, when hasOpaque
    bool hasOpaque = false;
    QList<Element> children;

    static Element make(const QString &qualifiedName, QList<Element> children = {});
    static Element withText(const QString &qualifiedName, const QString &text);
    static Element withOpaque(const QString &qualifiedName, const QByteArray &data);

    QString page() const;      // "FolderHierarchy"
    QString localName() const; // "FolderSync"

    // First direct child whose local name (or qualified name) matches.
    const Element *child(QStringView name) const;
    // Slash-separated path of local or qualified names below this element,
    // e.g. "Policies/Policy/PolicyKey"; nullptr when absent.
    const Element *find(QStringView path) const;
    // Text of find(path), or an empty string.
    QString textAt(QStringView path) const;

    bool operator==(const Element &other) const;
};

struct DecodeError
{
    enum class Code {
        None,
        Truncated,              // input ended inside the header, a string, a tag or before END
        BadHeader,              // version / public id / charset not what ActiveSync uses
        StringTableUnsupported, // a non-empty string table (Exchange never sends one)
        UnknownCodePage,
        UnknownToken,     // a tag token not defined on the current code page
        UnsupportedToken, // attributes, entities, extensions, LITERAL, STR_T, PI
        Unbalanced,       // END without an open element, or trailing bytes after the root
        TooDeep,          // nesting beyond the limit
        TooLarge,         // more elements or bytes than the limit
        InvalidUtf8,
    };
    Code code = Code::None;
    qsizetype offset = 0; // byte offset where the problem was found
    QString message;      // English, for logs and evidence (not translated)
};

struct DecodeResult
{
    std::optional<Element> root;
    DecodeError error;
    bool ok() const { return root.has_value() && error.code == DecodeError::Code::None; }
};

struct Limits
{
    int maxDepth = 64;
    int maxElements = 200000;
};

// WBXML 1.3, public id 1, UTF-8 (0x6A), empty string table: `03 01 6A 00` then the body.
// Returns std::nullopt and sets *error when a name is not on any code page.
std::optional<QByteArray> encode(const Element &root, QString *error = nullptr);
// Never crashes, never loops: a malformed body is an error with an offset.
DecodeResult decode(QByteArrayView bytes, const Limits &limits = {});
// Readable XML with one xmlns per code page used (for evidence, logs and the libwbxml oracle).
QString toXml(const Element &root);

} // namespace eas::wbxml
