#include "WbxmlTestDocuments.h"
#include "codec/Wbxml.h"
#include "codec/WbxmlCodePages.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// libwbxml 0.11.8 (xml2wbxml, wbxml2xml from libwbxml2-utils) as an independent implementation:
// our bytes must equal what it encodes from the same XML, our tree must equal what it decodes
// from our bytes, and its token table must agree with ours on code pages 0-24 (it has no 25).
// libwbxml spells some element names differently (older [MS-ASWBXML] revisions, "Recurrence_"
// prefixes, "Gal" for the GAL page); the test translates those names, nothing else.
using namespace eas::wbxml;

namespace {

const char doctype[] = "<?xml version=\"1.0\"?>\n<!DOCTYPE ActiveSync PUBLIC "
                       "\"-//MICROSOFT//DTD ActiveSync//EN\" \"http://www.microsoft.com/\">\n";

// clang-format off
const char *const renamedByLibwbxml[][2] = {
    {"Contacts:AssistantPhoneNumber", "AssistantTelephoneNumber"}, {"Email:Att0Id", "AttOId"},
    {"Email:ReplyTo", "Reply-To"}, {"Email:DtStamp", "DTStamp"}, {"Email:Status", "FlagStatus"},
    {"Calendar:Timezone", "TimeZone"}, {"Calendar:Email", "Attendee_Email"},
    {"Calendar:Name", "Attendee_Name"}, {"Calendar:DtStamp", "DTStamp"},
    {"Calendar:Deleted", "Exception_Deleted"},
    {"Calendar:ExceptionStartTime", "Exception_StartTime"},
    {"Calendar:OrganizerEmail", "Organizer_Email"}, {"Calendar:OrganizerName", "Organizer_Name"},
    {"Calendar:AttendeeStatus", "Attendee_Status"}, {"Calendar:AttendeeType", "Attendee_Type"},
    {"Tasks:UtcDueDate", "UTCDueDate"}, {"Tasks:UtcStartDate", "UTCStartDate"},
    {"Settings:SMTPAddress", "SmtpAddress"},
    {"Settings:RightsManagementInformation", "ihsManagementInformation"},
    {"ComposeMail:Mime", "MIME"}, {"RightsManagement:Owner", "RMOwner"},
    {"RightsManagement:RemoveRightsManagementProtection", "RemoveRightsManagementDistribution"}};
// Email, Calendar and Tasks recurrence fields, "Recurrence_Type" and so on in libwbxml.
const char *const recurrenceFields[] = {"Type", "Start", "Until", "Occurrences", "Interval",
    "DayOfWeek", "DayOfMonth", "WeekOfMonth", "MonthOfYear", "Regenerate", "DeadOccur"};
// clang-format on

QHash<QString, QString> libwbxmlNames()
{
    QHash<QString, QString> names;
    for (const auto &pair : renamedByLibwbxml)
        names.insert(QLatin1String(pair[0]), QLatin1String(pair[1]));
    for (const char *kind : {"Business", "Home", "Other"}) {
        for (const char *part : {"City", "Country", "PostalCode", "State", "Street"}) {
            names.insert(QStringLiteral("Contacts:%1Address%2")
                             .arg(QLatin1String(kind), QLatin1String(part)),
                         QLatin1String(kind) + QLatin1String(part));
        }
    }
    for (const char *page : {"Email", "Calendar", "Tasks"}) {
        const CodePage &codePageEntry = *codePageByName(QString::fromLatin1(page));
        for (const char *field : recurrenceFields) {
            if (tagToken(codePageEntry, QString::fromLatin1(field)))
                names.insert(QLatin1String(page) + QLatin1Char(':') + QLatin1String(field),
                             QLatin1String("Recurrence_") + QLatin1String(field));
        }
    }
    return names;
}

// Tokens of ours on pages 0-24 that libwbxml 0.11.8 does not know (16.x additions).
const QStringList newerThanLibwbxml = {QStringLiteral("MeetingResponse:ProposedStartTime"),
                                       QStringLiteral("MeetingResponse:ProposedEndTime"),
                                       QStringLiteral("Provision:AccountOnlyRemoteWipe")};

// Elements whose content libwbxml writes as OPAQUE and shows as base64.
const QStringList libwbxmlOpaque = {QStringLiteral("ResolveRecipients:Data"),
                                    QStringLiteral("Search:ConversationId"),
                                    QStringLiteral("GAL:Data"),
                                    QStringLiteral("AirSyncBase:Content"),
                                    QStringLiteral("ItemOperations:ConversationId"),
                                    QStringLiteral("ComposeMail:Mime"),
                                    QStringLiteral("Email2:ConversationId"),
                                    QStringLiteral("Email2:ConversationIndex")};

QString libwbxmlPage(const QString &page)
{
    return page == QLatin1String("GAL") ? QStringLiteral("Gal") : page;
}

} // namespace

class TestWbxmlOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void encodeMatchesLibwbxml_data();
    void encodeMatchesLibwbxml();
    void decodeMatchesLibwbxml_data();
    void decodeMatchesLibwbxml();
    void everyTokenMatchesLibwbxml_data();
    void everyTokenMatchesLibwbxml();
    void libwbxmlOnlyTokensAreUnknown_data();
    void libwbxmlOnlyTokensAreUnknown();

private:
    QByteArray runTool(const QString &tool, QStringList arguments, const QByteArray &input);
    Element toLibwbxml(const Element &element) const;
    std::optional<Element> fromLibwbxml(const QByteArray &xml) const;
    void addDocumentRows();

    QTemporaryDir m_dir;
    QString m_xml2wbxml;
    QString m_wbxml2xml;
    QHash<QString, QString> m_names = libwbxmlNames(); // "Page:OurName" -> libwbxml's name
    QHash<QString, QString> m_decodedNames;            // the same, as wbxml2xml prints them
    QHash<QString, QString> m_ourNames;                // "Page:libwbxmlName" -> "Page:OurName"
};

void TestWbxmlOracle::initTestCase()
{
    m_xml2wbxml = QStandardPaths::findExecutable(QStringLiteral("xml2wbxml"));
    m_wbxml2xml = QStandardPaths::findExecutable(QStringLiteral("wbxml2xml"));
    QVERIFY2(!m_xml2wbxml.isEmpty() && !m_wbxml2xml.isEmpty(),
             "xml2wbxml/wbxml2xml not found: install libwbxml2-utils (packaging/dev.sh does)");
    QVERIFY(m_dir.isValid());
    // libwbxml has two names for Provision 0x10, 12.0's and 12.1's: it encodes both and
    // decodes to the older one.
    m_decodedNames = m_names;
    m_decodedNames.insert(QStringLiteral("Provision:RequireStorageCardEncryption"),
                          QStringLiteral("DeviceEncryptionEnabled"));
    for (auto it = m_decodedNames.cbegin(); it != m_decodedNames.cend(); ++it) {
        const QString page = it.key().section(QLatin1Char(':'), 0, 0);
        m_ourNames.insert(page + QLatin1Char(':') + it.value(), it.key());
    }
}

QByteArray
TestWbxmlOracle::runTool(const QString &tool, QStringList arguments, const QByteArray &input)
{
    const QString in = m_dir.filePath(QStringLiteral("in"));
    const QString out = m_dir.filePath(QStringLiteral("out"));
    QFile::remove(out);
    QFile file(in);
    if (!file.open(QIODevice::WriteOnly) || file.write(input) != input.size())
        return {};
    file.close();
    QProcess process;
    process.start(tool, arguments << QStringLiteral("-o") << out << in);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qWarning() << tool << process.readAllStandardError() << process.readAllStandardOutput();
    QFile result(out);
    return result.open(QIODevice::ReadOnly) ? result.readAll() : QByteArray();
}

Element TestWbxmlOracle::toLibwbxml(const Element &element) const
{
    Element out = element;
    out.name = libwbxmlPage(element.page()) + QLatin1Char(':')
               + m_names.value(element.name, element.localName());
    for (Element &child : out.children)
        child = toLibwbxml(child);
    return out;
}

std::optional<Element> TestWbxmlOracle::fromLibwbxml(const QByteArray &xml) const
{
    QXmlStreamReader reader(xml);
    QList<Element> stack;
    std::optional<Element> root;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            QString page = reader.namespaceUri().toString().chopped(1);
            page = page == QLatin1String("Gal") ? QStringLiteral("GAL") : page;
            const QString name = page + QLatin1Char(':') + reader.name().toString();
            stack.append(Element::make(m_ourNames.value(name, name)));
        } else if (token == QXmlStreamReader::Characters && !stack.isEmpty()) {
            stack.last().text += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            Element element = stack.takeLast();
            if (libwbxmlOpaque.contains(element.name)) {
                element.opaque = QByteArray::fromBase64(element.text.toLatin1());
                element.hasOpaque = true;
                element.text.clear();
            }
            if (stack.isEmpty())
                root = element;
            else
                stack.last().children.append(element);
        }
    }
    if (reader.hasError())
        return std::nullopt;
    return root;
}

void TestWbxmlOracle::addDocumentRows()
{
    QTest::addColumn<Element>("root");
    QSet<QString> pages;
    for (const auto &document : test::sampleDocuments()) {
        if (!document.libwbxmlKnowsIt)
            continue;
        QTest::newRow(document.name) << document.root;
        QList<const Element *> pending{&document.root};
        while (!pending.isEmpty()) {
            const Element *element = pending.takeLast();
            pages.insert(element->page());
            for (const Element &child : element->children)
                pending.append(&child);
        }
    }
    QCOMPARE(pages.size(), 25); // every code page libwbxml knows: 0-24
}

void TestWbxmlOracle::encodeMatchesLibwbxml_data()
{
    addDocumentRows();
}

void TestWbxmlOracle::encodeMatchesLibwbxml()
{
    QFETCH(Element, root);
    const QByteArray xml = doctype + toXml(toLibwbxml(root)).toUtf8();
    const QByteArray theirs
        = runTool(m_xml2wbxml, {QStringLiteral("-a"), QStringLiteral("-n")}, xml);
    QVERIFY2(!theirs.isEmpty(), xml.constData());
    QCOMPARE(encode(root).value_or(QByteArray()).toHex(' '), theirs.toHex(' '));
}

void TestWbxmlOracle::decodeMatchesLibwbxml_data()
{
    addDocumentRows();
}

void TestWbxmlOracle::decodeMatchesLibwbxml()
{
    QFETCH(Element, root);
    const QByteArray bytes = encode(root).value_or(QByteArray());
    const QByteArray xml = runTool(m_wbxml2xml,
                                   {QStringLiteral("-l"),
                                    QStringLiteral("ACTIVESYNC"),
                                    QStringLiteral("-m"),
                                    QStringLiteral("0"),
                                    QStringLiteral("-k")},
                                   bytes);
    const std::optional<Element> theirs = fromLibwbxml(xml);
    QVERIFY2(theirs, xml.constData());
    const DecodeResult ours = decode(bytes);
    QVERIFY(ours.ok());
    QCOMPARE(*ours.root, *theirs);
    QCOMPARE(*theirs, root);
}

void TestWbxmlOracle::everyTokenMatchesLibwbxml_data()
{
    QTest::addColumn<int>("pageNumber");
    for (int number = 0; number < 25; ++number)
        QTest::addRow("%s", codePage(number)->name) << number;
}

// One document per page holding every tag of our table; libwbxml must name each token as we
// do (after the spelling translation), or "unknown" for the few 16.x tokens it lacks.
void TestWbxmlOracle::everyTokenMatchesLibwbxml()
{
    QFETCH(int, pageNumber);
    const CodePage &page = *codePage(pageNumber);
    const QString prefix = QLatin1String(page.name) + QLatin1Char(':');
    QList<Element> children;
    QStringList expected;
    for (int i = 0; i < page.tagCount; ++i) {
        const QString name = prefix + QLatin1String(page.tags[i].name);
        children.append(Element::make(name));
        expected.append(newerThanLibwbxml.contains(name)
                            ? QStringLiteral("unknown")
                            : m_decodedNames.value(name, QLatin1String(page.tags[i].name)));
    }
    const auto bytes = encode(Element::make(prefix + QLatin1String(page.tags[0].name), children));
    QVERIFY(bytes);
    const QByteArray xml = runTool(m_wbxml2xml,
                                   {QStringLiteral("-l"),
                                    QStringLiteral("ACTIVESYNC"),
                                    QStringLiteral("-m"),
                                    QStringLiteral("0")},
                                   *bytes);
    QXmlStreamReader reader(xml);
    QStringList named;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement)
            named.append(reader.name().toString());
    }
    QVERIFY2(!reader.hasError(), xml.constData());
    QVERIFY(!named.isEmpty());
    QCOMPARE(named.first(), expected.first()); // the root
    QCOMPARE(named.mid(1), expected);
}

void TestWbxmlOracle::libwbxmlOnlyTokensAreUnknown_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("name");
    // Tokens of libwbxml 0.11.8 that the current [MS-ASWBXML] no longer defines.
    const char *legacy[][2] = {{"AirSync", "Version"},
                               {"AirSync", "RTFTruncation"},
                               {"AirSync", "NotifyGUID"},
                               {"Contacts", "CompressedRTF"},
                               {"Calendar", "Compressed_RTF"},
                               {"FolderHierarchy", "Response"},
                               {"FolderHierarchy", "ContentClass"},
                               {"FolderHierarchy", "Version"},
                               {"MeetingResponse", "Version"},
                               {"Tasks", "CompressedRTF"},
                               {"Provision", "DocumentBrowseEnabled"},
                               {"Search", "Schema"},
                               {"Search", "Supported"}};
    for (const auto &entry : legacy)
        QTest::addRow("%s:%s", entry[0], entry[1])
            << QString::fromLatin1(entry[0]) << QString::fromLatin1(entry[1]);
}

void TestWbxmlOracle::libwbxmlOnlyTokensAreUnknown()
{
    QFETCH(QString, page);
    QFETCH(QString, name);
    const QByteArray xml
        = doctype + QStringLiteral("<%1 xmlns=\"%2:\"/>\n").arg(name, page).toUtf8();
    const QByteArray bytes
        = runTool(m_xml2wbxml, {QStringLiteral("-a"), QStringLiteral("-n")}, xml);
    QVERIFY2(bytes.size() >= 5, xml.constData());
    const DecodeResult ours = decode(bytes);
    QCOMPARE(ours.error.code, DecodeError::Code::UnknownToken);
    QCOMPARE(ours.error.offset, bytes.size() - 1);
}

QTEST_GUILESS_MAIN(TestWbxmlOracle)
#include "TestWbxmlOracle.moc"
