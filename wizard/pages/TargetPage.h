#pragma once

#include "DiagnosisPage.h"

#include "core/Credentials.h"
#include "core/DiagnosisTarget.h"

class QAbstractItemModel;
class QLabel;
class QPushButton;

namespace eas::wizard {

class AccountBox;
class DemoScenarioBox;
class EvidenceBox;
class FieldHint;
class RunController;
class ServerBox;
class SymptomPicker;
struct WizardSetup;

// The first page: who and where (account, server, optional server-side evidence), what the
// admin sees (symptoms), and "Run all steps". In training mode, the simulator's scenario.
class TargetPage : public DiagnosisPage
{
    Q_OBJECT
public:
    TargetPage(const WizardSetup &setup,
               RunController *runs,
               QAbstractItemModel *checklist,
               QWidget *parent = nullptr);

    bool isComplete() const override;
    // `base` with what the user typed on top.
    DiagnosisTarget target(DiagnosisTarget base) const;
    Credentials credentials() const;
    void savePasswordChoice();
    QStringList symptoms() const;

Q_SIGNALS:
    void runAllRequested();
    void symptomsChanged(const QStringList &symptomIds);
    void scenarioChosen(const QString &name);

protected:
    void retranslateUi() override;

private:
    void updateWidgets();
    void chooseScenario(const QString &name);

    RunController *m_runs;
    QAbstractItemModel *m_checklist;
    DemoScenarioBox *m_demo;
    AccountBox *m_account;
    ServerBox *m_server;
    EvidenceBox *m_evidence;
    SymptomPicker *m_symptoms;
    QPushButton *m_runAll;
    QPushButton *m_cancelAll;
    QLabel *m_runStatus;
    FieldHint *m_runHint;
};

} // namespace eas::wizard
