#include "LogReport.h"

#include <algorithm>
#include <functional>
#include <vector>

namespace eas::logs {

namespace {

QString keyText(std::string_view key)
{
    return QString::fromUtf8(key.data(), qsizetype(key.size()));
}

QList<Ranked> top(QList<Ranked> all, int n)
{
    all.removeIf([](const Ranked &r) { return r.count <= 0; });
    std::sort(all.begin(), all.end(), [](const Ranked &a, const Ranked &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    return all.mid(0, n);
}

// Only the keys that can be among the n biggest become QStrings: those whose count is at least
// the n-th biggest count (ties are ranked by key).
template<typename V, typename F> QList<Ranked> rank(const ByteTable<V> &table, int n, F &&count)
{
    std::vector<std::int64_t> counts;
    counts.reserve(table.size());
    table.forEach([&](std::string_view, const V &v) { counts.push_back(count(v)); });
    std::int64_t least = 1;
    if (n > 0 && counts.size() > std::size_t(n)) {
        std::nth_element(counts.begin(), counts.begin() + (n - 1), counts.end(), std::greater<>());
        least = std::max(least, counts[std::size_t(n - 1)]);
    }
    QList<Ranked> all;
    table.forEach([&](std::string_view key, const V &v) {
        const std::int64_t c = count(v);
        if (c >= least)
            all.append({keyText(key), c});
    });
    if (table.overflowed())
        all.append({QString::fromLatin1(LogReport::kOtherKey), count(table.overflow())});
    return top(std::move(all), n);
}

std::int64_t statusCount(const UserStats &u, int wanted)
{
    std::int64_t n = 0;
    u.forEachStatus([&](int status, std::int64_t count) { n += status == wanted ? count : 0; });
    return n;
}

} // namespace

void FileReport::add(const ChunkReport &chunk, std::int64_t firstLine)
{
    lines += chunk.lines;
    directives += chunk.directives;
    blankLines += chunk.blankLines;
    noFieldsLines += chunk.noFieldsLines;
    corruptLines += chunk.corruptLines;
    requests += chunk.requests;
    activesyncRequests += chunk.activesyncRequests;
    outOfRange += chunk.outOfRange;
    for (const CorruptLine &c : chunk.corrupt) {
        if (corrupt.size() < ChunkReport::kMaxCorruptRecords)
            corrupt.push_back({firstLine + c.line, c.reason});
    }
    if (software.isEmpty())
        software = QString::fromStdString(chunk.software);
    if (version.isEmpty())
        version = QString::fromStdString(chunk.version);
    if (date.isEmpty())
        date = QString::fromStdString(chunk.date);
    if (error.isEmpty())
        error = chunk.error;
    read = read || chunk.opened;
}

Totals LogReport::totals() const
{
    Totals t;
    for (const FileReport &f : files) {
        t.lines += f.lines;
        t.requests += f.requests;
        t.activesyncRequests += f.activesyncRequests;
        t.corruptLines += f.corruptLines;
        t.noFieldsLines += f.noFieldsLines;
        t.outOfRange += f.outOfRange;
        t.bytes += f.bytes;
    }
    return t;
}

bool LogReport::anyInputRead() const
{
    for (const FileReport &f : files) {
        if (f.read)
            return true;
    }
    return false;
}

QList<TimelinePoint> LogReport::timeline() const
{
    QList<TimelinePoint> points;
    for (const auto &[hour, stats] : aggregates.activesync.byHour)
        points.append({timeFromSecs(hour * 3600), stats});
    return points;
}

QList<Ranked> LogReport::topUsers(UserMetric metric, int n) const
{
    return rank(aggregates.activesync.byUser, n, [metric](const UserStats &u) -> std::int64_t {
        switch (metric) {
        case UserMetric::Failures:
            return u.counts.failures;
        case UserMetric::AuthFailures:
            return u.authFailures;
        case UserMetric::Status403:
            return statusCount(u, 403);
        case UserMetric::Status500:
            return statusCount(u, 500);
        case UserMetric::Status503:
            return statusCount(u, 503);
        }
        return 0;
    });
}

QList<Ranked> LogReport::topDevicesByFailures(int n) const
{
    return rank(
        aggregates.activesync.byDevice, n, [](const DeviceStats &d) { return d.counts.failures; });
}

QList<Ranked> LogReport::topClientIpsByFailures(int n) const
{
    return rank(aggregates.activesync.byClientIp, n, [](const Counts &c) { return c.failures; });
}

QList<Ranked> LogReport::errorReasons(int status) const
{
    const QString prefix = QString::number(status) + QLatin1Char(' ');
    QList<Ranked> all;
    aggregates.activesync.byStatusError.forEach([&](std::string_view key, std::int64_t count) {
        const QString text = keyText(key);
        if (text.startsWith(prefix))
            all.append({text.mid(prefix.size()), count});
    });
    const auto n = int(all.size());
    return top(std::move(all), n);
}

QString LogReport::corruptReasonName(CorruptReason reason)
{
    switch (reason) {
    case CorruptReason::FieldCount:
        return QStringLiteral("field-count");
    case CorruptReason::Binary:
        return QStringLiteral("binary");
    case CorruptReason::TooLong:
        return QStringLiteral("too-long");
    case CorruptReason::Truncated:
        return QStringLiteral("truncated");
    }
    return {};
}

QDateTime LogReport::timeFromSecs(std::int64_t secs)
{
    if (secs == ActiveSyncStats::kNoTime || secs == INT64_MIN)
        return {};
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

} // namespace eas::logs
