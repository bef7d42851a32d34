#include "LogsProbe.h"

#include "LogsStepData.h"

#include "core/Tr.h"
#include "events/EventAnalyzer.h"
#include "events/EventFindings.h"
#include "logs/IisLogAnalyzer.h"
#include "logs/LogFindings.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

namespace eas {

namespace {

QVariantMap progressDetail(const logs::AnalysisProgress &p)
{
    return {{QStringLiteral("bytesDone"), qint64(p.bytesDone)},
            {QStringLiteral("bytesTotal"), qint64(p.bytesTotal)},
            {QStringLiteral("lines"), qint64(p.lines)},
            {QStringLiteral("bytesPerSecond"), p.bytesPerSecond},
            {QStringLiteral("linesPerSecond"), p.linesPerSecond}};
}

} // namespace

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
        QJsonObject data;
        if (!target.logPaths.isEmpty()) {
            logs::AnalysisOptions options;
            options.user = user;
            logs::IisLogAnalyzer analyzer(options);
            // The IIS logs are most of the work unless event logs follow.
            const int share = target.eventFiles.isEmpty() && bundleEvents.isEmpty() ? 100 : 50;
            QElapsedTimer sincePosted;
            // Progress comes on this thread about ten times a second: the place to pass a cancel
            // on, and to keep the GUI thread's queue at ten updates a second whatever the rate.
            const logs::LogReport report
                = analyzer.run(target.logPaths, [&, shared, self](const logs::AnalysisProgress &p) {
                      if (shared->cancel)
                          analyzer.cancel();
                      const bool last = p.bytesDone >= p.bytesTotal;
                      if (sincePosted.isValid() && sincePosted.elapsed() < 100 && !last)
                          return;
                      sincePosted.start();
                      const int percent
                          = p.bytesTotal > 0 ? int(p.bytesDone * share / p.bytesTotal) : 0;
                      QMetaObject::invokeMethod(self, [self, percent, p] {
                          if (self)
                              self->reportProgress(
                                  percent, Tr::tr("Reading IIS logs"), progressDetail(p));
                      });
                  });
            findings += logs::LogFindings::evaluate(report);
            data = LogsStepData::fromReport(report).toJson();
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
        result.data = data;
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
