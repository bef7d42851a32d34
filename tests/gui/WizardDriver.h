#pragma once

#include <QStringList>

class QAbstractButton;

namespace eas::wizard {
class DiagnosisWizard;
class StepPage;
} // namespace eas::wizard

namespace eas::test {

// Drives the wizard the way a user does (TestGui's NewDatabaseWizard style): widgets found by
// objectName, text typed with QTest::keyClicks, buttons clicked. Waits are condition-based.
class WizardDriver
{
public:
    explicit WizardDriver(wizard::DiagnosisWizard &wizard);

    // Replaces whatever the fields hold with these (url empty = Autodiscover).
    void fillTarget(const QString &email, const QString &password, const QString &url = {});
    void tickSymptom(const QString &symptomId);
    // Clicks the named button of the current page (or of the wizard).
    void click(const QString &buttonName);
    void next();
    void back();
    // Waits until no step runs; false after `timeoutMs`.
    bool waitUntilIdle(int timeoutMs = 10000);
    // Next until the page of this step (or the summary, with an empty id) is current.
    bool goTo(const QString &stepId);

    wizard::StepPage *currentStepPage() const;
    // The checklist panel's rows as the user reads them ("FAIL  User status", ...).
    QStringList checklistRows() const;
    QString rootCauseText() const;

private:
    wizard::DiagnosisWizard &m_wizard;
};

} // namespace eas::test
