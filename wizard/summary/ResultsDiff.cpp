#include "ResultsDiff.h"

namespace eas::wizard {

namespace {

Findings allFindings(const DiagnosisResult &result)
{
    Findings out;
    for (const StepResult &step : result.steps)
        out += step.result.findings;
    return out;
}

const Finding *findById(const Findings &findings, const QString &id)
{
    for (const Finding &f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

} // namespace

bool ResultsDiff::rootCauseChanged() const
{
    const QString before = rootCauseBefore ? rootCauseBefore->findingId : QString();
    const QString after = rootCauseAfter ? rootCauseAfter->findingId : QString();
    return before != after;
}

bool ResultsDiff::isEmpty() const
{
    return appeared.isEmpty() && disappeared.isEmpty() && changed.isEmpty() && !rootCauseChanged();
}

ResultsDiff ResultsDiff::between(const DiagnosisResult &before, const DiagnosisResult &after)
{
    const Findings old = allFindings(before);
    const Findings fresh = allFindings(after);
    ResultsDiff diff;
    diff.rootCauseBefore = before.rootCause;
    diff.rootCauseAfter = after.rootCause;
    for (const Finding &f : fresh) {
        const Finding *was = findById(old, f.id);
        if (!was)
            diff.appeared.append(f);
        else if (was->severity != f.severity)
            diff.changed.append({*was, f});
    }
    for (const Finding &f : old) {
        if (!findById(fresh, f.id))
            diff.disappeared.append(f);
    }
    return diff;
}

} // namespace eas::wizard
