#pragma once

#include <QObject>

namespace eas::wizard {

// Where a password goes when, and only when, the user ticks "Remember the password": the OS
// keychain in the app (KeychainPasswordStore), a fake in tests, nothing at all by default.
// Everything is asynchronous: a keychain may ask the user to unlock it.
class PasswordStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // True when the user chose to remember a password for this account before (known without
    // touching the keychain).
    virtual bool isRemembered(const QString &account) const = 0;
    // Emits passwordRead when the keychain has one; nothing (or failed) otherwise.
    virtual void read(const QString &account) = 0;
    virtual void write(const QString &account, const QString &password) = 0;
    virtual void remove(const QString &account) = 0;

Q_SIGNALS:
    void passwordRead(const QString &account, const QString &password);
    void failed(const QString &message);
};

} // namespace eas::wizard
