#include "DiagnosisPage.h"

#include <QEvent>

namespace eas::wizard {

void DiagnosisPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace eas::wizard
