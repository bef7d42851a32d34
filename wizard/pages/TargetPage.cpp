#include "TargetPage.h"

#include "WizardSetup.h"
#include "run/RunController.h"
#include "target/AccountBox.h"
#include "target/DemoScenarioBox.h"
#include "target/EvidenceBox.h"
#include "target/FieldHint.h"
#include "target/ServerBox.h"
#include "target/SymptomPicker.h"

#include "core/ResultsModel.h"

#include <QAbstractItemModel>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace eas::wizard {

TargetPage::TargetPage(const WizardSetup &setup,
                       RunController *runs,
                       QAbstractItemModel *checklist,
                       QWidget *parent)
    : DiagnosisPage(parent)
    , m_runs(runs)
    , m_checklist(checklist)
    // Created first so that Tab reaches the scenario before the account.
    , m_demo(setup.scenarios.isEmpty() ? nullptr
                                       : new DemoScenarioBox(setup.scenarios, setup.scenario, this))
    , m_account(new AccountBox(setup.passwordStore, this))
    , m_server(new ServerBox(this))
    , m_evidence(new EvidenceBox(this))
    , m_symptoms(new SymptomPicker(this))
    , m_runAll(new QPushButton(this))
    , m_cancelAll(new QPushButton(this))
    , m_runStatus(new QLabel(this))
    , m_runHint(new FieldHint(this))
{
    setObjectName(QStringLiteral("targetWizardPage"));
    m_runAll->setObjectName(QStringLiteral("runAllButton"));
    m_cancelAll->setObjectName(QStringLiteral("cancelAllButton"));
    m_runStatus->setObjectName(QStringLiteral("runStatusLabel"));
    m_runHint->setObjectName(QStringLiteral("runHint"));
    m_runStatus->setWordWrap(true);

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

    auto *grid = new QGridLayout(this);
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->addLayout(buttons, 1, 0, 1, 2);
    grid->addWidget(m_runHint, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(0, 1);

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

void TargetPage::updateWidgets()
{
    const bool running = m_runs->isRunning();
    m_runAll->setEnabled(!running && isComplete());
    m_cancelAll->setVisible(running);
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
    updateWidgets();
}

} // namespace eas::wizard
