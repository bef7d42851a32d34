#pragma once

#include "core/Credentials.h"
#include "core/DiagnosisTarget.h"

#include <QGroupBox>
#include <QSet>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;

namespace eas::wizard {

class FieldHint;
class PasswordStore;

// E-mail address, logon name and password. The password is masked and lives in this widget
// only; it reaches the OS keychain only when the user ticks "Remember" (and a store exists).
// In portable mode the store is never used: the option shows, disabled, with the reason.
class AccountBox : public QGroupBox
{
    Q_OBJECT
public:
    AccountBox(PasswordStore *store, bool portable, QWidget *parent = nullptr);

    // Autodiscover needs the e-mail domain; a URL alone needs at least a logon name.
    void setAutodiscover(bool autodiscover);
    void setDefaults(const QString &email, const QString &user, const QString &password);
    // Another account (a recent target, a session): the password goes unless the account is
    // the same, and the keychain's is offered.
    void setAccount(const QString &email, const QString &user);
    bool isAcceptable() const;
    void applyTo(DiagnosisTarget &target) const;
    Credentials credentials() const;
    // Called when a run starts: stores, or forgets, the password as the check box says.
    void savePasswordChoice();

    QLineEdit *emailEdit() const { return m_email; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString account() const;
    void validate();
    void offerRememberedPassword();
    void togglePasswordVisible(bool visible);
    void retranslateUi();

    PasswordStore *m_store;
    bool m_portable;
    bool m_autodiscover = true;
    QLineEdit *m_email;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QAction *m_showPassword;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    FieldHint *m_emailHint;
    FieldHint *m_userHint;
    FieldHint *m_passwordHint;
    QLabel *m_emailLabel;
    QLabel *m_userLabel;
    QLabel *m_passwordLabel;
    QSet<QLineEdit *> m_touched;
};

} // namespace eas::wizard
