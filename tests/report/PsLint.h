#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A small PowerShell lexer for the script tests: enough to tell code from single-quoted
// literals, double-quoted strings, here-strings and comments, so a test can prove that a
// value only ever appears as data.
namespace PsLint {

struct Token
{
    enum Kind { Code, Literal, DoubleQuoted, HereString, Comment, BlockComment };
    Kind kind;
    QString text; // Literal: the decoded value; others: the raw text
};

QList<Token> tokenize(const QString &script);

// Decoded values of every single-quoted literal.
QStringList literals(const QString &script);
// All code outside strings and comments, joined by spaces.
QString code(const QString &script);
// Kinds the scripts must never use: "..." strings, here-strings, <# #> comments.
bool hasUnsafeStrings(const QString &script);
// Each code occurrence of `word` (case-insensitive) sits inside a block whose opener starts
// with `guard`, e.g. "if ($Apply)".
bool onlyInside(const QString &script, const QString &word, const QString &guard);
// The code of each statement line (literals shown as '...').
QStringList codeLines(const QString &script);

} // namespace PsLint
