#include "ProbeRunner.h"

#include "FindingCatalog.h"
#include "LogCategories.h"
#include "Probe.h"
#include "Steps.h"
#include "Tr.h"

namespace eas {

namespace {

// A prerequisite has failed when it raised a fail or error of its own: a finding another step
// owns (the connectivity step's FolderSync seeing a disabled mailbox, say) does not stop the
// steps that depend on it.
bool failedOnItsOwn(const StepResult &step)
{
    for (const Finding &f : step.result.findings) {
        if (f.severity != Severity::Fail && f.severity != Severity::Error)
            continue;
        const CatalogEntry *entry = FindingCatalog::find(f.id);
        if (!entry || entry->step == step.id)
            return true;
    }
    return false;
}

} // namespace

ProbeRunner::ProbeRunner(QObject *parent)
    : QObject(parent)
{
    m_guard.setSingleShot(true);
    connect(&m_guard, &QTimer::timeout, this, [this] {
        qCWarning(lcRunner) << "run guard fired; cancelling what is left";
        cancel();
    });
}

ProbeRunner::~ProbeRunner()
{
    for (auto &e : m_entries) {
        if (e->probe)
            e->probe->disconnect(this);
    }
}

void ProbeRunner::addProbe(Probe *probe, const QStringList &prerequisites, const QStringList &after)
{
    Q_ASSERT(!m_running);
    probe->setParent(this);
    auto entry = std::make_unique<Entry>();
    entry->probe = probe;
    entry->prerequisites = prerequisites;
    entry->after = after;
    entry->step.id = probe->id();
    entry->step.title = probe->title();
    Entry *raw = entry.get();
    connect(probe, &Probe::started, this, [this, raw] { Q_EMIT stepStarted(raw->step.id); });
    connect(probe,
            &Probe::progressChanged,
            this,
            [this, raw](int percent, const QString &what, const QVariantMap &detail) {
                Q_EMIT stepProgress(raw->step.id, percent, what, detail);
            });
    connect(probe, &Probe::finished, this, [this, raw](const ProbeResult &result) {
        handleProbeFinished(*raw, result);
    });
    m_entries.push_back(std::move(entry));
}

QList<Probe *> ProbeRunner::probes() const
{
    QList<Probe *> out;
    for (const auto &e : m_entries)
        out.append(e->probe.data());
    return out;
}

void ProbeRunner::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    qint64 guardMs = 1000;
    for (const auto &e : m_entries)
        guardMs += e->probe->timeout().count();
    m_guard.start(int(std::min<qint64>(guardMs, std::numeric_limits<int>::max())));
    // Queue the first round so callers can connect after start().
    QTimer::singleShot(0, this, [this] {
        startReady();
        finishIfDone();
    });
}

void ProbeRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelling = true;
    for (auto &e : m_entries) {
        if (e->done)
            continue;
        if (e->probe && e->probe->isRunning())
            e->probe->cancel(Tr::tr("The run was cancelled before this step finished."));
        else
            skip(*e, Tr::tr("The run was cancelled before this step started."));
    }
    finishIfDone();
}

ProbeRunner::Entry *ProbeRunner::entryFor(const QString &id)
{
    for (auto &e : m_entries) {
        if (e->step.id == id)
            return e.get();
    }
    return nullptr;
}

void ProbeRunner::handleProbeFinished(Entry &entry, const ProbeResult &result)
{
    if (entry.done)
        return;
    entry.done = true;
    entry.step.result = result;
    Q_EMIT stepFinished(entry.step);
    startReady();
    finishIfDone();
}

void ProbeRunner::skip(Entry &entry, const QString &reason)
{
    if (entry.done)
        return;
    Finding f;
    f.id = QStringLiteral("prerequisite-failed");
    f.step = entry.step.id;
    f.severity = Severity::Skip;
    f.title = Tr::tr("Skipped");
    f.detail = reason;
    entry.done = true;
    entry.step.result = ProbeResult::fromFindings({f});
    Q_EMIT stepFinished(entry.step);
}

void ProbeRunner::startReady()
{
    if (!m_running || m_cancelling)
        return;
    bool changed = true;
    while (changed) {
        changed = false;
        for (auto &e : m_entries) {
            if (e->done || e->probe->isRunning())
                continue;
            bool ready = true;
            QString failedBy;
            for (const QString &pre : e->prerequisites) {
                Entry *p = entryFor(pre);
                if (!p)
                    continue; // not part of this run
                if (!p->done) {
                    ready = false;
                    break;
                }
                if (failedOnItsOwn(p->step))
                    failedBy = p->step.title;
            }
            for (const QString &pre : e->after) {
                const Entry *p = entryFor(pre);
                ready = ready && (!p || p->done);
            }
            if (!ready)
                continue;
            if (!failedBy.isEmpty()) {
                skip(*e,
                     Tr::tr("Skipped: the %1 step could not get through, so there is nothing to "
                            "check here yet. Fix the root cause first.")
                         .arg(failedBy));
                changed = true;
                continue;
            }
            e->probe->start();
        }
    }
}

void ProbeRunner::finishIfDone()
{
    if (!m_running)
        return;
    for (const auto &e : m_entries) {
        if (!e->done)
            return;
    }
    m_running = false;
    m_finished = true;
    m_guard.stop();
    StepResults raw;
    for (const auto &e : m_entries)
        raw.append(e->step);
    if (m_amendRaw)
        m_amendRaw(raw);
    m_result = Diagnosis::assemble(raw, m_startedAt, m_clock.elapsed());
    if (m_complete)
        m_complete(m_result);
    qCInfo(lcRunner) << "run finished" << severityName(m_result.status) << m_result.durationMs
                     << "ms";
    Q_EMIT finished(m_result);
}

} // namespace eas
