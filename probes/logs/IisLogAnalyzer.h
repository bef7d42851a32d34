#pragma once

#include "ByteReader.h"
#include "LogReport.h"

#include <QDateTime>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace eas::logs {

struct AnalysisOptions
{
    QString user;   // the diagnosed user; empty = everyone
    QDateTime from; // UTC; invalid = open
    QDateTime to;
    int threads = 0;                    // 0 = one per core
    std::int64_t chunkBytes = 32 << 20; // a bigger plain file is split over the threads
};

struct AnalysisProgress
{
    std::int64_t bytesDone = 0;
    std::int64_t bytesTotal = 0;
    std::int64_t lines = 0;
    double linesPerSecond = 0;
    double bytesPerSecond = 0;
    int pass = 1; // 2 when a file's #Fields changed mid-file and it is read again
};

// Reads IIS W3C logs at memory speed: every plain file is cut into chunks and the chunks of all
// files are shared by worker threads, each with one reused buffer and its own counts, merged at
// the end. Memory stays flat in the input size.
//
// A chunk that starts mid-file assumes the #Fields of the file's header, so no pass over the
// file is needed first. Each chunk records the directives it meets; only when they show that a
// chunk assumed wrong (the field set changed mid-file) does the analysis run a second pass, with
// the right #Fields for every chunk. The answer never depends on how the files were cut.
//
// For a GUI (the logs step): one analyzer per run; call run() on a worker thread (QThread or
// QtConcurrent::run), turn the report into the step's findings with LogFindings::evaluate and
// into schema eas-doctor/logs/1 with LogReportJson::toJson. `progress` is called on the worker
// thread about ten times a second; cancel() may be called from any thread.
class IisLogAnalyzer
{
public:
    using ProgressCallback = std::function<void(const AnalysisProgress &)>;

    explicit IisLogAnalyzer(AnalysisOptions options = {});

    LogReport run(const QStringList &paths, const ProgressCallback &progress = {});
    LogReport run(const std::vector<LogInput> &inputs, const ProgressCallback &progress = {});

    // Makes a running (or the next) run() stop soon, with LogReport::cancelled set.
    void cancel() { m_cancel.store(true); }

private:
    struct PassResult;

    std::vector<ScanTask> plan(const std::vector<LogInput> &inputs,
                               const std::vector<std::int64_t> &sizes) const;
    PassResult runPass(const std::vector<LogInput> &inputs,
                       const std::vector<ScanTask> &tasks,
                       int pass,
                       const ProgressCallback &progress);
    static bool correctLayouts(std::vector<ScanTask> &tasks,
                               const std::vector<ChunkReport> &reports);

    AnalysisOptions m_options;
    LogFilter m_filter;
    std::atomic<bool> m_cancel{false};
};

} // namespace eas::logs
