#include "AnalyzeLogsCommand.h"

#include "core/Tr.h"

#include "core/Severity.h"
#include "events/EventAnalyzer.h"
#include "events/EventFindings.h"
#include "events/EventsJson.h"
#include "logs/IisLogAnalyzer.h"
#include "logs/LogFindings.h"
#include "logs/LogReportJson.h"
#include "logs/LogSummaryText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace eas::app::AnalyzeLogsCommand {

namespace {

// The PATHs split by kind, by content: event log exports (.evtx, Event Viewer or wevtutil XML)
// go to the events reader, everything else (files, .gz, folders) to the IIS log analyzer.
struct Inputs
{
    QStringList iisPaths;
    QStringList eventFiles;
};

Inputs partition(const QStringList &paths)
{
    Inputs inputs;
    for (const QString &path : paths) {
        const bool isEventLog
            = QFileInfo(path).isFile()
              && events::detectEventFileFormat(path) != events::EventFormat::Unknown;
        (isEventLog ? inputs.eventFiles : inputs.iisPaths).append(path);
    }
    return inputs;
}

// One line per event file and the ActiveSync summary, for the readable output.
QString eventsText(const events::EventAnalysis &analysis, const Findings &findings)
{
    const QJsonObject json = events::eventsToJson(analysis);
    QString out;
    for (const QJsonValue &file : json.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = file.toObject();
        out += Tr::tr("%1: %2 event records")
                   .arg(f.value(QStringLiteral("path")).toString())
                   .arg(f.value(QStringLiteral("records")).toInteger());
        if (!f.value(QStringLiteral("error")).isNull())
            out += QStringLiteral(" (") + f.value(QStringLiteral("error")).toString()
                   + QLatin1Char(')');
        out += QLatin1Char('\n');
    }
    out += Tr::tr("MSExchange ActiveSync events: %1\n")
               .arg(json.value(QStringLiteral("activesync"))
                        .toObject()
                        .value(QStringLiteral("events"))
                        .toInteger());
    for (const Finding &f : findings)
        out += QStringLiteral("  %1 %2: %3\n")
                   .arg(severityName(f.severity).toUpper(), f.id, f.title);
    return out;
}

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stderr));
#else
    return false;
#endif
}

// One self-overwriting progress line on a terminal (nothing when stderr is a file or a pipe).
logs::IisLogAnalyzer::ProgressCallback progressPrinter(const CliOptions &options)
{
    if (options.verbosity == Verbosity::Quiet || !stderrIsTerminal())
        return {};
    return [](const logs::AnalysisProgress &p) {
        const int percent = p.bytesTotal > 0 ? int(p.bytesDone * 100 / p.bytesTotal) : 100;
        std::fprintf(stderr,
                     "\r%3d%%  %.0f MB/s  %.1fM lines/s ",
                     percent,
                     p.bytesPerSecond / (1024.0 * 1024.0),
                     p.linesPerSecond / 1e6);
        std::fflush(stderr);
    };
}

bool writeJsonFile(const QString &path, QByteArrayView json, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(json.data(), json.size()) == json.size()
        && file.commit())
        return true;
    *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
    return false;
}

bool writeStdout(QByteArrayView bytes)
{
    QFile out;
    return out.open(stdout, QIODevice::WriteOnly)
           && out.write(bytes.data(), bytes.size()) == bytes.size() && out.flush();
}

} // namespace

int run(const CliOptions &options)
{
    const Inputs inputs = partition(options.paths);
    logs::AnalysisOptions analysis;
    analysis.user = options.logUser;
    analysis.from = options.from;
    analysis.to = options.to;
    analysis.threads = options.threads;
    logs::IisLogAnalyzer analyzer(analysis);
    const logs::IisLogAnalyzer::ProgressCallback progress = progressPrinter(options);
    const logs::LogReport report = analyzer.run(inputs.iisPaths, progress);
    if (progress)
        std::fputs("\r\033[K", stderr);
    Findings findings = logs::LogFindings::evaluate(report);

    events::EventAnalysis eventAnalysis;
    Findings eventFindings;
    if (!inputs.eventFiles.isEmpty()) {
        eventAnalysis = events::analyzeEventFiles(inputs.eventFiles, {options.from, options.to});
        eventFindings = events::findingsFor(eventAnalysis, options.logUser);
        findings += eventFindings;
    }

    const auto json = [&] {
        QJsonObject extra;
        if (!inputs.eventFiles.isEmpty())
            extra.insert(QStringLiteral("events"), events::eventsToJson(eventAnalysis));
        return logs::LogReportJson::toText(report, findings, extra);
    };
    if (options.jsonOut == QLatin1String("-")) {
        if (!writeStdout(json()))
            return ExitInternal;
    } else {
        QString text = inputs.iisPaths.isEmpty() ? QString()
                                                 : logs::LogSummaryText::render(report, findings);
        if (!inputs.eventFiles.isEmpty())
            text += eventsText(eventAnalysis, eventFindings);
        if (!writeStdout(text.toUtf8()))
            return ExitInternal;
        QString error;
        if (!options.jsonOut.isEmpty() && !writeJsonFile(options.jsonOut, json(), &error)) {
            QTextStream(stderr) << "eas-doctor: " << error << Qt::endl;
            return ExitUsage;
        }
    }
    if (!report.anyInputRead() && eventAnalysis.readableSources() == 0) {
        QTextStream(stderr) << "eas-doctor: " << Tr::tr("none of the inputs could be read.")
                            << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace eas::app::AnalyzeLogsCommand
