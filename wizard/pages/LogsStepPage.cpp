#include "LogsStepPage.h"

#include "charts/LogsTimelineChart.h"
#include "findings/FindingsView.h"
#include "logs/LogsTables.h"
#include "logs/ScanRateText.h"

#include "core/ResultsModel.h"
#include "core/Steps.h"
#include "steps/LogsStepData.h"

#include <QLabel>
#include <QTabWidget>

namespace eas::wizard {

namespace {
enum Tab { FindingsTab, TablesTab, ChartTab };
}

LogsStepPage::LogsStepPage(StepOrderProxyModel *checklist, RunController *runs, QWidget *parent)
    : StepPage(steps::Logs, checklist, runs, parent)
    , m_rate(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tables(new LogsTables(m_tabs))
    , m_chart(new LogsTimelineChart(m_tabs))
{
    m_rate->setObjectName(QStringLiteral("scanRateLabel"));
    m_tabs->setObjectName(QStringLiteral("logsTabWidget"));
    m_rate->setTextFormat(Qt::PlainText);
    m_tabs->addTab(findingsView(), QString());
    m_tabs->addTab(m_tables, QString());
    m_tabs->addTab(m_chart, QString());
    addDetailWidgets(m_rate, m_tabs);
    showData({});
    retranslateUi();
}

void LogsStepPage::updateWidgets()
{
    StepPage::updateWidgets();
    const QModelIndex step = stepIndex();
    const QString rate = ScanRateText::text(step.data(ResultsModel::ProgressDetailRole).toMap());
    m_rate->setVisible(isStepRunning() && !rate.isEmpty());
    m_rate->setText(rate);
    const QJsonObject data = step.data(ResultsModel::DataRole).toJsonObject();
    if (data != m_shown)
        showData(data);
}

void LogsStepPage::showData(const QJsonObject &data)
{
    m_shown = data;
    const LogsStepData parsed = LogsStepData::fromJson(data);
    m_tables->setData(parsed);
    m_chart->setTimeline(parsed.timeline);
    const bool hasLists = !parsed.users.isEmpty() || !parsed.devices.isEmpty()
                          || !parsed.clientIps.isEmpty() || !parsed.reasons.isEmpty();
    m_tabs->setTabVisible(TablesTab, hasLists);
    m_tabs->setTabVisible(ChartTab, !parsed.timeline.isEmpty());
}

void LogsStepPage::retranslateUi()
{
    StepPage::retranslateUi();
    m_tabs->setTabText(FindingsTab, tr("Findin&gs"));
    m_tabs->setTabText(TablesTab, tr("Top &lists"));
    m_tabs->setTabText(ChartTab, tr("Per &hour"));
    m_tabs->setAccessibleName(tr("Log analysis"));
    m_rate->setAccessibleName(tr("Reading speed"));
}

} // namespace eas::wizard
