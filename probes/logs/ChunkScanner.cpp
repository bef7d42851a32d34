#include "ChunkScanner.h"

#include "ByteReader.h"

#include <algorithm>
#include <cstring>

namespace eas::logs {

namespace {

constexpr std::int64_t kPadding = 64; // the line splitters read up to 32 bytes past the data

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool isDirective(std::string_view name, std::string_view lowerExpected)
{
    if (name.size() != lowerExpected.size())
        return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i] >= 'A' && name[i] <= 'Z' ? char(name[i] + 32) : name[i];
        if (c != lowerExpected[i])
            return false;
    }
    return true;
}

void keepFirst(std::string &slot, std::string_view value)
{
    if (slot.empty())
        slot.assign(value.substr(0, 200));
}

} // namespace

// The buffer grows to what the tasks need: a small input is not read through a big buffer.
void ChunkScanner::reserveFor(const ScanTask &task)
{
    const std::int64_t span = task.end == INT64_MAX ? kReadBytes : task.end - task.begin + 1;
    m_readBytes = std::clamp<std::int64_t>(span, 4096, kReadBytes);
    const auto needed = std::size_t(kMaxLineBytes + 2 + m_readBytes + kPadding);
    if (m_buffer.size() < needed)
        m_buffer.resize(needed);
}

ChunkReport ChunkScanner::scan(ByteReader &reader,
                               const ScanTask &task,
                               Aggregates &aggregates,
                               const std::atomic<bool> &cancel,
                               ScanProgress &progress)
{
    m_task = &task;
    m_aggregates = &aggregates;
    m_report = ChunkReport();
    m_report.opened = true;
    m_layout = task.initial;
    m_filled = m_pos = m_progressDone = m_linesReported = 0;
    // A task that starts mid-input owns the lines that start at or after `begin`: it reads from
    // the byte before and skips to the first line break.
    m_base = task.begin > 0 ? task.begin - 1 : 0;
    m_skip = task.begin > 0 ? Skip::Unowned : Skip::None;
    if (scanViews(reader, cancel, progress))
        scanReads(reader, cancel, progress);
    reportProgress(reader, progress, true);
    return std::move(m_report);
}

// Scans the task in views up to the last kPadding bytes of the input (the splitters look past
// the end of what they scan). Returns whether the rest has to be read.
bool ChunkScanner::scanViews(ByteReader &reader,
                             const std::atomic<bool> &cancel,
                             ScanProgress &progress)
{
    // The task's last line may end past `end`, but not by more than a line can be long.
    const std::int64_t taskLimit
        = m_task->end > INT64_MAX - kMaxLineBytes - 2 ? INT64_MAX : m_task->end + kMaxLineBytes + 2;
    const std::int64_t limit = std::min(reader.viewableBytes() - kPadding, taskLimit);
    while (m_base < limit) {
        if (cancel.load(std::memory_order_relaxed))
            return false;
        // A window shorter than the whole rest is longer than any line, so each one moves on.
        const std::int64_t left = limit - m_base;
        const std::int64_t length = left <= kViewBytes + kMaxLineBytes ? left : kViewBytes;
        const std::string_view view = reader.view(m_base, length + kPadding);
        if (view.empty())
            return true;
        m_data = view.data();
        m_filled = length;
        m_pos = 0;
        const bool more = processBuffer(false);
        reportProgress(reader, progress, false);
        if (!reader.viewIntact()) {
            m_report.error = reader.errorString();
            return false;
        }
        if (!more)
            return false;
        m_base += keptFrom();
        m_filled = m_pos = 0;
        if (length == left)
            break;
    }
    return true;
}

void ChunkScanner::scanReads(ByteReader &reader,
                             const std::atomic<bool> &cancel,
                             ScanProgress &progress)
{
    reserveFor(*m_task);
    m_data = m_buffer.data();
    if (m_base > 0 && !reader.seek(m_base))
        m_report.error = reader.errorString();
    while (m_report.error.isEmpty()) {
        if (cancel.load(std::memory_order_relaxed))
            break;
        const std::int64_t got = reader.read(m_buffer.data() + m_filled, m_readBytes);
        if (got < 0) {
            m_report.error = reader.errorString();
            break;
        }
        m_filled += got;
        if (got == 0 && m_task->end != INT64_MAX && m_base + m_filled < m_task->end)
            m_report.error = ByteReader::fileChangedError(); // its last lines are counted still
        const bool more = processBuffer(got == 0);
        reportProgress(reader, progress, false);
        if (!more || got == 0)
            break;
        compact();
    }
}

// Returns false once the task's lines are done.
bool ChunkScanner::processBuffer(bool atEnd)
{
    const char *data = m_data;
    while (m_pos < m_filled) {
        if (m_skip != Skip::None) {
            if (!skipToNextLine())
                return true;
            continue;
        }
        if (m_base + m_pos >= m_task->end)
            return false;
        const std::ptrdiff_t lf = m_split(data + m_pos, data + m_filled, m_line);
        if (lf < 0) {
            if (!atEnd)
                return true;
            ++m_report.lines; // a last line without its line break: IIS is still writing it
            addCorrupt(CorruptReason::Truncated);
            m_pos = m_filled;
            return false;
        }
        handleLine(m_line);
        m_pos += lf + 1;
    }
    return true;
}

bool ChunkScanner::skipToNextLine()
{
    const char *from = m_data + m_pos;
    const void *lf = std::memchr(from, '\n', std::size_t(m_filled - m_pos));
    if (!lf) {
        m_pos = m_filled;
        return false;
    }
    m_pos += static_cast<const char *>(lf) - from + 1;
    m_skip = Skip::None;
    return true;
}

// Where the bytes still needed start: the unfinished line, or the end when skipping one. A line
// longer than kMaxLineBytes (plus its '\r') is counted as too long there and then, and skipped
// without keeping it.
std::int64_t ChunkScanner::keptFrom()
{
    if (m_skip == Skip::None && m_filled - m_pos > kMaxLineBytes + 1) {
        ++m_report.lines;
        addCorrupt(CorruptReason::TooLong);
        m_skip = Skip::TooLong;
    }
    return m_skip == Skip::None ? m_pos : m_filled;
}

// Moves the bytes still needed to the front of the buffer.
void ChunkScanner::compact()
{
    const std::int64_t kept = keptFrom();
    std::memmove(m_buffer.data(), m_buffer.data() + kept, std::size_t(m_filled - kept));
    m_base += kept;
    m_filled -= kept;
    m_pos = 0;
}

void ChunkScanner::handleLine(const SplitLine &line)
{
    ++m_report.lines;
    if (line.length > kMaxLineBytes)
        addCorrupt(CorruptReason::TooLong);
    else if (line.length == 0)
        ++m_report.blankLines;
    else if (line.data[0] == '#')
        handleDirective(std::string_view(line.data, std::size_t(line.length)));
    else if (line.binary)
        addCorrupt(CorruptReason::Binary);
    else
        handleDataLine(line);
}

void ChunkScanner::handleDirective(std::string_view text)
{
    ++m_report.directives;
    const std::size_t colon = text.find(':');
    const std::string_view name = text.substr(0, colon);
    const std::string_view value
        = colon == std::string_view::npos ? std::string_view() : trimmed(text.substr(colon + 1));
    if (isDirective(name, "#fields")) {
        m_layout = FieldLayout::fromDirective(value);
        m_report.sawFields = true;
        m_report.lastFields = m_layout;
    } else if (isDirective(name, "#software")) {
        keepFirst(m_report.software, value);
    } else if (isDirective(name, "#version")) {
        keepFirst(m_report.version, value);
    } else if (isDirective(name, "#date")) {
        keepFirst(m_report.date, value);
    }
}

void ChunkScanner::handleDataLine(const SplitLine &line)
{
    if (!m_report.sawFields)
        m_report.dataBeforeFields = true;
    if (!m_layout.isValid()) {
        ++m_report.noFieldsLines;
        return;
    }
    if (line.fieldCount != m_layout.fieldCount) {
        addCorrupt(CorruptReason::FieldCount);
        return;
    }
    switch (m_aggregates->addDataLine(line, m_layout)) {
    case LineOutcome::ActiveSync:
        ++m_report.activesyncRequests;
        ++m_report.requests;
        break;
    case LineOutcome::Request:
        ++m_report.requests;
        break;
    case LineOutcome::OutOfRange:
        ++m_report.outOfRange;
        break;
    }
}

void ChunkScanner::addCorrupt(CorruptReason reason)
{
    ++m_report.corruptLines;
    if (m_report.corrupt.size() < ChunkReport::kMaxCorruptRecords)
        m_report.corrupt.push_back({m_report.lines, reason});
}

void ChunkScanner::reportProgress(const ByteReader &reader, ScanProgress &progress, bool last)
{
    std::int64_t done = m_task->progressBytes;
    if (!last) {
        done = m_task->end == INT64_MAX ? reader.consumed() : m_base + m_pos - m_task->begin;
        done = std::clamp<std::int64_t>(done, 0, m_task->progressBytes);
    }
    progress.bytes.fetch_add(done - m_progressDone, std::memory_order_relaxed);
    progress.lines.fetch_add(m_report.lines - m_linesReported, std::memory_order_relaxed);
    m_progressDone = done;
    m_linesReported = m_report.lines;
}

} // namespace eas::logs
