#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace eas::wizard {
class KeychainPasswordStore;
struct WizardSetup;
} // namespace eas::wizard

namespace eas::app {

// What the wizard keeps between sessions, found the way the app finds it for a program folder
// (AppSettings): the settings, portable mode, and the OS keychain for remembered passwords.
// In portable mode there is no keychain store at all, so no password can reach the keychain
// of the computer the stick is plugged into. Must outlive the wizard it was applied to.
class WizardEnvironment
{
public:
    explicit WizardEnvironment(const QString &programDir);
    ~WizardEnvironment();

    bool isPortable() const { return m_portable; }
    void applyTo(wizard::WizardSetup &setup) const;

private:
    bool m_portable;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<wizard::KeychainPasswordStore> m_passwords;
};

} // namespace eas::app
