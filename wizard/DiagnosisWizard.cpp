#include "DiagnosisWizard.h"

#include "StatusProxyModel.h"
#include "checklist/ChecklistPanel.h"
#include "checklist/StepOrderProxyModel.h"
#include "pages/StepPage.h"
#include "pages/SummaryPage.h"
#include "pages/TargetPage.h"
#include "run/RunController.h"
#include "target/SymptomCatalog.h"

#include "core/ResultsModel.h"
#include "core/Steps.h"

#include <QEvent>
#include <QScreen>

namespace eas::wizard {

DiagnosisWizard::DiagnosisWizard(WizardSetup setup, QWidget *parent)
    : QWizard(parent)
    , m_setup(std::move(setup))
    , m_results(new ResultsModel(this))
    , m_checklist(new StepOrderProxyModel(this))
    , m_runs(new RunController(m_results, m_setup.runnerFactory, this))
{
    setObjectName(QStringLiteral("diagnosisWizard"));
    m_results->setSteps(steps::all());
    auto *status = new StatusProxyModel(this);
    status->setSourceModel(m_results);
    m_checklist->setSourceModel(status);

    m_targetPage = new TargetPage(m_setup, m_runs, m_checklist, this);
    setPage(TargetPageId, m_targetPage);
    for (const QString &id : steps::all()) {
        auto *page = new StepPage(id, m_checklist, m_runs, this);
        setPage(pageIdOf(id), page);
        connect(page, &StepPage::runRequested, this, &DiagnosisWizard::runSteps);
    }
    auto *summary = new SummaryPage(m_checklist, m_runs, this);
    summary->setBaseTarget(m_setup.baseTarget);
    setPage(SummaryPageId, summary);
    connect(summary, &SummaryPage::runAllRequested, this, [this] { runSteps({}); });
    connect(m_targetPage, &TargetPage::runAllRequested, this, [this] { runSteps({}); });
    connect(m_targetPage, &TargetPage::symptomsChanged, this, [this](const QStringList &ids) {
        m_checklist->setPriorities(SymptomCatalog::priorities(ids));
    });
    connect(m_targetPage, &TargetPage::scenarioChosen, this, &DiagnosisWizard::changeScenario);

    setSideWidget(new ChecklistPanel(m_checklist, this));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setStartId(TargetPageId);
    // Room for the target page's two columns without squeezing its wrapped hints.
    const QSize preferred(1100, 700);
    resize(screen() ? preferred.boundedTo(screen()->availableGeometry().size()) : preferred);
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
    m_runs->start(stepIds, m_targetPage->target(m_setup.baseTarget), m_targetPage->credentials());
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
    QWizard::done(result);
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
    setButtonText(QWizard::CancelButton, tr("Close"));
}

} // namespace eas::wizard
