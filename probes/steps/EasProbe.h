#pragma once

#include "StepContext.h"

#include "core/Probe.h"
#include "core/Steps.h"

#include <QPointer>

#include <functional>
#include <memory>

namespace eas {

// Base of the probes that talk ActiveSync: the shared context, and one call in flight at a time
// (requests of one device go one after the other, as a phone's do, so no autoblock rule sees a
// burst). doCancel() aborts the call in flight.
class EasProbe : public Probe
{
    Q_OBJECT
public:
    EasProbe(const QString &id, std::shared_ptr<StepContext> context, QObject *parent = nullptr);

protected:
    void doCancel() override;
    // Starts `call` (made by m_ctx->client with this as parent) and hands its response to `next`.
    void send(net::EasCall *call, std::function<void(const net::EasResponse &)> next);
    // Ends the probe with a `skip` finding saying why (e.g. no credentials, no endpoint).
    void skipWith(const QString &findingId, const QString &title, const QString &detail);

    std::shared_ptr<StepContext> m_ctx;

private:
    QPointer<net::EasCall> m_call;
};

} // namespace eas
