#include "EngineRunnerFactory.h"

#include "core/ProbeRunner.h"
#include "steps/RunnerFactory.h"

namespace eas::wizard {

RunnerFactory engineRunnerFactory(QNetworkAccessManager *nam)
{
    return [nam](const DiagnosisTarget &target,
                 const Credentials &credentials,
                 const RunInputs &inputs) {
        return eas::createRunner(target, credentials, nam, inputs);
    };
}

} // namespace eas::wizard
