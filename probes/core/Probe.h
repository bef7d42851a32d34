#pragma once

#include "ProbeResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVariantMap>

#include <chrono>

namespace eas {

// An asynchronous diagnostic job with exactly one ending (KJob / Tasking contract).
// start() only queues the work; the base owns a hard timeout; cancel() aborts and still reports;
// finished() fires exactly once. Subclasses implement doStart()/doCancel() and end through
// finish(). Nothing here blocks the thread the probe lives on.
class Probe : public QObject
{
    Q_OBJECT
public:
    explicit Probe(QString id, QObject *parent = nullptr);
    ~Probe() override;

    QString id() const { return m_id; }
    virtual QString title() const;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeoutMs; }

    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }
    // Valid once finished() has fired.
    const ProbeResult &result() const { return m_result; }

public Q_SLOTS:
    void start();
    // Aborts the work and finishes with status `skip` and the given reason. A no-op once finished.
    void cancel(const QString &reason = QString());

Q_SIGNALS:
    void started();
    // `detail`: numbers a view may draw, empty for most steps (the logs step's are in LogsProbe.h).
    void progressChanged(int percent, const QString &what, const QVariantMap &detail);
    void finished(const eas::ProbeResult &result);

protected:
    virtual void doStart() = 0;
    // Abort outstanding work (replies, sockets, workers). Must not call finish().
    virtual void doCancel() {}
    // The finding a hard timeout turns into; by default the spec's `connection-timeout`.
    virtual Finding timeoutFinding() const;

    // The only way to end a probe. Later calls do nothing.
    void finish(ProbeResult result);
    void reportProgress(int percent, const QString &what, const QVariantMap &detail = {});
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

private:
    void handleTimeout();

    enum class State { Idle, Running, Finished };
    QString m_id;
    State m_state = State::Idle;
    std::chrono::milliseconds m_timeoutMs{15000};
    QTimer m_timer;
    QElapsedTimer m_clock;
    ProbeResult m_result;
};

} // namespace eas
