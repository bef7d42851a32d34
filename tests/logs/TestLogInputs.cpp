#include "LogSamples.h"

#include "logs/ByteReader.h"
#include "logs/ChunkScanner.h"
#include "logs/IisLogAnalyzer.h"
#include "logs/LogInputs.h"
#include "logs/LogReportJson.h"
#include "logs/MappedWindowGuard.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace eas::logs;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool writeGzip(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb");
    const bool ok = gz && gzwrite(gz, bytes.constData(), unsigned(bytes.size())) == bytes.size();
    return gz && gzclose(gz) == Z_OK && ok;
}

const FileReport *fileNamed(const LogReport &report, const QString &name)
{
    for (const FileReport &f : report.files) {
        if (f.path.endsWith(name))
            return &f;
    }
    return nullptr;
}

// A file reader that cuts its file to `cutAt` bytes right after mapping the first window.
class CuttingReader : public ByteReader
{
public:
    CuttingReader(std::unique_ptr<ByteReader> inner, QString path, std::int64_t cutAt)
        : m_inner(std::move(inner))
        , m_path(std::move(path))
        , m_cutAt(cutAt)
    {
    }

    std::int64_t viewableBytes() const override { return m_inner->viewableBytes(); }
    std::string_view view(std::int64_t offset, std::int64_t size) override
    {
        const std::string_view v = m_inner->view(offset, size);
        if (!v.empty() && !m_cut)
            m_cut = QFile::resize(m_path, m_cutAt);
        return v;
    }
    bool viewIntact() override
    {
        const bool intact = m_inner->viewIntact();
        m_error = m_inner->errorString();
        return intact;
    }
    std::int64_t read(char *dst, std::int64_t n) override { return m_inner->read(dst, n); }
    bool seek(std::int64_t offset) override { return m_inner->seek(offset); }
    std::int64_t consumed() const override { return m_inner->consumed(); }

private:
    std::unique_ptr<ByteReader> m_inner;
    QString m_path;
    std::int64_t m_cutAt;
    bool m_cut = false;
};

// The analysis without what depends on the input's name and form or on the run.
QJsonObject comparable(const LogReport &report)
{
    QJsonObject o = LogReportJson::toJson(report, {});
    for (const char *key : {"durationMs", "threads", "files"})
        o.remove(QLatin1String(key));
    QJsonObject totals = o.value("totals").toObject();
    totals.remove("bytes");
    o.insert("totals", totals);
    return o;
}

LogReport analyze(const LogInput &input, int threads, std::int64_t chunkBytes)
{
    AnalysisOptions options;
    options.threads = threads;
    options.chunkBytes = chunkBytes;
    IisLogAnalyzer analyzer(options);
    return analyzer.run(std::vector<LogInput>{input});
}

QString shared(const char *name)
{
    return qEnvironmentVariable("EAS_TEST_DATA") + QStringLiteral("/iis/") + QLatin1String(name);
}

} // namespace

class TestLogInputs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldersFindIisLogs()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("W3SVC1/u_ex261124.log"), LogSamples::exchange()));
        QVERIFY(writeGzip(dir.filePath("W3SVC2/U_EX261124.LOG.gz"), LogSamples::exchange()));
        QVERIFY(writeFile(dir.filePath("W3SVC1/notes.txt"), "not a log"));
        QVERIFY(writeFile(dir.filePath("empty/readme"), "nothing here"));
        const CollectedInputs in = LogInputs::collect({dir.path(),
                                                       dir.filePath("W3SVC1/u_ex261124.log"),
                                                       dir.filePath("empty"),
                                                       dir.filePath("missing.log")});
        QCOMPARE(in.inputs.size(), std::size_t(2)); // the file named twice is read once
        QVERIFY(in.inputs[0].path.endsWith("W3SVC1/u_ex261124.log"));
        QVERIFY(in.inputs[1].gzip);
        QCOMPARE(in.problems.size(), std::size_t(2));
        QVERIFY(in.problems[0].path.endsWith("empty"));
        QVERIFY(!in.problems[0].error.isEmpty());
        QVERIFY(in.problems[1].path.endsWith("missing.log"));
    }

    void gzipGivesThePlainAnswer()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("u_ex1.log"), LogSamples::exchange()));
        QVERIFY(writeGzip(dir.filePath("u_ex2.log.gz"), LogSamples::exchange()));
        IisLogAnalyzer analyzer;
        const LogReport r = analyzer.run(QStringList{dir.path()});
        QCOMPARE(r.files.size(), std::size_t(2));
        const FileReport *plain = fileNamed(r, "u_ex1.log");
        const FileReport *gz = fileNamed(r, "u_ex2.log.gz");
        QVERIFY(gz->compressed);
        QVERIFY(gz->read);
        QVERIFY(gz->error.isEmpty());
        QCOMPARE(gz->lines, plain->lines);
        QCOMPARE(gz->requests, plain->requests);
        QCOMPARE(gz->corrupt.front().line, 20);
        QCOMPARE(r.aggregates.activesync.requests, 2 * 9);
    }

    void brokenGzipIsReportedNotFatal()
    {
        QTemporaryDir dir;
        QVERIFY(writeGzip(dir.filePath("whole.log.gz"), LogSamples::exchange()));
        QFile whole(dir.filePath("whole.log.gz"));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(dir.filePath("cut.log.gz"), whole.readAll().chopped(20)));
        IisLogAnalyzer analyzer;
        const LogReport r
            = analyzer.run(QStringList{dir.filePath("cut.log.gz"), dir.filePath("whole.log.gz")});
        const FileReport *cut = fileNamed(r, "cut.log.gz");
        QVERIFY(!cut->error.isEmpty());
        QVERIFY(cut->read);
        QCOMPARE(fileNamed(r, "whole.log.gz")->lines, 21);
    }

    void unreadableInputs()
    {
        IisLogAnalyzer analyzer;
        const LogReport r = analyzer.run(QStringList{QStringLiteral("/nonexistent/u_ex1.log")});
        QCOMPARE(r.files.size(), std::size_t(1));
        QVERIFY(!r.files.front().error.isEmpty());
        QVERIFY(!r.anyInputRead());
    }

    void mappedReadAndMemoryAgree()
    {
        // Longer than two mapped windows, with a last line still being written: a plain file
        // read through windows (whole and in chunks that end inside windows), the same bytes in
        // memory, and gzip read through the buffer give one answer.
        QByteArray log;
        int blocks = 0;
        for (; log.size() < 2 * ChunkScanner::kViewBytes + 1000; ++blocks)
            log += LogSamples::exchange(blocks % 3 ? "\r\n" : "\n");
        log += "2026-11-24 13:00:00 /Microsoft-Server-ActiveSync/default.eas Cmd=Sy";
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("u_ex1.log"), log));
        QVERIFY(writeGzip(dir.filePath("u_ex1.log.gz"), log));
        const LogReport file = analyze(LogInput::fromFile(dir.filePath("u_ex1.log")), 1, 1LL << 40);
        const FileReport &f = file.files.front();
        QVERIFY(f.error.isEmpty());
        QCOMPARE(f.lines, log.count('\n') + 1);
        QCOMPARE(f.corruptLines, blocks + 1); // line 20 of each block, and the last
        const QJsonObject expected = comparable(file);
        QCOMPARE(comparable(analyze(LogInput::fromFile(dir.filePath("u_ex1.log")), 2, 5'000'000)),
                 expected);
        QCOMPARE(comparable(analyze(LogInput::fromMemory("u_ex1.log", log), 2, 7'777'777)),
                 expected);
        QCOMPARE(comparable(analyze(LogInput::fromFile(dir.filePath("u_ex1.log.gz")), 1, 1)),
                 expected);
    }

    void fileThatGotShorterIsReadNotMapped()
    {
        // Mapped pages past the end of a file kill the process: a file cut after it was opened
        // is read up to where it ends now.
        QTemporaryDir dir;
        const QString path = dir.filePath("u_ex1.log");
        QVERIFY(writeFile(path, QByteArray(64 * 1024, 'x')));
        QString error;
        const std::unique_ptr<ByteReader> reader
            = ByteReader::open(LogInput::fromFile(path), &error);
        QVERIFY(reader);
        QCOMPARE(reader->viewableBytes(), 64 * 1024);
        QCOMPARE(reader->view(4096, 4096).size(), std::size_t(4096));
        QVERIFY(QFile::resize(path, 10000));
        QVERIFY(reader->view(0, 64 * 1024).empty());
        QVERIFY(reader->view(8192, 4096).empty());
        QCOMPARE(reader->view(0, 10000).size(), std::size_t(10000));
        std::vector<char> buffer(64 * 1024);
        QVERIFY(reader->seek(0));
        QCOMPARE(reader->read(buffer.data(), std::int64_t(buffer.size())), 10000);
    }

    void fileCutWhileMappedReadsZeros()
    {
        if (!MappedWindowGuard::install())
            QSKIP("files are read, not mapped, on this system");
        QTemporaryDir dir;
        const QString path = dir.filePath("u_ex1.log");
        QVERIFY(writeFile(path, QByteArray(256 * 1024, 'x')));
        QString error;
        const std::unique_ptr<ByteReader> reader
            = ByteReader::open(LogInput::fromFile(path), &error);
        const std::string_view view = reader->view(0, 200 * 1024);
        QCOMPARE(view.size(), std::size_t(200 * 1024));
        QVERIFY(reader->viewIntact());
        QVERIFY(QFile::resize(path, 4096)); // the pages past 4096 leave the mapping
        const volatile char *bytes = view.data();
        QCOMPARE(bytes[100], 'x');
        QCOMPARE(bytes[150 * 1024], '\0'); // SIGBUS, caught: zeros from that page on
        QCOMPARE(bytes[199 * 1024], '\0');
        QVERIFY(!reader->viewIntact());
        QVERIFY2(reader->errorString().contains("changed while it was read"),
                 qPrintable(reader->errorString()));
        // The next window of what is left is whole again.
        QCOMPARE(reader->view(0, 4096).size(), std::size_t(4096));
        QVERIFY(reader->viewIntact());
    }

    void fileCutDuringItsScanIsReported()
    {
        if (!MappedWindowGuard::install())
            QSKIP("files are read, not mapped, on this system");
        // The file is cut right after its first window is mapped, as IIS or a share going
        // away could: the scan goes on over zeros to the window's end, then stops and says why.
        QByteArray log;
        while (log.size() < ChunkScanner::kViewBytes + 100'000)
            log += LogSamples::exchange("\r\n");
        QTemporaryDir dir;
        const QString path = dir.filePath("u_ex1.log");
        QVERIFY(writeFile(path, log));
        QString error;
        CuttingReader reader(ByteReader::open(LogInput::fromFile(path), &error), path, 300'000);
        ScanTask task;
        task.end = log.size();
        task.progressBytes = log.size();
        Aggregates aggregates{LogFilter()};
        const std::atomic<bool> cancel{false};
        ScanProgress progress;
        ChunkScanner scanner;
        const ChunkReport report = scanner.scan(reader, task, aggregates, cancel, progress);
        QVERIFY2(report.error.contains("changed while it was read"), qPrintable(report.error));
        QVERIFY(report.lines > 1000); // what was there before the cut was counted
        QVERIFY(report.lines < log.count('\n'));

        // Cut before its scan began: read, not mapped, up to where it ends now, and said so.
        const std::unique_ptr<ByteReader> plain
            = ByteReader::open(LogInput::fromFile(path), &error);
        Aggregates fresh{LogFilter()};
        const ChunkReport cut = scanner.scan(*plain, task, fresh, cancel, progress);
        QCOMPARE(cut.error, ByteReader::fileChangedError());
        QCOMPARE(cut.lines, log.left(300'000).count('\n') + 1); // the last one cut short
    }

    void sharedSamplesAreRead()
    {
        IisLogAnalyzer analyzer;
        const LogReport r = analyzer.run(QStringList{shared("brianary_ex010320.log"),
                                                     shared("brianary_ex031118.log"),
                                                     shared("brianary_ex960101.log"),
                                                     shared("brianary_pf040903.log")});
        QCOMPARE(r.files.size(), std::size_t(4));
        for (const FileReport &f : r.files) {
            QVERIFY2(f.read && f.error.isEmpty(), qPrintable(f.path + f.error));
        }
        QCOMPARE(r.files[0].lines, 2); // data without #Fields: reported, not guessed
        QCOMPARE(r.files[0].noFieldsLines, 2);
        QCOMPARE(r.files[0].requests, 0);
        QCOMPARE(r.files[1].lines, 8);
        QCOMPARE(r.files[1].directives, 4);
        QCOMPARE(r.files[1].requests, 3);
        QCOMPARE(r.files[1].corrupt.front().line, 7); // three fields where #Fields has four
        QCOMPARE(r.files[1].software,
                 QStringLiteral("Microsoft Internet Information Services 5.0"));
        QCOMPARE(r.files[2].requests, 5);
        QCOMPARE(r.aggregates.byStatus[200], 5);
        QCOMPARE(r.files[3].blankLines, 1);
        QCOMPARE(r.files[3].directives, 4);
        QCOMPARE(r.files[3].requests, 4);
        QCOMPARE(r.totals().activesyncRequests, 0);
    }
};

QTEST_GUILESS_MAIN(TestLogInputs)
#include "TestLogInputs.moc"
