#pragma once

#include "Diagnosis.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace eas {

class Probe;

// Owns the probes of one run (KCompositeJob / TaskTree "continue on error"): starts every probe
// whose prerequisites are met at once, marks the dependants of a failed prerequisite `skip`, and
// when the last one ends emits the assembled DiagnosisResult. Its own guard timer is the sum of
// the probe timeouts plus one second, so a run always ends.
class ProbeRunner : public QObject
{
    Q_OBJECT
public:
    explicit ProbeRunner(QObject *parent = nullptr);
    ~ProbeRunner() override;

    // Takes ownership. Prerequisites are step ids added before or after; a prerequisite that ends
    // in a fail or error of its own skips this probe. `after` only orders: the probe starts once
    // those steps ended, however they ended.
    void
    addProbe(Probe *probe, const QStringList &prerequisites = {}, const QStringList &after = {});
    QList<Probe *> probes() const;

    // Called with the raw step results just before they are assembled (e.g. to add what a
    // server-side bundle proves, which needs what the probes saw on the wire).
    using AmendRaw = std::function<void(StepResults &raw)>;
    void setAmendRaw(AmendRaw amend) { m_amendRaw = std::move(amend); }
    // Called with the assembled result before finished() (e.g. to attach the fix scripts).
    using Complete = std::function<void(DiagnosisResult &result)>;
    void setComplete(Complete complete) { m_complete = std::move(complete); }

    bool isRunning() const { return m_running; }
    const DiagnosisResult &result() const { return m_result; }

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void stepStarted(const QString &stepId);
    void stepProgress(const QString &stepId,
                      int percent,
                      const QString &what,
                      const QVariantMap &detail);
    void stepFinished(const eas::StepResult &step);
    void finished(const eas::DiagnosisResult &result);

private:
    struct Entry
    {
        QPointer<Probe> probe;
        QStringList prerequisites;
        QStringList after;
        bool done = false;
        StepResult step;
    };

    void handleProbeFinished(Entry &entry, const ProbeResult &result);
    void skip(Entry &entry, const QString &reason);
    void startReady();
    void finishIfDone();
    Entry *entryFor(const QString &id);

    std::vector<std::unique_ptr<Entry>> m_entries;
    bool m_running = false;
    bool m_finished = false;
    bool m_cancelling = false;
    QTimer m_guard;
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    DiagnosisResult m_result;
    AmendRaw m_amendRaw;
    Complete m_complete;
};

} // namespace eas
