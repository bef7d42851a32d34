#include "ActiveSyncStats.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace eas::logs {

namespace {

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

bool startsWithIgnoringCase(std::string_view text, std::string_view lowerPrefix)
{
    if (text.size() < lowerPrefix.size())
        return false;
    for (std::size_t i = 0; i < lowerPrefix.size(); ++i) {
        if (lower(text[i]) != lowerPrefix[i])
            return false;
    }
    return true;
}

bool containsIgnoringCase(std::string_view text, std::string_view lowerNeedle)
{
    for (std::size_t i = 0; i + lowerNeedle.size() <= text.size(); ++i) {
        if (startsWithIgnoringCase(text.substr(i), lowerNeedle))
            return true;
    }
    return false;
}

void addCounts(Counts &c, bool failure)
{
    ++c.requests;
    c.failures += failure ? 1 : 0;
}

void mergeCounts(Counts &mine, const Counts &theirs)
{
    mine.requests += theirs.requests;
    mine.failures += theirs.failures;
}

struct DeviceSighting
{
    std::int64_t time;
    std::string_view type;
    std::string_view user;
    std::string_view agent;
};

// Orders two candidate "first requests" of a device so every split into threads picks the same.
bool isEarlier(const DeviceSighting &s, const DeviceInfo &d)
{
    if (!d.known || s.time != d.firstSeen)
        return !d.known || s.time < d.firstSeen;
    return std::tie(s.type, s.user, s.agent) < std::tuple(std::string_view(d.deviceType),
                                                          std::string_view(d.user),
                                                          std::string_view(d.userAgent));
}

void takeDevice(DeviceInfo &d, const DeviceSighting &s)
{
    d.firstSeen = s.time;
    d.known = true;
    d.deviceType.assign(s.type.substr(0, 64));
    d.user.assign(s.user);
    d.userAgent.assign(s.agent.substr(0, 256));
}

void mergeHour(HourStats &mine, const HourStats &h)
{
    mine.requests += h.requests;
    mine.failures += h.failures;
    mine.status401 += h.status401;
    mine.status403 += h.status403;
    mine.status500 += h.status500;
    mine.status503 += h.status503;
}

} // namespace

void StatusTally::add(int status, std::int64_t n)
{
    for (std::size_t i = 0; i < m_used; ++i) {
        if (m_statuses[i] == status) {
            m_counts[i] += n;
            return;
        }
    }
    if (m_used < kInline) { // statuses are -1 (unknown) to 999
        m_statuses[m_used] = std::int16_t(status);
        m_counts[m_used++] = n;
        return;
    }
    for (auto &[s, count] : m_more) {
        if (s == status) {
            count += n;
            return;
        }
    }
    m_more.emplace_back(status, n);
}

bool ActiveSyncStats::isFailure(int status, int subStatus)
{
    if (status < 400)
        return false;
    return !((status == 401 && subStatus == 2) || status == 449 || status == 451);
}

std::uint64_t ActiveSyncStats::statusKey(int status, int subStatus, std::int64_t win32)
{
    const std::uint64_t s = status < 0 ? 0xffffu : std::uint64_t(status);
    const std::uint64_t sub
        = subStatus < 0 || subStatus > 0xfffe ? 0xffffu : std::uint64_t(subStatus);
    const std::uint64_t w = win32 < 0 || win32 > 0xfffffffe ? 0xffffffffu : std::uint64_t(win32);
    return s << 48 | sub << 32 | w;
}

ActiveSyncStats::KeyHashes ActiveSyncStats::prefetch(std::string_view user,
                                                     std::string_view deviceId,
                                                     std::string_view clientIp) const
{
    const KeyHashes h{byUser.hashOf(user), byDevice.hashOf(deviceId), byClientIp.hashOf(clientIp)};
    byUser.prefetch(h.user);
    byDevice.prefetch(h.device);
    byClientIp.prefetch(h.clientIp);
    return h;
}

void ActiveSyncStats::add(const ActiveSyncRequest &r, const KeyHashes &hashes)
{
    const bool failure = isFailure(r.status, r.subStatus);
    ++requests;
    failures += failure ? 1 : 0;
    const bool backEndRole = r.role == Role::BackEnd;
    ++(backEndRole ? backEnd : frontEnd);
    if (r.status >= 0 && r.status < int(byStatus.size())) {
        ++byStatus[std::size_t(r.status)];
        ++(backEndRole ? backEndByStatus : frontEndByStatus)[std::size_t(r.status)];
    }
    const std::uint64_t key = statusKey(r.status, r.subStatus, r.win32);
    if (!m_cache.keyCount || m_cache.key != key) {
        m_cache.key = key;
        m_cache.keyCount = &byStatusDetail[key];
    }
    ++*m_cache.keyCount;
    if (r.status == 401 && r.subStatus == 1)
        ++authFailures;
    addTimed(r, failure);
    addLogItems(r);
    addKeyed(r, hashes, failure);
}

void ActiveSyncStats::addTimed(const ActiveSyncRequest &r, bool failure)
{
    if (r.time == kNoTime)
        return;
    const std::int64_t hour = r.time >= 0 ? r.time / 3600 : -((-r.time + 3599) / 3600);
    if (!m_cache.hourStats || m_cache.hour != hour) {
        m_cache.hour = hour;
        m_cache.hourStats = &byHour[hour];
    }
    HourStats &h = *m_cache.hourStats;
    ++h.requests;
    h.failures += failure ? 1 : 0;
    h.status401 += r.status == 401 ? 1 : 0;
    h.status403 += r.status == 403 ? 1 : 0;
    h.status500 += r.status == 500 ? 1 : 0;
    h.status503 += r.status == 503 ? 1 : 0;
    if (failure) {
        firstFailure = std::min(firstFailure, r.time);
        lastFailure = std::max(lastFailure, r.time);
    }
    if (r.status >= 200 && r.status < 300)
        lastSuccess = std::max(lastSuccess, r.time);
    if (r.status == 401 && r.subStatus == 1)
        lastAuthFailure = std::max(lastAuthFailure, r.time);
}

void ActiveSyncStats::addKeyed(const ActiveSyncRequest &r, const KeyHashes &hashes, bool failure)
{
    if (!r.user.empty()) {
        UserStats &u = byUser.find(r.user, hashes.user);
        addCounts(u.counts, failure);
        u.authFailures += r.status == 401 && r.subStatus == 1 ? 1 : 0;
        if (r.status != 200)
            u.otherStatuses.add(r.status, 1);
    }
    if (!r.deviceId.empty()) {
        DeviceStats &d = byDevice.find(r.deviceId, hashes.device);
        if (d.counts.requests == 0 || r.time <= d.firstSeen) {
            d.firstSeen = r.time;
            noteDevice(r);
        }
        addCounts(d.counts, failure);
    }
    CmdStats &c = byCmd[r.cmd.empty() ? std::string_view("-") : r.cmd];
    addCounts(c.counts, failure);
    if (r.timeTakenMs >= 0) {
        ++c.timedRequests;
        c.timeTakenTotalMs += r.timeTakenMs;
        c.timeTakenMaxMs = std::max(c.timeTakenMaxMs, r.timeTakenMs);
    }
    if (!r.clientIp.empty())
        addCounts(byClientIp.find(r.clientIp, hashes.clientIp), failure);
    if (!r.server.empty())
        addCounts(byServer[r.server], failure);
}

void ActiveSyncStats::noteDevice(const ActiveSyncRequest &r)
{
    DeviceInfo &info = deviceInfo[r.deviceId];
    const DeviceSighting seen{r.time, r.deviceType, r.user, r.userAgent};
    if (isEarlier(seen, info))
        takeDevice(info, seen);
}

void ActiveSyncStats::addLogItems(const ActiveSyncRequest &r)
{
    if (r.log.easStatus >= 0)
        ++byEasStatus[r.log.easStatus];
    if (!r.log.accessState.empty()) {
        ++byAccessState[r.log.accessState];
        if (startsWithIgnoringCase(r.log.accessState, "quarantined"))
            ++quarantined;
    }
    if (r.log.error.empty())
        return;
    char key[ByteTable<std::int64_t>::kMaxKeyBytes];
    const int prefix = std::snprintf(key, sizeof key, "%d ", r.status);
    const std::size_t reason = std::min(r.log.error.size(), sizeof key - std::size_t(prefix));
    std::memcpy(key + prefix, r.log.error.data(), reason);
    ++byStatusError[std::string_view(key, std::size_t(prefix) + reason)];
    if (r.status == 503
        && (containsIgnoringCase(r.log.error, "autoblock")
            || containsIgnoringCase(r.log.error, "throttl"))) {
        ++autoBlocked;
    }
}

void ActiveSyncStats::merge(const ActiveSyncStats &o)
{
    requests += o.requests;
    failures += o.failures;
    frontEnd += o.frontEnd;
    backEnd += o.backEnd;
    for (std::size_t i = 0; i < byStatus.size(); ++i) {
        byStatus[i] += o.byStatus[i];
        frontEndByStatus[i] += o.frontEndByStatus[i];
        backEndByStatus[i] += o.backEndByStatus[i];
    }
    for (const auto &[key, n] : o.byStatusDetail)
        byStatusDetail[key] += n;
    for (const auto &[key, n] : o.byEasStatus)
        byEasStatus[key] += n;
    for (const auto &[hour, h] : o.byHour)
        mergeHour(byHour[hour], h);
    byUser.mergeFrom(o.byUser, [](UserStats &mine, const UserStats &theirs) {
        mergeCounts(mine.counts, theirs.counts);
        mine.authFailures += theirs.authFailures;
        theirs.otherStatuses.forEach(
            [&](int status, std::int64_t n) { mine.otherStatuses.add(status, n); });
    });
    byDevice.mergeFrom(o.byDevice, [](DeviceStats &mine, const DeviceStats &theirs) {
        mine.firstSeen = std::min(mine.firstSeen, theirs.firstSeen);
        mergeCounts(mine.counts, theirs.counts);
    });
    deviceInfo.mergeFrom(o.deviceInfo, [](DeviceInfo &mine, const DeviceInfo &theirs) {
        const DeviceSighting seen{
            theirs.firstSeen, theirs.deviceType, theirs.user, theirs.userAgent};
        if (theirs.known && isEarlier(seen, mine))
            takeDevice(mine, seen);
    });
    byCmd.mergeFrom(o.byCmd, [](CmdStats &mine, const CmdStats &theirs) {
        mergeCounts(mine.counts, theirs.counts);
        mine.timedRequests += theirs.timedRequests;
        mine.timeTakenTotalMs += theirs.timeTakenTotalMs;
        mine.timeTakenMaxMs = std::max(mine.timeTakenMaxMs, theirs.timeTakenMaxMs);
    });
    byClientIp.mergeFrom(o.byClientIp, mergeCounts);
    byServer.mergeFrom(o.byServer, mergeCounts);
    const auto sum = [](std::int64_t &mine, std::int64_t theirs) {
        mine += theirs;
    };
    byStatusError.mergeFrom(o.byStatusError, sum);
    byAccessState.mergeFrom(o.byAccessState, sum);
    authFailures += o.authFailures;
    autoBlocked += o.autoBlocked;
    quarantined += o.quarantined;
    firstFailure = std::min(firstFailure, o.firstFailure);
    lastFailure = std::max(lastFailure, o.lastFailure);
    lastSuccess = std::max(lastSuccess, o.lastSuccess);
    lastAuthFailure = std::max(lastAuthFailure, o.lastAuthFailure);
}

} // namespace eas::logs
