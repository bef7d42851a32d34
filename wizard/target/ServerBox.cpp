#include "ServerBox.h"

#include "FieldHint.h"
#include "TargetValidation.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace eas::wizard {

ServerBox::ServerBox(QWidget *parent)
    : QGroupBox(parent)
    , m_autodiscover(new QRadioButton(this))
    , m_useUrl(new QRadioButton(this))
    , m_url(new QLineEdit(this))
    , m_internalUrl(new QLineEdit(this))
    , m_urlHint(new FieldHint(this))
    , m_internalUrlHint(new FieldHint(this))
{
    setObjectName(QStringLiteral("serverGroupBox"));
    m_autodiscover->setObjectName(QStringLiteral("autodiscoverRadioButton"));
    m_useUrl->setObjectName(QStringLiteral("urlRadioButton"));
    m_url->setObjectName(QStringLiteral("urlLineEdit"));
    m_internalUrl->setObjectName(QStringLiteral("internalUrlLineEdit"));
    m_urlHint->setObjectName(QStringLiteral("urlHint"));
    m_internalUrlHint->setObjectName(QStringLiteral("internalUrlHint"));
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_internalUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_autodiscover->setChecked(true);

    auto *form = new QFormLayout(this);
    form->addRow(m_autodiscover);
    form->addRow(m_useUrl);
    auto *urlColumn = new QVBoxLayout;
    urlColumn->setContentsMargins(m_useUrl->sizeHint().height(), 0, 0, 0);
    urlColumn->setSpacing(2);
    urlColumn->addWidget(m_url);
    urlColumn->addWidget(m_urlHint);
    m_urlHint->setField(m_url);
    form->addRow(urlColumn);
    m_internalUrlLabel = FieldHint::addFormRow(form, m_internalUrl, m_internalUrlHint);

    connect(m_useUrl, &QRadioButton::toggled, this, [this](bool on) {
        // Tab lands on the chosen way (the arrows switch); Qt would take the first one.
        m_useUrl->setFocusPolicy(on ? Qt::StrongFocus : Qt::ClickFocus);
        m_autodiscover->setFocusPolicy(on ? Qt::ClickFocus : Qt::StrongFocus);
        m_url->setEnabled(on);
        if (on)
            m_url->setFocus();
        validate();
    });
    connect(m_url, &QLineEdit::textChanged, this, &ServerBox::validate);
    connect(m_url, &QLineEdit::editingFinished, this, [this] {
        m_urlTouched = true;
        validate();
    });
    connect(m_internalUrl, &QLineEdit::textChanged, this, &ServerBox::validate);
    m_url->setEnabled(false);
    m_useUrl->setFocusPolicy(Qt::ClickFocus);
    retranslateUi();
    validate();
}

bool ServerBox::isAutodiscover() const
{
    return m_autodiscover->isChecked();
}

void ServerBox::setAutodiscover(bool autodiscover)
{
    (autodiscover ? m_autodiscover : m_useUrl)->setChecked(true);
}

void ServerBox::setUrl(const QUrl &url)
{
    m_url->setText(url.toString());
    m_url->setCursorPosition(0); // show the scheme and host, not the path's end
    setAutodiscover(url.isEmpty());
}

void ServerBox::setInternalUrl(const QUrl &url)
{
    m_internalUrl->setText(url.toString());
}

bool ServerBox::isAcceptable() const
{
    return TargetValidation::activeSyncUrl(m_url->text(), !isAutodiscover()).isAcceptable()
           && TargetValidation::internalUrl(m_internalUrl->text()).isAcceptable();
}

void ServerBox::validate()
{
    const FieldCheck url = TargetValidation::activeSyncUrl(m_url->text(), !isAutodiscover());
    const bool speak = !isAutodiscover() && (m_urlTouched || !m_url->text().isEmpty());
    m_urlHint->setCheck(speak ? url : FieldCheck::ok());
    m_internalUrlHint->setCheck(TargetValidation::internalUrl(m_internalUrl->text()));
    Q_EMIT changed();
}

void ServerBox::applyTo(DiagnosisTarget &target) const
{
    target.url
        = isAutodiscover()
              ? QUrl()
              : DiagnosisTarget::normalizeActiveSyncUrl(TargetValidation::parseUrl(m_url->text()));
    target.internalUrl = DiagnosisTarget::normalizeActiveSyncUrl(
        TargetValidation::parseUrl(m_internalUrl->text()));
}

void ServerBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        validate();
    }
    QGroupBox::changeEvent(event);
}

void ServerBox::retranslateUi()
{
    setTitle(tr("Server"));
    m_autodiscover->setText(tr("Find the server with &Autodiscover"));
    m_useUrl->setText(tr("&Use this ActiveSync URL:"));
    m_internalUrlLabel->setText(tr("&Internal URL:"));
    m_url->setPlaceholderText(tr("https://mail.contoso.com"));
    m_internalUrl->setPlaceholderText(tr("Optional"));
    m_internalUrl->setToolTip(
        tr("The URL used inside the network, e.g. https://exch01.contoso.local"));
    m_url->setAccessibleName(tr("ActiveSync URL"));
    m_internalUrl->setAccessibleName(tr("Internal URL"));
}

} // namespace eas::wizard
