#pragma once

#include "ActiveSyncStats.h"
#include "FieldLayout.h"
#include "LineSplitter.h"
#include "LogFilter.h"

#include <cstdint>
#include <string_view>

namespace eas::logs {

// What one data line turned out to be.
enum class LineOutcome { Request, ActiveSync, OutOfRange };

// The counts of one worker thread: every request by status, and the ActiveSync requests of the
// diagnosed user (all users when none is given). Reads only the fields it needs from a split
// line, never copies it, and allocates only for a key it has not seen before.
class Aggregates
{
public:
    explicit Aggregates(const LogFilter &filter = {});

    // `line` has exactly layout.fieldCount fields and no control bytes.
    LineOutcome addDataLine(const SplitLine &line, const FieldLayout &layout);
    void merge(const Aggregates &other);

    StatusCounts byStatus{}; // every request in the time range
    ActiveSyncStats activesync;

private:
    std::int64_t timeOf(const SplitLine &line, const FieldLayout &layout);
    void addActiveSync(
        const SplitLine &line, const FieldLayout &layout, Role role, int status, std::int64_t time);

    LogFilter m_filter;
    char m_cachedDate[10] = {};
    std::int64_t m_cachedDay = INT64_MIN;
};

} // namespace eas::logs
