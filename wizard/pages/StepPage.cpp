#include "StepPage.h"

#include "StatusProxyModel.h"
#include "checklist/StepOrderProxyModel.h"
#include "findings/FindingsView.h"
#include "style/StatusIconLabel.h"
#include "run/RunController.h"
#include "target/FieldHint.h"

#include "core/ResultsModel.h"
#include "core/Steps.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace eas::wizard {

StepPage::StepPage(const QString &stepId,
                   StepOrderProxyModel *checklist,
                   RunController *runs,
                   QWidget *parent)
    : DiagnosisPage(parent)
    , m_stepId(stepId)
    , m_checklist(checklist)
    , m_runs(runs)
    , m_suggested(new QLabel(this))
    , m_run(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_statusIcon(new StatusIconLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_runHint(new FieldHint(this))
    , m_findings(new FindingsView(checklist, stepId, this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(stepId + QStringLiteral("WizardPage"));
    m_suggested->setObjectName(QStringLiteral("suggestedLabel"));
    m_run->setObjectName(QStringLiteral("runStepButton"));
    m_cancel->setObjectName(QStringLiteral("cancelStepButton"));
    m_status->setObjectName(QStringLiteral("stepStatusLabel"));
    m_progress->setObjectName(QStringLiteral("stepProgressBar"));
    m_runHint->setObjectName(QStringLiteral("runHint"));
    m_suggested->setWordWrap(true);
    m_suggested->setFrameShape(QFrame::StyledPanel);
    m_suggested->setMargin(6);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_run);
    controls->addWidget(m_cancel);
    controls->addSpacing(12);
    controls->addWidget(m_statusIcon);
    controls->addWidget(m_status, 1);
    m_layout->addWidget(m_suggested);
    m_layout->addLayout(controls);
    m_layout->addWidget(m_progress);
    m_layout->addWidget(m_runHint);
    m_layout->addWidget(m_findings, 1);

    connect(m_run, &QPushButton::clicked, this, [this] {
        m_runHint->setCheck(FieldCheck::ok());
        m_startedHere = true;
        Q_EMIT runRequested({m_stepId});
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_runs->cancel(m_stepId); });
    connect(m_runs, &RunController::runningChanged, this, &StepPage::updateWidgets);
    connect(m_runs, &RunController::runFinished, this, [this](const QStringList &steps) {
        if (steps.contains(m_stepId))
            m_startedHere = false;
    });
    connect(m_runs,
            &RunController::startFailed,
            this,
            [this](const QStringList &steps, const QString &message) {
                if (steps.contains(m_stepId) && isVisible())
                    m_runHint->setCheck(FieldCheck::error(message));
            });
    connect(m_checklist,
            &QAbstractItemModel::dataChanged,
            this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex step = m_checklist->stepIndex(m_stepId);
                if (!topLeft.parent().isValid() && step.row() >= topLeft.row()
                    && step.row() <= bottomRight.row())
                    updateWidgets();
            });
    connect(m_checklist, &QAbstractItemModel::modelReset, this, &StepPage::updateWidgets);
    connect(m_checklist, &QAbstractItemModel::layoutChanged, this, &StepPage::updateWidgets);
    retranslateUi();
}

void StepPage::initializePage()
{
    retranslateUi();
}

void StepPage::cleanupPage()
{
    if (m_startedHere && m_runs->isRunning(m_stepId))
        m_runs->cancel(m_stepId);
    DiagnosisPage::cleanupPage();
}

bool StepPage::isComplete() const
{
    return !m_runs->isRunning(m_stepId);
}

void StepPage::addDetailWidgets(QWidget *progressDetail, QWidget *body)
{
    m_layout->insertWidget(m_layout->indexOf(m_progress) + 1, progressDetail);
    m_layout->addWidget(body, 1);
}

QModelIndex StepPage::stepIndex() const
{
    return m_checklist->stepIndex(m_stepId);
}

bool StepPage::isStepRunning() const
{
    return m_runs->isRunning(m_stepId);
}

QString StepPage::statusText(const QModelIndex &step) const
{
    const QString statusName = step.data(ResultsModel::StatusNameRole).toString();
    const QString label = StatusProxyModel::statusLabel(statusName);
    if (statusName == QLatin1String("pending")) {
        return m_runs->isRunning(m_stepId)
                   ? tr("Waiting for the steps this one builds on…")
                   : tr("Not checked yet. Press Run, or Run all steps on the first page.");
    }
    if (statusName == QLatin1String("running")) {
        const QString what = step.data(ResultsModel::ProgressTextRole).toString();
        return what.isEmpty() ? tr("Checking…") : tr("Checking: %1").arg(what);
    }
    const qint64 ms = step.data(ResultsModel::DurationRole).toLongLong();
    return tr("%1, checked in %2 s").arg(label, QLocale().toString(ms / 1000.0, 'f', 1));
}

void StepPage::updateWidgets()
{
    const QModelIndex step = m_checklist->stepIndex(m_stepId);
    const QString statusName = step.data(ResultsModel::StatusNameRole).toString();
    const bool running = m_runs->isRunning(m_stepId);
    const bool finished = step.data(ResultsModel::StatusRole).isValid();

    m_suggested->setVisible(step.data(StepOrderProxyModel::SuggestedRole).toBool());
    m_run->setText(finished ? tr("&Re-run") : tr("&Run"));
    // The focus follows the run: from Run to Cancel while it goes, then to the findings.
    const bool runHadFocus = m_run->hasFocus();
    const bool cancelHadFocus = m_cancel->hasFocus();
    m_cancel->setEnabled(running);
    m_run->setEnabled(!running);
    if (runHadFocus && running)
        m_cancel->setFocus(Qt::OtherFocusReason);
    if (cancelHadFocus && !running && !(finished && m_findings->focusFirstCard()))
        m_run->setFocus(Qt::OtherFocusReason);
    m_statusIcon->setStatus(statusName);
    m_status->setText(statusText(step));
    m_status->setAccessibleName(m_status->text());

    const int percent = step.data(ResultsModel::ProgressRole).toInt();
    m_progress->setVisible(running);
    m_progress->setRange(0, percent > 0 ? 100 : 0); // busy until the first sub-check reports
    m_progress->setValue(percent);
    m_progress->setAccessibleName(tr("Progress of %1").arg(steps::title(m_stepId)));
    m_findings->setEmptyText(running ? tr("The findings appear here as soon as the step ends.")
                                     : tr("No findings yet."));
    Q_EMIT completeChanged();
    updateDefaultButton();
}

void StepPage::focusFirstControl()
{
    // A step with results: its first finding (Enter then goes on); else Run, or Cancel.
    const bool finished = m_checklist->stepIndex(m_stepId).data(ResultsModel::StatusRole).isValid();
    if (finished && m_findings->focusFirstCard())
        return;
    (m_run->isEnabled() ? m_run : m_cancel)->setFocus(Qt::OtherFocusReason);
}

QPushButton *StepPage::defaultButton() const
{
    // Enter runs a step not checked yet; once it has a result, Enter goes on (Next).
    const bool finished = m_checklist->stepIndex(m_stepId).data(ResultsModel::StatusRole).isValid();
    return finished || m_runs->isRunning(m_stepId) ? nullptr : m_run;
}

void StepPage::retranslateUi()
{
    const QStringList order = m_checklist->stepOrder();
    setTitle(tr("Step %1 of %2: %3")
                 .arg(order.indexOf(m_stepId) + 1)
                 .arg(order.size())
                 .arg(steps::title(m_stepId)));
    setSubTitle(steps::description(m_stepId));
    m_suggested->setText(tr("Suggested first: the symptoms you ticked point to this step."));
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setToolTip(tr("Stops this step now; it reports what it got to."));
    m_run->setToolTip(tr("Checks this step again; its findings are replaced."));
    updateWidgets();
}

} // namespace eas::wizard
