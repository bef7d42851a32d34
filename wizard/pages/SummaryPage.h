#pragma once

#include "DiagnosisPage.h"

#include <QTimer>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTreeView;

namespace eas::wizard {

class RootCauseBox;
class RunController;

// The last page: the root cause on top with what to do next, then every finding of every step
// (the shared checklist, expanded), with the selected finding's detail below it.
class SummaryPage : public DiagnosisPage
{
    Q_OBJECT
public:
    SummaryPage(QAbstractItemModel *checklist, RunController *runs, QWidget *parent = nullptr);

    void initializePage() override;

Q_SIGNALS:
    void runAllRequested();

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    // Model signals come in bursts: refresh once per event-loop turn, and only when shown.
    void scheduleRefresh();
    void refresh();
    void showDetail();

    QAbstractItemModel *m_checklist;
    RunController *m_runs;
    RootCauseBox *m_rootCause;
    QLabel *m_listHeading;
    QTreeView *m_tree;
    QLabel *m_detail;
    QPushButton *m_runAll;
    QTimer m_refreshTimer;
    bool m_stale = true;
};

} // namespace eas::wizard
