#pragma once

#include <QWizardPage>

namespace eas::wizard {

// Common base of the wizard's pages (Kleopatra's WizardPage): static texts live in
// retranslateUi(), which runs again when the language changes.
class DiagnosisPage : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslateUi() = 0;
};

} // namespace eas::wizard
