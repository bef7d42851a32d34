#include "Commands.h"

#include "AnalyzeLogsCommand.h"
#include "CollectorCommand.h"
#include "DiagnoseCommand.h"
#include "SimulateCommand.h"
#include "WizardCommand.h"

#include "core/Severity.h"

#include <QCoreApplication>
#include <QTextStream>

namespace eas::app::Commands {

int notAvailable(const QString &what)
{
    QTextStream(stderr) << QCoreApplication::translate("Commands",
                                                       "eas-doctor: %1 is not available in this "
                                                       "build yet; nothing was done.")
                               .arg(what)
                        << Qt::endl;
    return ExitInternal;
}

int run(const CliOptions &o, bool haveDisplay)
{
    switch (o.command) {
    case Command::Help:
        QTextStream(stdout) << o.helpText;
        return ExitOk;
    case Command::Version:
        QTextStream(stdout) << "eas-doctor " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    case Command::Simulate:
        return SimulateCommand::run(o);
    case Command::Diagnose:
        return DiagnoseCommand::run(o);
    case Command::AnalyzeLogs:
        return AnalyzeLogsCommand::run(o);
    case Command::CollectorScript:
        return CollectorCommand::run(o);
    case Command::Wizard:
        if (!haveDisplay) {
            QTextStream(stderr) << QCoreApplication::translate(
                "Commands",
                "eas-doctor: there is no display for the wizard. Run 'eas-doctor diagnose "
                "--help' for the headless diagnosis.")
                                << Qt::endl;
            return ExitUsage;
        }
        return WizardCommand::run(o);
    }
    return ExitInternal;
}

} // namespace eas::app::Commands
