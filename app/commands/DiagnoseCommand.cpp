#include "DiagnoseCommand.h"

#include "Commands.h"

namespace eas::app::DiagnoseCommand {

int run(const CliOptions &options)
{
    Q_UNUSED(options)
    return Commands::notAvailable(QStringLiteral("Diagnose"));
}

} // namespace eas::app::DiagnoseCommand
