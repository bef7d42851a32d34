#include "DiagnoseCommand.h"

#include "core/Tr.h"

#include "ChecklistPrinter.h"
#include "SecretReader.h"

#include "core/DiagnosisJson.h"
#include "report/BundleImporter.h"
#include "report/HtmlReport.h"
#include "report/ReportPdf.h"
#include "core/ProbeRunner.h"
#include "core/Severity.h"
#include "sim/SimulatedExchange.h"
#include "steps/RunnerFactory.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace eas::app::DiagnoseCommand {

namespace {

int fail(int code, const QString &message)
{
    QTextStream(stderr) << "eas-doctor: " << message << Qt::endl;
    return code;
}

// The in-process simulated Exchange of --demo, and the CA file that makes the probes trust it.
struct Demo
{
    sim::SimulatedExchange exchange;
    QTemporaryFile caFile;

    bool start(const QString &scenario, DiagnosisTarget &target, QString *error)
    {
        if (!exchange.start(scenario, 0, error))
            return false;
        if (!caFile.open() || caFile.write(exchange.rootCertificate().toPem()) < 0
            || !caFile.flush()) {
            *error = Tr::tr("Cannot write the simulator's CA to a temporary file.");
            return false;
        }
        target.caFiles.append(caFile.fileName());
        target.email = exchange.user();
        target.user.clear();
        if (scenario.startsWith(QLatin1String("autodiscover-"))) {
            target.url.clear();
            target.autodiscoverUrl = exchange.autodiscoverUrl();
        } else {
            target.url = exchange.activeSyncUrl();
        }
        return true;
    }
};

bool writeReport(const QString &path,
                 const DiagnosisResult &result,
                 const DiagnosisTarget &target,
                 const QStringList &warnings,
                 QString *error)
{
    report::ReportOptions options;
    options.inputWarnings = warnings;
    const QString html = report::HtmlReport::render(result, target, options);
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return report::writePdf(html, path, error);
    QSaveFile file(path);
    const QByteArray bytes = html.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Tr::tr("Cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeJson(const QString &path, const QByteArray &json, QString *error)
{
    if (path == QLatin1String("-")) {
        fwrite(json.constData(), 1, size_t(json.size()), stdout);
        fflush(stdout);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = Tr::tr("Cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// spec/cli.md: an unreadable or invalid --logs/--events file is an input error (exit 3), after
// the rest of the diagnosis has been reported.
QString unreadableInput(const DiagnosisResult &result)
{
    for (const char *id : {"event-logs-unreadable", "logs-unreadable"}) {
        if (const Finding *f = result.finding(QString::fromLatin1(id)))
            return f->detail;
    }
    return {};
}

} // namespace

int run(const CliOptions &options)
{
    DiagnosisTarget target = options.target;
    Credentials credentials;
    QString error;
    Demo demo;
    if (options.demo) {
        if (!demo.start(options.scenario, target, &error))
            return fail(ExitInternal, error);
        credentials = Credentials::password(demo.exchange.user(), demo.exchange.password());
        QTextStream(stderr) << Tr::tr(
                                   "Diagnosing the built-in simulated Exchange (scenario %1) at %2")
                                   .arg(options.scenario, demo.exchange.baseUrl().toString())
                            << Qt::endl;
    } else if (!SecretReader::read(options, target.effectiveUser(), &credentials, &error)) {
        return fail(ExitUsage, error);
    }
    if (credentials.isEmpty() && !target.noCredentials) {
        target.noCredentials = true;
        QTextStream(stderr) << Tr::tr("No password given: the steps that need a login are skipped "
                                      "(use --password-stdin or --password-env).")
                            << Qt::endl;
    }

    RunInputs inputs;
    QStringList inputWarnings;
    if (!target.bundlePath.isEmpty()) {
        const report::BundleLoad load = report::BundleImporter::load(target.bundlePath);
        if (!load.ok())
            return fail(ExitUsage, Tr::tr("--bundle: %1").arg(load.error));
        inputs.bundle = load.bundle;
        inputWarnings = load.warnings;
        for (const QString &w : load.warnings)
            QTextStream(stderr) << "eas-doctor: --bundle: " << w << Qt::endl;
    }

    QNetworkAccessManager nam;
    std::unique_ptr<ProbeRunner> runner = createRunner(target, credentials, &nam, inputs);
    if (options.verbosity == Verbosity::Verbose) {
        QObject::connect(runner.get(), &ProbeRunner::stepFinished, [](const StepResult &s) {
            QTextStream(stderr) << s.title << ": " << severityName(s.result.status) << Qt::endl;
        });
    }
    QObject::connect(
        runner.get(), &ProbeRunner::finished, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    runner->start();
    QCoreApplication::exec();
    DiagnosisResult result = runner->result();

    const QByteArray json
        = QJsonDocument(DiagnosisJson::toJson(result, target)).toJson(QJsonDocument::Indented);
    if (options.jsonOut != QLatin1String("-")) {
        const bool colour = isatty(fileno(stdout));
        QTextStream(stdout) << ChecklistPrinter::render(result, target, colour);
    }
    if (!options.jsonOut.isEmpty() && !writeJson(options.jsonOut, json, &error))
        return fail(ExitUsage, error);
    if (!options.reportOut.isEmpty()
        && !writeReport(options.reportOut, result, target, inputWarnings, &error))
        return fail(ExitUsage, error);
    if (const QString bad = unreadableInput(result); !bad.isEmpty())
        return fail(ExitUsage, bad);
    return exitCodeFor(result.status);
}

} // namespace eas::app::DiagnoseCommand
