#include "EventSamples.h"
#include "ReadAllRecords.h"

#include "events/EventXmlReader.h"

#include <QStringEncoder>
#include <QTest>

using namespace eas::events;

namespace {

using test::ReadResult;

ReadResult readAll(const QByteArray &bytes)
{
    return test::readAll<EventXmlReader>(bytes);
}

QByteArray utf16le(const QByteArray &utf8, bool bom)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE,
                           bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    return encoder.encode(QString::fromUtf8(utf8));
}

} // namespace

class TestEventXmlReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEventViewerExport()
    {
        const ReadResult result = readAll(eventViewerExport(samples::activeSyncDay()));
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records.size(), 10);
        const EventRecord &first = result.records.first();
        QCOMPARE(first.provider, QStringLiteral("MSExchange ActiveSync"));
        QCOMPARE(first.eventId, quint16(1100));
        QCOMPARE(first.level, quint8(2));
        QCOMPARE(first.recordId, quint64(1000));
        QCOMPARE(first.channel, QStringLiteral("Application"));
        QCOMPARE(first.computer, QStringLiteral("EX01.contoso.com"));
        QCOMPARE(
            first.timeCreated,
            QDateTime::fromString(QStringLiteral("2026-11-24T08:05:00.123Z"), Qt::ISODateWithMs));
        QCOMPARE(first.strings,
                 QStringList(
                     {"jdoe@contoso.com", "ActiveSync is disabled for this user", "203.0.113.7"}));
        QVERIFY(
            first.message.startsWith(QLatin1String("Exchange ActiveSync blocked the connection")));
        QCOMPARE(result.records.at(8).channel, QStringLiteral("Security"));
    }

    void readsWevtutilOutputWithoutRoot()
    {
        const ReadResult result = readAll(wevtutilExport(samples::activeSyncDay()));
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records.size(), 10);
        QCOMPARE(result.records.at(4).eventId, quint16(1053));
        QCOMPARE(result.records.at(4).message, QString()); // /f:xml carries no message
        QCOMPARE(result.records.at(4).strings.size(), 2);
    }

    void readsUtf16_data()
    {
        QTest::addColumn<bool>("bom");
        QTest::newRow("with BOM") << true;
        QTest::newRow("without BOM") << false;
    }
    void readsUtf16()
    {
        QFETCH(bool, bom);
        QList<SampleEvent> events = samples::activeSyncDay();
        events[0].data[0] = QStringLiteral("jürgen@contoso.com");
        const ReadResult result = readAll(utf16le(eventViewerExport(events), bom));
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records.size(), 10);
        QCOMPARE(result.records.first().strings.first(), QStringLiteral("jürgen@contoso.com"));
    }

    // 3000 events are far more than one 64 KiB read: elements and UTF-8 sequences are split
    // across reads.
    void readsAcrossChunks()
    {
        QList<SampleEvent> events;
        for (int i = 0; i < 3000; ++i)
            events.append(samples::blocked1100(QStringLiteral("2026-11-24T08:00:00Z"),
                                               QStringLiteral("user%1@contoso.com").arg(i),
                                               QStringLiteral("Zugriff verweigert für Gerät"),
                                               QStringLiteral("203.0.113.9")));
        const QByteArray xml = eventViewerExport(events);
        QVERIFY(xml.size() > 20 * 64 * 1024);
        const ReadResult result = readAll(xml);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.records.size(), 3000);
        QCOMPARE(result.records.last().strings.first(), QStringLiteral("user2999@contoso.com"));
        QCOMPARE(result.records.last().strings.at(1),
                 QStringLiteral("Zugriff verweigert für Gerät"));
    }

    void keepsUserDataLeaves()
    {
        const QByteArray xml
            = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'>"
              "<System><Provider Name='P'/><EventID>7</EventID></System>"
              "<UserData><Info xmlns='x'><User>a\\b</User><Ip>10.0.0.1</Ip>"
              "</Info></UserData></Event>";
        const ReadResult result = readAll(xml);
        QCOMPARE(result.records.size(), 1);
        QCOMPARE(result.records.first().strings, QStringList({"a\\b", "10.0.0.1"}));
    }

    void cutShortExportKeepsWhatWasRead()
    {
        const QByteArray xml = eventViewerExport(samples::activeSyncDay());
        const int cut
            = xml.indexOf("<Event ", xml.indexOf("<Event ", xml.indexOf("<Event ") + 1) + 1) + 40;
        const ReadResult result = readAll(xml.left(cut));
        QCOMPARE(result.records.size(), 2);
        QVERIFY2(result.error.contains(QLatin1String("cut short")), qPrintable(result.error));
    }

    void reportsBrokenXml()
    {
        QByteArray xml = eventViewerExport(samples::activeSyncDay());
        xml.replace("</EventData>", "</Eventdata>");
        const ReadResult result = readAll(xml);
        QCOMPARE(result.records.size(), 0);
        QVERIFY2(result.error.startsWith(QLatin1String("invalid XML at line 2")),
                 qPrintable(result.error));
    }

    void reportsXmlThatIsNoExport_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("other XML") << QByteArray("<?xml version='1.0'?><rss><channel/></rss>")
                                   << "no <Event> element found";
        QTest::newRow("text") << QByteArray("#Fields: date time") << "not XML";
        QTest::newRow("open declaration") << QByteArray("<?xml version='1.0'") << "not closed";
    }
    void reportsXmlThatIsNoExport()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const ReadResult result = readAll(bytes);
        QCOMPARE(result.records.size(), 0);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
    }

    void acceptsAnEmptyExport()
    {
        const ReadResult result = readAll(eventViewerExport({}));
        QCOMPARE(result.records.size(), 0);
        QCOMPARE(result.error, QString());
    }
};

QTEST_GUILESS_MAIN(TestEventXmlReader)
#include "TestEventXmlReader.moc"
