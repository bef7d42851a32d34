#include "LogsProbe.h"

#include "core/Tr.h"
#include "events/EventAnalyzer.h"
#include "events/EventFindings.h"
#include "logs/IisLogAnalyzer.h"
#include "logs/LogFindings.h"

#include <QPointer>
#include <QThread>

namespace eas {

// What the worker and the probe share; outlives the probe if the worker is still winding down.
struct LogsProbe::Shared
{
    std::atomic<bool> cancel{false};
};

LogsProbe::LogsProbe(const DiagnosisTarget &target, QObject *parent)
    : Probe(steps::Logs, parent)
    , m_target(target)
    , m_shared(std::make_shared<Shared>())
{
    setTimeout(std::max<std::chrono::milliseconds>(target.stepTimeout, kMinimumLimit));
}

LogsProbe::~LogsProbe()
{
    doCancel();
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void LogsProbe::setBundleEvents(const QJsonArray &events, const QString &origin)
{
    m_bundleEvents = events;
    m_bundleOrigin = origin;
}

Finding LogsProbe::timeoutFinding() const
{
    Finding f;
    f.id = QStringLiteral("logs-timeout");
    f.severity = Severity::Error;
    f.title = Tr::tr("The logs took too long to read");
    f.detail
        = Tr::tr("Reading the logs did not finish within %1 s; give fewer or smaller files, or "
                 "run analyze-logs on its own.")
              .arg(timeout().count() / 1000);
    return f;
}

void LogsProbe::doStart()
{
    if (m_target.logPaths.isEmpty() && m_target.eventFiles.isEmpty() && m_bundleEvents.isEmpty()) {
        Finding f;
        f.id = QStringLiteral("no-logs-given");
        f.severity = Severity::Skip;
        f.title = Tr::tr("No logs given");
        f.detail = Tr::tr(
            "Give the IIS logs of the Exchange servers (C:\\inetpub\\logs\\LogFiles\\W3SVC1 "
            "and W3SVC2) and the exported Application log (.evtx) to see what happened to "
            "the user's real devices.");
        return finish(ProbeResult::fromFindings({f}));
    }
    reportProgress(0, Tr::tr("Reading logs"));
    const QString user = m_target.email.isEmpty() ? m_target.user : m_target.email;
    const DiagnosisTarget target = m_target;
    const QJsonArray bundleEvents = m_bundleEvents;
    const QString origin = m_bundleOrigin;
    std::shared_ptr<Shared> shared = m_shared;
    QPointer<LogsProbe> self(this);
    m_worker = QThread::create([=] {
        Findings findings;
        if (!target.logPaths.isEmpty()) {
            logs::AnalysisOptions options;
            options.user = user;
            logs::IisLogAnalyzer analyzer(options);
            // Progress comes on this thread about ten times a second: the place to pass a cancel
            // on.
            const logs::LogReport report = analyzer.run(
                target.logPaths, [&analyzer, shared, self](const logs::AnalysisProgress &p) {
                    if (shared->cancel)
                        analyzer.cancel();
                    const int percent = p.bytesTotal > 0 ? int(p.bytesDone * 50 / p.bytesTotal) : 0;
                    QMetaObject::invokeMethod(self, [self, percent, p] {
                        if (self)
                            self->reportProgress(percent,
                                                 Tr::tr("IIS logs: %1 lines, %2 MB/s")
                                                     .arg(p.lines)
                                                     .arg(p.bytesPerSecond / 1e6, 0, 'f', 0));
                    });
                });
            findings += logs::LogFindings::evaluate(report);
            if (!report.anyInputRead() && !report.cancelled)
                findings.append(Finding::make(
                    QStringLiteral("logs-unreadable"),
                    steps::Logs,
                    Severity::Error,
                    Tr::tr("None of the IIS logs could be read"),
                    Tr::tr("No file under %1 could be read as an IIS W3C log. Check the "
                           "path and that the files are u_ex*.log (or .gz) copies.")
                        .arg(target.logPaths.join(QStringLiteral(", ")))));
        }
        if (!shared->cancel && (!target.eventFiles.isEmpty() || !bundleEvents.isEmpty())) {
            events::EventAggregator aggregator;
            events::readEventFiles(target.eventFiles, aggregator, {}, &shared->cancel);
            if (!bundleEvents.isEmpty())
                events::readBundleEvents(bundleEvents, origin, aggregator);
            findings += events::findingsFor(aggregator.result(), user);
        }
        ProbeResult result = ProbeResult::fromFindings(findings);
        QMetaObject::invokeMethod(self, [self, result] {
            if (self)
                self->handleDone(result);
        });
    });
    m_worker->start();
}

void LogsProbe::handleDone(const ProbeResult &result)
{
    reportProgress(100, Tr::tr("Done"));
    finish(result);
}

void LogsProbe::doCancel()
{
    m_shared->cancel = true;
}

} // namespace eas
