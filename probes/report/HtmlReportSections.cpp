#include "HtmlReportSections.h"

#include "core/Redactor.h"
#include "core/Tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace eas::report::HtmlReportSections {

namespace {

QString severityWord(Severity s)
{
    switch (s) {
    case Severity::Pass:
        return Tr::tr("Pass");
    case Severity::Info:
        return Tr::tr("Info");
    case Severity::Warn:
        return Tr::tr("Warning");
    case Severity::Fail:
        return Tr::tr("Fail");
    case Severity::Error:
        return Tr::tr("Error");
    case Severity::Skip:
        break;
    }
    return Tr::tr("Skipped");
}

QString severitySymbol(Severity s)
{
    switch (s) {
    case Severity::Pass:
        return QStringLiteral("\u2714"); // heavy check mark
    case Severity::Info:
        return QStringLiteral("\u2139"); // information source
    case Severity::Warn:
        return QStringLiteral("\u26A0"); // warning sign
    case Severity::Fail:
        return QStringLiteral("\u2716"); // heavy multiplication x
    case Severity::Error:
        return QStringLiteral("\u203C"); // double exclamation mark
    case Severity::Skip:
        break;
    }
    return QStringLiteral("\u2013"); // en dash
}

QString anchor(const QString &prefix, const QString &id)
{
    QString out = prefix;
    for (const QChar c : id)
        out.append(c.isLetterOrNumber() ? c : QLatin1Char('-'));
    return out;
}

QString findingHtml(const Finding &f)
{
    QString html = QStringLiteral("<div class=\"finding\"><p>%1 <strong>%2</strong> "
                                  "<code>%3</code></p>\n")
                       .arg(badge(f.severity), text(f.title), text(f.id));
    if (!f.detail.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(text(f.detail));
    if (!f.evidence.isEmpty()) {
        html += QStringLiteral("<table class=\"evidence\"><tbody>\n");
        for (auto it = f.evidence.cbegin(); it != f.evidence.cend(); ++it)
            html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n")
                        .arg(text(it.key()), evidenceValue(it.value()));
        html += QStringLiteral("</tbody></table>\n");
    }
    if (!f.fixes.isEmpty()) {
        QStringList links;
        for (const QString &fix : f.fixes)
            links.append(QStringLiteral("<a href=\"#%1\">%2</a>")
                             .arg(anchor(QStringLiteral("fix-"), fix), text(fix)));
        html += QStringLiteral("<p>%1 %2</p>\n")
                    .arg(text(Tr::tr("Fixes:")), links.join(QStringLiteral(", ")));
    }
    return html + QStringLiteral("</div>\n");
}

bool isPhaseTiming(const QString &key)
{
    return key.endsWith(QLatin1String("Ms"))
           && !key.contains(QLatin1String("timeout"), Qt::CaseInsensitive);
}

} // namespace

QString text(const QString &value)
{
    return Redactor::redact(value).toHtmlEscaped();
}

QString badge(Severity severity)
{
    return QStringLiteral("<span class=\"badge s-%1\">%2&nbsp;%3</span>")
        .arg(severityName(severity), severitySymbol(severity), text(severityWord(severity)));
}

QString evidenceValue(const QVariant &value)
{
    const QJsonValue json = QJsonValue::fromVariant(value);
    if (json.isArray())
        return text(
            QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)));
    if (json.isObject())
        return text(
            QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact)));
    return text(value.toString());
}

QString findings(const DiagnosisResult &result)
{
    QString html = QStringLiteral("<h2>%1</h2>\n").arg(text(Tr::tr("Findings and evidence")));
    for (const StepResult &s : result.steps) {
        html += QStringLiteral("<h3 id=\"%1\">%2 %3</h3>\n")
                    .arg(anchor(QStringLiteral("step-"), s.id),
                         badge(s.result.status),
                         text(s.title));
        for (const Finding &f : s.result.findings)
            html += findingHtml(f);
    }
    return html;
}

QString timings(const DiagnosisResult &result)
{
    QString rows;
    for (const StepResult &s : result.steps) {
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td></tr>\n")
                    .arg(text(s.title),
                         text(Tr::tr("whole step")),
                         QString::number(s.result.durationMs));
        for (const Finding &f : s.result.findings) {
            for (auto it = f.evidence.cbegin(); it != f.evidence.cend(); ++it) {
                if (!isPhaseTiming(it.key()))
                    continue;
                rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td></tr>\n")
                            .arg(text(s.title),
                                 text(it.key().chopped(2)),
                                 text(it.value().toString()));
            }
        }
    }
    return QStringLiteral("<h2>%1</h2>\n<table><thead><tr><th>%2</th><th>%3</th><th>%4</th></tr>"
                          "</thead><tbody>\n%5</tbody></table>\n")
        .arg(text(Tr::tr("Timings")),
             text(Tr::tr("Step")),
             text(Tr::tr("Phase")),
             text(Tr::tr("Milliseconds")),
             rows);
}

QString charts(const QList<ReportChart> &charts)
{
    QString html;
    for (const ReportChart &c : charts) {
        if (!c.png.startsWith("\x89PNG\r\n\x1a\n"))
            continue;
        html += QStringLiteral(
                    "<div class=\"chart\"><p><strong>%1</strong></p><img src=\"data:image/"
                    "png;base64,%2\" alt=\"%1\"></div>\n")
                    .arg(text(c.title), QString::fromLatin1(c.png.toBase64()));
    }
    return html.isEmpty() ? html
                          : QStringLiteral("<h2>%1</h2>\n").arg(text(Tr::tr("Charts"))) + html;
}

QString fixes(const FixScripts &fixes)
{
    if (fixes.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                       .arg(text(Tr::tr("Fix and verification scripts")),
                            text(Tr::tr("Run these in the Exchange Management Shell, or from a "
                                        "workstation (they open a remote Exchange session). "
                                        "Destructive steps carry -WhatIf and IIS restarts need "
                                        "-Apply.")));
    for (const FixScript &fix : fixes) {
        html += QStringLiteral("<div class=\"fix\" id=\"%1\"><h3>%2</h3>\n")
                    .arg(anchor(QStringLiteral("fix-"), fix.id), text(fix.title));
        if (fix.destructive)
            html
                += QStringLiteral("<p class=\"warning\">%1</p>\n")
                       .arg(text(Tr::tr("Destructive: read the script and take the backup it makes "
                                        "before removing -WhatIf.")));
        if (!fix.findingIds.isEmpty())
            html += QStringLiteral("<p>%1 %2</p>\n")
                        .arg(text(Tr::tr("Addresses:")),
                             text(fix.findingIds.join(QStringLiteral(", "))));
        html += QStringLiteral("<pre>%1</pre></div>\n").arg(text(fix.script));
    }
    return html;
}

} // namespace eas::report::HtmlReportSections
