#pragma once

#include "run/RunController.h"

#include "sim/ScenarioCatalog.h"

class QSettings;

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
    // Where recent targets and options are kept between sessions (AppSettings in the app, a
    // temporary file in tests); nothing is kept when null. Must outlive the wizard.
    QSettings *settings = nullptr;
    // Portable mode: the settings live beside the program, and the keychain option shows
    // disabled: passwordStore is never used.
    bool portable = false;
};

} // namespace eas::wizard
