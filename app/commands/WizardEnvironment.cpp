#include "WizardEnvironment.h"

#include "settings/AppSettings.h"

#include "WizardSetup.h"
#include "target/KeychainPasswordStore.h"

#include <QSettings>

namespace eas::app {

WizardEnvironment::WizardEnvironment(const QString &programDir)
    : m_portable(AppSettings::isPortable(programDir))
    , m_settings(AppSettings::open(programDir))
    , m_passwords(m_portable ? nullptr
                             : std::make_unique<wizard::KeychainPasswordStore>(
                                 AppSettings::open(programDir)))
{
}

WizardEnvironment::~WizardEnvironment() = default;

void WizardEnvironment::applyTo(wizard::WizardSetup &setup) const
{
    setup.settings = m_settings.get();
    setup.portable = m_portable;
    setup.passwordStore = m_passwords.get();
}

} // namespace eas::app
