#include "EasProbe.h"

#include "EasFindings.h"

#include <QTimer>

namespace eas {

EasProbe::EasProbe(const QString &id, std::shared_ptr<StepContext> context, QObject *parent)
    : Probe(id, parent)
    , m_ctx(std::move(context))
{
}

void EasProbe::doCancel()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_call->deleteLater();
    }
}

void EasProbe::send(net::EasCall *call, std::function<void(const net::EasResponse &)> next)
{
    // Throttling budgets are spent by signed-in commands; anonymous checks still go out.
    const bool spendsBudget
        = call->spec().method == "POST" && call->spec().auth != net::AuthMode::None;
    if (spendsBudget && m_ctx->throttledAnswer && !m_ctx->retryNotBefore.hasExpired()) {
        // The server asked to wait: answer from what it said instead of asking again.
        call->deleteLater();
        QTimer::singleShot(0, this, [this, next = std::move(next)] {
            if (isRunning())
                next(*m_ctx->throttledAnswer);
        });
        return;
    }
    m_call = call;
    connect(call,
            &net::EasCall::finished,
            this,
            [this, call, spendsBudget, next = std::move(next)](const net::EasResponse &r) {
                call->deleteLater();
                const bool throttled = r.transport == net::Transport::Ok
                                       && (r.httpStatus == 429
                                           || (r.httpStatus == 503
                                               && (!r.throttle.isEmpty() || r.retryAfterSeconds)));
                if (spendsBudget && throttled && !m_ctx->throttledAnswer) {
                    m_ctx->throttledAnswer = r;
                    // Without Retry-After, hold off for the rest of the run.
                    m_ctx->retryNotBefore
                        = r.retryAfterSeconds ? QDeadlineTimer(qint64(*r.retryAfterSeconds) * 1000)
                                              : QDeadlineTimer(QDeadlineTimer::Forever);
                }
                if (isRunning())
                    next(r);
            });
    call->start();
}

void EasProbe::skipWith(const QString &findingId, const QString &title, const QString &detail)
{
    ProbeResult r;
    r.add(EasFindings::make(findingId, Severity::Skip, title, detail));
    finish(r);
}

} // namespace eas
