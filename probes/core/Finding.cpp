#include "Finding.h"

namespace eas {

Finding Finding::make(const QString &id,
                      const QString &step,
                      Severity severity,
                      const QString &title,
                      const QString &detail,
                      const QVariantMap &evidence)
{
    Finding f;
    f.id = id;
    f.step = step;
    f.severity = severity;
    f.title = title;
    f.detail = detail;
    f.evidence = evidence;
    return f;
}

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
