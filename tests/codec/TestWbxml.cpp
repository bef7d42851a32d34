#include "WbxmlTestDocuments.h"
#include "codec/Wbxml.h"
#include "codec/WbxmlCodePages.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace eas::wbxml;
using eas::wbxml::test::PageBuilder;

class TestWbxml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folderSyncRequestBytes();
    void folderSyncStatus142();
    void provisionRequestBytes();
    void pageSwitchesBackAfterNestedPage();
    void emptyElementsHaveNoContentBit();
    void opaqueLengths_data();
    void opaqueLengths();
    void utf8Text();
    void consecutiveStringsConcatenate();
    void roundTripDocuments_data();
    void roundTripDocuments();
    void roundTripEveryTag_data();
    void roundTripEveryTag();
    void elementAccessors();
    void encodeRejects_data();
    void encodeRejects();
    void toXmlDeclaresOneNamespacePerPage();
    void corpus();
};

// reference/eas-protocol.md section 3: the 13-byte FolderSync with SyncKey 0.
void TestWbxml::folderSyncRequestBytes()
{
    const PageBuilder fh("FolderHierarchy");
    const auto bytes = encode(fh("FolderSync", {fh.text("SyncKey", QStringLiteral("0"))}));
    QVERIFY(bytes);
    QCOMPARE(*bytes, QByteArray::fromHex("03016a00000756520330000101"));
}

// reference/eas-protocol.md section 3: Exchange 2019's answer to a device without a policy.
void TestWbxml::folderSyncStatus142()
{
    const DecodeResult result = decode(QByteArray::fromHex("03016A00000756 4C03313432000101"));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.error.code, DecodeError::Code::None);
    QCOMPARE(result.root->name, QStringLiteral("FolderHierarchy:FolderSync"));
    QCOMPARE(result.root->children.size(), 1);
    QCOMPARE(result.root->children.first().name, QStringLiteral("FolderHierarchy:Status"));
    QCOMPARE(result.root->textAt(u"Status"), QStringLiteral("142"));
}

// reference/eas-protocol.md section 3: the initial Provision without DeviceInformation.
void TestWbxml::provisionRequestBytes()
{
    const PageBuilder prov("Provision");
    const Element root = prov(
        "Provision",
        {prov("Policies",
              {prov("Policy",
                    {prov.text("PolicyType", QStringLiteral("MS-EAS-Provisioning-WBXML"))})})});
    const auto bytes = encode(root);
    QVERIFY(bytes);
    const QByteArray expected = QByteArray::fromHex("03016A00000E45464748") + '\x03'
                                + "MS-EAS-Provisioning-WBXML" + QByteArray::fromHex("0001010101");
    QCOMPARE(*bytes, expected);
    QCOMPARE(*decode(expected).root, root);
}

// Provision (page 14) containing settings:DeviceInformation (page 18): SWITCH_PAGE into page 18,
// and back to 14 for Policies, exactly as libwbxml writes it.
void TestWbxml::pageSwitchesBackAfterNestedPage()
{
    const PageBuilder prov("Provision"), settings("Settings");
    const Element root
        = prov("Provision",
               {settings("DeviceInformation", {settings("Set", {settings.text("Model", "X")})}),
                prov("Policies", {prov("Policy", {prov.text("PolicyType", "P")})})});
    const auto bytes = encode(root);
    QVERIFY(bytes);
    QCOMPARE(*bytes,
             QByteArray::fromHex("03016a00000e4500125648570358000101 01000e464748035000010101 01"));
    QCOMPARE(*decode(*bytes).root, root);
}

void TestWbxml::emptyElementsHaveNoContentBit()
{
    const PageBuilder as("AirSync");
    const Element root = as("Sync", {as("Collections", {as("Collection"), as.text("Wait", "")})});
    const auto bytes = encode(root);
    QVERIFY(bytes);
    // Sync (0x05) is on page 0, the initial page: no SWITCH_PAGE. Collection 0x0F and Wait 0x24
    // carry no content bit; an empty text is no content.
    QCOMPARE(*bytes, QByteArray::fromHex("03016a00455c0f240101"));
    const DecodeResult result = decode(*bytes);
    QVERIFY(result.ok());
    QCOMPARE(result.root->find(u"Collections/Collection")->children.size(), 0);
    QCOMPARE(result.root->find(u"Collections/Wait")->text, QString());
}

void TestWbxml::opaqueLengths_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QByteArray>("lengthBytes");
    QTest::newRow("empty") << 0 << QByteArray::fromHex("00");
    QTest::newRow("127") << 127 << QByteArray::fromHex("7f");
    QTest::newRow("128") << 128 << QByteArray::fromHex("8100");
    QTest::newRow("16383") << 16383 << QByteArray::fromHex("ff7f");
    QTest::newRow("16384") << 16384 << QByteArray::fromHex("818000");
}

void TestWbxml::opaqueLengths()
{
    QFETCH(int, size);
    QFETCH(QByteArray, lengthBytes);
    QByteArray data(size, '\0');
    for (int i = 0; i < size; ++i)
        data[i] = char(i * 7);
    const Element root = PageBuilder("ComposeMail").opaque("Mime", data);
    const auto bytes = encode(root);
    QVERIFY(bytes);
    QCOMPARE(*bytes, QByteArray::fromHex("03016a00001550c3") + lengthBytes + data + '\x01');
    const DecodeResult result = decode(*bytes);
    QVERIFY(result.ok());
    QVERIFY(result.root->hasOpaque);
    QCOMPARE(result.root->opaque, data);
}

void TestWbxml::utf8Text()
{
    const QString text = QStringLiteral("Gr\u00fc\u00dfe \u65e5\u672c \U0001F600");
    const Element root = PageBuilder("Email").text("Subject", text);
    const auto bytes = encode(root);
    QVERIFY(bytes);
    QCOMPARE(*bytes,
             QByteArray::fromHex("03016a0000025403") + text.toUtf8() + QByteArray(1, '\0')
                 + '\x01');
    QCOMPARE(decode(*bytes).root->text, text);
}

void TestWbxml::consecutiveStringsConcatenate()
{
    const DecodeResult result = decode(QByteArray::fromHex("03016a00 4b 03616200 03 6300 01"));
    QVERIFY(result.ok());
    QCOMPARE(result.root->name, QStringLiteral("AirSync:SyncKey"));
    QCOMPARE(result.root->text, QStringLiteral("abc"));
}

void TestWbxml::roundTripDocuments_data()
{
    QTest::addColumn<Element>("root");
    for (const auto &document : test::sampleDocuments())
        QTest::newRow(document.name) << document.root;
}

void TestWbxml::roundTripDocuments()
{
    QFETCH(Element, root);
    QString error;
    const auto bytes = encode(root, &error);
    QVERIFY2(bytes, qPrintable(error));
    const DecodeResult result = decode(*bytes);
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(*result.root, root);
    QCOMPARE(encode(*result.root), bytes);
}

void TestWbxml::roundTripEveryTag_data()
{
    QTest::addColumn<int>("pageNumber");
    for (int number = 0; number < codePageCount; ++number)
        QTest::addRow("%s", codePage(number)->name) << number;
}

// Every tag of the page, once with text and once empty; the bytes must carry each table token
// with and without the content bit, in order.
void TestWbxml::roundTripEveryTag()
{
    QFETCH(int, pageNumber);
    const CodePage &page = *codePage(pageNumber);
    const QString prefix = QLatin1String(page.name) + QLatin1Char(':');
    QList<Element> children;
    QByteArray expected = QByteArray::fromHex("03016a00");
    if (pageNumber != 0)
        expected += QByteArray::fromHex("00") + char(pageNumber);
    expected += char(page.tags[0].token | 0x40);
    for (int i = 0; i < page.tagCount; ++i) {
        const QString name = prefix + QLatin1String(page.tags[i].name);
        children.append(Element::withText(name, QString::number(i)));
        children.append(Element::make(name));
        expected += char(page.tags[i].token | 0x40);
        expected += '\x03' + QByteArray::number(i) + '\0' + '\x01';
        expected += char(page.tags[i].token);
    }
    expected += '\x01';
    const Element root = Element::make(prefix + QLatin1String(page.tags[0].name), children);
    const auto bytes = encode(root);
    QVERIFY(bytes);
    QCOMPARE(*bytes, expected);
    QCOMPARE(*decode(*bytes).root, root);
}

void TestWbxml::elementAccessors()
{
    const PageBuilder prov("Provision");
    const Element root
        = prov("Provision",
               {prov.text("Status", "1"),
                prov("Policies",
                     {prov("Policy", {prov.text("PolicyKey", "42"), prov.text("Status", "2")})})});
    QCOMPARE(root.page(), QStringLiteral("Provision"));
    QCOMPARE(root.localName(), QStringLiteral("Provision"));
    QCOMPARE(root.child(u"Status")->text, QStringLiteral("1"));
    QCOMPARE(root.child(u"Provision:Status")->text, QStringLiteral("1"));
    QCOMPARE(root.child(u"Settings:Status"), nullptr);
    QCOMPARE(root.find(u"Policies/Policy/PolicyKey")->text, QStringLiteral("42"));
    QCOMPARE(root.textAt(u"Policies/Provision:Policy/Status"), QStringLiteral("2"));
    QCOMPARE(root.find(u"Policies/Missing/PolicyKey"), nullptr);
    QCOMPARE(root.textAt(u"Policies/Policy/Missing"), QString());
    QCOMPARE(root.find(u""), &root);
    QCOMPARE(Element::make(QStringLiteral("NoPage")).page(), QString());
    QCOMPARE(Element::make(QStringLiteral("NoPage")).localName(), QStringLiteral("NoPage"));
    QVERIFY(!(prov.text("Status", "1") == prov.text("Status", "2")));
    QVERIFY(!(prov.opaque("Data", "") == prov("Data")));
}

void TestWbxml::encodeRejects_data()
{
    QTest::addColumn<Element>("root");
    QTest::addColumn<QString>("message");
    QTest::newRow("no page") << Element::make("Sync")
                             << "'Sync' is not on any ActiveSync code page";
    QTest::newRow("unknown page") << Element::make("Exchange:Sync")
                                  << "'Exchange:Sync' is not on any ActiveSync code page";
    QTest::newRow("page names are case-sensitive")
        << Element::make("airsync:Sync") << "'airsync:Sync' is not on any ActiveSync code page";
    QTest::newRow("unknown tag")
        << Element::make("FolderHierarchy:Sync")
        << "'FolderHierarchy:Sync' is not a tag of code page 7 (FolderHierarchy)";
    QTest::newRow("unknown child") << Element::make("AirSync:Sync", {Element::make("Ping:Nope")})
                                   << "'Ping:Nope' is not a tag of code page 13 (Ping)";
    QTest::newRow("NUL in text") << Element::withText("Email:Subject", QString(QChar(0)))
                                 << "text of 'Email:Subject' contains U+0000";
}

void TestWbxml::encodeRejects()
{
    QFETCH(Element, root);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!encode(root, &error));
    QCOMPARE(error, message);
    QVERIFY(!encode(root)); // the error pointer is optional
}

void TestWbxml::toXmlDeclaresOneNamespacePerPage()
{
    const PageBuilder prov("Provision"), settings("Settings"), cm("ComposeMail");
    const Element root = prov(
        "Provision",
        {settings("DeviceInformation", {settings("Set", {settings.text("Model", "A & <B>\r\n")})}),
         prov("Policies", {prov("Policy", {prov("Data")})}),
         cm.opaque("Mime", "abc")});
    QCOMPARE(toXml(root),
             QStringLiteral("<Provision xmlns=\"Provision:\" xmlns:settings=\"Settings:\" "
                            "xmlns:composemail=\"ComposeMail:\">\n"
                            "  <settings:DeviceInformation>\n"
                            "    <settings:Set>\n"
                            "      <settings:Model>A &amp; &lt;B&gt;&#13;\n</settings:Model>\n"
                            "    </settings:Set>\n"
                            "  </settings:DeviceInformation>\n"
                            "  <Policies>\n"
                            "    <Policy>\n"
                            "      <Data/>\n"
                            "    </Policy>\n"
                            "  </Policies>\n"
                            "  <composemail:Mime>YWJj</composemail:Mime>\n"
                            "</Provision>\n"));
}

// tests/data/wbxml: every seed must decode (and re-encode to the same bytes) unless its name
// says it is malformed; regression seeds from fuzzing only have to come back without crashing.
void TestWbxml::corpus()
{
    const QDir dir(qEnvironmentVariable("EAS_TEST_DATA") + QStringLiteral("/wbxml"));
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY2(files.size() >= 20, qPrintable(dir.path()));
    int valid = 0;
    for (const QString &file : files) {
        QFile in(dir.filePath(file));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const DecodeResult result = decode(bytes);
        if (file.startsWith(QLatin1String("malformed-"))) {
            QVERIFY2(!result.ok() && !result.error.message.isEmpty(), qPrintable(file));
        } else if (!file.startsWith(QLatin1String("regress-"))) {
            QVERIFY2(result.ok(), qPrintable(file + QLatin1String(": ") + result.error.message));
            QCOMPARE(encode(*result.root), bytes);
            ++valid;
        }
    }
    QVERIFY(valid >= 15);
}

QTEST_GUILESS_MAIN(TestWbxml)
#include "TestWbxml.moc"
