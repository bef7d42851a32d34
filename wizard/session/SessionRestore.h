#pragma once

namespace eas::wizard {

class DiagnosisWizard;
struct Session;

namespace SessionRestore {

// Puts a saved session back into the wizard: every field of the target page (account without
// a password: the user types it again to re-run; server; evidence paths), and the results with
// their fix scripts into the shared checklist, which every page, the checklist panel and the
// summary read.
void apply(DiagnosisWizard &wizard, const Session &session);

} // namespace SessionRestore

} // namespace eas::wizard
