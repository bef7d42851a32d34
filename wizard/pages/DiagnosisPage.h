#pragma once

#include <QWizardPage>

class QPushButton;

namespace eas::wizard {

// Common base of the wizard's pages (Kleopatra's WizardPage): static texts live in
// retranslateUi(), which runs again when the language changes. A page names the control that
// takes the focus when it is shown and the button Enter presses, when that is not Next.
class DiagnosisPage : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;

    // Called by the wizard once the page is current and QWizard has set its buttons: the focus
    // goes, visibly, to the page's first control, and Enter presses defaultButton().
    void takeFocus();

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
    // Puts the focus on the page's first control; by default QWizard's choice stays (the first
    // control in the tab chain).
    virtual void focusFirstControl() {}
    // The page's obvious action for Enter (null: Next, or Finish on the last page).
    virtual QPushButton *defaultButton() const { return nullptr; }
    // Makes defaultButton() the default again after QWizard set Next (on completeChanged).
    void updateDefaultButton();
};

} // namespace eas::wizard
