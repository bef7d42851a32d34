#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>

namespace eas::report {

namespace PowerShell {

// The characters PowerShell ends a single-quoted string on: the ASCII apostrophe and the
// typographic quotes U+2018 to U+201B (its tokenizer treats all five alike).
bool isSingleQuote(QChar c);

// `value` as a single-quoted PowerShell literal: '...' with every quote character doubled, so
// $, backticks, # and line ends stay data. Never put user data anywhere else in a script.
QString quote(const QString &value);

} // namespace PowerShell

// A piece of PowerShell code that is safe by construction. Fixed code can only come from
// string literals in our own source; any other text enters through literal() (a quoted string)
// and numbers through number(). There is no way to splice a runtime
// QString into code unquoted.
class PsCode
{
public:
    template<std::size_t N>
    PsCode(const char (&code)[N]) // NOLINT(google-explicit-constructor): literals only
        : m_text(QString::fromUtf8(code, qsizetype(N) - 1))
    {
    }

    static PsCode literal(const QString &value);
    // 'a','b','c' (an array in argument position); @() when empty.
    static PsCode literalList(const QStringList &values);
    static PsCode number(qint64 value);

    PsCode operator+(const PsCode &other) const;
    const QString &text() const { return m_text; }

private:
    PsCode(QString text, int);
    QString m_text;
};

} // namespace eas::report
