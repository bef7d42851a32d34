#include "PowerShell.h"

namespace eas::report {

namespace PowerShell {

bool isSingleQuote(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\'' || (u >= 0x2018 && u <= 0x201B);
}

QString quote(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out.append(QLatin1Char('\''));
    for (const QChar c : value) {
        // Doubling a quote with itself is what PowerShell's own escaper does; the pair reads
        // back as that one character.
        if (isSingleQuote(c))
            out.append(c);
        out.append(c);
    }
    out.append(QLatin1Char('\''));
    return out;
}

} // namespace PowerShell

PsCode::PsCode(QString text, int)
    : m_text(std::move(text))
{
}

PsCode PsCode::literal(const QString &value)
{
    return PsCode(PowerShell::quote(value), 0);
}

PsCode PsCode::literalList(const QStringList &values)
{
    if (values.isEmpty())
        return PsCode(QStringLiteral("@()"), 0);
    QStringList quoted;
    for (const QString &v : values)
        quoted.append(PowerShell::quote(v));
    return PsCode(quoted.join(QLatin1Char(',')), 0);
}

PsCode PsCode::number(qint64 value)
{
    return PsCode(QString::number(value), 0);
}

PsCode PsCode::operator+(const PsCode &other) const
{
    return PsCode(m_text + other.m_text, 0);
}

} // namespace eas::report
