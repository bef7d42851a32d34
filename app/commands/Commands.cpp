#include "Commands.h"

#include "cli/CommandLine.h"
#include "core/Severity.h"
#include "sim/ScenarioCatalog.h"

#include <QCoreApplication>
#include <QTextStream>

namespace eas::app::Commands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

int listScenarios()
{
    QTextStream out(stdout);
    for (const sim::ScenarioInfo &s : sim::ScenarioCatalog::all()) {
        out << s.name.leftJustified(30) << s.description;
        out << "  -> " << (s.expectedRootCause.isEmpty() ? QStringLiteral("pass") : s.expectedRootCause)
            << '\n';
    }
    return ExitOk;
}

int notYet(const QString &what)
{
    QTextStream(stderr) << tr("eas-doctor: %1 is not available in this build yet; nothing was "
                              "done.")
                               .arg(what)
                        << Qt::endl;
    return ExitInternal;
}

} // namespace

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
        if (o.listScenarios)
            return listScenarios();
        return notYet(tr("The simulated Exchange"));
    case Command::Diagnose:
        return notYet(tr("'diagnose'"));
    case Command::AnalyzeLogs:
        return notYet(tr("'analyze-logs'"));
    case Command::CollectorScript:
        return notYet(tr("'collector-script'"));
    case Command::Wizard:
        if (!haveDisplay) {
            QTextStream(stderr) << tr("eas-doctor: there is no display for the wizard. Run "
                                      "'eas-doctor diagnose --help' for the headless diagnosis.")
                                << Qt::endl;
            return ExitUsage;
        }
        return notYet(tr("The wizard"));
    }
    return ExitInternal;
}

} // namespace eas::app::Commands
