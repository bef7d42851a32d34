#include "AnalyzeLogsCommand.h"

#include "Commands.h"

namespace eas::app::AnalyzeLogsCommand {

int run(const CliOptions &options)
{
    Q_UNUSED(options)
    return Commands::notAvailable(QStringLiteral("AnalyzeLogs"));
}

} // namespace eas::app::AnalyzeLogsCommand
