#include "DiagnosisPage.h"

#include <QApplication>
#include <QEvent>
#include <QPushButton>

namespace eas::wizard {

void DiagnosisPage::takeFocus()
{
    focusFirstControl();
    // As after a Tab: the style draws its focus frame, so the user sees where the keys go.
    window()->setAttribute(Qt::WA_KeyboardFocusChange);
    if (QWidget *focused = QApplication::focusWidget())
        focused->update();
    updateDefaultButton();
}

void DiagnosisPage::updateDefaultButton()
{
    if (!isVisible())
        return;
    if (QPushButton *button = defaultButton())
        button->setDefault(true);
}

void DiagnosisPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace eas::wizard
