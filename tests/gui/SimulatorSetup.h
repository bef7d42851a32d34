#pragma once

#include "WizardSetup.h"
#include "demo/DemoSession.h"
#include "engine/EngineRunnerFactory.h"

#include <QNetworkAccessManager>

#include <chrono>

namespace eas::test {

// The wizard wired to the in-process simulated Exchange the way `eas-doctor --demo` wires it
// (a target linking this also links eas_engine).
struct SimulatorSetup
{
    wizard::DemoSession demo;
    QNetworkAccessManager nam;
    wizard::WizardSetup setup;

    bool start(const QString &scenario, QString *error)
    {
        if (!demo.start(scenario, error))
            return false;
        demo.applyTo(setup);
        setup.runnerFactory = wizard::engineRunnerFactory(&nam);
        setup.baseTarget.stepTimeout = std::chrono::seconds(10);
        return true;
    }
};

} // namespace eas::test
