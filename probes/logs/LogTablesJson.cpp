#include "LogTablesJson.h"

#include "JsonText.h"
#include "LogReport.h"

#include <algorithm>
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

// Every key of a table with `write(json, key, value)` writing its value, "(other)" last. Keys in
// byte order: two keys that differ only in invalid UTF-8 name the same JSON key, and the
// parser keeps the last, the same whatever order the table was filled in.
template<typename V, typename F> QJsonObject table(const ByteTable<V> &table, F &&write)
{
    std::vector<std::pair<std::string_view, const V *>> entries;
    entries.reserve(table.size());
    table.forEach([&](std::string_view key, const V &v) { entries.emplace_back(key, &v); });
    std::sort(entries.begin(), entries.end());
    JsonText json;
    json.beginObject();
    for (const auto &[key, value] : entries) {
        json.key(key);
        write(json, key, *value);
    }
    if (table.overflowed()) {
        json.key(LogReport::kOtherKey);
        write(json, std::string_view(), table.overflow()); // no table has an empty key
    }
    json.endObject();
    return json.toObject();
}

void user(JsonText &json, std::string_view, const UserStats &u)
{
    json.beginObject();
    counts(json, u.counts);
    json.key("authFailures");
    json.number(u.authFailures);
    json.key("byStatus");
    json.beginObject();
    u.forEachStatus([&](int status, std::int64_t n) {
        char name[8];
        const int length = status < 0 ? 1 : std::snprintf(name, sizeof name, "%d", status);
        json.key(status < 0 ? std::string_view("-") : std::string_view(name, length));
        json.number(n);
    });
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

QJsonObject users(const ActiveSyncStats &as)
{
    return table(as.byUser, user);
}

QJsonObject devices(const ActiveSyncStats &as)
{
    return table(as.byDevice, [&](JsonText &json, std::string_view key, const DeviceStats &d) {
        const DeviceInfo none;
        const DeviceInfo *found = as.deviceInfo.get(key);
        const DeviceInfo &info = found ? *found : none;
        json.beginObject();
        counts(json, d.counts);
        json.key("deviceType");
        json.stringOrNull(info.deviceType);
        json.key("user");
        json.stringOrNull(info.user);
        json.key("userAgent");
        json.stringOrNull(info.userAgent);
        json.key("firstSeen");
        timeOrNull(json, d.firstSeen);
        json.endObject();
    });
}

QJsonObject commands(const ActiveSyncStats &as)
{
    return table(as.byCmd, command);
}

QJsonObject clientIps(const ActiveSyncStats &as)
{
    return table(as.byClientIp, countsObject);
}

QJsonObject servers(const ActiveSyncStats &as)
{
    return table(as.byServer, countsObject);
}

QJsonObject accessStates(const ActiveSyncStats &as)
{
    return table(as.byAccessState,
                 [](JsonText &json, std::string_view, std::int64_t n) { json.number(n); });
}

} // namespace eas::logs::LogTablesJson
