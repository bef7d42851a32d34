#pragma once

#include "HtmlReport.h"

#include <QString>
#include <QVariant>

// The parts of the HTML report below the summary. Every function returns escaped HTML.
namespace eas::report::HtmlReportSections {

// A value as report text: redacted, then HTML-escaped.
QString text(const QString &value);
// A traffic light plus its word ("✖ Fail"), coloured by severity.
QString badge(Severity severity);
QString evidenceValue(const QVariant &value);

QString findings(const DiagnosisResult &result);
QString timings(const DiagnosisResult &result);
QString charts(const QList<ReportChart> &charts);
QString fixes(const FixScripts &fixes);

} // namespace eas::report::HtmlReportSections
