#pragma once

namespace eas::wizard {

class DiagnosisWizard;
struct Session;

namespace SessionRestore {

// Puts a saved session back into the wizard: the target page's account (without a password:
// the user types it again to re-run) and server, and the results into the shared checklist,
// which every page, the checklist panel and the summary read.
void apply(DiagnosisWizard &wizard, const Session &session);

} // namespace SessionRestore

} // namespace eas::wizard
