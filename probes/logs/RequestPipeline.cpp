#include "RequestPipeline.h"

namespace eas::logs {

void RequestPipeline::push(ActiveSyncStats &stats)
{
    PendingRequest &p = next();
    p.hashes = stats.prefetchSlots(p.request.user, p.request.deviceId, p.request.clientIp);
    ++m_count;
    if (m_count > kDepth / 2)
        stats.prefetchEntries(m_slots[(m_first + m_count - 1 - kDepth / 2) % kDepth].hashes);
    if (m_count == kDepth)
        addOldest(stats);
}

void RequestPipeline::flush(ActiveSyncStats &stats)
{
    while (m_count > 0)
        addOldest(stats);
}

void RequestPipeline::addOldest(ActiveSyncStats &stats)
{
    const PendingRequest &p = m_slots[m_first];
    stats.add(p.request, p.hashes);
    m_first = (m_first + 1) % kDepth;
    --m_count;
}

} // namespace eas::logs
