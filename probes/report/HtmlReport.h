#pragma once

#include "core/Diagnosis.h"
#include "core/DiagnosisTarget.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace eas::report {

// A chart the wizard drew, embedded in the report as a data: URI.
struct ReportChart
{
    QString title;
    QByteArray png; // PNG bytes; anything else is left out
};

struct ReportOptions
{
    QDateTime generatedAt;     // invalid = now
    QStringList inputWarnings; // e.g. what a partial bundle lacks
    QList<ReportChart> charts;
};

namespace HtmlReport {

// One self-contained HTML5 page (inline CSS, no external fetches): the target, time and
// options (a prominent warning when certificate checks were bypassed), the checklist with
// traffic lights and text labels, the root cause, each finding with its evidence, per-phase
// timings (step durations and evidence keys ending in "Ms"), charts, and the fix and
// verification scripts. Every value is passed through Redactor::redact and then escaped; the
// page prints well and renders in QTextDocument for the PDF.
QString render(const DiagnosisResult &result,
               const DiagnosisTarget &target,
               const ReportOptions &options = {});

} // namespace HtmlReport

} // namespace eas::report
