#pragma once

#include "PasswordStore.h"

#include <memory>

class QSettings;

namespace eas::wizard {

// PasswordStore on the OS keychain through QtKeychain (Secret Service / KWallet, the Windows
// Credential Manager, the macOS Keychain). Never falls back to a plain file. The settings keep
// only the names of the accounts that have a stored password, never the password.
class KeychainPasswordStore : public PasswordStore
{
    Q_OBJECT
public:
    explicit KeychainPasswordStore(std::unique_ptr<QSettings> settings, QObject *parent = nullptr);
    ~KeychainPasswordStore() override;

    bool isRemembered(const QString &account) const override;
    void read(const QString &account) override;
    void write(const QString &account, const QString &password) override;
    void remove(const QString &account) override;

private:
    void setRemembered(const QString &account, bool remembered);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace eas::wizard
