#include "SessionRestore.h"

#include "DiagnosisWizard.h"
#include "SessionFile.h"
#include "pages/TargetPage.h"

#include "core/ResultsModel.h"

namespace eas::wizard::SessionRestore {

void apply(DiagnosisWizard &wizard, const Session &session)
{
    if (auto *page = qobject_cast<TargetPage *>(wizard.page(DiagnosisWizard::TargetPageId)))
        page->restore(session.target);
    ResultsModel *results = wizard.results();
    results->setSteps(results->stepIds());
    results->setDiagnosis(session.result);
}

} // namespace eas::wizard::SessionRestore
