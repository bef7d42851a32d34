#pragma once

#include "run/RunController.h"

#include "sim/ScenarioCatalog.h"

namespace eas::wizard {

class PasswordStore;

// What the wizard's owner (WizardCommand, a test) hands in. The wizard itself knows no engine
// internals, no simulator and no keychain.
struct WizardSetup
{
    RunnerFactory runnerFactory;
    // Settings the user does not type: trusted CA files, the Autodiscover start URL, the step
    // timeout. The target page fills in the rest.
    DiagnosisTarget baseTarget;
    // Pre-filled fields (training mode); the password stays in memory.
    QString email;
    QString user;
    QString password;
    QUrl url;
    // Training mode when not empty: the scenario picker shows these.
    QList<sim::ScenarioInfo> scenarios;
    QString scenario;
    // The OS keychain, offered only when set; tests leave it null.
    PasswordStore *passwordStore = nullptr;
};

} // namespace eas::wizard
