#include "PsLint.h"

#include <QRegularExpression>

namespace PsLint {

namespace {

bool isSingleQuote(QChar c)
{
    return c == QLatin1Char('\'') || (c.unicode() >= 0x2018 && c.unicode() <= 0x201B);
}

bool isDoubleQuote(QChar c)
{
    return c == QLatin1Char('"') || (c.unicode() >= 0x201C && c.unicode() <= 0x201E);
}

qsizetype readLiteral(const QString &s, qsizetype i, QString &value)
{
    for (++i; i < s.size(); ++i) {
        if (isSingleQuote(s.at(i))) {
            if (i + 1 < s.size() && isSingleQuote(s.at(i + 1))) {
                value.append(s.at(++i));
                continue;
            }
            return i + 1;
        }
        value.append(s.at(i));
    }
    return i;
}

qsizetype readUntil(const QString &s, qsizetype i, const QString &end)
{
    const qsizetype at = s.indexOf(end, i);
    return at < 0 ? s.size() : at + end.size();
}

} // namespace

QList<Token> tokenize(const QString &s)
{
    QList<Token> out;
    QString code;
    auto flush = [&] {
        if (!code.isEmpty())
            out.append({Token::Code, code});
        code.clear();
    };
    for (qsizetype i = 0; i < s.size();) {
        const QChar c = s.at(i);
        const QChar next = i + 1 < s.size() ? s.at(i + 1) : QChar();
        if (c == QLatin1Char('@') && (isSingleQuote(next) || isDoubleQuote(next))) {
            flush();
            const qsizetype end = readUntil(s, i + 2, QString(next) + QLatin1Char('@'));
            out.append({Token::HereString, s.mid(i, end - i)});
            i = end;
        } else if (isSingleQuote(c)) {
            flush();
            QString value;
            i = readLiteral(s, i, value);
            out.append({Token::Literal, value});
        } else if (isDoubleQuote(c)) {
            flush();
            const qsizetype end = readUntil(s, i + 1, QStringLiteral("\""));
            out.append({Token::DoubleQuoted, s.mid(i, end - i)});
            i = end;
        } else if (c == QLatin1Char('<') && next == QLatin1Char('#')) {
            flush();
            const qsizetype end = readUntil(s, i + 2, QStringLiteral("#>"));
            out.append({Token::BlockComment, s.mid(i, end - i)});
            i = end;
        } else if (c == QLatin1Char('#')) {
            flush();
            qsizetype end = s.indexOf(QLatin1Char('\n'), i);
            end = end < 0 ? s.size() : end;
            out.append({Token::Comment, s.mid(i, end - i)});
            i = end;
        } else {
            code.append(c);
            ++i;
        }
    }
    flush();
    return out;
}

QStringList literals(const QString &script)
{
    QStringList out;
    for (const Token &t : tokenize(script)) {
        if (t.kind == Token::Literal)
            out.append(t.text);
    }
    return out;
}

QString code(const QString &script)
{
    QStringList parts;
    for (const Token &t : tokenize(script)) {
        if (t.kind == Token::Code)
            parts.append(t.text);
    }
    return parts.join(QLatin1Char(' '));
}

bool hasUnsafeStrings(const QString &script)
{
    for (const Token &t : tokenize(script)) {
        if (t.kind == Token::DoubleQuoted || t.kind == Token::HereString
            || t.kind == Token::BlockComment)
            return true;
    }
    return false;
}

QStringList codeLines(const QString &script)
{
    QString joined;
    for (const Token &t : tokenize(script)) {
        if (t.kind == Token::Code)
            joined += t.text;
        else if (t.kind == Token::Literal)
            joined += QStringLiteral("'...'");
    }
    return joined.split(QLatin1Char('\n'));
}

bool onlyInside(const QString &script, const QString &word, const QString &guard)
{
    QStringList openers; // the code before each open '{' still open
    for (const QString &line : codeLines(script)) {
        qsizetype from = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line.mid(i, word.size()).compare(word, Qt::CaseInsensitive) == 0) {
                const bool guarded
                    = std::any_of(openers.cbegin(), openers.cend(), [&](const QString &o) {
                          return o.trimmed().startsWith(guard, Qt::CaseInsensitive);
                      });
                if (!guarded)
                    return false;
            }
            if (line.at(i) == QLatin1Char('{')) {
                openers.append(line.mid(from, i - from).remove(QLatin1Char('}')));
                from = i + 1;
            } else if (line.at(i) == QLatin1Char('}') && !openers.isEmpty()) {
                openers.removeLast();
                from = i + 1;
            }
        }
    }
    return true;
}

} // namespace PsLint
