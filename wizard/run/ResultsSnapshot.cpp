#include "ResultsSnapshot.h"

#include "core/ResultsModel.h"

#include <QSet>

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
    return a.result.status == b.result.status && a.result.findings == b.result.findings
           && a.result.data == b.result.data;
}

int indexOfFix(const FixScripts &fixes, const QString &id)
{
    for (int i = 0; i < fixes.size(); ++i) {
        if (fixes.at(i).id == id)
            return i;
    }
    return -1;
}

// The run's scripts replace their earlier versions; an earlier script stays while a finding of
// the checklist still names it (the steps that did not run keep their findings), in the place
// the engine gave it.
FixScripts mergeFixes(const FixScripts &earlier, const FixScripts &fresh, const StepResults &steps)
{
    QSet<QString> named;
    for (const StepResult &s : steps) {
        for (const Finding &f : s.result.findings)
            named.unite(QSet<QString>(f.fixes.cbegin(), f.fixes.cend()));
    }
    FixScripts out = fresh;
    for (int i = 0; i < earlier.size(); ++i) {
        const FixScript &old = earlier.at(i);
        if (indexOfFix(out, old.id) >= 0 || !named.contains(old.id))
            continue;
        qsizetype at = out.size();
        for (int next = i + 1; next < earlier.size() && at == out.size(); ++next) {
            const int found = indexOfFix(out, earlier.at(next).id);
            if (found >= 0)
                at = found;
        }
        out.insert(at, old);
    }
    return out;
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
        s.result.data = step.data(ResultsModel::DataRole).toJsonObject();
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
    assembled.fixes = mergeFixes(model.fixes(), run.fixes, assembled.steps);
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
