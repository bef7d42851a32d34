#pragma once

#include "ActiveSyncStats.h"
#include "FieldLayout.h"
#include "LineSplitter.h"
#include "LogFilter.h"
#include "RequestPipeline.h"

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

    // `line` has exactly layout.fieldCount fields and no control bytes. An ActiveSync line may
    // wait in a pipeline for its table lookups: its bytes must stay until flush().
    LineOutcome addDataLine(const SplitLine &line, const FieldLayout &layout);
    // Adds the ActiveSync lines still waiting: before the bytes of the lines given change, and
    // before the counts are read or merged.
    void flush() { m_pipeline.flush(activesync); }
    // Both flushed.
    void merge(const Aggregates &other);

    StatusCounts byStatus{}; // every request in the time range
    ActiveSyncStats activesync;

private:
    std::int64_t timeOf(const SplitLine &line, const FieldLayout &layout);
    void addActiveSync(
        const SplitLine &line, const FieldLayout &layout, Role role, int status, std::int64_t time);

    LogFilter m_filter;
    RequestPipeline m_pipeline;
    char m_cachedDate[10] = {};
    std::int64_t m_cachedDay = INT64_MIN;
};

} // namespace eas::logs
