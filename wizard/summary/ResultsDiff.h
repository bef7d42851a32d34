#pragma once

#include "core/Diagnosis.h"

#include <optional>

namespace eas::wizard {

// What changed between two runs of the same target, finding by finding (ids are unique in an
// assembled result). Pure data: the summary's ChangesBox turns it into words.
struct ResultsDiff
{
    struct SeverityChange
    {
        Finding before;
        Finding after;
    };

    Findings appeared;
    Findings disappeared;
    QList<SeverityChange> changed;
    std::optional<RootCause> rootCauseBefore;
    std::optional<RootCause> rootCauseAfter;

    bool rootCauseChanged() const;
    bool isEmpty() const;

    // Findings are compared by id; a change of title, detail or evidence alone is no change.
    static ResultsDiff between(const DiagnosisResult &before, const DiagnosisResult &after);
};

} // namespace eas::wizard
