#pragma once

#include "Finding.h"

#include <QJsonObject>
#include <QMetaType>

namespace eas {

// What one probe hands back when it ends: its status (the worst of its findings unless the
// probe says otherwise, e.g. `skip` when it was cancelled) and how long it ran.
struct ProbeResult
{
    Q_GADGET
public:
    Severity status = Severity::Skip;
    qint64 durationMs = 0;
    Findings findings;
    // What a step measured beyond its findings, for the views that draw it (the logs step's
    // top lists and hourly timeline, steps/LogsStepData); kept by the model and the session.
    QJsonObject data;

    static ProbeResult fromFindings(Findings findings);
    void add(Finding finding);
    // Adds unless a finding with the same id is already there (one fault, one finding).
    void addUnique(Finding finding);
};

// A step of the run: the probe's result under the step's id and title.
struct StepResult
{
    Q_GADGET
public:
    QString id;
    QString title;
    ProbeResult result;
};

using StepResults = QList<StepResult>;

} // namespace eas

Q_DECLARE_METATYPE(eas::ProbeResult)
Q_DECLARE_METATYPE(eas::StepResult)
