#pragma once

#include "ActiveSyncStats.h"
#include "Base64Query.h"

#include <array>
#include <cstddef>

namespace eas::logs {

// One ActiveSync request on its way into the counts, with the storage its views may point to.
struct PendingRequest
{
    ActiveSyncRequest request;
    ActiveSyncStats::KeyHashes hashes{};
    char user[ByteTable<UserStats>::kMaxKeyBytes];
    Base64Query decoded;
};

// The ActiveSync requests of a thread on their way into its ActiveSyncStats. The big tables
// (users, devices, client IPs) outgrow the caches, so each lookup waits for memory: the pipeline
// starts loading a request's table slots when it comes in, its entries kDepth / 2 requests
// later, and adds it kDepth requests later, when they have arrived. The order of the requests
// is kept. A request's views (into its line) must stay valid until it is added: flush() before
// the bytes of the lines change.
class RequestPipeline
{
public:
    static constexpr std::size_t kDepth = 8;

    // Where to decode the next request.
    PendingRequest &next() { return m_slots[(m_first + m_count) % kDepth]; }
    // Takes the request decoded in next().
    void push(ActiveSyncStats &stats);
    // Adds every request still waiting.
    void flush(ActiveSyncStats &stats);

private:
    void addOldest(ActiveSyncStats &stats);

    std::array<PendingRequest, kDepth> m_slots;
    std::size_t m_first = 0;
    std::size_t m_count = 0;
};

} // namespace eas::logs
