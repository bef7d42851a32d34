#include "ProbeResult.h"

namespace eas {

ProbeResult ProbeResult::fromFindings(Findings findings)
{
    ProbeResult result;
    result.findings = std::move(findings);
    result.status = worstOf(result.findings);
    return result;
}

void ProbeResult::add(Finding finding)
{
    status = findings.isEmpty() ? finding.severity : worse(status, finding.severity);
    findings.append(std::move(finding));
}

void ProbeResult::addUnique(Finding finding)
{
    for (const Finding &f : std::as_const(findings)) {
        if (f.id == finding.id)
            return;
    }
    add(std::move(finding));
}

} // namespace eas
