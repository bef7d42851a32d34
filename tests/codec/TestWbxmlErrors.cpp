#include "WbxmlTestDocuments.h"
#include "codec/Wbxml.h"

#include <QTest>

using namespace eas::wbxml;
using Code = DecodeError::Code;

class TestWbxmlErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformed_data();
    void malformed();
    void everyProperPrefixIsTruncated_data();
    void everyProperPrefixIsTruncated();
    void corruptedBytesNeverEscapeTheInput();
    void depthLimit();
    void elementLimit();
    void defaultElementLimit();
    void deepUnclosedInputNeedsNoRecursion();
};

namespace {

void row(const char *name, const char *hex, Code code, qsizetype offset)
{
    QTest::newRow(name) << QByteArray::fromHex(hex) << code << offset;
}

void addHeaderRows()
{
    row("empty", "", Code::Truncated, 0);
    row("version only", "03", Code::Truncated, 1);
    row("no charset", "0301", Code::Truncated, 2);
    row("no string table length", "03016a", Code::Truncated, 3);
    row("header only", "03016a00", Code::Truncated, 4);
    row("WBXML 1.2", "02016a004501", Code::BadHeader, 0);
    row("public id 0 (string table reference)", "03006a004501", Code::BadHeader, 1);
    row("charset ISO-8859-1", "030104004501", Code::BadHeader, 2);
    row("string table", "03016a036162634501", Code::StringTableUnsupported, 3);
    row("string table of 4 GiB", "03016a8fffffff7f4501", Code::StringTableUnsupported, 3);
    row("length above 32 bits", "03016a90808080004501", Code::TooLarge, 3);
    row("six-byte integer", "03016a8080808080004501", Code::TooLarge, 3);
    row("integer cut off", "03016a80", Code::Truncated, 4);
}

void addTokenRows()
{
    row("code page 26", "03016a00001a4501", Code::UnknownCodePage, 5);
    row("code page 255", "03016a0000ff4501", Code::UnknownCodePage, 5);
    row("SWITCH_PAGE at the end", "03016a0000", Code::Truncated, 5);
    row("undefined token on page 0", "03016a007f01", Code::UnknownToken, 4);
    row("undefined token on page 7", "03016a0000074b01", Code::UnknownToken, 6);
    row("undefined token after a switch", "03016a004500074d0101", Code::UnknownToken, 7);
    row("tag with attributes", "03016a00c50101", Code::UnsupportedToken, 4);
    row("empty tag with attributes", "03016a0085", Code::UnsupportedToken, 4);
    const char *globals[][2] = {{"ENTITY", "02"},
                                {"LITERAL", "04"},
                                {"EXT_I_0", "40"},
                                {"EXT_I_1", "41"},
                                {"EXT_I_2", "42"},
                                {"PI", "43"},
                                {"LITERAL_C", "44"},
                                {"EXT_T_0", "80"},
                                {"EXT_T_2", "82"},
                                {"STR_T", "83"},
                                {"LITERAL_A", "84"},
                                {"EXT_0", "c0"},
                                {"EXT_2", "c2"},
                                {"LITERAL_AC", "c4"}};
    for (const auto &global : globals) {
        QTest::addRow("%s", global[0])
            << QByteArray::fromHex(QByteArray("03016a0045") + global[1] + "0001")
            << Code::UnsupportedToken << qsizetype(5);
    }
    row("END without element", "03016a0001", Code::Unbalanced, 4);
    row("second root", "03016a000505", Code::Unbalanced, 5);
    row("SWITCH_PAGE after the root", "03016a0045010007", Code::Unbalanced, 6);
    row("string before the root", "03016a000341000501", Code::Unbalanced, 4);
    row("opaque before the root", "03016a00c3014105", Code::Unbalanced, 4);
    row("string after an empty root", "03016a000b036100", Code::Unbalanced, 5);
    row("open elements at the end", "03016a00454b", Code::Truncated, 6);
}

void addContentRows()
{
    row("invalid byte", "03016a004b0341ff0001", Code::InvalidUtf8, 7);
    row("overlong slash", "03016a004b03c0af0001", Code::InvalidUtf8, 6);
    row("surrogate", "03016a004b0341eda0800001", Code::InvalidUtf8, 7);
    row("cut sequence", "03016a004b03e2820001", Code::InvalidUtf8, 6);
    row("above U+10FFFF", "03016a004b03f49080800001", Code::InvalidUtf8, 6);
    row("lone continuation byte", "03016a004b03800001", Code::InvalidUtf8, 6);
    row("string without NUL", "03016a004b036162", Code::Truncated, 8);
    row("opaque of 4 GiB", "03016a004bc38fffffff7f", Code::Truncated, 11);
    row("opaque one byte short", "03016a004bc3036162", Code::Truncated, 9);
    row("opaque length above 32 bits", "03016a004bc3908080800001", Code::TooLarge, 6);
    row("opaque length cut off", "03016a004bc381", Code::Truncated, 7);
}

} // namespace

void TestWbxmlErrors::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Code>("code");
    QTest::addColumn<qsizetype>("offset");
    addHeaderRows();
    addTokenRows();
    addContentRows();
}

void TestWbxmlErrors::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Code, code);
    QFETCH(qsizetype, offset);
    const DecodeResult result = decode(bytes);
    QVERIFY(!result.ok());
    QVERIFY(!result.root);
    QCOMPARE(result.error.code, code);
    QCOMPARE(result.error.offset, offset);
    QVERIFY(!result.error.message.isEmpty());
}

void TestWbxmlErrors::everyProperPrefixIsTruncated_data()
{
    QTest::addColumn<QByteArray>("bytes");
    for (const auto &document : test::sampleDocuments())
        QTest::newRow(document.name) << encode(document.root).value_or(QByteArray());
}

void TestWbxmlErrors::everyProperPrefixIsTruncated()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(decode(bytes).ok());
    for (qsizetype length = 0; length < bytes.size(); ++length) {
        const DecodeResult result = decode(QByteArrayView(bytes).first(length));
        QVERIFY(!result.root);
        QCOMPARE(result.error.code, Code::Truncated);
        QCOMPARE(result.error.offset, length);
    }
}

void TestWbxmlErrors::corruptedBytesNeverEscapeTheInput()
{
    const QByteArray valid = encode(test::sampleDocuments().at(1).root).value_or(QByteArray());
    const char replacements[] = {'\x00', '\x01', '\x03', '\x45', '\x7f', '\x83', '\xc3', '\xff'};
    int errors = 0;
    for (qsizetype at = 0; at < valid.size(); ++at) {
        for (char replacement : replacements) {
            QByteArray bytes = valid;
            bytes[at] = replacement;
            const DecodeResult result = decode(bytes);
            if (result.ok())
                continue;
            ++errors;
            QVERIFY(result.error.offset >= 0 && result.error.offset <= bytes.size());
            QVERIFY(!result.error.message.isEmpty());
        }
    }
    QVERIFY(errors > valid.size());
}

void TestWbxmlErrors::depthLimit()
{
    const QByteArray bytes
        = QByteArray::fromHex("03016a00") + QByteArray(65, '\x45') + QByteArray(65, '\x01');
    const DecodeResult tooDeep = decode(bytes);
    QCOMPARE(tooDeep.error.code, Code::TooDeep);
    QCOMPARE(tooDeep.error.offset, 4 + 64);
    QVERIFY(decode(bytes, Limits{65, 1000}).ok());
    QCOMPARE(decode(bytes, Limits{3, 1000}).error.offset, 4 + 3);
}

void TestWbxmlErrors::elementLimit()
{
    const QByteArray bytes = QByteArray::fromHex("03016a0045") + QByteArray(10, '\x0b') + '\x01';
    const DecodeResult tooMany = decode(bytes, Limits{64, 10});
    QCOMPARE(tooMany.error.code, Code::TooLarge);
    QCOMPARE(tooMany.error.offset, 14);
    const DecodeResult enough = decode(bytes, Limits{64, 11});
    QVERIFY(enough.ok());
    QCOMPARE(enough.root->children.size(), 10);
}

void TestWbxmlErrors::defaultElementLimit()
{
    const int limit = Limits().maxElements;
    const QByteArray bytes = QByteArray::fromHex("03016a0045") + QByteArray(limit, '\x0b') + '\x01';
    const DecodeResult result = decode(bytes);
    QCOMPARE(result.error.code, Code::TooLarge);
    QCOMPARE(result.error.offset, 4 + limit);
}

void TestWbxmlErrors::deepUnclosedInputNeedsNoRecursion()
{
    const int depth = 100000;
    const QByteArray bytes = QByteArray::fromHex("03016a00") + QByteArray(depth, '\x45');
    const DecodeResult result = decode(bytes, Limits{depth + 1, depth + 1});
    QCOMPARE(result.error.code, Code::Truncated);
    QCOMPARE(result.error.offset, bytes.size());
}

QTEST_GUILESS_MAIN(TestWbxmlErrors)
#include "TestWbxmlErrors.moc"
