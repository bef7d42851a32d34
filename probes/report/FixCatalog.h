#pragma once

#include "Bundle.h"

#include "core/Diagnosis.h"
#include "core/DiagnosisTarget.h"
#include "core/FixScript.h"

#include <QUrl>

#include <optional>

namespace eas::report {

// Fix ids (the `fixes` of a finding, the `id` of a FixScript); spec/procedures.md names.
namespace FixIds {
inline const QString EnableActiveSync = QStringLiteral("enable-activesync");            // quick fix
inline const QString AllowNonProvisionable = QStringLiteral("allow-non-provisionable"); // quick fix
inline const QString AllowDevice = QStringLiteral("allow-device");
inline const QString VdirReconfigure = QStringLiteral("vdir-reconfigure");     // solution 1
inline const QString VdirRecreate = QStringLiteral("vdir-recreate");           // solution 2
inline const QString VdirAuth = QStringLiteral("vdir-auth");                   // solution 3
inline const QString CertificateEnable = QStringLiteral("certificate-enable"); // solution 4
inline const QString ThrottlingPolicy = QStringLiteral("throttling-policy");   // solution 5
inline const QString Verify = QStringLiteral("verify");
inline const QString RemoveDevicePartnership = QStringLiteral("remove-device-partnership");
} // namespace FixIds

// What buildFixes needs beyond the findings.
struct FixContext
{
    std::optional<Bundle> bundle; // the --bundle evidence, if any
    QUrl activeSyncUrl;           // the endpoint the run used (Autodiscover's); empty = target.url
};

namespace FixCatalog {

// The PowerShell scripts for this run: one per fix that a fail/warn finding needs, filled with
// the real identity, server, virtual directory, URLs, thumbprint and policy names; always the
// verification script; and, when the target acknowledged a policy (provisionFull), the clean-up
// of this tool's device partnership. Writes each fix id into the `fixes` of the findings it
// addresses (no duplicates when called again). Assign the return value to result.fixes.
//
// Server names come from the steps' X-FEServer / X-BEServer evidence or the bundle, the
// thumbprint from the certificate evidence (Evidence.h lists the keys read) or the bundle.
FixScripts
buildFixes(DiagnosisResult &result, const DiagnosisTarget &target, const FixContext &ctx);

} // namespace FixCatalog

} // namespace eas::report
