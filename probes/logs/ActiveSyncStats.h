#pragma once

#include "ByteTable.h"
#include "RequestParser.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace eas::logs {

using StatusCounts = std::array<std::int64_t, 1000>; // index: sc-status

struct Counts
{
    std::int64_t requests = 0;
    std::int64_t failures = 0;
};

// Requests per sc-status of one user: the first few statuses inline (most users see two or
// three), any more in a vector.
class StatusTally
{
public:
    void add(int status, std::int64_t n);
    template<typename F> void forEach(F &&f) const
    {
        for (std::size_t i = 0; i < m_used; ++i)
            f(int(m_statuses[i]), m_counts[i]);
        for (const auto &[status, n] : m_more)
            f(status, n);
    }

private:
    static constexpr std::size_t kInline = 3;
    std::array<std::int64_t, kInline> m_counts{};
    std::array<std::int16_t, kInline> m_statuses{};
    std::uint8_t m_used = 0;
    std::vector<std::pair<int, std::int64_t>> m_more;
};

// One user's requests. Most are 200: those are not tallied (they are the requests no other status
// took), so the common line touches only the first cache line of the entry.
struct UserStats
{
    Counts counts;
    std::int64_t authFailures = 0; // 401.1
    StatusTally otherStatuses;     // every sc-status but 200

    template<typename F> void forEachStatus(F &&f) const
    {
        std::int64_t others = 0;
        otherStatuses.forEach([&](int, std::int64_t n) { others += n; });
        if (counts.requests > others)
            f(200, counts.requests - others);
        otherStatuses.forEach(f);
    }
};

struct DeviceStats
{
    Counts counts;
    std::int64_t firstSeen = INT64_MAX;
};

// What the first request of a device says about it (kept apart from the counts, which every
// request touches).
struct DeviceInfo
{
    std::int64_t firstSeen = INT64_MAX;
    bool known = false;
    std::string deviceType;
    std::string user;
    std::string userAgent;
};

struct CmdStats
{
    Counts counts;
    std::int64_t timedRequests = 0;
    std::int64_t timeTakenTotalMs = 0;
    std::int64_t timeTakenMaxMs = 0;
};

// One hour of the chart: requests and the statuses an admin watches.
struct HourStats
{
    std::int64_t requests = 0;
    std::int64_t failures = 0;
    std::int64_t status401 = 0;
    std::int64_t status403 = 0;
    std::int64_t status500 = 0;
    std::int64_t status503 = 0;
};

// One ActiveSync line, decoded (views into the line; the user already normalized).
struct ActiveSyncRequest
{
    Role role = Role::FrontEnd;
    int status = -1;
    int subStatus = -1;
    std::int64_t win32 = -1;
    std::int64_t timeTakenMs = -1;
    std::int64_t time = INT64_MAX; // seconds since the epoch; INT64_MAX = unknown
    std::string_view user;
    std::string_view deviceId;
    std::string_view deviceType;
    std::string_view cmd;
    std::string_view clientIp;
    std::string_view server;
    std::string_view userAgent;
    LogItems log;
};

// Everything counted about ActiveSync requests. One per worker thread, merged at the end; all
// counts are per logged line.
struct ActiveSyncStats
{
    static constexpr std::int64_t kNoTime = INT64_MAX;

    // A failure: 4xx/5xx except the 401.2 first leg of a challenge, 449 (provision first) and
    // 451 (use another server), which are the protocol working as designed.
    static bool isFailure(int status, int subStatus);
    // sc-status, sc-substatus and sc-win32-status packed into one key (unknown parts all ones).
    static std::uint64_t statusKey(int status, int subStatus, std::int64_t win32);

    // Hashes of the keys of the big tables, known before the rest of the line is decoded.
    struct KeyHashes
    {
        std::uint64_t user;
        std::uint64_t device;
        std::uint64_t clientIp;
    };
    KeyHashes
    prefetch(std::string_view user, std::string_view deviceId, std::string_view clientIp) const;

    void add(const ActiveSyncRequest &r, const KeyHashes &hashes);
    void merge(const ActiveSyncStats &other);

    std::int64_t requests = 0;
    std::int64_t failures = 0;
    std::int64_t frontEnd = 0;
    std::int64_t backEnd = 0;
    StatusCounts byStatus{};
    StatusCounts frontEndByStatus{};
    StatusCounts backEndByStatus{};
    std::unordered_map<std::uint64_t, std::int64_t> byStatusDetail;
    std::map<int, std::int64_t> byEasStatus;
    std::map<std::int64_t, HourStats> byHour; // key: hours since the epoch
    ByteTable<UserStats> byUser{100000};
    ByteTable<DeviceStats> byDevice{100000};
    ByteTable<DeviceInfo> deviceInfo{100000};
    ByteTable<CmdStats> byCmd{1000};
    ByteTable<Counts> byClientIp{100000};
    ByteTable<Counts> byServer{1000};
    ByteTable<std::int64_t> byStatusError{10000}; // key: "<sc-status> <Error: reason>"
    ByteTable<std::int64_t> byAccessState{1000};

    std::int64_t authFailures = 0; // 401.1
    std::int64_t autoBlocked = 0;  // 503 with an autoblock / throttling reason
    std::int64_t quarantined = 0;  // As:Quarantined...
    std::int64_t firstFailure = kNoTime;
    std::int64_t lastFailure = INT64_MIN;
    std::int64_t lastSuccess = INT64_MIN;
    std::int64_t lastAuthFailure = INT64_MIN;

private:
    void addTimed(const ActiveSyncRequest &r, bool failure);
    void addKeyed(const ActiveSyncRequest &r, const KeyHashes &hashes, bool failure);
    void addLogItems(const ActiveSyncRequest &r);
    void noteDevice(const ActiveSyncRequest &r);

    // The last hour bucket and status key used (logs are in time order, most lines are 200):
    // pointers into node-based maps, so they survive rehashing but not copying.
    struct LookupCache
    {
        LookupCache() = default;
        LookupCache(const LookupCache &) {}
        LookupCache &operator=(const LookupCache &)
        {
            hourStats = nullptr;
            keyCount = nullptr;
            return *this;
        }
        std::int64_t hour = 0;
        HourStats *hourStats = nullptr;
        std::uint64_t key = 0;
        std::int64_t *keyCount = nullptr;
    };
    LookupCache m_cache;
};

} // namespace eas::logs
