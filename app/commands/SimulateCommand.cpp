#include "SimulateCommand.h"

#include "Commands.h"

#include "core/Severity.h"
#include "sim/ScenarioCatalog.h"

#include <QTextStream>

namespace eas::app::SimulateCommand {

namespace {

int listScenarios()
{
    QTextStream out(stdout);
    for (const sim::ScenarioInfo &s : sim::ScenarioCatalog::all()) {
        out << s.name.leftJustified(30) << s.description << "  -> "
            << (s.expectedRootCause.isEmpty() ? QStringLiteral("pass") : s.expectedRootCause) << '\n';
    }
    return ExitOk;
}

} // namespace

int run(const CliOptions &options)
{
    if (options.listScenarios)
        return listScenarios();
    return Commands::notAvailable(QStringLiteral("The simulated Exchange"));
}

} // namespace eas::app::SimulateCommand
