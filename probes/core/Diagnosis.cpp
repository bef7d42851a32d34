#include "Diagnosis.h"

#include "FindingCatalog.h"
#include "Steps.h"
#include "Tr.h"

#include <QSet>

namespace eas {

const StepResult *DiagnosisResult::step(const QString &id) const
{
    for (const StepResult &s : steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const Finding *DiagnosisResult::finding(const QString &id) const
{
    for (const StepResult &s : steps) {
        for (const Finding &f : s.result.findings) {
            if (f.id == id)
                return &f;
        }
    }
    return nullptr;
}

namespace Diagnosis {

namespace {

QString ownerOf(const Finding &f, const StepResults &steps)
{
    const CatalogEntry *entry = FindingCatalog::find(f.id);
    if (!entry)
        return f.step;
    for (const StepResult &s : steps) {
        if (s.id == entry->step)
            return entry->step;
    }
    return f.step; // the owning step is not part of this run: keep it where it was seen
}

void merge(Finding &kept, const Finding &other)
{
    if (static_cast<int>(other.severity) > static_cast<int>(kept.severity)) {
        Finding worse = other;
        merge(worse, kept);
        kept = std::move(worse);
        return;
    }
    for (auto it = other.evidence.cbegin(); it != other.evidence.cend(); ++it) {
        if (!kept.evidence.contains(it.key()))
            kept.evidence.insert(it.key(), it.value());
    }
    for (const QString &fix : other.fixes) {
        if (!kept.fixes.contains(fix))
            kept.fixes.append(fix);
    }
}

QSet<QString> suppressedIds(const StepResults &steps)
{
    QSet<QString> out;
    for (const StepResult &s : steps) {
        for (const Finding &f : s.result.findings) {
            if (f.severity != Severity::Fail && f.severity != Severity::Warn)
                continue;
            if (const CatalogEntry *entry = FindingCatalog::find(f.id)) {
                for (const QString &id : entry->suppresses)
                    out.insert(id);
            }
        }
    }
    return out;
}

std::optional<RootCause> pickRootCause(const StepResults &steps)
{
    for (Severity wanted : {Severity::Fail, Severity::Warn}) {
        const Finding *best = nullptr;
        int bestRank = 0;
        for (const StepResult &s : steps) {
            for (const Finding &f : s.result.findings) {
                if (f.severity != wanted)
                    continue;
                const int rank = FindingCatalog::rank(f.id);
                if (!best || rank < bestRank) {
                    best = &f;
                    bestRank = rank;
                }
            }
        }
        if (best)
            return RootCause{best->id, best->step, best->title};
    }
    return std::nullopt;
}

} // namespace

DiagnosisResult assemble(StepResults raw, QDateTime startedAt, qint64 durationMs)
{
    DiagnosisResult out;
    out.startedAt = startedAt;
    out.durationMs = durationMs;

    // Where each step's findings went, to explain a step that ends up empty.
    QHash<QString, QStringList> movedAway;
    QList<Finding> pool;
    for (const StepResult &s : raw) {
        for (Finding f : s.result.findings) {
            const QString owner = ownerOf(f, raw);
            if (owner != s.id)
                movedAway[s.id].append(f.id);
            f.step = owner;
            pool.append(std::move(f));
        }
    }

    for (StepResult s : raw) {
        const Severity rawStatus = s.result.status;
        s.result.findings.clear();
        for (const Finding &f : pool) {
            if (f.step != s.id)
                continue;
            auto existing = std::find_if(s.result.findings.begin(),
                                         s.result.findings.end(),
                                         [&](const Finding &k) { return k.id == f.id; });
            if (existing == s.result.findings.end())
                s.result.findings.append(f);
            else
                merge(*existing, f);
        }
        if (s.result.findings.isEmpty() && movedAway.contains(s.id)) {
            Finding note;
            note.id = QStringLiteral("explained-by-other-step");
            note.step = s.id;
            note.severity = Severity::Skip;
            note.title = Tr::tr("Reported under another step");
            note.detail = Tr::tr("What this step saw (%1) belongs to another step and is "
                                 "reported there.")
                              .arg(movedAway.value(s.id).join(QStringLiteral(", ")));
            s.result.findings.append(note);
        }
        s.result.status = s.result.findings.isEmpty() ? rawStatus : worstOf(s.result.findings);
        out.steps.append(std::move(s));
    }

    const QSet<QString> suppressed = suppressedIds(out.steps);
    for (StepResult &s : out.steps) {
        if (suppressed.isEmpty())
            break;
        const bool hadFindings = !s.result.findings.isEmpty();
        s.result.findings.removeIf([&](const Finding &f) { return suppressed.contains(f.id); });
        if (hadFindings && s.result.findings.isEmpty()) {
            Finding note;
            note.id = QStringLiteral("explained-by-other-step");
            note.step = s.id;
            note.severity = Severity::Skip;
            note.title = Tr::tr("Explained by another finding");
            note.detail = Tr::tr("What this step saw follows from a more specific finding "
                                 "reported under another step.");
            s.result.findings.append(note);
        }
        if (hadFindings)
            s.result.status = worstOf(s.result.findings);
    }

    Severity status = Severity::Skip;
    for (const StepResult &s : out.steps)
        status = worse(status, s.result.status);
    out.status = status;
    out.rootCause = pickRootCause(out.steps);
    return out;
}

} // namespace Diagnosis

} // namespace eas
