#include "SummaryPage.h"

#include "DiagnosisWizard.h"
#include "TargetPage.h"
#include "charts/LatencyChart.h"
#include "charts/LogsTimelineChart.h"
#include "findings/FindingCard.h"
#include "run/RunController.h"
#include "session/SessionFile.h"
#include "settings/WizardSettings.h"
#include "summary/ChangesBox.h"
#include "summary/FileDialogs.h"
#include "summary/FixActionsBox.h"
#include "summary/ReportExport.h"
#include "summary/ResultsDiff.h"
#include "summary/RootCauseBox.h"
#include "summary/SummaryResult.h"

#include "core/ResultsModel.h"
#include "core/Steps.h"
#include "report/HtmlReport.h"
#include "steps/LogsStepData.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace eas::wizard {

SummaryPage::SummaryPage(QAbstractItemModel *checklist,
                         RunController *runs,
                         WizardSettings *settings,
                         QWidget *parent)
    : DiagnosisPage(parent)
    , m_checklist(checklist)
    , m_runs(runs)
    , m_settings(settings)
    , m_rootCause(new RootCauseBox(checklist, runs, this))
    , m_changes(new ChangesBox(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new QTreeView(this))
    , m_detail(new QLabel(this))
    , m_fixes(new FixActionsBox(this))
    , m_chart(new LatencyChart(this))
    , m_runAll(new QPushButton(this))
    , m_saveReport(new QPushButton(this))
    , m_saveSession(new QPushButton(this))
    , m_openSession(new QPushButton(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("summaryWizardPage"));
    m_tabs->setObjectName(QStringLiteral("summaryTabWidget"));
    m_tree->setObjectName(QStringLiteral("summaryTreeView"));
    m_detail->setObjectName(QStringLiteral("findingDetailLabel"));
    m_runAll->setObjectName(QStringLiteral("runAllAgainButton"));
    m_saveReport->setObjectName(QStringLiteral("saveReportButton"));
    m_saveSession->setObjectName(QStringLiteral("saveSessionButton"));
    m_openSession->setObjectName(QStringLiteral("openSessionButton"));
    m_hint->setObjectName(QStringLiteral("summaryHintLabel"));
    m_tree->setModel(m_checklist);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(6);
    m_detail->setMinimumHeight(4 * fontMetrics().height());
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);

    auto *findings = new QWidget(m_tabs);
    auto *findingsLayout = new QVBoxLayout(findings);
    findingsLayout->addWidget(m_tree, 1);
    findingsLayout->addWidget(m_detail);
    m_tabs->addTab(findings, QString());
    m_tabs->addTab(m_fixes, QString());
    m_tabs->addTab(m_chart, QString());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runAll);
    buttons->addWidget(m_saveReport);
    buttons->addStretch(1);
    buttons->addWidget(m_openSession);
    buttons->addWidget(m_saveSession);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rootCause);
    layout->addWidget(m_changes);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);

    connect(m_tree->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &SummaryPage::showDetail);
    connect(m_runAll, &QPushButton::clicked, this, &SummaryPage::retest);
    connect(m_saveReport, &QPushButton::clicked, this, &SummaryPage::saveReport);
    connect(m_saveSession, &QPushButton::clicked, this, &SummaryPage::saveSession);
    connect(m_openSession, &QPushButton::clicked, this, &SummaryPage::openSession);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SummaryPage::refresh);
    connect(m_runs, &RunController::runningChanged, this, &SummaryPage::trackRunning);
    connect(m_runs, &RunController::runningChanged, this, &SummaryPage::scheduleRefresh);
    connect(
        m_runs, &RunController::startFailed, this, [this](const QStringList &, const QString &why) {
            m_retestBaseline.reset();
            showHint(why);
        });
    connect(m_checklist, &QAbstractItemModel::modelReset, this, &SummaryPage::scheduleRefresh);
    connect(m_checklist, &QAbstractItemModel::layoutChanged, this, &SummaryPage::scheduleRefresh);
    connect(m_checklist, &QAbstractItemModel::rowsInserted, this, &SummaryPage::scheduleRefresh);
    connect(m_checklist, &QAbstractItemModel::dataChanged, this, &SummaryPage::scheduleRefresh);
    retranslateUi();
}

void SummaryPage::initializePage()
{
    refresh();
    m_tree->setFocus();
}

void SummaryPage::focusFirstControl()
{
    m_tree->setFocus(Qt::OtherFocusReason);
}

DiagnosisTarget SummaryPage::target() const
{
    const auto *page
        = wizard() ? qobject_cast<const TargetPage *>(wizard()->page(DiagnosisWizard::TargetPageId))
                   : nullptr;
    return page ? page->target(m_baseTarget) : m_baseTarget;
}

DiagnosisResult SummaryPage::currentResult() const
{
    const auto *owner = qobject_cast<const DiagnosisWizard *>(wizard());
    if (!owner)
        return {};
    return SummaryResult::build(*owner->results(), m_startedAt, m_durationMs);
}

void SummaryPage::scheduleRefresh()
{
    if (isVisible())
        m_refreshTimer.start();
    else
        m_stale = true;
}

void SummaryPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    DiagnosisPage::showEvent(event);
}

void SummaryPage::refresh()
{
    m_stale = false;
    m_refreshTimer.stop();
    m_rootCause->refresh();
    m_tree->expandAll();
    const bool running = m_runs->isRunning();
    const DiagnosisResult result = running ? DiagnosisResult() : currentResult();
    m_fixes->setFixes(result.fixes);
    m_chart->setPhases(LatencyPhases::fromEvidence(LatencyPhases::evidenceOf(result)));
    m_runAll->setEnabled(m_runs->canStart({}));
    m_saveReport->setEnabled(!running && !result.steps.isEmpty());
    m_saveSession->setEnabled(!running && !result.steps.isEmpty());
    m_openSession->setEnabled(!running);
    showDetail();
}

void SummaryPage::showDetail()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        m_detail->setText(tr("Select a finding to read its detail."));
        return;
    }
    const QString evidence
        = FindingCard::evidenceText(current.data(ResultsModel::EvidenceRole).toMap());
    QStringList parts{current.data(Qt::DisplayRole).toString(),
                      current.data(ResultsModel::DetailRole).toString()};
    if (!evidence.isEmpty())
        parts.append(evidence);
    parts.removeAll(QString());
    m_detail->setText(parts.join(QStringLiteral("\n")));
}

void SummaryPage::retest()
{
    m_retestBaseline = m_lastRun;
    m_changes->setVisible(false);
    Q_EMIT runAllRequested();
}

void SummaryPage::trackRunning()
{
    const bool running = m_runs->isRunning();
    if (running && !m_wasRunning)
        m_startedAt = QDateTime::currentDateTime();
    if (!running && m_wasRunning)
        handleRunFinished();
    m_wasRunning = running;
}

void SummaryPage::handleRunFinished()
{
    m_durationMs = m_startedAt.msecsTo(QDateTime::currentDateTime());
    const DiagnosisResult now = currentResult();
    if (m_retestBaseline) {
        m_changes->showDiff(ResultsDiff::between(*m_retestBaseline, now));
        m_retestBaseline.reset();
    }
    if (!now.steps.isEmpty())
        m_lastRun = now;
}

void SummaryPage::saveReport()
{
    const QString folder = m_settings->lastFolder(QStringLiteral("report"));
    const QString path
        = FileDialogs::saveFileName(this,
                                    tr("Save the report"),
                                    QDir(folder).filePath(QStringLiteral("eas-doctor-report.html")),
                                    tr("Web page (*.html);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    m_settings->rememberFolder(QStringLiteral("report"), path);
    const DiagnosisResult result = currentResult();
    report::ReportOptions options;
    options.generatedAt = QDateTime::currentDateTime();
    const QList<LatencyPhases::Phase> phases
        = LatencyPhases::fromEvidence(LatencyPhases::evidenceOf(result));
    if (!phases.isEmpty())
        options.charts.append({LatencyChart::title(), LatencyChart::renderPng(phases)});
    if (const StepResult *logsStep = result.step(steps::Logs)) {
        const auto timeline = LogsStepData::fromJson(logsStep->result.data).timeline;
        if (!timeline.isEmpty())
            options.charts.append(
                {LogsTimelineChart::title(), LogsTimelineChart::renderPng(timeline)});
    }
    QString error;
    if (ReportExport::write(path, report::HtmlReport::render(result, target(), options), &error))
        showHint(tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)));
    else
        showHint(error);
}

void SummaryPage::saveSession()
{
    const QString folder = m_settings->lastFolder(QStringLiteral("session"));
    const QString path = FileDialogs::saveFileName(
        this,
        tr("Save the session"),
        QDir(folder).filePath(QStringLiteral("eas-doctor-session.json")),
        tr("EAS Doctor sessions (*.json)"));
    if (path.isEmpty())
        return;
    m_settings->rememberFolder(QStringLiteral("session"), path);
    QString error;
    if (SessionFile::save(path, {target(), currentResult()}, &error))
        showHint(
            tr("Session saved to %1 (without the password).").arg(QDir::toNativeSeparators(path)));
    else
        showHint(error);
}

void SummaryPage::openSession()
{
    const QString path
        = FileDialogs::openFileName(this,
                                    tr("Open a session"),
                                    tr("EAS Doctor sessions (*.json)"),
                                    m_settings->lastFolder(QStringLiteral("session")));
    auto *owner = qobject_cast<DiagnosisWizard *>(wizard());
    if (path.isEmpty() || !owner)
        return;
    m_settings->rememberFolder(QStringLiteral("session"), path);
    QString error;
    if (!owner->openSession(path, &error)) {
        showHint(error);
        return;
    }
    refresh();
    showHint(tr("Session opened from %1. Enter the password to run the steps again.")
                 .arg(QDir::toNativeSeparators(path)));
}

void SummaryPage::adoptSession(const Session &session)
{
    m_baseTarget = session.target;
    m_startedAt = session.result.startedAt;
    m_durationMs = session.result.durationMs;
    m_lastRun = session.result;
    m_retestBaseline.reset();
    m_changes->setVisible(false);
    scheduleRefresh();
}

void SummaryPage::showHint(const QString &message)
{
    m_hint->setText(message);
}

void SummaryPage::retranslateUi()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("The most likely cause first, then everything each step found."));
    m_tabs->setTabText(0, tr("&Findings"));
    m_tabs->setTabText(1, tr("Fi&x scripts"));
    m_tabs->setTabText(2, tr("T&imings"));
    m_tabs->setAccessibleName(tr("Results"));
    m_tree->setAccessibleName(tr("Every finding"));
    m_tree->setAccessibleDescription(tr("Each step with its findings; the selected finding's "
                                        "detail and evidence show below the list."));
    m_runAll->setText(tr("Re-&test"));
    m_runAll->setToolTip(tr("Runs every step again and shows what changed since the last run."));
    m_saveReport->setText(tr("Save re&port…"));
    m_saveReport->setToolTip(tr("Saves the report as a web page (.html) or a PDF (.pdf)."));
    m_saveSession->setText(tr("Save s&ession…"));
    m_saveSession->setToolTip(tr("Saves the target and the results, without the password, to "
                                 "resume later or hand on."));
    m_openSession->setText(tr("Ope&n session…"));
    m_openSession->setToolTip(tr("Restores the target and the results of a saved session."));
    for (QPushButton *button : {m_runAll, m_saveReport, m_saveSession, m_openSession})
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
    scheduleRefresh();
}

} // namespace eas::wizard
