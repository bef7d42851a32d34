#pragma once

#include "core/Credentials.h"
#include "core/DiagnosisTarget.h"

#include <memory>

class QNetworkAccessManager;

namespace eas {

class ProbeRunner;

// Builds the runner of one diagnosis: the probes of the steps the target asks for (all by
// default), their timeouts and prerequisites. The QNetworkAccessManager is injected (tests and
// the wizard point it at the simulator); it must outlive the runner. Credentials are copied
// into the probes that need them and never leave memory.
std::unique_ptr<ProbeRunner> createRunner(const DiagnosisTarget &target,
                                          const Credentials &credentials,
                                          QNetworkAccessManager *nam);

} // namespace eas
