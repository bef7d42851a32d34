#include "FixCatalog.h"

#include "FixFacts.h"
#include "MailboxFixes.h"
#include "ServerFixes.h"

#include <QHash>

namespace eas::report::FixCatalog {

namespace {

// The fixes of spec/procedures.md each finding calls for.
const QHash<QString, QStringList> &fixTable()
{
    static const QHash<QString, QStringList> table = [] {
        const QStringList certificate = {FixIds::CertificateEnable};
        return QHash<QString, QStringList>{
            {QStringLiteral("activesync-disabled"), {FixIds::EnableActiveSync}},
            {QStringLiteral("provisioning-failed"), {FixIds::AllowNonProvisionable}},
            {QStringLiteral("device-blocked"), {FixIds::AllowDevice}},
            {QStringLiteral("device-quarantined"), {FixIds::AllowDevice}},
            {QStringLiteral("virtual-directory-error"),
             {FixIds::VdirReconfigure, FixIds::VdirRecreate}},
            {QStringLiteral("virtual-directory-missing"), {FixIds::VdirRecreate}},
            {QStringLiteral("auth-method-mismatch"), {FixIds::VdirAuth}},
            {QStringLiteral("certificate-expired"), certificate},
            {QStringLiteral("certificate-not-yet-valid"), certificate},
            {QStringLiteral("certificate-name-mismatch"), certificate},
            {QStringLiteral("certificate-untrusted"), certificate},
            {QStringLiteral("certificate-chain-incomplete"), certificate},
            {QStringLiteral("certificate-expiring-soon"), certificate},
            {QStringLiteral("certificate-differs-from-iis"), certificate},
            {QStringLiteral("max-devices-reached"), {FixIds::ThrottlingPolicy}},
            {QStringLiteral("throttled"), {FixIds::ThrottlingPolicy}},
        };
    }();
    return table;
}

// The order fixes are offered in: the quick fix first, then solutions 1 to 5.
const QStringList &fixOrder()
{
    static const QStringList order = {FixIds::EnableActiveSync,
                                      FixIds::AllowNonProvisionable,
                                      FixIds::AllowDevice,
                                      FixIds::VdirReconfigure,
                                      FixIds::VdirRecreate,
                                      FixIds::VdirAuth,
                                      FixIds::CertificateEnable,
                                      FixIds::ThrottlingPolicy};
    return order;
}

FixScript makeScript(const QString &fixId, const FixFacts &facts, const QStringList &problems)
{
    if (fixId == FixIds::EnableActiveSync)
        return MailboxFixes::enableActiveSync(facts);
    if (fixId == FixIds::AllowNonProvisionable)
        return MailboxFixes::allowNonProvisionable(facts);
    if (fixId == FixIds::AllowDevice)
        return MailboxFixes::allowDevice(facts);
    if (fixId == FixIds::VdirReconfigure)
        return ServerFixes::reconfigureVirtualDirectory(facts);
    if (fixId == FixIds::VdirRecreate)
        return ServerFixes::recreateVirtualDirectory(facts);
    if (fixId == FixIds::VdirAuth)
        return ServerFixes::fixAuthentication(facts);
    if (fixId == FixIds::CertificateEnable)
        return ServerFixes::enableCertificate(facts, problems);
    return MailboxFixes::throttlingPolicy(facts);
}

QStringList problemIds(const DiagnosisResult &result)
{
    QStringList ids;
    for (const StepResult &s : result.steps) {
        for (const Finding &f : s.result.findings) {
            const bool problem = f.severity == Severity::Fail || f.severity == Severity::Warn;
            if (problem && !ids.contains(f.id))
                ids.append(f.id);
        }
    }
    return ids;
}

void linkFindings(DiagnosisResult &result, const FixScripts &fixes)
{
    for (StepResult &s : result.steps) {
        for (Finding &f : s.result.findings) {
            for (const FixScript &fix : fixes) {
                if (fix.findingIds.contains(f.id) && !f.fixes.contains(fix.id))
                    f.fixes.append(fix.id);
            }
        }
    }
}

} // namespace

FixScripts buildFixes(DiagnosisResult &result, const DiagnosisTarget &target, const FixContext &ctx)
{
    const FixFacts facts = FixFacts::collect(result, target, ctx.bundle, ctx.activeSyncUrl);
    const QStringList problems = problemIds(result);
    QHash<QString, QStringList> addressed;
    for (const QString &id : problems) {
        for (const QString &fixId : fixTable().value(id))
            addressed[fixId].append(id);
    }

    FixScripts fixes;
    for (const QString &fixId : fixOrder()) {
        if (!addressed.contains(fixId))
            continue;
        FixScript fix = makeScript(fixId, facts, problems);
        fix.findingIds = addressed.value(fixId);
        fixes.append(fix);
    }
    FixScript verify = ServerFixes::verify(facts);
    verify.findingIds = problems;
    fixes.append(verify);
    if (target.provisionFull)
        fixes.append(MailboxFixes::removeDevicePartnership(facts));
    linkFindings(result, fixes);
    return fixes;
}

} // namespace eas::report::FixCatalog
