#include "codec/WbxmlCodePages.h"

#include <QSet>
#include <QTest>

using namespace eas::wbxml;

class TestWbxmlCodePages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageNames();
    void tokensAreValidAndUnique();
    void lookups();
    void referenceTokens_data();
    void referenceTokens();
};

// [MS-ASWBXML] section 2.1.2.1, in page order.
void TestWbxmlCodePages::pageNames()
{
    const char *expected[] = {"AirSync",
                              "Contacts",
                              "Email",
                              "AirNotify",
                              "Calendar",
                              "Move",
                              "GetItemEstimate",
                              "FolderHierarchy",
                              "MeetingResponse",
                              "Tasks",
                              "ResolveRecipients",
                              "ValidateCert",
                              "Contacts2",
                              "Ping",
                              "Provision",
                              "Search",
                              "GAL",
                              "AirSyncBase",
                              "Settings",
                              "DocumentLibrary",
                              "ItemOperations",
                              "ComposeMail",
                              "Email2",
                              "Notes",
                              "RightsManagement",
                              "Find"};
    QCOMPARE(int(std::size(expected)), codePageCount);
    for (int number = 0; number < codePageCount; ++number) {
        const CodePage *page = codePage(number);
        QVERIFY(page);
        QCOMPARE(page->number, number);
        QCOMPARE(page->name, expected[number]);
        QCOMPARE(codePageByName(QString::fromLatin1(expected[number])), page);
    }
    QCOMPARE(codePage(-1), nullptr);
    QCOMPARE(codePage(codePageCount), nullptr);
    QCOMPARE(codePageByName(u"Gal"), nullptr);
    QCOMPARE(codePageByName(u""), nullptr);
}

void TestWbxmlCodePages::tokensAreValidAndUnique()
{
    int total = 0;
    for (int number = 0; number < codePageCount; ++number) {
        const CodePage &page = *codePage(number);
        QVERIFY2(page.tagCount > 0, page.name);
        QSet<QString> names;
        for (int i = 0; i < page.tagCount; ++i) {
            const CodePageTag &tag = page.tags[i];
            QVERIFY2(tag.token >= 0x05 && tag.token <= 0x3F, tag.name);
            if (i > 0)
                QVERIFY2(tag.token > page.tags[i - 1].token, tag.name); // ascending, unique
            QVERIFY2(!names.contains(QLatin1String(tag.name)), tag.name);
            names.insert(QLatin1String(tag.name));
        }
        total += page.tagCount;
    }
    QCOMPARE(total, 631);
}

void TestWbxmlCodePages::lookups()
{
    const CodePage &provision = *codePageByName(u"Provision");
    QCOMPARE(provision.number, 14);
    QCOMPARE(tagToken(provision, u"EASProvisionDoc"), quint8(0x0D));
    QCOMPARE(tagName(provision, 0x0D), "EASProvisionDoc");
    QCOMPARE(tagToken(provision, u"easprovisiondoc"), std::nullopt);
    QCOMPARE(tagToken(provision, u"Sync"), std::nullopt);
    QCOMPARE(tagName(provision, 0x12), nullptr); // a gap in the table
    QCOMPARE(tagName(provision, 0x3F), nullptr);
    for (int number = 0; number < codePageCount; ++number) {
        const CodePage &page = *codePage(number);
        for (int i = 0; i < page.tagCount; ++i) {
            QCOMPARE(tagToken(page, QString::fromLatin1(page.tags[i].name)), page.tags[i].token);
            QCOMPARE(tagName(page, page.tags[i].token), page.tags[i].name);
        }
    }
}

void TestWbxmlCodePages::referenceTokens_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("token");
    // reference/eas-protocol.md section 3
    const char *folderHierarchy[][2] = {{"Folders", "05"},
                                        {"Folder", "06"},
                                        {"DisplayName", "07"},
                                        {"ServerId", "08"},
                                        {"ParentId", "09"},
                                        {"Type", "0A"},
                                        {"Status", "0C"},
                                        {"Changes", "0E"},
                                        {"Add", "0F"},
                                        {"Delete", "10"},
                                        {"Update", "11"},
                                        {"SyncKey", "12"},
                                        {"FolderCreate", "13"},
                                        {"FolderDelete", "14"},
                                        {"FolderUpdate", "15"},
                                        {"FolderSync", "16"},
                                        {"Count", "17"}};
    const char *provision[][2] = {{"Provision", "05"},
                                  {"Policies", "06"},
                                  {"Policy", "07"},
                                  {"PolicyType", "08"},
                                  {"PolicyKey", "09"},
                                  {"Data", "0A"},
                                  {"Status", "0B"},
                                  {"RemoteWipe", "0C"},
                                  {"EASProvisionDoc", "0D"},
                                  {"DevicePasswordEnabled", "0E"},
                                  {"AccountOnlyRemoteWipe", "3B"}};
    const char *settings[][2] = {{"DeviceInformation", "16"},
                                 {"Set", "08"},
                                 {"Model", "17"},
                                 {"FriendlyName", "19"},
                                 {"OS", "1A"},
                                 {"UserAgent", "20"}};
    const auto add = [](const char *page, const auto &rows) {
        for (const auto &row : rows) {
            QTest::addRow("%s:%s", page, row[0])
                << QString::fromLatin1(page) << QString::fromLatin1(row[0])
                << QByteArray(row[1]).toInt(nullptr, 16);
        }
    };
    add("FolderHierarchy", folderHierarchy);
    add("Provision", provision);
    add("Settings", settings);
}

void TestWbxmlCodePages::referenceTokens()
{
    QFETCH(QString, page);
    QFETCH(QString, tag);
    QFETCH(int, token);
    const CodePage *codePageEntry = codePageByName(page);
    QVERIFY(codePageEntry);
    QCOMPARE(tagToken(*codePageEntry, tag), quint8(token));
}

QTEST_GUILESS_MAIN(TestWbxmlCodePages)
#include "TestWbxmlCodePages.moc"
