#include "logs/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace eas::logs;

namespace {

QJsonDocument parsed(const std::string &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(text.data(), qsizetype(text.size())), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s at %d in:\n%s", qPrintable(error.errorString()), error.offset, text.c_str());
    return doc;
}

} // namespace

// The writer behind the logs report: indented as QJsonDocument writes it, and whatever the
// bytes, text QJsonDocument parses back to what was meant.
class TestJsonText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void indentsAsQtDoes()
    {
        JsonText json;
        json.beginObject();
        json.key("a");
        json.number(1);
        json.key("list");
        json.beginArray();
        json.boolean(true);
        json.null();
        json.beginObject();
        json.endObject();
        json.endArray();
        json.key("empty");
        json.beginArray();
        json.endArray();
        json.endObject();
        QCOMPARE(QString::fromStdString(json.text()),
                 QStringLiteral("{\n"
                                "    \"a\": 1,\n"
                                "    \"list\": [\n"
                                "        true,\n"
                                "        null,\n"
                                "        {}\n"
                                "    ],\n"
                                "    \"empty\": []\n"
                                "}\n"));
    }

    void escapesWhereverTheByteIs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        // Every special byte at every offset of a 40-byte string: the 16-byte skipping must stop
        // at each of them.
        const QByteArray specials("\"\\\x01\x1f\n\xc3\xa9", 7);
        for (int kind = 0; kind < 6; ++kind) {
            for (int at = 0; at < 40; ++at) {
                QByteArray bytes(40, 'x');
                QString expected(40, QLatin1Char('x'));
                if (kind == 5) { // a two-byte UTF-8 sequence
                    bytes.replace(at, 1, "\xc3\xa9");
                    expected.replace(at, 1, QChar(0xe9));
                } else {
                    bytes[at] = specials[kind];
                    expected[at] = QLatin1Char(specials[kind]);
                }
                QTest::addRow("%d at %d", kind, at) << bytes << expected;
            }
        }
        // Invalid UTF-8 reads as QString::fromUtf8 reads it (U+FFFD).
        for (const char *invalid :
             {"abcdefghijklmnopqrst\xff\xfeuv", "0123456789abcdefgh\xe2\x82"}) {
            QTest::addRow("%s", invalid) << QByteArray(invalid) << QString::fromUtf8(invalid);
            QVERIFY(QString::fromUtf8(invalid).contains(QChar(0xfffd)));
        }
        QTest::newRow("nul") << QByteArray("a\0b", 3)
                             << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
    }

    void escapesWhereverTheByteIs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        JsonText json;
        json.beginObject();
        const std::string_view view(bytes.constData(), std::size_t(bytes.size()));
        json.key(view);
        json.string(view);
        json.endObject();
        const QJsonObject o = parsed(json.text()).object();
        QCOMPARE(o.size(), 1);
        QCOMPARE(o.begin().key(), expected);
        QCOMPARE(o.begin().value().toString(), expected);
    }

    void writesQtValues()
    {
        const QJsonObject value{
            {"text", "caf\u00e9 \"quoted\" \\ tab\t"},
            {"int", 42},
            {"big", qint64(1) << 53},
            {"negative", -7},
            {"fraction", 0.1},
            {"huge", 1e300},
            {"flags", QJsonArray{true, false, QJsonValue()}},
            {"nested", QJsonObject{{"deeper", QJsonArray{QJsonObject{{"x", 1}}, QJsonArray{}}}}},
            {"empty", QJsonObject{}}};
        JsonText json;
        json.value(value);
        QCOMPARE(parsed(json.text()).object(), value);
        QVERIFY(json.text().find("\"int\": 42,") != std::string::npos);
    }

    void pastesTextWrittenAtItsDepth()
    {
        JsonText inner(2);
        inner.beginObject();
        inner.key("k");
        inner.number(1);
        inner.endObject();
        JsonText outer;
        outer.beginObject();
        outer.key("a");
        outer.beginObject();
        outer.key("b");
        outer.raw(inner.text());
        outer.endObject();
        outer.endObject();
        QCOMPARE(QString::fromStdString(outer.text()),
                 QStringLiteral("{\n"
                                "    \"a\": {\n"
                                "        \"b\": {\n"
                                "            \"k\": 1\n"
                                "        }\n"
                                "    }\n"
                                "}\n"));
    }

    void timesAndTheirLimits()
    {
        QCOMPARE(JsonText::timeText(0).view(), std::string_view("1970-01-01T00:00:00Z"));
        QCOMPARE(JsonText::timeText(-1).view(), std::string_view("1969-12-31T23:59:59Z"));
        // Outside years 1 to 9999: what QDateTime writes, nothing where it has no text.
        const qint64 year10000 = 253402300800;
        QCOMPARE(QString::fromLatin1(JsonText::timeText(year10000).view().data(),
                                     JsonText::timeText(year10000).size),
                 QDateTime::fromSecsSinceEpoch(year10000, Qt::UTC).toString(Qt::ISODate));
        JsonText json;
        json.beginArray();
        json.timeOrNull(INT64_MAX);
        json.endArray();
        QCOMPARE(parsed(json.text()).array(), QJsonArray{QJsonValue()});
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "TestJsonText.moc"
