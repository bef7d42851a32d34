#include "Aggregates.h"

#include "Base64Query.h"

#include <algorithm>
#include <climits>
#include <cstring>

namespace eas::logs {

namespace {

int statusOf(std::string_view text)
{
    const std::int64_t n = RequestParser::parseNumber(text);
    return n >= 0 && n < 1000 ? int(n) : -1;
}

// A field's value, with W3C's "-" for "empty" made empty.
std::string_view valueOf(const SplitLine &line, const FieldLayout &layout, Field field)
{
    const std::string_view v = line.field(layout, field);
    return v.size() == 1 && v[0] == '-' ? std::string_view() : v;
}

} // namespace

Aggregates::Aggregates(const LogFilter &filter)
    : m_filter(filter)
{
}

LineOutcome Aggregates::addDataLine(const SplitLine &line, const FieldLayout &layout)
{
    std::int64_t time = ActiveSyncStats::kNoTime;
    if (m_filter.hasTimeRange()) {
        time = timeOf(line, layout);
        if (time == ActiveSyncStats::kNoTime || !m_filter.inRange(time))
            return LineOutcome::OutOfRange;
    }
    const int status = statusOf(line.field(layout, Field::Status));
    if (status >= 0)
        ++byStatus[std::size_t(status)];
    const Role role = RequestParser::roleOf(line.field(layout, Field::UriStem));
    if (role == Role::NotActiveSync)
        return LineOutcome::Request;
    if (time == ActiveSyncStats::kNoTime)
        time = timeOf(line, layout);
    addActiveSync(line, layout, role, status, time);
    return LineOutcome::ActiveSync;
}

std::int64_t Aggregates::timeOf(const SplitLine &line, const FieldLayout &layout)
{
    const std::string_view date = line.field(layout, Field::Date);
    if (date.size() != sizeof m_cachedDate)
        return ActiveSyncStats::kNoTime;
    if (m_cachedDay == INT64_MIN
        || std::memcmp(date.data(), m_cachedDate, sizeof m_cachedDate) != 0) {
        const std::int64_t day = RequestParser::parseDay(date);
        if (day == INT64_MIN)
            return ActiveSyncStats::kNoTime;
        std::memcpy(m_cachedDate, date.data(), sizeof m_cachedDate);
        m_cachedDay = day;
    }
    const int seconds = RequestParser::parseTimeOfDay(line.field(layout, Field::Time));
    return seconds < 0 ? ActiveSyncStats::kNoTime : m_cachedDay * 86400 + seconds;
}

void Aggregates::addActiveSync(
    const SplitLine &line, const FieldLayout &layout, Role role, int status, std::int64_t time)
{
    Base64Query decoded;
    const QueryItems query
        = RequestParser::parseQuery(valueOf(line, layout, Field::UriQuery), &decoded);
    char user[ByteTable<UserStats>::kMaxKeyBytes];
    const std::string_view logged = valueOf(line, layout, Field::Username);
    const std::size_t userLength
        = logged.empty()
              ? RequestParser::normalizeUser(query.user, query.userForm, user, sizeof user)
              : RequestParser::normalizeUser(logged, UserForm::Logged, user, sizeof user);
    if (m_filter.hasUser() && !m_filter.matchesUser(std::string_view(user, userLength)))
        return;
    const std::string_view clientIp = valueOf(line, layout, Field::ClientIp);
    const ActiveSyncStats::KeyHashes hashes
        = activesync.prefetch(std::string_view(user, userLength), query.deviceId, clientIp);
    ActiveSyncRequest r;
    r.role = role;
    r.status = status;
    r.subStatus = int(std::min<std::int64_t>(
        RequestParser::parseNumber(valueOf(line, layout, Field::SubStatus)), INT_MAX));
    r.win32 = RequestParser::parseNumber(valueOf(line, layout, Field::Win32Status));
    r.timeTakenMs = RequestParser::parseNumber(valueOf(line, layout, Field::TimeTaken));
    r.time = time;
    r.user = std::string_view(user, userLength);
    r.deviceId = query.deviceId;
    r.deviceType = query.deviceType;
    r.cmd = query.cmd;
    r.clientIp = clientIp;
    r.server = layout.has(Field::ServerName) ? valueOf(line, layout, Field::ServerName)
                                             : valueOf(line, layout, Field::ServerIp);
    r.userAgent = valueOf(line, layout, Field::UserAgent);
    r.log = RequestParser::parseLogItems(query.log);
    activesync.add(r, hashes);
}

void Aggregates::merge(const Aggregates &other)
{
    for (std::size_t i = 0; i < byStatus.size(); ++i)
        byStatus[i] += other.byStatus[i];
    activesync.merge(other.activesync);
}

} // namespace eas::logs
