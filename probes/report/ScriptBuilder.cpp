#include "ScriptBuilder.h"

#include <QRegularExpression>

namespace eas::report {

namespace {

constexpr qsizetype kCommentWidth = 98;

// Comment text: "# " lines wrapped at word boundaries, every line end and control character
// of the text dropped, so no text can leave the comment. (Only our own, translated text goes
// into comments; values never do.)
QStringList commentLines(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("[\\r\\n\\x{0085}\\x{2028}\\x{2029}]+"));
    QStringList out;
    for (QString part : text.split(breaks)) {
        part.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
        QString line = QStringLiteral("#");
        for (const QString &word : part.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (line.size() > 1 && line.size() + 1 + word.size() > kCommentWidth) {
                out.append(line);
                line = QStringLiteral("#");
            }
            line += QLatin1Char(' ') + word;
        }
        out.append(line);
    }
    return out;
}

// Indentation goes only in front of a line: a quoted value with a line end in it stays as is.
QString indented(const QString &text, int depth)
{
    return text.isEmpty() ? text : QString(4 * depth, QLatin1Char(' ')) + text;
}

const char kSessionPreamble[] = R"ps($script:RemoteSession = $null
if (-not (Get-Command -Name Get-CASMailbox -ErrorAction SilentlyContinue)) {
    # Not in the Exchange Management Shell: import a remote session from the server.
    $script:RemoteSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri ('http://' + $ExchangeServer + '/PowerShell/') -Authentication Kerberos
    Import-PSSession -Session $script:RemoteSession -DisableNameChecking -AllowClobber | Out-Null
}
function Invoke-OnServer([scriptblock]$Block) {
    if ($script:RemoteSession) {
        Invoke-Command -ComputerName $ExchangeServer -ScriptBlock $Block
    } else {
        & $Block
    }
})ps";

} // namespace

ScriptBuilder::ScriptBuilder(const QString &title)
    : m_title(title)
{
}

void ScriptBuilder::describe(const QString &text)
{
    m_description.append(commentLines(text));
}

void ScriptBuilder::addParameter(const PsCode &declaration)
{
    m_parameters.append(declaration);
}

void ScriptBuilder::useExchangeSession(const QString &server)
{
    m_session = true;
    addParameter(PsCode("[string]$ExchangeServer = ") + PsCode::literal(server));
}

void ScriptBuilder::comment(const QString &text)
{
    for (const QString &l : commentLines(text))
        m_body.append(indented(l, m_depth));
}

void ScriptBuilder::line(const PsCode &code)
{
    m_body.append(indented(code.text(), m_depth));
}

void ScriptBuilder::beginBlock(const PsCode &opener)
{
    m_body.append(indented(opener.text() + QStringLiteral(" {"), m_depth));
    ++m_depth;
}

void ScriptBuilder::continueBlock(const PsCode &clause)
{
    m_body.append(
        indented(QStringLiteral("} ") + clause.text() + QStringLiteral(" {"), m_depth - 1));
}

void ScriptBuilder::elseBlock()
{
    continueBlock("else");
}

void ScriptBuilder::endBlock()
{
    --m_depth;
    m_body.append(indented(QStringLiteral("}"), m_depth));
}

QString ScriptBuilder::text() const
{
    QStringList out = commentLines(QStringLiteral("EAS Doctor " EAS_VERSION ": ") + m_title);
    out.append(m_description);
    if (!m_parameters.isEmpty()) {
        out.append(QStringLiteral("param("));
        for (qsizetype i = 0; i < m_parameters.size(); ++i) {
            const bool last = i + 1 == m_parameters.size();
            out.append(indented(m_parameters.at(i).text(), 1) + (last ? "" : ","));
        }
        out.append(QStringLiteral(")"));
    }
    out.append(QString());
    out.append(QStringLiteral("$ErrorActionPreference = 'Stop'"));
    if (!m_session) {
        out.append(m_body);
        return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    out.append(QString::fromUtf8(kSessionPreamble));
    out.append(QString());
    out.append(QStringLiteral("try {"));
    for (const QString &l : m_body)
        out.append(indented(l, 1));
    out.append(QStringLiteral("} finally {"));
    out.append(indented(QStringLiteral("if ($script:RemoteSession) { Remove-PSSession -Session "
                                       "$script:RemoteSession }"),
                        1));
    out.append(QStringLiteral("}"));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace eas::report
