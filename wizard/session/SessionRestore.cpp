#include "SessionRestore.h"

#include "DiagnosisWizard.h"
#include "SessionFile.h"
#include "target/AccountBox.h"
#include "target/ServerBox.h"

#include "core/ResultsModel.h"

namespace eas::wizard::SessionRestore {

void apply(DiagnosisWizard &wizard, const Session &session)
{
    if (auto *account = wizard.findChild<AccountBox *>())
        account->setDefaults(session.target.email, session.target.user, QString());
    if (auto *server = wizard.findChild<ServerBox *>())
        server->setUrl(session.target.url);
    ResultsModel *results = wizard.results();
    results->setSteps(results->stepIds());
    results->setDiagnosis(session.result);
}

} // namespace eas::wizard::SessionRestore
