#pragma once

#include "Aggregates.h"
#include "FieldLayout.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace eas::logs {

class ByteReader;

enum class CorruptReason { FieldCount, Binary, TooLong, Truncated };

struct CorruptLine
{
    std::int64_t line = 0; // 1-based
    CorruptReason reason = CorruptReason::FieldCount;
};

// A piece of work: the lines that start in [begin, end) of one input, read with the #Fields the
// task is told is in force at `begin`. `end` is INT64_MAX for a .gz input (read whole).
struct ScanTask
{
    int input = 0;
    int index = 0; // of the task within its input
    std::int64_t begin = 0;
    std::int64_t end = INT64_MAX;
    std::int64_t progressBytes = 0; // what the task adds to "bytes done" when it ends
    FieldLayout initial;
};

// What one task saw besides the aggregates: line counts, corrupt lines (numbers relative to the
// task until the analyzer adds the lines of the tasks before it), and the directives, which let
// the analyzer check the #Fields each task assumed.
struct ChunkReport
{
    static constexpr std::size_t kMaxCorruptRecords = 100;

    std::int64_t lines = 0;
    std::int64_t directives = 0;
    std::int64_t blankLines = 0;
    std::int64_t noFieldsLines = 0;
    std::int64_t corruptLines = 0;
    std::int64_t requests = 0;
    std::int64_t activesyncRequests = 0;
    std::int64_t outOfRange = 0;
    std::vector<CorruptLine> corrupt;
    bool dataBeforeFields = false; // a data line was read with the assumed layout
    bool sawFields = false;
    FieldLayout lastFields;
    std::string software;
    std::string version;
    std::string date;
    QString error;
    bool opened = false; // the input could be opened (it may still have failed later)
};

// Counters the scanners add to while they run, read by the progress reporter on another thread.
struct ScanProgress
{
    std::atomic<std::int64_t> bytes{0};
    std::atomic<std::int64_t> lines{0};
};

// Scans one task: in views of the input (mapped windows of a plain file, memory) while it can,
// through reads into a buffer it keeps for the next task otherwise (.gz, a file that cannot be
// mapped, the last bytes of an input); splits every line and hands data lines to the thread's
// Aggregates. No allocation per line or per task.
class ChunkScanner
{
public:
    // One mapped window: small enough that two threads' windows keep the peak RSS low, big
    // enough that mapping costs nothing next to the scan.
    static constexpr std::int64_t kViewBytes = 8 * 1024 * 1024;
    // One read: with the longest line kept, the buffer stays in a core's L2 cache between the
    // kernel's copy and the split.
    static constexpr std::int64_t kReadBytes = 256 * 1024;
    static constexpr std::int64_t kMaxLineBytes = 64 * 1024;

    ChunkReport scan(ByteReader &reader,
                     const ScanTask &task,
                     Aggregates &aggregates,
                     const std::atomic<bool> &cancel,
                     ScanProgress &progress);

private:
    enum class Skip { None, Unowned, TooLong };

    bool scanViews(ByteReader &reader, const std::atomic<bool> &cancel, ScanProgress &progress);
    void scanReads(ByteReader &reader, const std::atomic<bool> &cancel, ScanProgress &progress);
    void reserveFor(const ScanTask &task);
    bool processBuffer(bool atEnd);
    bool skipToNextLine();
    std::int64_t keptFrom();
    void compact();
    void handleLine(const SplitLine &line);
    void handleDirective(std::string_view text);
    void handleDataLine(const SplitLine &line);
    void addCorrupt(CorruptReason reason);
    void reportProgress(const ByteReader &reader, ScanProgress &progress, bool last);

    std::vector<char> m_buffer;
    const char *m_data = nullptr; // the view or m_buffer
    std::int64_t m_readBytes = 0;
    std::int64_t m_base = 0; // input offset of m_data[0]
    std::int64_t m_filled = 0;
    std::int64_t m_pos = 0;
    Skip m_skip = Skip::None;
    const ScanTask *m_task = nullptr;
    Aggregates *m_aggregates = nullptr;
    ChunkReport m_report;
    FieldLayout m_layout;
    std::int64_t m_progressDone = 0;
    std::int64_t m_linesReported = 0;
    SplitLine m_line;
    const LineSplitter m_split = fastestLineSplitter();
};

} // namespace eas::logs
