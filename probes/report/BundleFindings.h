#pragma once

#include "Bundle.h"

#include "core/DiagnosisTarget.h"
#include "core/Finding.h"

#include <QDateTime>

// The findings a server-side bundle proves, with the catalog's ids and owning steps (each
// finding's `step`), evidence naming the bundle field ("casMailbox.ActiveSyncEnabled") and
// "source": "bundle". Add them to the raw step results before Diagnosis::assemble(), which
// merges them with what the live probes saw.
//
//   activesync-disabled      casMailbox.ActiveSyncEnabled is false
//   device-blocked           a device's access state is Blocked, or ActiveSyncBlockedDeviceIDs
//   device-quarantined       a device's access state is Quarantined
//   max-devices-reached      partnerships >= EasMaxDevices of the policy in effect
//   auth-method-mismatch     Basic off (vdir or IIS) and no OAuth (vdir methods + organisation)
//   virtual-directory-missing  no ActiveSync virtual directory at all
//   virtual-directory-error  a web.config with a literal %ExchangeInstallDir%, or a missing one
//   certificate-*            the IIS certificate expired, not yet valid, expiring, untrusted or
//                            not naming the host
//   certificate-differs-from-iis (warn, certificate step)  the certificate on the wire is not
//                            one Exchange has enabled for IIS (a proxy or a stale binding)
//   blocking-events-found    Event ID 1100 of MSExchange ActiveSync
//   throttled (warn)         ActiveSync events about budgets or throttling
//   bundle-evidence (info, user-status)  where and when the bundle was collected
namespace eas::report::BundleFindings {

// `wireThumbprint`: the SHA-1 thumbprint of the certificate the run saw (Evidence::wireThumbprint),
// empty when unknown.
Findings evaluate(const Bundle &bundle,
                  const DiagnosisTarget &target,
                  const QString &wireThumbprint,
                  const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace eas::report::BundleFindings
