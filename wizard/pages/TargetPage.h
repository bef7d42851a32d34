#pragma once

#include "DiagnosisPage.h"

#include "settings/RecentTarget.h"

#include "core/Credentials.h"
#include "core/DiagnosisTarget.h"
#include "steps/RunnerFactory.h"

#include <chrono>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QStringListModel;

namespace eas::wizard {

class AccountBox;
class DemoScenarioBox;
class EvidenceBox;
class FieldHint;
class RecentTargetsBox;
class RunController;
class ServerBox;
class SymptomPicker;
class WizardSettings;
struct WizardSetup;

// The first page: who and where (account, server, optional server-side evidence), what the
// admin sees (symptoms), and "Run all steps". In training mode, the simulator's scenario.
// Also the way back to earlier work: the recent mailboxes, "Open a saved session", and the
// settings (where they live, portable mode).
class TargetPage : public DiagnosisPage
{
    Q_OBJECT
public:
    TargetPage(const WizardSetup &setup,
               WizardSettings *settings,
               RunController *runs,
               QAbstractItemModel *checklist,
               QWidget *parent = nullptr);

    bool isComplete() const override;
    // `base` with what the user typed on top.
    DiagnosisTarget target(DiagnosisTarget base) const;
    Credentials credentials() const;
    // What the run reads besides the network: the server bundle as the evidence box loaded it.
    RunInputs inputs() const;
    void savePasswordChoice();
    QStringList symptoms() const;
    // This page as a recent target (never with the password).
    RecentTarget recentTarget() const;

    // Fills every field from a saved target (a session); the password stays as typed only
    // when the account is the same.
    void restore(const DiagnosisTarget &target);
    // A recent target: its fields and its symptoms.
    void fill(const RecentTarget &recent);

Q_SIGNALS:
    void runAllRequested();
    void symptomsChanged(const QStringList &symptomIds);
    void scenarioChosen(const QString &name);

protected:
    void retranslateUi() override;
    void focusFirstControl() override;

private:
    void updateWidgets();
    void updateCompleters();
    void chooseScenario(const QString &name);
    void openSession();
    void showSettings();

    WizardSettings *m_settings;
    RunController *m_runs;
    QAbstractItemModel *m_checklist;
    std::chrono::milliseconds m_baseStepTimeout;
    RecentTargetsBox *m_recent;
    DemoScenarioBox *m_demo;
    AccountBox *m_account;
    ServerBox *m_server;
    EvidenceBox *m_evidence;
    SymptomPicker *m_symptoms;
    QPushButton *m_runAll;
    QPushButton *m_cancelAll;
    QLabel *m_runStatus;
    FieldHint *m_runHint;
    QPushButton *m_openSession;
    QPushButton *m_settingsButton;
    QLabel *m_location;
    QStringListModel *m_recentEmails;
    QStringListModel *m_recentUrls;
};

} // namespace eas::wizard
