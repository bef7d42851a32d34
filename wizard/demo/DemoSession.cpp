#include "DemoSession.h"

#include "WizardSetup.h"

#include "sim/ScenarioCatalog.h"
#include "sim/SimulatedExchange.h"

#include <QDir>

namespace eas::wizard {

DemoSession::DemoSession()
    : m_sim(std::make_unique<sim::SimulatedExchange>())
    , m_caFile(QDir::temp().filePath(QStringLiteral("eas-doctor-demo-ca-XXXXXX.pem")))
{
}

DemoSession::~DemoSession() = default;

bool DemoSession::start(const QString &scenario, QString *error)
{
    const QString name = scenario.isEmpty() ? QStringLiteral("healthy") : scenario;
    if (!m_sim->start(name, 0, error))
        return false;
    if (!m_caFile.open() || m_caFile.write(m_sim->rootCertificate().toPem()) < 0
        || !m_caFile.flush()) {
        if (error)
            *error
                = tr("Cannot write the simulator's root certificate to %1: %2")
                      .arg(QDir::toNativeSeparators(m_caFile.fileName()), m_caFile.errorString());
        m_sim->stop();
        return false;
    }
    return true;
}

bool DemoSession::setScenario(const QString &name)
{
    return m_sim->setScenario(name);
}

void DemoSession::applyTo(WizardSetup &setup) const
{
    setup.scenarios = sim::ScenarioCatalog::all();
    setup.scenario = m_sim->scenario();
    setup.email = m_sim->user();
    setup.password = m_sim->password();
    setup.url = m_sim->activeSyncUrl();
    setup.baseTarget.caFiles = {m_caFile.fileName()};
    setup.baseTarget.autodiscoverUrl = m_sim->autodiscoverUrl();
}

} // namespace eas::wizard
