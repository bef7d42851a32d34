#pragma once

#include <QString>

namespace eas::report::CollectorScript {

// The read-only server-side collector (.ps1) for one mailbox. Run in the Exchange Management
// Shell on an Exchange server, it reads what the six steps need (CAS mailbox, mailbox, devices
// and their statistics, ActiveSync virtual directories, IIS authentication of the vdir,
// web.config sanity, Exchange certificates, throttling policies, autoblock thresholds,
// MSExchange ActiveSync events with their messages, IIS log folders, the organisation's OAuth
// switch) and writes one UTF-8 JSON bundle (schema eas-doctor/bundle/1, BUNDLE_SCHEMA.md).
// Each section has its own try/catch, so a failure leaves that section null and is listed
// under "errors": a partial bundle still comes out. It changes nothing on the server.
QString generate(const QString &email);

} // namespace eas::report::CollectorScript
