#include "SettingsDialog.h"

#include "RecentTargets.h"
#include "WizardSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace eas::wizard {

namespace {
constexpr int kMinTimeoutSeconds = 5;
constexpr int kMaxTimeoutSeconds = 300;
} // namespace

SettingsDialog::SettingsDialog(WizardSettings *settings,
                               std::chrono::milliseconds stepTimeout,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_location(new QLabel(this))
    , m_timeoutLabel(new QLabel(this))
    , m_timeout(new QSpinBox(this))
    , m_trust(new QCheckBox(this))
    , m_trustNote(new QLabel(this))
    , m_forgetRecent(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_location->setObjectName(QStringLiteral("settingsLocationLabel"));
    m_timeout->setObjectName(QStringLiteral("stepTimeoutSpinBox"));
    m_trust->setObjectName(QStringLiteral("trustCertificateCheckBox"));
    m_forgetRecent->setObjectName(QStringLiteral("forgetRecentTargetsButton"));
    m_location->setWordWrap(true);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_trustNote->setWordWrap(true);
    m_timeout->setRange(kMinTimeoutSeconds, kMaxTimeoutSeconds);
    m_timeoutLabel->setBuddy(m_timeout);

    m_timeout->setValue(int(std::chrono::duration_cast<std::chrono::seconds>(stepTimeout).count()));
    m_trust->setChecked(m_settings->trustsFailedCertificates());

    auto *form = new QFormLayout;
    form->addRow(m_timeoutLabel, m_timeout);
    form->addRow(m_trust);
    form->addRow(m_trustNote);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_location);
    layout->addLayout(form);
    layout->addWidget(m_forgetRecent, 0, Qt::AlignLeft);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_forgetRecent, &QPushButton::clicked, this, [this] {
        m_settings->recentTargets()->clear();
        updateWidgets();
    });
    retranslateUi();
    updateWidgets();
}

void SettingsDialog::accept()
{
    m_settings->setStepTimeout(std::chrono::seconds(m_timeout->value()));
    m_settings->setTrustFailedCertificates(m_trust->isChecked());
    QDialog::accept();
}

void SettingsDialog::updateWidgets()
{
    m_forgetRecent->setEnabled(!m_settings->recentTargets()->list().isEmpty());
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("EAS Doctor settings"));
    m_location->setText(m_settings->locationText());
    m_timeoutLabel->setText(tr("Time limit per &step:"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long one step may take before it reports a timeout."));
    m_timeout->setAccessibleName(tr("Time limit per step in seconds"));
    m_trust->setText(tr("&Trust a server certificate that fails the checks, for this session"));
    m_trustNote->setText(tr("The certificate step still reports every problem; the other steps "
                            "go on as a phone that accepts the certificate would. Never saved: "
                            "the next start checks certificates again."));
    m_trust->setAccessibleDescription(m_trustNote->text());
    m_forgetRecent->setText(tr("&Forget the recent mailboxes"));
    m_forgetRecent->setToolTip(tr("Removes every entry of the Recent list on the first page."));
}

} // namespace eas::wizard
