#include "SimulateCommand.h"

#include "core/Tr.h"

#include "core/Severity.h"
#include "sim/ScenarioCatalog.h"
#include "sim/SimulatedExchange.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

namespace eas::app::SimulateCommand {

namespace {

int listScenarios()
{
    QTextStream out(stdout);
    for (const sim::ScenarioInfo &s : sim::ScenarioCatalog::all()) {
        out << s.name.leftJustified(30) << s.description << "  -> "
            << (s.expectedRootCause.isEmpty() ? QStringLiteral("pass") : s.expectedRootCause)
            << '\n';
    }
    return ExitOk;
}

bool writeCa(const QString &path, const QByteArray &pem, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(pem) == pem.size() && file.commit())
        return true;
    *error = Tr::tr("Cannot write the CA to '%1': %2").arg(path, file.errorString());
    return false;
}

} // namespace

int run(const CliOptions &options)
{
    if (options.listScenarios)
        return listScenarios();
    sim::SimulatedExchange exchange;
    if (!options.simUser.isEmpty() || !options.simPasswordEnv.isEmpty()) {
        exchange.setAccount(options.simUser.isEmpty() ? exchange.user() : options.simUser,
                            options.simPasswordEnv.isEmpty()
                                ? exchange.password()
                                : qEnvironmentVariable(qPrintable(options.simPasswordEnv)));
    }
    QString error;
    if (!exchange.start(options.scenario, options.port, &error)) {
        QTextStream(stderr) << "eas-doctor: " << error << Qt::endl;
        return ExitUsage;
    }
    if (!options.printCaFile.isEmpty()
        && !writeCa(options.printCaFile, exchange.rootCertificate().toPem(), &error)) {
        QTextStream(stderr) << "eas-doctor: " << error << Qt::endl;
        return ExitUsage;
    }
    if (options.verbosity != Verbosity::Quiet) {
        QObject::connect(&exchange,
                         &sim::SimulatedExchange::requestServed,
                         [](const QString &line) { QTextStream(stderr) << line << Qt::endl; });
    }
    QTextStream(stdout) << "listening on " << exchange.baseUrl().toString() << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace eas::app::SimulateCommand
