#pragma once

#include "WizardSetup.h"

#include <QWizard>

namespace eas {
class ResultsModel;
}

namespace eas::wizard {

class RunController;
class StepOrderProxyModel;
class SummaryPage;
class TargetPage;
class WizardSettings;

// EAS Doctor's wizard: the target page, one page per step in the order the symptoms suggest,
// and the summary. It owns the shared ResultsModel (the only copy of the results), the
// traffic-light and ordering proxies every view reads, and the RunController.
class DiagnosisWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        TargetPageId,
        UserStatusPageId,
        VirtualDirectoryPageId,
        ConnectivityPageId,
        CertificatePageId,
        ThrottlingPageId,
        LogsPageId,
        SummaryPageId,
    };
    Q_ENUM(PageId)

    explicit DiagnosisWizard(WizardSetup setup, QWidget *parent = nullptr);
    ~DiagnosisWizard() override;

    int nextId() const override;
    static int pageIdOf(const QString &stepId);

    ResultsModel *results() const { return m_results; }
    StepOrderProxyModel *checklist() const { return m_checklist; }
    RunController *runs() const { return m_runs; }
    WizardSettings *settings() const { return m_settings; }

    // Starts the given steps (every step when empty) against what the target page says, and
    // puts the target at the top of the recent ones.
    void runSteps(const QStringList &stepIds);
    // Loads a saved session and puts it back: the target page's fields, the results, the
    // summary's run. False, with why in *error, when the file cannot be used.
    bool openSession(const QString &path, QString *error);

Q_SIGNALS:
    // Training mode: the user picked another simulator scenario.
    void scenarioChanged(const QString &name);

protected:
    void done(int result) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void changeScenario(const QString &name);
    void retranslateUi();

    WizardSetup m_setup;
    WizardSettings *m_settings;
    ResultsModel *m_results;
    StepOrderProxyModel *m_checklist;
    RunController *m_runs;
    TargetPage *m_targetPage;
    SummaryPage *m_summary;
};

} // namespace eas::wizard
