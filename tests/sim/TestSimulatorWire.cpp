#include "net/EasRequests.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace eas;

namespace {

// `eas-doctor simulate` in a child process, until destroyed.
struct Simulator
{
    explicit Simulator(const QString &scenario)
    {
        ca = dir.filePath(QStringLiteral("ca.pem"));
        process.start(QStringLiteral(EAS_DOCTOR_BIN),
                      {QStringLiteral("simulate"),
                       QStringLiteral("--scenario"),
                       scenario,
                       QStringLiteral("--port"),
                       QStringLiteral("0"),
                       QStringLiteral("--print-ca"),
                       ca,
                       QStringLiteral("--quiet")});
        static const QRegularExpression re(
            QStringLiteral("listening on (https://127\\.0\\.0\\.1:(\\d+))"));
        QByteArray out;
        while (process.waitForReadyRead(10000)) {
            out += process.readAllStandardOutput();
            const auto m = re.match(QString::fromLatin1(out));
            if (m.hasMatch()) {
                base = m.captured(1);
                port = m.captured(2);
                break;
            }
        }
    }
    ~Simulator()
    {
        process.kill();
        process.waitForFinished(5000);
    }
    QTemporaryDir dir;
    QProcess process;
    QString ca;
    QString base;
    QString port;
};

struct CurlResult
{
    int status = 0;
    QByteArray headers;
    QByteArray body;
};

CurlResult curl(const Simulator &sim, const QStringList &extra, const QByteArray &body = {})
{
    const QString headerFile = sim.dir.filePath(QStringLiteral("h.txt"));
    const QString bodyFile = sim.dir.filePath(QStringLiteral("b.bin"));
    QStringList args = {QStringLiteral("-sS"),
                        QStringLiteral("--cacert"),
                        sim.ca,
                        QStringLiteral("-D"),
                        headerFile,
                        QStringLiteral("-o"),
                        bodyFile,
                        QStringLiteral("--max-time"),
                        QStringLiteral("10")};
    if (!body.isEmpty()) {
        QFile in(sim.dir.filePath(QStringLiteral("req.bin")));
        in.open(QIODevice::WriteOnly);
        in.write(body);
        in.close();
        args << QStringLiteral("--data-binary") << QLatin1Char('@') + in.fileName();
    }
    args += extra;
    QProcess p;
    p.start(QStringLiteral("curl"), args);
    p.waitForFinished(20000);
    CurlResult r;
    QFile h(headerFile);
    if (h.open(QIODevice::ReadOnly))
        r.headers = h.readAll();
    QFile b(bodyFile);
    if (b.open(QIODevice::ReadOnly))
        r.body = b.readAll();
    static const QRegularExpression statusLine(QStringLiteral("^HTTP/1\\.1 (\\d+)"));
    r.status = statusLine.match(QString::fromLatin1(r.headers)).captured(1).toInt();
    return r;
}

QStringList easArgs(const Simulator &sim,
                    const QString &cmd,
                    const QString &version,
                    const QString &user = QStringLiteral("user@contoso.test:Passw0rd!"))
{
    return {
        QStringLiteral("-u"),
        user,
        QStringLiteral("-H"),
        QStringLiteral("MS-ASProtocolVersion: ") + version,
        QStringLiteral("-H"),
        QStringLiteral("Content-Type: application/vnd.ms-sync.wbxml"),
        sim.base
            + QStringLiteral(
                  "/Microsoft-Server-ActiveSync?Cmd=%1&User=user&DeviceId=Curl1&DeviceType=Curl")
                  .arg(cmd)};
}

} // namespace

class TestSimulatorWire : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"curl", "openssl", "wbxml2xml"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is missing: packaging/dev.sh installs it")
                                    .arg(QLatin1String(tool))));
    }

    void healthyOptionsAndFolderSync()
    {
        Simulator sim(QStringLiteral("healthy"));
        QVERIFY(!sim.base.isEmpty());
        const CurlResult opt = curl(sim,
                                    {QStringLiteral("-X"),
                                     QStringLiteral("OPTIONS"),
                                     QStringLiteral("-u"),
                                     QStringLiteral("user@contoso.test:Passw0rd!"),
                                     sim.base + QStringLiteral("/Microsoft-Server-ActiveSync")});
        QCOMPARE(opt.status, 200);
        QVERIFY(opt.headers.contains("MS-ASProtocolVersions: 2.5,12.0,12.1,14.0,14.1,16.0,16.1"));
        QVERIFY(opt.headers.contains("MS-ASProtocolCommands: "));
        QVERIFY(opt.headers.contains("MS-Server-ActiveSync: 15.1"));
        QVERIFY(opt.headers.contains("Server: Microsoft-IIS/10.0"));

        const CurlResult fs
            = curl(sim,
                   easArgs(sim, QStringLiteral("FolderSync"), QStringLiteral("14.1")),
                   net::EasRequests::folderSync());
        QCOMPARE(fs.status, 200);
        const QString wbxml = sim.dir.filePath(QStringLiteral("fs.wbxml"));
        const QString xml = sim.dir.filePath(QStringLiteral("fs.xml"));
        QFile out(wbxml);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(fs.body);
        out.close();
        QProcess decode;
        decode.start(
            QStringLiteral("wbxml2xml"),
            {QStringLiteral("-l"), QStringLiteral("ACTIVESYNC"), QStringLiteral("-o"), xml, wbxml});
        QVERIFY(decode.waitForFinished(10000));
        QFile in(xml);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray decoded = in.readAll();
        QVERIFY2(decoded.contains("<Status>1</Status>"), decoded.constData());
        QVERIFY(decoded.contains("<DisplayName>Inbox</DisplayName>"));
    }

    void errorCodes_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("401") << "wrong-password"
                             << "14.1"
                             << "user@contoso.test:Passw0rd!" << 401
                             << QByteArray("WWW-Authenticate: Basic");
        QTest::newRow("403 (12.1)") << "activesync-disabled"
                                    << "12.1"
                                    << "user@contoso.test:Passw0rd!" << 403 << QByteArray();
        QTest::newRow("449 (12.1)") << "needs-provision"
                                    << "12.1"
                                    << "user@contoso.test:Passw0rd!" << 449 << QByteArray();
        QTest::newRow("451")
            << "redirect-451"
            << "14.1"
            << "user@contoso.test:Passw0rd!" << 451
            << QByteArray("X-MS-Location: https://mail2.contoso.test/Microsoft-Server-ActiveSync");
        QTest::newRow("503") << "throttled"
                             << "14.1"
                             << "user@contoso.test:Passw0rd!" << 503
                             << QByteArray("X-MS-ASThrottle: CommandFrequency");
    }
    void errorCodes()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, version);
        QFETCH(QString, user);
        QFETCH(int, status);
        QFETCH(QByteArray, header);
        Simulator sim(scenario);
        QVERIFY(!sim.base.isEmpty());
        const CurlResult r = curl(sim,
                                  easArgs(sim, QStringLiteral("FolderSync"), version, user),
                                  net::EasRequests::folderSync());
        QCOMPARE(r.status, status);
        QVERIFY2(header.isEmpty() || r.headers.contains(header), r.headers.constData());
    }

    void certificatesSent_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("count");
        QTest::newRow("healthy") << "healthy" << 2;
        QTest::newRow("cert-expired") << "cert-expired" << 2;
        QTest::newRow("cert-not-yet-valid") << "cert-not-yet-valid" << 2;
        QTest::newRow("cert-wrong-name") << "cert-wrong-name" << 2;
        QTest::newRow("cert-expiring-soon") << "cert-expiring-soon" << 2;
        QTest::newRow("cert-self-signed") << "cert-self-signed" << 1;
        QTest::newRow("cert-chain-incomplete") << "cert-chain-incomplete" << 1;
    }
    void certificatesSent()
    {
        QFETCH(QString, scenario);
        QFETCH(int, count);
        Simulator sim(scenario);
        QVERIFY(!sim.base.isEmpty());
        QProcess s;
        s.start(QStringLiteral("openssl"),
                {QStringLiteral("s_client"),
                 QStringLiteral("-connect"),
                 QStringLiteral("127.0.0.1:") + sim.port,
                 QStringLiteral("-showcerts"),
                 QStringLiteral("-servername"),
                 QStringLiteral("localhost")});
        s.closeWriteChannel();
        QVERIFY(s.waitForFinished(15000));
        const QByteArray out = s.readAllStandardOutput();
        QCOMPARE(int(out.count("-----BEGIN CERTIFICATE-----")), count);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorWire)
#include "TestSimulatorWire.moc"
