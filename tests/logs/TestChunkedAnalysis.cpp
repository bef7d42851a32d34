#include "LogSamples.h"

#include "logs/IisLogAnalyzer.h"
#include "logs/LogReportJson.h"

#include <QTest>

using namespace eas::logs;

namespace {

// A log of `blocks` copies of the Exchange sample (its #Fields changes mid-block) with dates
// moved a day per block, so chunks of any size cut lines, directives and field sets anywhere.
QByteArray manyBlocks(int blocks)
{
    QByteArray log;
    for (int b = 0; b < blocks; ++b) {
        QByteArray block = LogSamples::exchange(b % 2 ? "\n" : "\r\n");
        block.replace("2026-11-24", QByteArray("2026-11-") + QByteArray::number(10 + b));
        log += block;
    }
    return log;
}

LogReport analyze(const QByteArray &log, int threads, std::int64_t chunkBytes)
{
    AnalysisOptions options;
    options.threads = threads;
    options.chunkBytes = chunkBytes;
    IisLogAnalyzer analyzer(options);
    return analyzer.run(
        std::vector<LogInput>{LogInput::fromMemory(QStringLiteral("big.log"), log)});
}

// The report's JSON text with the run's own figures (duration, threads) left out: the same
// bytes whatever the split, so two reports of one log can be diffed.
QString comparable(LogReport report)
{
    report.durationMs = 0;
    report.threads = 0;
    return QString::fromStdString(LogReportJson::toText(report, {}));
}

} // namespace

class TestChunkedAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chunksGiveTheSerialAnswer_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<qint64>("chunkBytes");
        QTest::addColumn<bool>("secondPass"); // a chunk surely starts after the #Fields change
        QTest::newRow("1 thread, 1-byte chunks") << 1 << qint64(1) << true;
        QTest::newRow("3 threads, 7-byte chunks") << 3 << qint64(7) << true;
        QTest::newRow("2 threads, 100-byte chunks") << 2 << qint64(100) << true;
        QTest::newRow("4 threads, 1000-byte chunks") << 4 << qint64(1000) << false;
        QTest::newRow("2 threads, 4 KiB chunks") << 2 << qint64(4096) << false;
    }
    void chunksGiveTheSerialAnswer()
    {
        QFETCH(int, threads);
        QFETCH(qint64, chunkBytes);
        QFETCH(bool, secondPass);
        const QByteArray log = manyBlocks(6);
        const LogReport serial = analyze(log, 1, 1 << 30);
        QCOMPARE(serial.passes, 1);
        QCOMPARE(serial.files.front().lines, 6 * 21);
        const LogReport chunked = analyze(log, threads, chunkBytes);
        QCOMPARE(comparable(chunked), comparable(serial));
        // The #Fields change mid-file: chunks after it assumed the header's and were read again.
        if (secondPass)
            QCOMPARE(chunked.passes, 2);
    }

    void sameFieldsEverywhereNeedOnePass()
    {
        QByteArray log = LogSamples::join(LogSamples::exchangeLines().mid(0, 14));
        log += log; // a restart writes the same header again
        const LogReport chunked = analyze(log, 2, 64);
        QCOMPARE(chunked.passes, 1);
        QCOMPARE(comparable(chunked), comparable(analyze(log, 1, 1 << 30)));
        QCOMPARE(chunked.aggregates.activesync.requests, 2 * 7);
    }

    void corruptLineNumbersCountEarlierChunks()
    {
        const LogReport r = analyze(manyBlocks(3), 2, 50);
        const FileReport &f = r.files.front();
        QCOMPARE(f.corruptLines, 3);
        QCOMPARE(f.corrupt.size(), std::size_t(3));
        QCOMPARE(f.corrupt[0].line, 20);
        QCOMPARE(f.corrupt[1].line, 41);
        QCOMPARE(f.corrupt[2].line, 62);
    }

    void progressAndCancel()
    {
        const QByteArray log = manyBlocks(4);
        AnalysisOptions options;
        options.chunkBytes = 100;
        options.threads = 2;
        IisLogAnalyzer analyzer(options);
        AnalysisProgress last;
        int calls = 0;
        const LogReport r = analyzer.run(
            std::vector<LogInput>{LogInput::fromMemory(QStringLiteral("a.log"), log)},
            [&](const AnalysisProgress &p) {
                last = p;
                ++calls;
            });
        QVERIFY(calls >= 1);
        QCOMPARE(last.bytesTotal, qint64(log.size()));
        QCOMPARE(last.bytesDone, last.bytesTotal);
        QCOMPARE(last.lines, r.files.front().lines);
        QVERIFY(!r.cancelled);

        IisLogAnalyzer cancelled(options);
        cancelled.cancel();
        const LogReport c = cancelled.run(
            std::vector<LogInput>{LogInput::fromMemory(QStringLiteral("a.log"), log)});
        QVERIFY(c.cancelled);
        QCOMPARE(c.files.front().lines, 0);
        QCOMPARE(c.aggregates.activesync.requests, 0);
    }
};

QTEST_GUILESS_MAIN(TestChunkedAnalysis)
#include "TestChunkedAnalysis.moc"
