#include "FileBytes.h"
#include "ReadAllRecords.h"

#include "events/EventAnalyzer.h"
#include "events/EvtxReader.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace eas::events;

namespace {

using test::ReadResult;

QString sample(const char *name)
{
    return qEnvironmentVariable("EAS_TEST_DATA") + QStringLiteral("/evtx/") + QLatin1String(name);
}

QByteArray readSample(const char *name)
{
    return eas::test::fileBytes(sample(name));
}

ReadResult readAll(const QByteArray &bytes)
{
    return test::readAll<EvtxReader>(bytes);
}

} // namespace

class TestEvtxReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsRealSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("records");
        QTest::addColumn<QStringList>("providers");
        QTest::addColumn<QList<int>>("eventIds");
        QTest::addColumn<QString>("channel");
        QTest::newRow("application, no CRC32")
            << "application_no_crc32.evtx" << 17
            << QStringList{"ESENT",
                           "Microsoft-Windows-Search",
                           "Microsoft-Windows-Security-SPP",
                           "Microsoft-Windows-User Profiles Service",
                           "Microsoft-Windows-WMI",
                           "Microsoft-Windows-Winlogon",
                           "SecurityCenter"}
            << QList<int>{1,
                          15,
                          102,
                          105,
                          326,
                          900,
                          902,
                          1003,
                          1066,
                          1531,
                          1532,
                          5615,
                          5617,
                          6000,
                          16388,
                          16394}
            << "Application";
        QTest::newRow("Exchange cmdlet logs")
            << "msexchange_cmdletlogs_id6_transport_agent.evtx" << 4
            << QStringList{"MSExchange CmdletLogs"} << QList<int>{6} << "MSExchange Management";
        QTest::newRow("MSSQL failed logins")
            << "application_mssql_33205_failed_logins.evtx" << 72 << QStringList{"MSSQL$RADAR"}
            << QList<int>{33205} << "Application";
    }
    void readsRealSamples()
    {
        QFETCH(QString, file);
        QFETCH(int, records);
        QFETCH(QStringList, providers);
        QFETCH(QList<int>, eventIds);
        QFETCH(QString, channel);
        const ReadResult result = readAll(readSample(qPrintable(file)));
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records.size(), records);
        QSet<QString> seenProviders;
        QSet<int> seenIds;
        for (const EventRecord &r : result.records) {
            seenProviders.insert(r.provider);
            seenIds.insert(r.eventId);
            QCOMPARE(r.channel, channel);
            QVERIFY(r.timeCreated.isValid());
        }
        QStringList sortedProviders = seenProviders.values();
        sortedProviders.sort();
        QCOMPARE(sortedProviders, providers);
        QList<int> sortedIds = seenIds.values();
        std::sort(sortedIds.begin(), sortedIds.end());
        QCOMPARE(sortedIds, eventIds);
    }

    void readsRecordFields()
    {
        const ReadResult result
            = readAll(readSample("msexchange_cmdletlogs_id6_transport_agent.evtx"));
        QCOMPARE(result.records.size(), 4);
        const EventRecord &first = result.records.first();
        QCOMPARE(first.recordId, quint64(7184));
        QCOMPARE(first.eventId, quint16(6)); // Qualifiers 49152 masked off
        QCOMPARE(first.level, quint8(2));
        QCOMPARE(first.computer, QStringLiteral("exchange01.offsec.lan"));
        QCOMPARE(first.timeCreated,
                 QDateTime::fromString("2021-06-04T08:41:47.982Z", Qt::ISODateWithMs));
        QCOMPARE(first.strings.size(), 27);
        QCOMPARE(first.strings.at(0), QStringLiteral("Install-TransportAgent"));
        QCOMPARE(first.message, QString()); // libevtx cannot render messages
    }

    void cutShortFileKeepsCompleteChunks_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<int>("records");
        QTest::newRow("inside the header") << 2000 << 0;
        QTest::newRow("inside chunk 1") << 40000 << 0;
        QTest::newRow("inside chunk 2") << 100000 << 27;
        QTest::newRow("inside chunk 3") << 140000 << 54;
    }
    void cutShortFileKeepsCompleteChunks()
    {
        QFETCH(int, bytes);
        QFETCH(int, records);
        const ReadResult result
            = readAll(readSample("application_mssql_33205_failed_logins.evtx").left(bytes));
        QCOMPARE(result.records.size(), records);
        QVERIFY2(result.error.contains(QLatin1String("cut short")), qPrintable(result.error));
    }

    // The file as a user would hand it over: a truncated copy on disk, read through the same
    // entry point as analyze-logs, is reported and what was read still counts.
    void truncatedCopyIsReportedNotFatal()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cut = dir.filePath(QStringLiteral("cut.evtx"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(readSample("application_mssql_33205_failed_logins.evtx").left(140000));
        out.close();
        const EventAnalysis analysis
            = analyzeEventFiles({cut, sample("msexchange_cmdletlogs_id6_transport_agent.evtx")});
        QCOMPARE(analysis.sources.size(), 2);
        QCOMPARE(analysis.sources.at(0).records, qint64(54));
        QVERIFY(analysis.sources.at(0).error.contains(QLatin1String("chunk 3 of 3")));
        QCOMPARE(analysis.sources.at(1).records, qint64(4));
        QCOMPARE(analysis.sources.at(1).error, QString());
        QCOMPARE(analysis.records, qint64(58));
        QCOMPARE(analysis.readableSources(), 2);
    }

    void damagedChunkIsSkippedAndCounted()
    {
        QByteArray bytes = readSample("application_no_crc32.evtx");
        bytes.replace(4096, 8, "BadChnk!");
        const ReadResult result = readAll(bytes);
        QCOMPARE(result.records.size(), 0);
        QVERIFY2(result.error.contains(QLatin1String("1 damaged chunk")), qPrintable(result.error));
    }

    // Found by fuzzing: a chunk whose records libevtx cannot decode (libevtx also leaks a little
    // memory on this path, inside libfwevt). Each record is counted, none is fatal.
    void damagedRecordsAreSkippedAndCounted()
    {
        QFile file(qEnvironmentVariable("EAS_TEST_DATA")
                   + QStringLiteral("/events-corpus/regression-evtx-damaged-record.evtx"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ReadResult result = readAll(file.readAll());
        QCOMPARE(result.records.size(), 0);
        QCOMPARE(result.error, QStringLiteral("17 record(s) could not be decoded"));
    }

    void rejectsWhatIsNotEvtx_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << "no ElfFile signature";
        QTest::newRow("text") << QByteArray("hello world") << "no ElfFile signature";
        QByteArray future = readSample("application_no_crc32.evtx");
        future[38] = 4;
        QTest::newRow("version 4") << future << "unsupported .evtx format version 4.2";
    }
    void rejectsWhatIsNotEvtx()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const ReadResult result = readAll(bytes);
        QCOMPARE(result.records.size(), 0);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestEvtxReader)
#include "TestEvtxReader.moc"
