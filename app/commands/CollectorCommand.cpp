#include "CollectorCommand.h"

#include "Commands.h"

namespace eas::app::CollectorCommand {

int run(const CliOptions &options)
{
    Q_UNUSED(options)
    return Commands::notAvailable(QStringLiteral("Collector"));
}

} // namespace eas::app::CollectorCommand
