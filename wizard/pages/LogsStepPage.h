#pragma once

#include "StepPage.h"

#include <QJsonObject>

class QTabWidget;

namespace eas::wizard {

class LogsTables;
class LogsTimelineChart;

// Step 6: the step page plus, while IIS logs are read, a live line of bytes, speed and lines per
// second under the progress bar; once read, the findings, the top lists and the hourly chart of
// 401/403/500/503 in tabs. Everything comes from the step's row of the shared model (its
// progress detail and its data), so a restored session shows the same tables and chart.
class LogsStepPage : public StepPage
{
    Q_OBJECT
public:
    LogsStepPage(StepOrderProxyModel *checklist, RunController *runs, QWidget *parent = nullptr);

protected:
    void retranslateUi() override;
    void updateWidgets() override;

private:
    void showData(const QJsonObject &data);

    QLabel *m_rate;
    QTabWidget *m_tabs;
    LogsTables *m_tables;
    LogsTimelineChart *m_chart;
    QJsonObject m_shown;
};

} // namespace eas::wizard
