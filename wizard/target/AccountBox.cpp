#include "AccountBox.h"

#include "FieldHint.h"
#include "PasswordStore.h"
#include "TargetValidation.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>

namespace eas::wizard {

AccountBox::AccountBox(PasswordStore *store, bool portable, QWidget *parent)
    : QGroupBox(parent)
    , m_store(portable ? nullptr : store)
    , m_portable(portable)
    , m_email(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_showPassword(new QAction(this))
    , m_remember(new QCheckBox(this))
    , m_keychainNote(new QLabel(this))
    , m_emailHint(new FieldHint(this))
    , m_userHint(new FieldHint(this))
    , m_passwordHint(new FieldHint(this))
{
    setObjectName(QStringLiteral("accountGroupBox"));
    m_email->setObjectName(QStringLiteral("emailLineEdit"));
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheckBox"));
    m_keychainNote->setObjectName(QStringLiteral("keychainNoteLabel"));
    m_emailHint->setObjectName(QStringLiteral("emailHint"));
    m_userHint->setObjectName(QStringLiteral("userHint"));
    m_passwordHint->setObjectName(QStringLiteral("passwordHint"));

    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    // Room for an address, and for the hints under the fields to wrap into a few lines.
    for (QLineEdit *edit : {m_email, m_user, m_password})
        edit->setMinimumWidth(22 * edit->fontMetrics().averageCharWidth());
    m_user->setInputMethodHints(Qt::ImhNoAutoUppercase);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText
                                    | Qt::ImhSensitiveData);
    m_showPassword->setCheckable(true);
    // The eye in the field takes no focus: the keyboard has Ctrl+H in the field instead.
    m_showPassword->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_showPassword->setShortcutContext(Qt::WidgetShortcut);
    m_password->addAction(m_showPassword, QLineEdit::TrailingPosition);
    m_remember->setVisible(m_store || m_portable);
    m_remember->setEnabled(!m_portable);
    m_keychainNote->setVisible(m_portable);
    m_keychainNote->setWordWrap(true);

    auto *form = new QFormLayout(this);
    m_emailLabel = FieldHint::addFormRow(form, m_email, m_emailHint);
    m_userLabel = FieldHint::addFormRow(form, m_user, m_userHint);
    m_passwordLabel = FieldHint::addFormRow(form, m_password, m_passwordHint);
    form->addRow(nullptr, m_remember);
    form->addRow(nullptr, m_keychainNote);

    for (QLineEdit *edit : {m_email, m_user, m_password}) {
        connect(edit, &QLineEdit::textChanged, this, &AccountBox::validate);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            m_touched.insert(edit);
            validate();
        });
    }
    connect(m_email, &QLineEdit::editingFinished, this, &AccountBox::offerRememberedPassword);
    connect(m_user, &QLineEdit::editingFinished, this, &AccountBox::offerRememberedPassword);
    connect(m_showPassword, &QAction::toggled, this, &AccountBox::togglePasswordVisible);
    if (m_store) {
        connect(m_store,
                &PasswordStore::passwordRead,
                this,
                [this](const QString &account, const QString &password) {
                    if (account != this->account() || !m_password->text().isEmpty())
                        return;
                    m_password->setText(password);
                    m_remember->setChecked(true);
                });
        connect(m_store, &PasswordStore::failed, this, [this](const QString &message) {
            m_passwordHint->setCheck(
                FieldCheck::note(tr("The system keychain did not take part: %1").arg(message)));
        });
    }
    retranslateUi();
    togglePasswordVisible(false);
    validate();
}

QString AccountBox::account() const
{
    const QString user = m_user->text().trimmed();
    return user.isEmpty() ? m_email->text().trimmed() : user;
}

void AccountBox::setAutodiscover(bool autodiscover)
{
    m_autodiscover = autodiscover;
    validate();
}

void AccountBox::setDefaults(const QString &email, const QString &user, const QString &password)
{
    m_email->setText(email);
    m_user->setText(user);
    m_password->setText(password);
}

void AccountBox::setAccount(const QString &email, const QString &user)
{
    const QString before = account();
    m_email->setText(email);
    m_user->setText(user);
    if (account().compare(before, Qt::CaseInsensitive) == 0)
        return;
    m_password->clear();
    m_remember->setChecked(false);
    offerRememberedPassword();
}

bool AccountBox::isAcceptable() const
{
    const bool emailRequired = m_autodiscover || m_user->text().trimmed().isEmpty();
    return TargetValidation::email(m_email->text(), emailRequired).isAcceptable()
           && TargetValidation::logonName(m_user->text()).isAcceptable();
}

void AccountBox::validate()
{
    const bool emailRequired = m_autodiscover || m_user->text().trimmed().isEmpty();
    auto show = [this](QLineEdit *edit, FieldHint *hint, const FieldCheck &check) {
        const bool speak = m_touched.contains(edit) || !edit->text().isEmpty()
                           || check.level == FieldCheck::Level::Note;
        hint->setCheck(speak ? check : FieldCheck::ok());
    };
    show(m_email, m_emailHint, TargetValidation::email(m_email->text(), emailRequired));
    show(m_user, m_userHint, TargetValidation::logonName(m_user->text()));
    show(m_password, m_passwordHint, TargetValidation::password(m_password->text()));
    Q_EMIT changed();
}

void AccountBox::applyTo(DiagnosisTarget &target) const
{
    target.email = m_email->text().trimmed();
    target.user = m_user->text().trimmed();
    target.noCredentials = m_password->text().isEmpty();
}

Credentials AccountBox::credentials() const
{
    if (m_password->text().isEmpty())
        return {};
    return Credentials::password(account(), m_password->text());
}

void AccountBox::savePasswordChoice()
{
    if (!m_store || account().isEmpty())
        return;
    if (m_remember->isChecked() && !m_password->text().isEmpty())
        m_store->write(account(), m_password->text());
    else if (!m_remember->isChecked() && m_store->isRemembered(account()))
        m_store->remove(account());
}

void AccountBox::offerRememberedPassword()
{
    if (m_store && m_password->text().isEmpty() && m_store->isRemembered(account()))
        m_store->read(account());
}

void AccountBox::togglePasswordVisible(bool visible)
{
    m_password->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    m_showPassword->setIcon(QIcon(visible ? QStringLiteral(":/eas/icons/hide-password.svg")
                                          : QStringLiteral(":/eas/icons/show-password.svg")));
    m_showPassword->setToolTip(visible ? tr("Hide the password") : tr("Show the password"));
}

void AccountBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        validate();
    }
    QGroupBox::changeEvent(event);
}

void AccountBox::retranslateUi()
{
    setTitle(tr("Account"));
    m_emailLabel->setText(tr("&E-mail address:"));
    m_userLabel->setText(tr("&Logon name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_email->setPlaceholderText(tr("jdoe@contoso.com"));
    m_user->setPlaceholderText(tr("Same as the e-mail address"));
    m_password->setPlaceholderText(tr("Kept in memory only"));
    m_password->setToolTip(tr("%1 shows or hides the password.")
                               .arg(m_showPassword->shortcut().toString(QKeySequence::NativeText)));
    m_email->setAccessibleName(tr("E-mail address"));
    m_user->setAccessibleName(tr("Logon name"));
    m_user->setToolTip(tr("The name the phone signs in with: user@domain or DOMAIN\\user."));
    m_password->setAccessibleName(tr("Password"));
    m_remember->setText(tr("Remember the password in the system &keychain"));
    m_remember->setToolTip(tr("Stores the password in the operating system's keychain, never in "
                              "a file. Untick to remove it again."));
    m_keychainNote->setText(tr("Portable mode: EAS Doctor leaves nothing on this computer, so "
                               "it does not store passwords in its keychain. Type the password "
                               "each time."));
    m_remember->setAccessibleDescription(m_portable ? m_keychainNote->text() : QString());
    togglePasswordVisible(m_showPassword->isChecked());
}

} // namespace eas::wizard
