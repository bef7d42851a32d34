#include "report/BundleImporter.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace eas::report;

namespace {

QString dataFile(const QString &name)
{
    return qEnvironmentVariable("EAS_TEST_DATA") + QStringLiteral("/bundle/") + name;
}

QByteArray readData(const QString &name)
{
    QFile f(dataFile(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray encoded(const QByteArray &utf8, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(
        encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(QString::fromUtf8(utf8));
}

} // namespace

class TestBundleImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsAGoodBundle();
    void readsPowerShellsLooseValues();
    void acceptsEveryEncoding_data();
    void acceptsEveryEncoding();
    void partialBundleNamesWhatIsMissing();
    void refusesCorruptJson();
    void refusesOtherFiles_data();
    void refusesOtherFiles();
    void reportsUnreadableFiles();
};

void TestBundleImporter::loadsAGoodBundle()
{
    const BundleLoad load = BundleImporter::load(dataFile(QStringLiteral("good.json")));
    QVERIFY2(load.ok(), qPrintable(load.error));
    QVERIFY2(load.warnings.isEmpty(), qPrintable(load.warnings.join(QLatin1Char('\n'))));
    const Bundle &b = *load.bundle;
    QVERIFY(!b.isPartial());
    QCOMPARE(b.computer, QStringLiteral("EX01"));
    QCOMPARE(b.identity, QStringLiteral("jdoe@contoso.com"));
    QCOMPARE(b.collectedAt, QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
    QCOMPARE(b.casMailbox->activeSyncEnabled, std::optional<bool>(true));
    QCOMPARE(b.casMailbox->activeSyncMailboxPolicy, QStringLiteral("Default"));
    QCOMPARE(b.devices->size(), 1);
    QCOMPARE(b.devices->first().lastSuccessSync,
             QDateTime(QDate(2026, 11, 25), QTime(9, 58), Qt::UTC));
    QCOMPARE(b.virtualDirectories->first().identity,
             QStringLiteral("EX01\\Microsoft-Server-ActiveSync (Default Web Site)"));
    QCOMPARE(b.virtualDirectories->first().externalUrl.host(), QStringLiteral("mail.contoso.com"));
    QCOMPARE(b.iis->locations.first().authentication.value(QStringLiteral("basicAuthentication")),
             true);
    QVERIFY(!b.iis->locations.first().authentication.contains(
        QStringLiteral("clientCertificateMappingAuthentication")));
    QCOMPARE(b.iis->logFolders.size(), 2);
    QCOMPARE(b.certificates->size(), 2);
    QCOMPARE(b.certificates->first().thumbprint,
             QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567"));
    QVERIFY(b.certificates->first().servesIis());
    QVERIFY(b.certificates->first().namesHost(QStringLiteral("MAIL.contoso.com")));
    QVERIFY(!b.certificates->at(1).servesIis());
    QCOMPARE(b.throttling->effective()->number(QStringLiteral("EasMaxDevices")),
             std::optional<qint64>(100));
    QCOMPARE(b.throttling->effective()->number(QStringLiteral("EasMaxDeviceDeletesPerMonth")),
             std::nullopt);
    QCOMPARE(b.events->first().id, 1008);
    QCOMPARE(b.organization->oauth2ClientProfileEnabled, std::optional<bool>(false));
}

void TestBundleImporter::readsPowerShellsLooseValues()
{
    const BundleLoad load = BundleImporter::load(dataFile(QStringLiteral("problems.json")));
    QVERIFY2(load.ok(), qPrintable(load.error));
    const Bundle &b = *load.bundle;
    QCOMPARE(b.collectedAt, QDateTime::fromMSecsSinceEpoch(1795600800000, Qt::UTC));
    QCOMPARE(b.casMailbox->activeSyncEnabled, std::optional<bool>(false)); // "False"
    QCOMPARE(b.casMailbox->blockedDeviceIds,
             QStringList{QStringLiteral("OldPhone01")}); // bare value
    QVERIFY(b.casMailbox->allowedDeviceIds.isEmpty());   // null
    QCOMPARE(b.virtualDirectories->size(), 1);           // one object instead of a list
    QCOMPARE(b.virtualDirectories->first().externalAuthenticationMethods,
             (QStringList{QStringLiteral("Ntlm"), QStringLiteral("WindowsIntegrated")}));
    QCOMPARE(b.certificates->first().services.size(), 4); // "IMAP, POP, IIS, SMTP"
    QVERIFY(b.certificates->at(1).namesHost(QStringLiteral("mail.contoso.com"))); // *.contoso.com
    QVERIFY(!b.certificates->at(1).namesHost(QStringLiteral("a.b.contoso.com")));
    QCOMPARE(b.throttling->effective()->name, QStringLiteral("Mobile Limited"));
    QCOMPARE(b.throttling->effective()->number(QStringLiteral("EasMaxDevices")),
             std::optional<qint64>(3));
    QCOMPARE(b.iis->logFolders, QStringList{QStringLiteral("C:\\inetpub\\logs\\LogFiles\\W3SVC1")});
}

void TestBundleImporter::acceptsEveryEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray utf8 = readData(QStringLiteral("good.json"));
    QVERIFY(!utf8.isEmpty());
    QTest::newRow("utf-8") << utf8;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + utf8);
    QTest::newRow("utf-16le bom") << encoded(utf8, QStringConverter::Utf16LE, true);
    QTest::newRow("utf-16be bom") << encoded(utf8, QStringConverter::Utf16BE, true);
    QTest::newRow("utf-16le") << encoded(utf8, QStringConverter::Utf16LE, false);
    QTest::newRow("utf-16be") << encoded(utf8, QStringConverter::Utf16BE, false);
}

void TestBundleImporter::acceptsEveryEncoding()
{
    QFETCH(QByteArray, bytes);
    // What Windows PowerShell 5.1's Out-File writes, on disk.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundle.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const BundleLoad load = BundleImporter::load(path);
    QVERIFY2(load.ok(), qPrintable(load.error));
    QCOMPARE(load.bundle->computer, QStringLiteral("EX01"));
    QCOMPARE(load.bundle->casMailbox->displayName, QStringLiteral("Jane Doe"));
    QVERIFY(!load.bundle->isPartial());
}

void TestBundleImporter::partialBundleNamesWhatIsMissing()
{
    const BundleLoad load = BundleImporter::load(dataFile(QStringLiteral("partial.json")));
    QVERIFY2(load.ok(), qPrintable(load.error));
    const Bundle &b = *load.bundle;
    QVERIFY(b.isPartial());
    QCOMPARE(b.missingSections,
             (QStringList{QStringLiteral("iis"),
                          QStringLiteral("certificates"),
                          QStringLiteral("autoblockThresholds"),
                          QStringLiteral("events"),
                          QStringLiteral("organization")}));
    QVERIFY(!b.iis && !b.certificates && !b.events);
    QVERIFY(b.casMailbox && b.devices && b.devices->isEmpty());
    const QString warnings = load.warnings.join(QLatin1Char('\n'));
    QVERIFY(
        warnings.contains(QStringLiteral("'certificates': The Microsoft Exchange Service Host")));
    QVERIFY(warnings.contains(QStringLiteral("'events' section has the wrong shape")));
    QVERIFY(warnings.contains(QStringLiteral("no 'organization' section")));
    QCOMPARE(load.warnings.size(), 2 + 5);
}

void TestBundleImporter::refusesCorruptJson()
{
    const BundleLoad load = BundleImporter::load(dataFile(QStringLiteral("corrupt.json")));
    QVERIFY(!load.ok());
    QVERIFY2(load.error.contains(QStringLiteral("not valid JSON")), qPrintable(load.error));
    QVERIFY(load.error.contains(QStringLiteral("character")));
}

void TestBundleImporter::refusesOtherFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("other schema") << QByteArray(R"({"schema": "eas-doctor/bundle/2"})")
                                  << QStringLiteral(
                                         "Unsupported bundle schema 'eas-doctor/bundle/2'");
    QTest::newRow("diagnosis json") << QByteArray(R"({"schema": "eas-doctor/diagnosis/1"})")
                                    << QStringLiteral("Unsupported bundle schema");
    QTest::newRow("no schema") << QByteArray(R"({"casMailbox": {}})")
                               << QStringLiteral("no schema field");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
    QTest::newRow("utf-32") << QByteArray("\xFF\xFE\x00\x00{\x00\x00\x00", 8)
                            << QStringLiteral("unsupported encoding");
    QTest::newRow("bad utf-8") << QByteArray("{\"schema\": \"\xC3\x28\"}")
                               << QStringLiteral("not valid UTF-8");
}

void TestBundleImporter::refusesOtherFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const BundleLoad load = BundleImporter::parse(bytes);
    QVERIFY(!load.ok());
    QVERIFY2(load.error.contains(expected), qPrintable(load.error));
}

void TestBundleImporter::reportsUnreadableFiles()
{
    QTemporaryDir dir;
    BundleLoad load = BundleImporter::load(dir.filePath(QStringLiteral("absent.json")));
    QVERIFY(!load.ok());
    QVERIFY(load.error.contains(QStringLiteral("absent.json")));

    const QString empty = dir.filePath(QStringLiteral("empty.json"));
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    load = BundleImporter::load(empty);
    QVERIFY(!load.ok());
    QVERIFY(load.error.contains(QStringLiteral("is empty")));
}

QTEST_GUILESS_MAIN(TestBundleImporter)
#include "TestBundleImporter.moc"
