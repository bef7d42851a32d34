#pragma once

#include "DiagnosisPage.h"

#include "core/Diagnosis.h"
#include "core/DiagnosisTarget.h"

#include <QDateTime>
#include <QTimer>

#include <optional>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace eas::wizard {

class ChangesBox;
class FixActionsBox;
class LatencyChart;
class RootCauseBox;
class RunController;
class WizardSettings;
struct Session;

// The last page: the root cause on top with what to do next (and, after Re-test, what changed
// since the last run), then tabs: every finding of every step with the selected finding's
// detail, the fix scripts, and the connectivity timings chart. Below: Re-test, Save report,
// and the session file.
class SummaryPage : public DiagnosisPage
{
    Q_OBJECT
public:
    SummaryPage(QAbstractItemModel *checklist,
                RunController *runs,
                WizardSettings *settings,
                QWidget *parent = nullptr);

    void initializePage() override;
    // Settings the target page does not show (trusted CAs, Autodiscover URL, step time limit);
    // the report and the session file list them.
    void setBaseTarget(const DiagnosisTarget &base) { m_baseTarget = base; }
    // What the target page says now, on top of the base.
    DiagnosisTarget target() const;
    // The checklist as one run, with its fix scripts.
    DiagnosisResult currentResult() const;
    // A session was opened (on any page): its settings, run time and results become the ones
    // this page reports and compares a re-test with.
    void adoptSession(const Session &session);

Q_SIGNALS:
    void runAllRequested();

protected:
    void retranslateUi() override;
    void focusFirstControl() override;
    void showEvent(QShowEvent *event) override;

private:
    // Model signals come in bursts: refresh once per event-loop turn, and only when shown.
    void scheduleRefresh();
    void refresh();
    void showDetail();
    void retest();
    void trackRunning();
    void handleRunFinished();
    void saveReport();
    void saveSession();
    void openSession();
    void showHint(const QString &message);

    QAbstractItemModel *m_checklist;
    RunController *m_runs;
    WizardSettings *m_settings;
    RootCauseBox *m_rootCause;
    ChangesBox *m_changes;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    QLabel *m_detail;
    FixActionsBox *m_fixes;
    LatencyChart *m_chart;
    QPushButton *m_runAll;
    QPushButton *m_saveReport;
    QPushButton *m_saveSession;
    QPushButton *m_openSession;
    QLabel *m_hint;
    QTimer m_refreshTimer;
    bool m_stale = true;
    DiagnosisTarget m_baseTarget;
    std::optional<DiagnosisResult> m_lastRun;
    std::optional<DiagnosisResult> m_retestBaseline;
    bool m_wasRunning = false;
    QDateTime m_startedAt;
    qint64 m_durationMs = 0;
};

} // namespace eas::wizard
