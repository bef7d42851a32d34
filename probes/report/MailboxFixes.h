#pragma once

#include "FixFacts.h"

#include "core/FixScript.h"

// The mailbox-side scripts: the quick fix (ActiveSync on, non-provisionable devices allowed),
// letting blocked devices in, the throttling policy (solution 5) and the clean-up of this
// tool's own device partnership. findingIds are left for FixCatalog to fill.
namespace eas::report::MailboxFixes {

FixScript enableActiveSync(const FixFacts &facts);
FixScript allowNonProvisionable(const FixFacts &facts);
FixScript allowDevice(const FixFacts &facts);
FixScript throttlingPolicy(const FixFacts &facts);
FixScript removeDevicePartnership(const FixFacts &facts);

} // namespace eas::report::MailboxFixes
