#pragma once

#include "FixScript.h"
#include "ProbeResult.h"

#include <QDateTime>
#include <optional>

namespace eas {

struct RootCause
{
    QString findingId;
    QString step;
    QString title;
};

// The whole run, after the runner's rules have been applied (see assemble()).
struct DiagnosisResult
{
    QDateTime startedAt;
    qint64 durationMs = 0;
    StepResults steps;
    Severity status = Severity::Skip;
    std::optional<RootCause> rootCause;
    FixScripts fixes; // filled after assembly (report/FixCatalog)

    const StepResult *step(const QString &id) const;
    const Finding *finding(const QString &id) const;
};

namespace Diagnosis {

// Turns the raw step results into the spec's view of a run:
//  - every finding moves to the step that owns its id (FindingCatalog) and appears once
//    (the worst copy wins; evidence and fix ids are merged);
//  - one fault, one finding: a finding that another present one suppresses is dropped;
//  - a step left empty says where its evidence went;
//  - step status = worst finding, run status = worst step;
//  - rootCause = the first fail in precedence order, else the first warn, else none.
DiagnosisResult assemble(StepResults raw, QDateTime startedAt = {}, qint64 durationMs = 0);

} // namespace Diagnosis

} // namespace eas

Q_DECLARE_METATYPE(eas::DiagnosisResult)
