#include "HtmlReport.h"

#include "HtmlReportSections.h"

#include "core/Steps.h"
#include "core/Tr.h"

#include <QLocale>

namespace eas::report::HtmlReport {

namespace {

using HtmlReportSections::badge;
using HtmlReportSections::text;

// Inline only: the page must open offline and print without fetching anything.
const char kStyle[] = R"css(
body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1a1a1a; margin: 1.5em; }
h1 { font-size: 18pt; margin-bottom: 0.2em; }
h2 { font-size: 14pt; border-bottom: 1px solid #999999; margin-top: 1.4em; }
h3 { font-size: 11pt; margin-bottom: 0.3em; }
table { border-collapse: collapse; margin: 0.4em 0; }
th, td { border: 1px solid #bbbbbb; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background-color: #eeeeee; }
td.num { text-align: right; }
pre { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 8pt; background-color: #f4f4f4; border: 1px solid #cccccc; padding: 6px; white-space: pre-wrap; }
code { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 9pt; }
.badge { font-weight: bold; padding: 1px 5px; white-space: nowrap; }
.s-pass { background-color: #d9f2dc; color: #0b5d1e; }
.s-info { background-color: #dde8f7; color: #123c73; }
.s-warn { background-color: #fff1c2; color: #6b4d00; }
.s-fail { background-color: #f9d4d2; color: #8a0e05; }
.s-error { background-color: #e7d3f0; color: #4b0f66; }
.s-skip { background-color: #ececec; color: #444444; }
.alert { border: 3px solid #b3261e; background-color: #fde7e5; color: #8a0e05; padding: 8px; font-weight: bold; }
.warning { color: #8a0e05; font-weight: bold; }
.rootcause { font-size: 12pt; }
.finding { margin: 0 0 0.8em 1em; }
.chart img { max-width: 100%; }
@media print {
  body { margin: 0; }
  .fix, .finding, tr { page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
)css";

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(text(label), valueHtml);
}

QString yesNo(bool value)
{
    return text(value ? Tr::tr("yes") : Tr::tr("no"));
}

QString urlText(const QUrl &url)
{
    return text(url.toString(QUrl::RemoveUserInfo));
}

QString targetTable(const DiagnosisResult &result,
                    const DiagnosisTarget &target,
                    const QDateTime &generated)
{
    QString rows;
    rows += row(Tr::tr("Mailbox"), text(target.email));
    rows += row(Tr::tr("Logon name"), text(target.effectiveUser()));
    rows += row(Tr::tr("ActiveSync URL"),
                target.url.isEmpty() ? text(Tr::tr("found with Autodiscover"))
                                     : urlText(target.url));
    rows += row(Tr::tr("Run started"), text(result.startedAt.toUTC().toString(Qt::ISODate)));
    rows += row(Tr::tr("Duration"), text(Tr::tr("%1 ms").arg(result.durationMs)));
    rows += row(Tr::tr("Report generated"), text(generated.toUTC().toString(Qt::ISODate)));
    rows += row(Tr::tr("Tool"), text(QStringLiteral("EAS Doctor " EAS_VERSION)));
    return QStringLiteral("<table><tbody>\n%1</tbody></table>\n").arg(rows);
}

QString optionsTable(const DiagnosisTarget &target)
{
    const QString none = Tr::tr("none");
    QString rows;
    rows += row(Tr::tr("Trust any certificate"), yesNo(target.trustAnyCertificate));
    rows += row(Tr::tr("Acknowledge the policy (provision fully)"), yesNo(target.provisionFull));
    rows += row(Tr::tr("Without credentials"), yesNo(target.noCredentials));
    rows += row(
        Tr::tr("Device"),
        text(QStringLiteral("%1 / %2 / %3")
                 .arg(target.device.deviceId, target.device.deviceType, target.device.userAgent)));
    rows += row(
        Tr::tr("Steps"),
        text(target.steps.isEmpty() ? Tr::tr("all") : target.steps.join(QStringLiteral(", "))));
    rows += row(Tr::tr("Step time limit"), text(Tr::tr("%1 ms").arg(target.stepTimeout.count())));
    rows += row(Tr::tr("Internal URL"),
                target.internalUrl.isEmpty() ? text(none) : urlText(target.internalUrl));
    rows += row(Tr::tr("Autodiscover URL"),
                target.autodiscoverUrl.isEmpty() ? text(none) : urlText(target.autodiscoverUrl));
    rows += row(Tr::tr("Extra CA files"),
                text(target.caFiles.isEmpty() ? none : target.caFiles.join(QStringLiteral(", "))));
    rows += row(Tr::tr("Server bundle"),
                text(target.bundlePath.isEmpty() ? none : target.bundlePath));
    rows
        += row(Tr::tr("IIS logs"),
               text(target.logPaths.isEmpty() ? none : target.logPaths.join(QStringLiteral(", "))));
    rows += row(
        Tr::tr("Event logs"),
        text(target.eventFiles.isEmpty() ? none : target.eventFiles.join(QStringLiteral(", "))));
    return QStringLiteral("<h2>%1</h2>\n<table><tbody>\n%2</tbody></table>\n")
        .arg(text(Tr::tr("Options used")), rows);
}

QString trustWarning(const DiagnosisTarget &target)
{
    if (!target.trustAnyCertificate)
        return {};
    return QStringLiteral("<p class=\"alert\">%1</p>\n")
        .arg(text(Tr::tr("\u26A0 This run used --trust-any-certificate: it went on after "
                         "certificate errors. Phones do not; the certificate findings below still "
                         "apply.")));
}

QString warningsList(const QStringList &warnings)
{
    if (warnings.isEmpty())
        return {};
    QString items;
    for (const QString &w : warnings)
        items += QStringLiteral("<li>%1</li>\n").arg(text(w));
    return QStringLiteral("<h2>%1</h2>\n<ul>\n%2</ul>\n")
        .arg(text(Tr::tr("Input warnings")), items);
}

QString summary(const DiagnosisResult &result)
{
    QString cause;
    if (result.rootCause) {
        cause = QStringLiteral(
                    "<p class=\"rootcause\">%1 <strong>%2</strong> (<code>%3</code>, %4)</p>\n")
                    .arg(text(Tr::tr("Root cause:")),
                         text(result.rootCause->title),
                         text(result.rootCause->findingId),
                         text(steps::title(result.rootCause->step)));
    } else {
        cause = QStringLiteral("<p class=\"rootcause\">%1</p>\n")
                    .arg(text(Tr::tr("No blocking cause found.")));
    }
    return QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n%3")
        .arg(text(Tr::tr("Result")), badge(result.status), cause);
}

QString checklist(const DiagnosisResult &result)
{
    QString rows;
    for (const StepResult &s : result.steps) {
        QStringList titles;
        for (const Finding &f : s.result.findings)
            titles.append(text(f.title));
        rows += QStringLiteral(
                    "<tr><td>%1</td><td><a href=\"#step-%2\">%3</a></td><td>%4</td></tr>\n")
                    .arg(badge(s.result.status),
                         text(s.id),
                         text(s.title),
                         titles.join(QStringLiteral("<br>")));
    }
    return QStringLiteral("<h2>%1</h2>\n<table><thead><tr><th>%2</th><th>%3</th><th>%4</th></tr>"
                          "</thead><tbody>\n%5</tbody></table>\n")
        .arg(text(Tr::tr("Checklist")),
             text(Tr::tr("Status")),
             text(Tr::tr("Step")),
             text(Tr::tr("Findings")),
             rows);
}

} // namespace

QString
render(const DiagnosisResult &result, const DiagnosisTarget &target, const ReportOptions &options)
{
    const QDateTime generated
        = options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc();
    const QString title = Tr::tr("EAS Doctor report: %1")
                              .arg(target.email.isEmpty() ? target.effectiveUser() : target.email);
    QString body;
    body += QStringLiteral("<h1>%1</h1>\n").arg(text(title));
    body += trustWarning(target);
    body += targetTable(result, target, generated);
    body += summary(result);
    body += checklist(result);
    body += warningsList(options.inputWarnings);
    body += HtmlReportSections::findings(result);
    body += HtmlReportSections::timings(result);
    body += HtmlReportSections::charts(options.charts);
    body += optionsTable(target);
    body += HtmlReportSections::fixes(result.fixes);
    const QString lang = QLocale().name().section(QLatin1Char('_'), 0, 0);
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n%4</body>\n</html>\n")
        .arg(lang.isEmpty() || lang == QLatin1String("C") ? QStringLiteral("en") : text(lang),
             text(title),
             QString::fromUtf8(kStyle),
             body);
}

} // namespace eas::report::HtmlReport
