#include "WizardCommand.h"

#include "Commands.h"

namespace eas::app::WizardCommand {

int run(const CliOptions &options)
{
    Q_UNUSED(options)
    return Commands::notAvailable(QStringLiteral("Wizard"));
}

} // namespace eas::app::WizardCommand
