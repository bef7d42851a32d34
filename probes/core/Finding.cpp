#include "Finding.h"

namespace eas {

bool Finding::operator==(const Finding &other) const
{
    return id == other.id && step == other.step && severity == other.severity
           && title == other.title && detail == other.detail && evidence == other.evidence
           && fixes == other.fixes;
}

Severity worstOf(const Findings &findings)
{
    Severity worst = Severity::Skip;
    for (const Finding &f : findings)
        worst = worse(worst, f.severity);
    return worst;
}

} // namespace eas
