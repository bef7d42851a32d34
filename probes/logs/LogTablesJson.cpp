#include "LogTablesJson.h"

#include "LogReport.h"

#include <algorithm>
#include <charconv>
#include <vector>

namespace eas::logs::LogTablesJson {

namespace {

void counts(JsonText &json, const Counts &c)
{
    json.key("requests");
    json.number(c.requests);
    json.key("failures");
    json.number(c.failures);
}

void timeOrNull(JsonText &json, std::int64_t secs)
{
    if (secs == ActiveSyncStats::kNoTime || secs == INT64_MIN)
        json.null();
    else
        json.timeOrNull(secs);
}

bool isAscii(std::string_view key)
{
    return std::all_of(key.begin(), key.end(), [](char c) { return (c & 0x80) == 0; });
}

// The key as it reads in JSON: QString::fromUtf8's U+FFFD for invalid UTF-8.
std::string readable(std::string_view key)
{
    return QString::fromUtf8(key.data(), qsizetype(key.size())).toUtf8().toStdString();
}

template<typename V> struct TableEntry
{
    std::string_view key;
    const V *value;
};

// Drops the entries whose key reads as a later one's (keys that differ only in invalid UTF-8,
// or a key logged as "(other)" when the table overflowed), keeping the last: the answer is the
// same whatever order the table was filled in. Only non-ASCII keys and "(other)" can clash.
template<typename V> void dropClashes(std::vector<TableEntry<V>> &entries)
{
    std::vector<std::pair<std::string, std::size_t>> readables; // (readable key, entry)
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (!isAscii(entries[i].key) || entries[i].key == LogReport::kOtherKey)
            readables.emplace_back(readable(entries[i].key), i);
    }
    if (readables.size() < 2)
        return;
    std::stable_sort(readables.begin(), readables.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    std::vector<bool> dropped(entries.size(), false);
    for (std::size_t r = 0; r + 1 < readables.size(); ++r) {
        if (readables[r].first == readables[r + 1].first)
            dropped[readables[r].second] = true;
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (!dropped[i])
            entries[kept++] = entries[i];
    }
    entries.resize(kept);
}

// Every key of a table with `write(json, key, value)` writing its value, "(other)" last. Keys in
// byte order.
template<typename V, typename F> void table(JsonText &json, const ByteTable<V> &table, F &&write)
{
    std::vector<TableEntry<V>> entries;
    entries.reserve(table.size() + 1);
    table.forEach([&](std::string_view key, const V &v) { entries.push_back({key, &v}); });
    std::sort(
        entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.key < b.key; });
    if (table.overflowed()) // no table has an empty key
        entries.push_back({LogReport::kOtherKey, &table.overflow()});
    dropClashes(entries);
    json.beginObject();
    for (const TableEntry<V> &e : entries) {
        json.key(e.key);
        write(json, e.value == &table.overflow() ? std::string_view() : e.key, *e.value);
    }
    json.endObject();
}

void user(JsonText &json, std::string_view, const UserStats &u)
{
    json.beginObject();
    counts(json, u.counts);
    json.key("authFailures");
    json.number(u.authFailures);
    json.key("byStatus");
    json.beginObject();
    // In status order ("-" first), not in the order the threads met them.
    std::vector<std::pair<int, std::int64_t>> statuses;
    u.forEachStatus([&](int status, std::int64_t n) { statuses.emplace_back(status, n); });
    std::sort(statuses.begin(), statuses.end());
    for (const auto &[status, n] : statuses) {
        char name[8] = "-";
        const char *end
            = status < 0 ? name + 1 : std::to_chars(name, name + sizeof name, status).ptr;
        json.key(std::string_view(name, std::size_t(end - name)));
        json.number(n);
    }
    json.endObject();
    json.endObject();
}

void command(JsonText &json, std::string_view, const CmdStats &c)
{
    json.beginObject();
    counts(json, c.counts);
    json.key("averageTimeTakenMs");
    if (c.timedRequests)
        json.number(c.timeTakenTotalMs / c.timedRequests);
    else
        json.null();
    json.key("maxTimeTakenMs");
    json.number(c.timeTakenMaxMs);
    json.endObject();
}

void countsObject(JsonText &json, std::string_view, const Counts &c)
{
    json.beginObject();
    counts(json, c);
    json.endObject();
}

} // namespace

void users(JsonText &json, const ActiveSyncStats &as)
{
    table(json, as.byUser, user);
}

void devices(JsonText &json, const ActiveSyncStats &as)
{
    table(json, as.byDevice, [&](JsonText &out, std::string_view key, const DeviceStats &d) {
        const DeviceInfo none;
        const DeviceInfo *found = as.deviceInfo.get(key);
        const DeviceInfo &info = found ? *found : none;
        out.beginObject();
        counts(out, d.counts);
        out.key("deviceType");
        out.stringOrNull(info.deviceType);
        out.key("user");
        out.stringOrNull(info.user);
        out.key("userAgent");
        out.stringOrNull(info.userAgent);
        out.key("firstSeen");
        timeOrNull(out, d.firstSeen);
        out.endObject();
    });
}

void commands(JsonText &json, const ActiveSyncStats &as)
{
    table(json, as.byCmd, command);
}

void clientIps(JsonText &json, const ActiveSyncStats &as)
{
    table(json, as.byClientIp, countsObject);
}

void servers(JsonText &json, const ActiveSyncStats &as)
{
    table(json, as.byServer, countsObject);
}

void accessStates(JsonText &json, const ActiveSyncStats &as)
{
    table(json, as.byAccessState, [](JsonText &json, std::string_view, std::int64_t n) {
        json.number(n);
    });
}

} // namespace eas::logs::LogTablesJson
