#include "IisLogAnalyzer.h"

#include "LogInputs.h"

#include "core/Tr.h"

#include <QElapsedTimer>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace eas::logs {

namespace {

constexpr std::int64_t kHeadBytes = 64 * 1024;

// The first #Fields in the first bytes of an input: what its later chunks assume.
FieldLayout headLayout(const LogInput &input)
{
    QString error;
    const std::unique_ptr<ByteReader> reader = ByteReader::open(input, &error);
    if (!reader)
        return {};
    const std::int64_t size = std::min(kHeadBytes, input.size());
    std::string head(std::size_t(std::max<std::int64_t>(size, 0)), '\0');
    const std::int64_t got = reader->read(head.data(), std::int64_t(head.size()));
    const std::string_view text(head.data(), std::size_t(std::max<std::int64_t>(got, 0)));
    constexpr std::string_view kFields = "#Fields:";
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            break; // an unfinished line says nothing for sure
        const std::string_view line = text.substr(pos, end - pos);
        if (line.substr(0, kFields.size()) == kFields)
            return FieldLayout::fromDirective(line.substr(kFields.size()));
        pos = end + 1;
    }
    return {};
}

int threadCount(int requested, std::size_t tasks)
{
    int n = requested > 0 ? requested : int(std::thread::hardware_concurrency());
    n = std::max(n, 1);
    return int(std::min<std::size_t>(std::size_t(n), std::max<std::size_t>(tasks, 1)));
}

// The threads of one pass: each takes the next task from a shared counter and counts into its own
// Aggregates; the calling thread reports progress about ten times a second until all are done.
class PassWorkers
{
public:
    PassWorkers(const std::vector<LogInput> &inputs,
                const std::vector<ScanTask> &tasks,
                const std::atomic<bool> &cancel)
        : m_inputs(inputs)
        , m_tasks(tasks)
        , m_cancel(cancel)
        , m_reports(tasks.size())
    {
    }

    ~PassWorkers()
    {
        for (std::thread &t : m_threads)
            t.join();
    }

    void start(Aggregates *aggregates)
    {
        const std::lock_guard lock(m_mutex);
        ++m_running;
        m_threads.emplace_back([this, aggregates] { work(*aggregates); });
    }

    void waitReporting(int pass, const IisLogAnalyzer::ProgressCallback &progress)
    {
        QElapsedTimer timer;
        timer.start();
        std::unique_lock lock(m_mutex);
        const auto done = [this] {
            return m_running == 0;
        };
        while (!m_allDone.wait_for(lock, std::chrono::milliseconds(100), done)) {
            lock.unlock();
            report(pass, timer, progress);
            lock.lock();
        }
        lock.unlock();
        report(pass, timer, progress);
    }

    std::vector<ChunkReport> takeReports()
    {
        for (std::thread &t : m_threads)
            t.join();
        m_threads.clear();
        return std::move(m_reports);
    }

private:
    void work(Aggregates &aggregates)
    {
        ChunkScanner scanner;
        for (std::size_t t = m_next++; t < m_tasks.size() && !m_cancel.load(); t = m_next++) {
            QString error;
            const auto reader = ByteReader::open(m_inputs[std::size_t(m_tasks[t].input)], &error);
            if (reader)
                m_reports[t] = scanner.scan(*reader, m_tasks[t], aggregates, m_cancel, m_counters);
            else
                m_reports[t].error = error;
        }
        const std::lock_guard lock(m_mutex);
        --m_running;
        m_allDone.notify_all();
    }

    void report(int pass,
                const QElapsedTimer &timer,
                const IisLogAnalyzer::ProgressCallback &progress) const
    {
        if (!progress)
            return;
        AnalysisProgress p;
        for (const ScanTask &task : m_tasks)
            p.bytesTotal += task.progressBytes;
        p.bytesDone = m_counters.bytes.load();
        p.lines = m_counters.lines.load();
        const double seconds = double(std::max<qint64>(timer.elapsed(), 1)) / 1000.0;
        p.linesPerSecond = double(p.lines) / seconds;
        p.bytesPerSecond = double(p.bytesDone) / seconds;
        p.pass = pass;
        progress(p);
    }

    const std::vector<LogInput> &m_inputs;
    const std::vector<ScanTask> &m_tasks;
    const std::atomic<bool> &m_cancel;
    std::vector<ChunkReport> m_reports;
    std::vector<std::thread> m_threads;
    ScanProgress m_counters;
    std::atomic<std::size_t> m_next{0};
    std::mutex m_mutex;
    std::condition_variable m_allDone;
    int m_running = 0;
};

} // namespace

struct IisLogAnalyzer::PassResult
{
    std::vector<ChunkReport> reports;
    std::unique_ptr<Aggregates> aggregates;
    int threads = 0;
};

IisLogAnalyzer::IisLogAnalyzer(AnalysisOptions options)
    : m_options(std::move(options))
    , m_filter(m_options.user, m_options.from, m_options.to)
{
}

LogReport IisLogAnalyzer::run(const QStringList &paths, const ProgressCallback &progress)
{
    CollectedInputs collected = LogInputs::collect(paths);
    LogReport report = run(collected.inputs, progress);
    for (FileReport &problem : collected.problems)
        report.files.push_back(std::move(problem));
    return report;
}

LogReport IisLogAnalyzer::run(const std::vector<LogInput> &inputs, const ProgressCallback &progress)
{
    QElapsedTimer timer;
    timer.start();
    LogReport report;
    report.filter = m_filter;
    std::vector<std::int64_t> sizes;
    for (const LogInput &input : inputs) {
        FileReport file;
        file.path = input.path;
        file.compressed = input.gzip;
        sizes.push_back(input.size());
        file.bytes = std::max<std::int64_t>(sizes.back(), 0);
        report.files.push_back(std::move(file));
    }
    std::vector<ScanTask> tasks = plan(inputs, sizes);
    PassResult result;
    for (int pass = 1; pass <= 2; ++pass) {
        result = runPass(inputs, tasks, pass, progress);
        report.passes = pass;
        if (m_cancel.load() || !correctLayouts(tasks, result.reports))
            break;
    }
    std::vector<std::int64_t> linesBefore(inputs.size(), 0);
    for (std::size_t t = 0; t < tasks.size(); ++t) {
        const ChunkReport &chunk = result.reports[t];
        const auto input = std::size_t(tasks[t].input);
        report.files[input].add(chunk, linesBefore[input]);
        linesBefore[input] += chunk.lines;
    }
    report.cancelled = m_cancel.load();
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (sizes[i] < 0 && report.files[i].error.isEmpty())
            report.files[i].error = Tr::tr("the file cannot be read");
    }
    report.aggregates = std::move(*result.aggregates);
    report.threads = result.threads;
    report.durationMs = timer.elapsed();
    return report;
}

std::vector<ScanTask> IisLogAnalyzer::plan(const std::vector<LogInput> &inputs,
                                           const std::vector<std::int64_t> &sizes) const
{
    std::vector<ScanTask> tasks;
    const std::int64_t chunk = std::max<std::int64_t>(m_options.chunkBytes, 1);
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const std::int64_t size = sizes[i];
        if (size < 0)
            continue;
        ScanTask task;
        task.input = int(i);
        if (!inputs[i].isSplittable() || size <= chunk) {
            task.end = inputs[i].isSplittable() ? size : INT64_MAX;
            task.progressBytes = size;
            tasks.push_back(task);
            continue;
        }
        const FieldLayout head = headLayout(inputs[i]);
        for (std::int64_t begin = 0; begin < size; begin += chunk) {
            task.begin = begin;
            task.end = std::min(begin + chunk, size);
            task.progressBytes = task.end - task.begin;
            task.initial = begin == 0 ? FieldLayout() : head;
            tasks.push_back(task);
            ++task.index;
        }
    }
    return tasks;
}

// Gives each chunk the #Fields really in force at its start; true when one had assumed wrong.
bool IisLogAnalyzer::correctLayouts(std::vector<ScanTask> &tasks,
                                    const std::vector<ChunkReport> &reports)
{
    bool changed = false;
    FieldLayout inForce;
    for (std::size_t t = 0; t < tasks.size(); ++t) {
        if (tasks[t].index == 0)
            inForce = FieldLayout();
        else if (reports[t].dataBeforeFields && tasks[t].initial != inForce)
            changed = true;
        tasks[t].initial = inForce;
        if (reports[t].sawFields)
            inForce = reports[t].lastFields;
    }
    return changed;
}

IisLogAnalyzer::PassResult IisLogAnalyzer::runPass(const std::vector<LogInput> &inputs,
                                                   const std::vector<ScanTask> &tasks,
                                                   int pass,
                                                   const ProgressCallback &progress)
{
    PassResult result;
    result.threads = threadCount(m_options.threads, tasks.size());
    PassWorkers workers(inputs, tasks, m_cancel);
    std::vector<std::unique_ptr<Aggregates>> perThread;
    for (int i = 0; i < result.threads; ++i) {
        perThread.push_back(std::make_unique<Aggregates>(m_filter));
        workers.start(perThread.back().get());
    }
    workers.waitReporting(pass, progress);
    result.reports = workers.takeReports();
    for (std::size_t i = 1; i < perThread.size(); ++i)
        perThread[0]->merge(*perThread[i]);
    result.aggregates = std::move(perThread[0]);
    return result;
}

} // namespace eas::logs
