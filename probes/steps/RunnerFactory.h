#pragma once

#include "core/Credentials.h"
#include "core/DiagnosisTarget.h"
#include "report/Bundle.h"

#include <optional>

#include <memory>

class QNetworkAccessManager;

namespace eas {

class ProbeRunner;

// What a run reads besides the network: the server-side evidence bundle, already loaded and
// validated by the caller (report::BundleImporter::load), so a bad bundle is the caller's error.
struct RunInputs
{
    std::optional<report::Bundle> bundle;
};

// Builds the runner of one diagnosis: the probes of the steps the target asks for (all by
// default), their timeouts and prerequisites. The QNetworkAccessManager is injected (tests and
// the wizard point it at the simulator); it must outlive the runner. Credentials are copied
// into the probes that need them and never leave memory. With a bundle, what it proves joins
// the findings (before ranking) and its events join the logs step; every run ends with the fix
// and verification scripts attached (report::FixCatalog).
std::unique_ptr<ProbeRunner> createRunner(const DiagnosisTarget &target,
                                          const Credentials &credentials,
                                          QNetworkAccessManager *nam,
                                          const RunInputs &inputs = {});

} // namespace eas
