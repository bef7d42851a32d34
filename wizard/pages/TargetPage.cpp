#include "TargetPage.h"

#include "DiagnosisWizard.h"
#include "WizardSetup.h"
#include "run/RunController.h"
#include "settings/RecentTargets.h"
#include "settings/SettingsDialog.h"
#include "settings/WizardSettings.h"
#include "summary/FileDialogs.h"
#include "target/AccountBox.h"
#include "target/DemoScenarioBox.h"
#include "target/EvidenceBox.h"
#include "target/FieldHint.h"
#include "target/RecentTargetsBox.h"
#include "target/ServerBox.h"
#include "target/SymptomPicker.h"

#include "core/ResultsModel.h"

#include <QAbstractItemModel>
#include <QCompleter>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>

namespace eas::wizard {

TargetPage::TargetPage(const WizardSetup &setup,
                       WizardSettings *settings,
                       RunController *runs,
                       QAbstractItemModel *checklist,
                       QWidget *parent)
    : DiagnosisPage(parent)
    , m_settings(settings)
    , m_runs(runs)
    , m_checklist(checklist)
    , m_baseStepTimeout(setup.baseTarget.stepTimeout)
    // Training mode's simulated server is gone next time: no recent targets there.
    , m_recent(settings->isSaved() && setup.scenarios.isEmpty()
                   ? new RecentTargetsBox(settings->recentTargets(), this)
                   : nullptr)
    // Created first so that Tab reaches the scenario before the account.
    , m_demo(setup.scenarios.isEmpty() ? nullptr
                                       : new DemoScenarioBox(setup.scenarios, setup.scenario, this))
    , m_account(new AccountBox(setup.passwordStore, settings->isPortable(), this))
    , m_server(new ServerBox(this))
    , m_evidence(new EvidenceBox(this))
    , m_symptoms(new SymptomPicker(this))
    , m_runAll(new QPushButton(this))
    , m_cancelAll(new QPushButton(this))
    , m_runStatus(new QLabel(this))
    , m_runHint(new FieldHint(this))
    , m_openSession(new QPushButton(this))
    , m_settingsButton(new QPushButton(this))
    , m_location(new QLabel(this))
    , m_recentEmails(new QStringListModel(this))
    , m_recentUrls(new QStringListModel(this))
{
    setObjectName(QStringLiteral("targetWizardPage"));
    m_runAll->setObjectName(QStringLiteral("runAllButton"));
    m_cancelAll->setObjectName(QStringLiteral("cancelAllButton"));
    m_runStatus->setObjectName(QStringLiteral("runStatusLabel"));
    m_runHint->setObjectName(QStringLiteral("runHint"));
    m_openSession->setObjectName(QStringLiteral("openSessionButton"));
    m_settingsButton->setObjectName(QStringLiteral("settingsButton"));
    m_location->setObjectName(QStringLiteral("settingsLocationLabel"));
    m_runStatus->setWordWrap(true);
    m_location->setWordWrap(true);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QVBoxLayout;
    if (m_demo) {
        left->addWidget(m_demo);
        connect(m_demo, &DemoScenarioBox::scenarioChosen, this, &TargetPage::chooseScenario);
    }
    left->addWidget(m_account);
    left->addWidget(m_server);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_evidence);
    right->addWidget(m_symptoms, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runAll);
    buttons->addWidget(m_cancelAll);
    buttons->addWidget(m_runStatus, 1);
    auto *resume = new QHBoxLayout;
    resume->addWidget(m_openSession);
    resume->addWidget(m_settingsButton);
    resume->addWidget(m_location, 1);

    auto *grid = new QGridLayout(this);
    if (m_recent)
        grid->addWidget(m_recent, 0, 0, 1, 2);
    grid->addLayout(left, 1, 0);
    grid->addLayout(right, 1, 1);
    grid->addLayout(buttons, 2, 0, 1, 2);
    grid->addWidget(m_runHint, 3, 0, 1, 2);
    grid->addLayout(resume, 4, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1);

    m_account->setDefaults(setup.email, setup.user, setup.password);
    m_server->setUrl(setup.url);
    m_account->setAutodiscover(m_server->isAutodiscover());
    registerField(QStringLiteral("email"), m_account->emailEdit());

    connect(m_server, &ServerBox::changed, this, [this] {
        m_account->setAutodiscover(m_server->isAutodiscover());
        updateWidgets();
    });
    connect(m_account, &AccountBox::changed, this, &TargetPage::updateWidgets);
    connect(m_evidence, &EvidenceBox::changed, this, &TargetPage::updateWidgets);
    connect(m_symptoms, &SymptomPicker::selectionChanged, this, &TargetPage::symptomsChanged);
    connect(m_runAll, &QPushButton::clicked, this, [this] {
        m_runHint->setCheck(FieldCheck::ok());
        Q_EMIT runAllRequested();
    });
    connect(m_cancelAll, &QPushButton::clicked, m_runs, &RunController::cancelAll);
    connect(m_runs, &RunController::runningChanged, this, &TargetPage::updateWidgets);
    connect(m_runs,
            &RunController::startFailed,
            this,
            [this](const QStringList &, const QString &message) {
                m_runHint->setCheck(FieldCheck::error(message));
            });
    connect(m_checklist, &QAbstractItemModel::dataChanged, this, &TargetPage::updateWidgets);
    connect(m_checklist, &QAbstractItemModel::modelReset, this, &TargetPage::updateWidgets);
    connect(m_openSession, &QPushButton::clicked, this, &TargetPage::openSession);
    connect(m_settingsButton, &QPushButton::clicked, this, &TargetPage::showSettings);
    connect(m_evidence, &EvidenceBox::browsed, this, [this](const QString &path) {
        m_settings->rememberFolder(QStringLiteral("evidence"), path);
        m_evidence->setBrowseFolder(m_settings->lastFolder(QStringLiteral("evidence")));
    });
    m_evidence->setBrowseFolder(m_settings->lastFolder(QStringLiteral("evidence")));
    if (m_recent) {
        connect(m_recent, &RecentTargetsBox::picked, this, &TargetPage::fill);
        connect(m_settings->recentTargets(),
                &RecentTargets::changed,
                this,
                &TargetPage::updateCompleters);
        for (auto [edit, model] : {std::pair{m_account->emailEdit(), m_recentEmails},
                                   std::pair{m_server->urlEdit(), m_recentUrls}}) {
            auto *completer = new QCompleter(model, edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            edit->setCompleter(completer);
        }
        updateCompleters();
    }

    retranslateUi();
    if (m_demo)
        m_server->setAutodiscover(m_demo->scenario().startsWith(QLatin1String("autodiscover")));
}

bool TargetPage::isComplete() const
{
    return m_account->isAcceptable() && m_server->isAcceptable() && m_evidence->isAcceptable();
}

DiagnosisTarget TargetPage::target(DiagnosisTarget base) const
{
    m_account->applyTo(base);
    m_server->applyTo(base);
    m_evidence->applyTo(base);
    return base;
}

Credentials TargetPage::credentials() const
{
    return m_account->credentials();
}

RunInputs TargetPage::inputs() const
{
    return RunInputs{m_evidence->bundle()};
}

RecentTarget TargetPage::recentTarget() const
{
    return RecentTarget::of(target({}), symptoms());
}

void TargetPage::restore(const DiagnosisTarget &target)
{
    m_account->setAccount(target.email, target.user);
    m_server->setUrl(target.url);
    m_server->setInternalUrl(target.internalUrl);
    m_evidence->setBundlePath(target.bundlePath);
    m_evidence->setLogFolder(target.logPaths.value(0));
    m_evidence->setEventFiles(target.eventFiles);
}

void TargetPage::fill(const RecentTarget &recent)
{
    restore(recent.applyTo({}));
    m_symptoms->setSelectedIds(recent.symptoms);
    m_runHint->setCheck(FieldCheck::ok());
}

void TargetPage::updateCompleters()
{
    QStringList emails;
    QStringList urls;
    for (const RecentTarget &t : m_settings->recentTargets()->list()) {
        if (!t.email.isEmpty() && !emails.contains(t.email, Qt::CaseInsensitive))
            emails.append(t.email);
        if (!t.url.isEmpty() && !urls.contains(t.url.toString()))
            urls.append(t.url.toString());
    }
    m_recentEmails->setStringList(emails);
    m_recentUrls->setStringList(urls);
}

void TargetPage::openSession()
{
    auto *owner = qobject_cast<DiagnosisWizard *>(wizard());
    const QString path
        = FileDialogs::openFileName(this,
                                    tr("Open a session"),
                                    tr("EAS Doctor sessions (*.json)"),
                                    m_settings->lastFolder(QStringLiteral("session")));
    if (path.isEmpty() || !owner)
        return;
    m_settings->rememberFolder(QStringLiteral("session"), path);
    QString error;
    if (!owner->openSession(path, &error)) {
        m_runHint->setCheck(FieldCheck::error(error));
        return;
    }
    m_runHint->setCheck(
        FieldCheck::note(tr("Session opened from %1. Enter the password to run the steps again.")
                             .arg(QDir::toNativeSeparators(path))));
}

void TargetPage::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, m_settings->stepTimeout(m_baseStepTimeout), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TargetPage::savePasswordChoice()
{
    m_account->savePasswordChoice();
}

QStringList TargetPage::symptoms() const
{
    return m_symptoms->selectedIds();
}

void TargetPage::chooseScenario(const QString &name)
{
    m_server->setAutodiscover(name.startsWith(QLatin1String("autodiscover")));
    Q_EMIT scenarioChosen(name);
}

void TargetPage::focusFirstControl()
{
    // An empty e-mail address first; filled in (training, a recent target), the first control.
    if (QLineEdit *email = m_account->emailEdit(); email->text().isEmpty())
        email->setFocus(Qt::OtherFocusReason);
}

void TargetPage::updateWidgets()
{
    const bool running = m_runs->isRunning();
    m_runAll->setEnabled(!running && isComplete());
    m_cancelAll->setVisible(running);
    m_openSession->setEnabled(!running);
    int done = 0;
    const int total = m_checklist->rowCount();
    for (int row = 0; row < total; ++row) {
        if (m_checklist->index(row, 0).data(ResultsModel::StatusRole).isValid())
            ++done;
    }
    if (running)
        m_runStatus->setText(tr("Checking: %1 of %2 steps done. Press Next to watch each step.")
                                 .arg(done)
                                 .arg(total));
    else if (done > 0)
        m_runStatus->setText(tr("%1 of %2 steps checked. Press Next to go through the results.")
                                 .arg(done)
                                 .arg(total));
    else
        m_runStatus->setText(tr("Runs the six steps together. Or press Next to go step by step."));
    Q_EMIT completeChanged();
}

void TargetPage::retranslateUi()
{
    setTitle(tr("Which mailbox cannot sync?"));
    setSubTitle(tr("Enter the account a phone uses and where its server is. EAS Doctor then "
                   "checks the six things that block ActiveSync."));
    m_runAll->setText(tr("&Run all steps"));
    m_runAll->setToolTip(tr("Starts every step at once; the checklist fills as they finish."));
    m_cancelAll->setText(tr("&Cancel all"));
    m_cancelAll->setToolTip(tr("Stops every running step; each one reports what it got to."));
    m_openSession->setText(tr("Open a &saved session…"));
    m_openSession->setToolTip(tr("Restores the target and the results of a saved session, to "
                                 "resume it or go through what a colleague handed on."));
    m_settingsButton->setText(tr("Settin&gs…"));
    m_settingsButton->setToolTip(tr("The step time limit, certificate trust for this session, "
                                    "and where the settings are kept."));
    m_location->setText(m_settings->locationText());
    updateWidgets();
}

} // namespace eas::wizard
