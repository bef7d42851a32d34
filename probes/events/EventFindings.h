#pragma once

#include "events/EventAnalysis.h"

#include "core/Finding.h"

namespace eas::events {

// The logs step's findings from event logs:
// - blocking-events-found (fail) with the evidence (counts, reasons, event ids, users, devices,
//   client IPs, first/last, peak hour) when ActiveSync blocking events were read; with `user`,
//   only the events that name that user (UPN, DOMAIN\user and the bare name all match);
// - blocking-events-other-users (info) when only other users' events block;
// - blocking-events-none (pass) when everything was read and nothing blocks;
// - event-logs-incomplete (info) for inputs read in part, event-logs-unreadable (error, and
//   alone) when no input could be read at all.
Findings findingsFor(const EventAnalysis &analysis, const QString &user = {});

} // namespace eas::events
