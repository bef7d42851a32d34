#pragma once

#include "core/Credentials.h"
#include "core/DiagnosisTarget.h"
#include "sim/SimulatedExchange.h"
#include "steps/StepContext.h"

#include "core/Probe.h"

#include <QNetworkAccessManager>
#include <QTemporaryFile>

namespace eas::test {

// The simulated Exchange on 127.0.0.1 with a target that trusts its root CA (as `--print-ca`
// plus `--ca-file` would), the test user's credentials and a short step timeout.
class SimFixture
{
public:
    explicit SimFixture(const QString &scenario, std::chrono::milliseconds timeout = std::chrono::seconds(5));

    bool ok() const { return m_ok; }
    // A fresh context for one probe (the endpoint is the simulator's URL unless Autodiscover).
    std::shared_ptr<StepContext> context();
    // Starts the probe, waits for its one result (or returns an empty result after `waitMs`).
    static ProbeResult run(Probe &probe, int waitMs = 30000);
    // The finding with this id, or nullptr.
    static const Finding *find(const ProbeResult &result, const QString &id);
    sim::SimulatedExchange exchange;
    DiagnosisTarget target;
    Credentials credentials;
    QNetworkAccessManager nam;

private:
    QTemporaryFile m_caFile;
    bool m_ok = false;
};

} // namespace eas::test
