#include "DiagnosisWizard.h"

#include "StatusProxyModel.h"
#include "checklist/ChecklistPanel.h"
#include "checklist/StepOrderProxyModel.h"
#include "pages/DiagnosisPage.h"
#include "pages/LogsStepPage.h"
#include "pages/StepPage.h"
#include "pages/SummaryPage.h"
#include "pages/TargetPage.h"
#include "run/RunController.h"
#include "session/SessionFile.h"
#include "session/SessionRestore.h"
#include "settings/RecentTargets.h"
#include "settings/WizardSettings.h"
#include "target/SymptomCatalog.h"

#include "core/ResultsModel.h"
#include "core/Steps.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QEvent>
#include <QKeyEvent>
#include <QListView>
#include <QScreen>

namespace eas::wizard {

DiagnosisWizard::DiagnosisWizard(WizardSetup setup, QWidget *parent)
    : QWizard(parent)
    , m_setup(std::move(setup))
    , m_settings(new WizardSettings(m_setup.settings, m_setup.portable, this))
    , m_results(new ResultsModel(this))
    , m_checklist(new StepOrderProxyModel(this))
    , m_runs(new RunController(m_results, m_setup.runnerFactory, this))
{
    setObjectName(QStringLiteral("diagnosisWizard"));
    m_results->setSteps(steps::all());
    auto *status = new StatusProxyModel(this);
    status->setSourceModel(m_results);
    m_checklist->setSourceModel(status);

    m_targetPage = new TargetPage(m_setup, m_settings, m_runs, m_checklist, this);
    setPage(TargetPageId, m_targetPage);
    for (const QString &id : steps::all()) {
        auto *page = id == steps::Logs ? new LogsStepPage(m_checklist, m_runs, this)
                                       : new StepPage(id, m_checklist, m_runs, this);
        setPage(pageIdOf(id), page);
        connect(page, &StepPage::runRequested, this, &DiagnosisWizard::runSteps);
    }
    m_summary = new SummaryPage(m_checklist, m_runs, m_settings, this);
    m_summary->setBaseTarget(m_settings->applyOptions(m_setup.baseTarget));
    setPage(SummaryPageId, m_summary);
    connect(m_summary, &SummaryPage::runAllRequested, this, [this] { runSteps({}); });
    connect(m_settings, &WizardSettings::optionsChanged, this, [this] {
        m_summary->setBaseTarget(m_settings->applyOptions(m_setup.baseTarget));
    });
    connect(m_targetPage, &TargetPage::runAllRequested, this, [this] { runSteps({}); });
    connect(m_targetPage, &TargetPage::symptomsChanged, this, [this](const QStringList &ids) {
        m_checklist->setPriorities(SymptomCatalog::priorities(ids));
    });
    connect(m_targetPage, &TargetPage::scenarioChosen, this, &DiagnosisWizard::changeScenario);

    auto *panel = new ChecklistPanel(m_checklist, this);
    setSideWidget(panel);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    // Tab: the page, then Back, Next and Close, then the checklist beside them.
    setTabOrder(button(QWizard::CancelButton), panel->view());
    setStartId(TargetPageId);
    // After QWizard has set the new page's buttons: the page's first control, visibly focused.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        if (auto *page = qobject_cast<DiagnosisPage *>(currentPage()))
            page->takeFocus();
    });
    // Room for the target page's two columns without squeezing its wrapped hints.
    const QSize preferred(1100, 700);
    resize(screen() ? preferred.boundedTo(screen()->availableGeometry().size()) : preferred);
    if (const QByteArray geometry = m_settings->windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    retranslateUi();
}

DiagnosisWizard::~DiagnosisWizard() = default;

int DiagnosisWizard::pageIdOf(const QString &stepId)
{
    const int index = int(steps::all().indexOf(stepId));
    return index < 0 ? -1 : UserStatusPageId + index;
}

int DiagnosisWizard::nextId() const
{
    const QStringList order = m_checklist->stepOrder();
    const int current = currentId();
    if (current == TargetPageId)
        return order.isEmpty() ? SummaryPageId : pageIdOf(order.first());
    if (current == SummaryPageId)
        return -1;
    const auto *page = qobject_cast<const StepPage *>(currentPage());
    const int position = page ? int(order.indexOf(page->stepId())) : -1;
    if (position < 0 || position + 1 >= order.size())
        return SummaryPageId;
    return pageIdOf(order.at(position + 1));
}

void DiagnosisWizard::runSteps(const QStringList &stepIds)
{
    m_targetPage->savePasswordChoice();
    if (m_setup.scenarios.isEmpty()) // the training simulator's address means nothing later
        m_settings->recentTargets()->remember(m_targetPage->recentTarget());
    m_runs->start(stepIds,
                  m_targetPage->target(m_settings->applyOptions(m_setup.baseTarget)),
                  m_targetPage->credentials(),
                  m_targetPage->inputs());
}

bool DiagnosisWizard::openSession(const QString &path, QString *error)
{
    const std::optional<Session> session = SessionFile::load(path, error);
    if (!session)
        return false;
    m_runs->cancelAll();
    SessionRestore::apply(*this, *session);
    m_summary->adoptSession(*session);
    return true;
}

void DiagnosisWizard::changeScenario(const QString &name)
{
    m_runs->cancelAll();
    m_results->setSteps(steps::all()); // results of another scenario would mislead
    Q_EMIT scenarioChanged(name);
}

void DiagnosisWizard::done(int result)
{
    m_runs->cancelAll();
    m_settings->setWindowGeometry(saveGeometry());
    QWizard::done(result);
}

void DiagnosisWizard::keyPressEvent(QKeyEvent *event)
{
    const bool plain
        = event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier;
    // Escape stops the running steps first; only Escape with nothing running closes.
    if (event->key() == Qt::Key_Escape && plain && m_runs->isRunning()) {
        m_runs->cancelAll();
        event->accept();
        return;
    }
    // Enter in a list (symptoms, checklist, findings tree) acts on the item there; it never
    // also presses Next, or Close on the last page.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && plain && qobject_cast<QAbstractItemView *>(focusWidget())) {
        event->accept();
        return;
    }
    QWizard::keyPressEvent(event);
}

void DiagnosisWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void DiagnosisWizard::retranslateUi()
{
    setWindowTitle(m_setup.scenarios.isEmpty() ? tr("EAS Doctor")
                                               : tr("EAS Doctor — training mode"));
    // Our own texts, so they translate without Qt's qtbase catalogue; the arrows stay out of
    // what a screen reader says.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setButtonText(QWizard::CancelButton, tr("Close"));
    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next"));
    button(QWizard::BackButton)->setToolTip(tr("The previous page; the results stay."));
    button(QWizard::NextButton)
        ->setToolTip(tr("The next step in the checklist's order, then the summary."));
    button(QWizard::FinishButton)->setToolTip(tr("Closes EAS Doctor."));
    button(QWizard::CancelButton)
        ->setToolTip(tr("Closes EAS Doctor. Escape does the same once no step is running."));
}

} // namespace eas::wizard
