#pragma once

#include "Aggregates.h"
#include "ChunkScanner.h"
#include "LogFilter.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace eas::logs {

// One input as the report shows it (schema eas-doctor/logs/1, "files").
struct FileReport
{
    QString path;
    std::int64_t bytes = 0;
    bool compressed = false;
    std::int64_t lines = 0;
    std::int64_t directives = 0;
    std::int64_t blankLines = 0;
    std::int64_t noFieldsLines = 0; // data lines with no #Fields in force: reported, not guessed
    std::int64_t corruptLines = 0;
    std::int64_t requests = 0;
    std::int64_t activesyncRequests = 0;
    std::int64_t outOfRange = 0;
    std::vector<CorruptLine> corrupt; // the first ChunkReport::kMaxCorruptRecords, line numbers
    QString software;
    QString version;
    QString date;
    QString error; // empty when the input was read to its end
    bool read = false;

    void add(const ChunkReport &chunk, std::int64_t firstLine);
};

struct Totals
{
    std::int64_t lines = 0;
    std::int64_t requests = 0;
    std::int64_t activesyncRequests = 0;
    std::int64_t corruptLines = 0;
    std::int64_t noFieldsLines = 0;
    std::int64_t outOfRange = 0;
    std::int64_t bytes = 0;
};

// A key and its count, for "top offenders" lists.
struct Ranked
{
    QString key;
    std::int64_t count = 0;
};

// What a ranking counts per user.
enum class UserMetric { Failures, AuthFailures, Status403, Status500, Status503 };

// One hour of the 401/403/500/503 chart.
struct TimelinePoint
{
    QDateTime hour; // UTC, start of the hour
    HourStats stats;
};

// The whole analysis: per-file facts and the merged counts. `aggregates.activesync` holds the
// diagnosed user's ActiveSync requests (everyone's when no user was given).
struct LogReport
{
    std::vector<FileReport> files;
    Aggregates aggregates;
    LogFilter filter;
    bool cancelled = false;
    int threads = 0;
    int passes = 0;
    std::int64_t durationMs = 0;

    Totals totals() const;
    // Whether at least one input could be read (the CLI exits 3 otherwise).
    bool anyInputRead() const;
    QList<TimelinePoint> timeline() const;

    // The `n` biggest, biggest first (ties by key); zero counts left out.
    QList<Ranked> topUsers(UserMetric metric, int n) const;
    QList<Ranked> topDevicesByFailures(int n) const;
    QList<Ranked> topClientIpsByFailures(int n) const;
    // Log= Error: reasons logged with one sc-status, biggest first.
    QList<Ranked> errorReasons(int status) const;

    static constexpr const char *kOtherKey = "(other)"; // keys past a table's limit
    static QString corruptReasonName(CorruptReason reason);
    static QDateTime timeFromSecs(std::int64_t secs); // invalid for "no time"
};

} // namespace eas::logs
