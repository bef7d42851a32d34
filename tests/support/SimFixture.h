#pragma once

#include "core/Credentials.h"
#include "core/DiagnosisTarget.h"
#include "sim/SimulatedExchange.h"
#include "steps/StepContext.h"

#include "core/Probe.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTemporaryFile>

namespace eas::test {

// The simulated Exchange on 127.0.0.1 with a target that trusts its root CA (as `--print-ca`
// plus `--ca-file` would), the test user's credentials and a short step timeout.
class SimFixture
{
public:
    explicit SimFixture(const QString &scenario,
                        std::chrono::milliseconds timeout = std::chrono::seconds(5));

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

    // The endings every EAS probe shares, against a server that never answers: the hard timeout
    // ends it with connection-timeout; a cancel mid-flight ends it once, as skip; later cancel()
    // and start() calls do nothing.
    template<typename ProbeT> static void verifyTimeoutAndCancel()
    {
        SimFixture sim(QStringLiteral("no-response"), std::chrono::milliseconds(600));
        ProbeT probe(sim.context());
        probe.setTimeout(std::chrono::milliseconds(600));
        QVERIFY(find(run(probe, 5000), QStringLiteral("connection-timeout")));
        ProbeT second(sim.context());
        QSignalSpy done(&second, &Probe::finished);
        second.start();
        QTest::qWait(100);
        second.cancel();
        second.cancel();
        second.start();
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().first().value<ProbeResult>().status, Severity::Skip);
    }

private:
    QTemporaryFile m_caFile;
    bool m_ok = false;
};

} // namespace eas::test
