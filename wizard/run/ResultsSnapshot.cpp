#include "ResultsSnapshot.h"

#include "core/ResultsModel.h"

namespace eas::wizard::ResultsSnapshot {

namespace {

Finding findingAt(const QModelIndex &index)
{
    Finding f;
    f.id = index.data(ResultsModel::IdRole).toString();
    f.step = index.data(ResultsModel::StepIdRole).toString();
    f.severity = Severity(index.data(ResultsModel::StatusRole).toInt());
    f.title = index.data(ResultsModel::TitleRole).toString();
    f.detail = index.data(ResultsModel::DetailRole).toString();
    f.evidence = index.data(ResultsModel::EvidenceRole).toMap();
    f.fixes = index.data(ResultsModel::FixesRole).toStringList();
    return f;
}

bool sameContent(const StepResult &a, const StepResult &b)
{
    return a.result.status == b.result.status && a.result.findings == b.result.findings;
}

} // namespace

StepResults finishedSteps(const ResultsModel &model)
{
    StepResults out;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex step = model.index(row, 0);
        const QVariant status = step.data(ResultsModel::StatusRole);
        if (!status.isValid())
            continue; // pending or running
        StepResult s;
        s.id = step.data(ResultsModel::IdRole).toString();
        s.title = step.data(ResultsModel::TitleRole).toString();
        s.result.status = Severity(status.toInt());
        s.result.durationMs = step.data(ResultsModel::DurationRole).toLongLong();
        for (int child = 0; child < model.rowCount(step); ++child)
            s.result.findings.append(findingAt(model.index(child, 0, step)));
        out.append(s);
    }
    return out;
}

DiagnosisResult merge(const ResultsModel &model, const DiagnosisResult &run)
{
    const StepResults before = finishedSteps(model);
    StepResults combined;
    for (const QString &id : model.stepIds()) {
        if (const StepResult *fresh = run.step(id)) {
            combined.append(*fresh);
            continue;
        }
        for (const StepResult &old : before) {
            if (old.id == id)
                combined.append(old);
        }
    }
    DiagnosisResult assembled = Diagnosis::assemble(combined, run.startedAt, run.durationMs);
    assembled.steps.removeIf([&](const StepResult &s) {
        if (run.step(s.id))
            return false;
        for (const StepResult &old : before) {
            if (old.id == s.id)
                return sameContent(old, s);
        }
        return false;
    });
    return assembled;
}

} // namespace eas::wizard::ResultsSnapshot
