#pragma once

#include "run/RunController.h"

class QNetworkAccessManager;

namespace eas::wizard {

// The production RunnerFactory: eas::createRunner with the wizard's QNetworkAccessManager,
// which must outlive every runner it makes.
RunnerFactory engineRunnerFactory(QNetworkAccessManager *nam);

} // namespace eas::wizard
