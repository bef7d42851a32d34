#include "SimFixture.h"

#include <QSignalSpy>

namespace eas::test {

SimFixture::SimFixture(const QString &scenario, std::chrono::milliseconds timeout)
{
    if (!exchange.start(scenario) || !m_caFile.open())
        return;
    m_caFile.write(exchange.rootCertificate().toPem());
    m_caFile.flush();
    target.email = exchange.user();
    target.caFiles = {m_caFile.fileName()};
    target.stepTimeout = timeout;
    if (scenario.startsWith(QLatin1String("autodiscover-")))
        target.autodiscoverUrl = exchange.autodiscoverUrl();
    else
        target.url = exchange.activeSyncUrl();
    credentials = Credentials::password(exchange.user(), exchange.password());
    m_ok = true;
}

std::shared_ptr<StepContext> SimFixture::context()
{
    return std::make_shared<StepContext>(target, credentials, &nam);
}

ProbeResult SimFixture::run(Probe &probe, int waitMs)
{
    QSignalSpy done(&probe, &Probe::finished);
    probe.start();
    if (!done.wait(waitMs))
        return {};
    return done.first().first().value<ProbeResult>();
}

const Finding *SimFixture::find(const ProbeResult &result, const QString &id)
{
    for (const Finding &f : result.findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

} // namespace eas::test
