#include "EventSamples.h"

#include "events/EventAnalyzer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace eas::events;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// Peak resident memory since the last reset, in bytes (Linux /proc).
qint64 peakResident()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

QString sample(const char *name)
{
    return qEnvironmentVariable("EAS_TEST_DATA") + QStringLiteral("/evtx/") + QLatin1String(name);
}

// An .evtx of `chunks` copies of the sample's one chunk (4 records each), header updated.
bool writeLargeEvtx(const QString &path, int chunks)
{
    QFile in(sample("msexchange_cmdletlogs_id6_transport_agent.evtx"));
    QFile out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    QByteArray header = in.read(4096);
    const QByteArray chunk = in.read(64 * 1024);
    qToLittleEndian<quint64>(quint64(chunks - 1), header.data() + 16);
    qToLittleEndian<quint16>(quint16(chunks), header.data() + 42);
    out.write(header);
    for (int i = 0; i < chunks; ++i)
        out.write(chunk);
    return out.error() == QFile::NoError;
}

// An Event Viewer export of `blocks` x 1000 events, written a block at a time.
bool writeLargeXml(const QString &path, int blocks)
{
    QList<SampleEvent> block;
    for (int i = 0; i < 1000; ++i)
        block.append(i % 10 == 0 ? samples::blocked1100(QStringLiteral("2026-11-24T08:00:00Z"),
                                                        QStringLiteral("u%1@contoso.com").arg(i),
                                                        QStringLiteral("Device rule"),
                                                        QStringLiteral("192.0.2.1"))
                                 : samples::heartbeat1040(QStringLiteral("2026-11-24T08:00:00Z")));
    QByteArray body = eventViewerExport(block);
    body = body.mid(body.indexOf("<Event "));
    body.chop(int(qstrlen("</Events>")));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?><Events>");
    for (int i = 0; i < blocks; ++i)
        out.write(body);
    out.write("</Events>");
    return out.error() == QFile::NoError;
}

} // namespace

// Reading stays in flat memory: the peak resident size while reading a file stays far below
// the file's size (a reader that loaded the file, or libevtx's per-record index of a whole
// file, would not).
class TestEventsLargeFiles : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!resetPeak() || peakResident() < 0)
            QSKIP("no /proc/self/clear_refs or VmHWM here");
    }

    void evtxMemoryStaysFlat()
    {
        const QString path = m_dir.filePath(QStringLiteral("large.evtx"));
        QVERIFY(writeLargeEvtx(path, 1200)); // 75 MiB, 4800 records
        QVERIFY(resetPeak());
        const qint64 before = peakResident();
        const EventAnalysis a = analyzeEventFiles({path});
        const qint64 grown = peakResident() - before;
        QCOMPARE(a.records, qint64(4800));
        QCOMPARE(a.sources.first().error, QString());
        QVERIFY2(grown < 24 * MiB, qPrintable(QString::number(grown / MiB) + " MiB"));
    }

    void xmlMemoryStaysFlat()
    {
        const QString path = m_dir.filePath(QStringLiteral("large.xml"));
        QVERIFY(writeLargeXml(path, 100)); // 100 000 events
        QVERIFY(QFileInfo(path).size() > 60 * MiB);
        QVERIFY(resetPeak());
        const qint64 before = peakResident();
        const EventAnalysis a = analyzeEventFiles({path});
        const qint64 grown = peakResident() - before;
        QCOMPARE(a.records, qint64(100000));
        QCOMPARE(a.activeSync.blocking, qint64(10000));
        QCOMPARE(a.activeSync.byUser.size(), 100);
        QVERIFY2(grown < 24 * MiB, qPrintable(QString::number(grown / MiB) + " MiB"));
    }
};

QTEST_GUILESS_MAIN(TestEventsLargeFiles)
#include "TestEventsLargeFiles.moc"
