#include "Probe.h"

#include "LogCategories.h"
#include "Steps.h"
#include "Tr.h"

namespace eas {

Probe::Probe(QString id, QObject *parent)
    : QObject(parent)
    , m_id(std::move(id))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Probe::handleTimeout);
}

Probe::~Probe() = default;

QString Probe::title() const
{
    return steps::title(m_id);
}

void Probe::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeoutMs = timeout;
}

void Probe::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    m_clock.start();
    m_timer.start(m_timeoutMs);
    qCDebug(lcProbe) << "start" << m_id << "timeout" << m_timeoutMs.count() << "ms";
    Q_EMIT started();
    QTimer::singleShot(0, this, [this] {
        if (m_state == State::Running)
            doStart();
    });
}

void Probe::cancel(const QString &reason)
{
    if (m_state == State::Finished)
        return;
    if (m_state == State::Running)
        doCancel();
    Finding f;
    f.id = QStringLiteral("step-cancelled");
    f.step = m_id;
    f.severity = Severity::Skip;
    f.title = Tr::tr("Not completed");
    f.detail = reason.isEmpty() ? Tr::tr("The step was cancelled before it finished.") : reason;
    ProbeResult r;
    r.add(std::move(f));
    r.status = Severity::Skip;
    finish(std::move(r));
}

Finding Probe::timeoutFinding() const
{
    Finding f;
    f.id = QStringLiteral("connection-timeout");
    f.step = m_id;
    f.severity = Severity::Fail;
    f.title = Tr::tr("No answer in time");
    f.detail = Tr::tr("The step did not finish within its limit of %1 s. A server that accepts a "
                      "connection but never answers looks like this to a phone too: check the "
                      "load balancer, reverse proxy and the IIS application pool.")
                   .arg(m_timeoutMs.count() / 1000.0, 0, 'g', 3);
    f.evidence.insert(QStringLiteral("timeoutMs"), qint64(m_timeoutMs.count()));
    return f;
}

void Probe::handleTimeout()
{
    if (m_state != State::Running)
        return;
    qCInfo(lcProbe) << "timeout" << m_id;
    doCancel();
    finish(ProbeResult::fromFindings({timeoutFinding()}));
}

void Probe::finish(ProbeResult result)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_timer.stop();
    result.durationMs = elapsedMs();
    for (Finding &f : result.findings) {
        if (f.step.isEmpty())
            f.step = m_id;
    }
    m_result = std::move(result);
    qCDebug(lcProbe) << "finished" << m_id << severityName(m_result.status) << m_result.durationMs
                     << "ms";
    Q_EMIT finished(m_result);
}

void Probe::reportProgress(int percent, const QString &what, const QVariantMap &detail)
{
    if (m_state == State::Running)
        Q_EMIT progressChanged(percent, what, detail);
}

} // namespace eas
