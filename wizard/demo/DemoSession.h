#pragma once

#include <QCoreApplication>
#include <QTemporaryFile>

#include <memory>

namespace eas::sim {
class SimulatedExchange;
}

namespace eas::wizard {

struct WizardSetup;

// Training mode (--demo): the built-in simulated Exchange, in this process, on 127.0.0.1. The
// wizard trusts the simulator's root CA through target.caFiles (a temporary PEM file that lives
// as long as the session), exactly as `diagnose --ca-file` would. Not a QObject on purpose:
// only the app and the simulator tests link it, and so the simulator.
class DemoSession
{
    Q_DECLARE_TR_FUNCTIONS(eas::wizard::DemoSession)
public:
    DemoSession();
    ~DemoSession();
    DemoSession(const DemoSession &) = delete;
    DemoSession &operator=(const DemoSession &) = delete;

    // Starts the simulator with the scenario ("healthy" when empty).
    bool start(const QString &scenario, QString *error);
    bool setScenario(const QString &name);

    // The scenario picker, the simulator's account and URL, its root CA and Autodiscover URL.
    void applyTo(WizardSetup &setup) const;

private:
    std::unique_ptr<sim::SimulatedExchange> m_sim;
    QTemporaryFile m_caFile;
};

} // namespace eas::wizard
