#pragma once

#include "DiagnosisPage.h"

class QLabel;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace eas::wizard {

class FieldHint;
class FindingsView;
class RunController;
class StatusIconLabel;
class StepOrderProxyModel;

// One diagnostic step: what it checks and why, Run / Re-run and Cancel, a busy indicator with
// the sub-check in progress, and the step's findings as traffic lights. Everything shown is
// read from the shared checklist model.
class StepPage : public DiagnosisPage
{
    Q_OBJECT
public:
    StepPage(const QString &stepId,
             StepOrderProxyModel *checklist,
             RunController *runs,
             QWidget *parent = nullptr);

    QString stepId() const { return m_stepId; }

    void initializePage() override;
    // Back while a run this page started is going: that run stops.
    void cleanupPage() override;
    // Next waits for a running step (Cancel is always there).
    bool isComplete() const override;

Q_SIGNALS:
    void runRequested(const QStringList &stepIds);

protected:
    void retranslateUi() override;
    void focusFirstControl() override;
    QPushButton *defaultButton() const override;
    // Runs whenever the step's row or the runs change.
    virtual void updateWidgets();
    // For a step with more to show than findings (the logs step): `progressDetail` goes under
    // the progress bar and `body` fills the rest of the page; move findingsView() into `body`
    // first.
    void addDetailWidgets(QWidget *progressDetail, QWidget *body);
    FindingsView *findingsView() const { return m_findings; }
    QModelIndex stepIndex() const;
    bool isStepRunning() const;

private:
    QString statusText(const QModelIndex &step) const;

    QString m_stepId;
    StepOrderProxyModel *m_checklist;
    RunController *m_runs;
    bool m_startedHere = false;
    QLabel *m_suggested;
    QPushButton *m_run;
    QPushButton *m_cancel;
    StatusIconLabel *m_statusIcon;
    QLabel *m_status;
    QProgressBar *m_progress;
    FieldHint *m_runHint;
    FindingsView *m_findings;
    QVBoxLayout *m_layout;
};

} // namespace eas::wizard
