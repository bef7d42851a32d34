#pragma once

#include "PowerShell.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace eas::report {

// Assembles one .ps1 for Windows PowerShell 5.1 / the Exchange Management Shell:
//
//   # header comments (title, description)
//   param( ...declarations... )
//   $ErrorActionPreference = 'Stop'
//   [remote Exchange session preamble]
//   try { body } finally { [close the session] }
//
// Code only enters as PsCode (so values are always quoted literals); comments are plain text
// kept on their own lines. Line ends are LF here; ScriptFile writes CRLF.
class ScriptBuilder
{
public:
    explicit ScriptBuilder(const QString &title);

    void describe(const QString &text);
    // One entry of the param() block, e.g. PsCode("[string]$Identity = ") + PsCode::literal(id).
    void addParameter(const PsCode &declaration);
    // Adds [string]$ExchangeServer and a preamble that imports a remote Exchange session
    // (Kerberos) when the Exchange cmdlets are not loaded, plus Invoke-OnServer { } for commands
    // that must run on the server itself (iisreset, IIS and event log reads). The session is
    // closed at the end.
    void useExchangeSession(const QString &server);

    void comment(const QString &text);
    void line(const PsCode &code);
    // "opener {" ... "}" with indentation; continueBlock() closes the branch and opens the next
    // one ("} catch [T] {"), elseBlock() is continueBlock("else").
    void beginBlock(const PsCode &opener);
    void continueBlock(const PsCode &clause);
    void elseBlock();
    void endBlock();

    QString text() const;

private:
    QString m_title;
    QStringList m_description;
    QList<PsCode> m_parameters;
    QStringList m_body;
    int m_depth = 0;
    bool m_session = false;
};

} // namespace eas::report
