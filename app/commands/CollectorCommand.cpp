#include "CollectorCommand.h"

#include "core/Severity.h"
#include "report/CollectorScript.h"
#include "report/ScriptFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace eas::app::CollectorCommand {

int run(const CliOptions &options)
{
    const QString script = report::CollectorScript::generate(options.email);
    if (options.outFile.isEmpty() || options.outFile == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(script.toUtf8()) < 0)
            return ExitInternal;
        return ExitOk;
    }
    QString error;
    if (!report::ScriptFile::writeScript(options.outFile, script, &error)) {
        QTextStream(stderr) << "eas-doctor: " << error << Qt::endl;
        return ExitUsage;
    }
    if (options.verbosity != Verbosity::Quiet) {
        QTextStream(stderr) << QCoreApplication::translate("CollectorCommand",
                                                           "Collector written to %1. Run it in the "
                                                           "Exchange Management Shell on an "
                                                           "Exchange server, then pass the JSON it "
                                                           "writes to diagnose --bundle.")
                                   .arg(options.outFile)
                            << Qt::endl;
    }
    return ExitOk;
}

} // namespace eas::app::CollectorCommand
