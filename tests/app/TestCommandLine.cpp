#include "cli/CommandLine.h"

#include <QTemporaryDir>
#include <QTest>

using namespace eas;
using namespace eas::app;

namespace {
ParseOutcome parse(QStringList args, QProcessEnvironment env = {})
{
    args.prepend(QStringLiteral("eas-doctor"));
    return CommandLine::parse(args, env);
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodInputs()
    {
        QProcessEnvironment env;
        env.insert("EAS_PW", "secret");
        auto r = parse({"diagnose",
                        "--email",
                        "user@contoso.test",
                        "--url",
                        "https://127.0.0.1:4443",
                        "--password-env",
                        "EAS_PW",
                        "--timeout",
                        "3",
                        "--steps",
                        "connectivity,certificate",
                        "--json",
                        "-",
                        "--device-id",
                        "Phone123",
                        "--trust-any-certificate"},
                       env);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.options.command, Command::Diagnose);
        QCOMPARE(r.options.target.url.toString(),
                 QStringLiteral("https://127.0.0.1:4443/Microsoft-Server-ActiveSync"));
        QCOMPARE(r.options.target.stepTimeout.count(), 3000);
        QCOMPARE(r.options.target.steps, (QStringList{"connectivity", "certificate"}));
        QCOMPARE(r.options.secretSource, SecretSource::PasswordEnv);
        QCOMPARE(r.options.secretEnvVar, QStringLiteral("EAS_PW"));
        QCOMPARE(r.options.jsonOut, QStringLiteral("-"));
        QCOMPARE(r.options.target.device.deviceId, QStringLiteral("Phone123"));
        QVERIFY(r.options.target.trustAnyCertificate);
        QVERIFY(!r.options.target.provisionFull);
    }

    void demoNeedsNoTarget()
    {
        auto r = parse({"diagnose", "--demo", "--scenario", "cert-expired"});
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.options.demo);
        QCOMPARE(r.options.scenario, QStringLiteral("cert-expired"));
        r = parse({"--demo"});
        QVERIFY(r.ok);
        QCOMPARE(r.options.command, Command::Wizard);
        QCOMPARE(r.options.scenario, QStringLiteral("healthy"));
    }

    void simulateAndOthers()
    {
        auto r = parse({"simulate", "--scenario", "throttled", "--port", "8443"});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.options.port, quint16(8443));
        QVERIFY(parse({"simulate", "--list"}).ok);
        QTemporaryDir dir;
        r = parse({"analyze-logs",
                   dir.path(),
                   "--json",
                   "-",
                   "--user",
                   "contoso\\jdoe",
                   "--from",
                   "2026-11-24T08:00:00Z",
                   "--threads",
                   "2"});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.options.paths, QStringList{dir.path()});
        QCOMPARE(r.options.from, QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC));
        r = parse({"collector-script", "--email", "o'brien@contoso.com", "--out", "c.ps1"});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.options.email, QStringLiteral("o'brien@contoso.com"));
        QCOMPARE(parse({"--version"}).options.command, Command::Version);
        r = parse({"--help"});
        QCOMPARE(r.options.command, Command::Help);
        for (const char *cmd : {"diagnose", "simulate", "analyze-logs", "collector-script"})
            QVERIFY2(r.options.helpText.contains(QLatin1String(cmd)), cmd);
    }

    void badInputs_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "frobnicate";
        QTest::newRow("unknown option") << QStringList{"diagnose", "--bogus"} << "bogus";
        QTest::newRow("no target") << QStringList{"diagnose"} << "--email";
        QTest::newRow("unknown language")
            << QStringList{"diagnose", "--demo", "--lang", "xx"} << "'xx'";
        QTest::newRow("bad email") << QStringList{"diagnose", "--email", "nobody"} << "nobody";
        QTest::newRow("ftp url") << QStringList{"diagnose", "--email", "a@b.c", "--url", "ftp://x"}
                                 << "ftp://x";
        QTest::newRow("password in url")
            << QStringList{"diagnose", "--email", "a@b.c", "--url", "https://u:p@x"} << "--user";
        QTest::newRow("bad timeout")
            << QStringList{"diagnose", "--email", "a@b.c", "--timeout", "soon"} << "soon";
        QTest::newRow("zero timeout")
            << QStringList{"diagnose", "--email", "a@b.c", "--timeout", "0"} << "--timeout";
        QTest::newRow("bad step") << QStringList{"diagnose", "--email", "a@b.c", "--steps", "dns"}
                                  << "dns";
        QTest::newRow("two secrets")
            << QStringList{"diagnose", "--email", "a@b.c", "--password-stdin", "--no-credentials"}
            << "one of";
        QTest::newRow("unset env")
            << QStringList{"diagnose", "--email", "a@b.c", "--password-env", "NOPE"} << "NOPE";
        QTest::newRow("missing bundle")
            << QStringList{"diagnose", "--email", "a@b.c", "--bundle", "/nonexistent/b.json"}
            << "/nonexistent/b.json";
        QTest::newRow("missing logs")
            << QStringList{"diagnose", "--email", "a@b.c", "--logs", "/nonexistent/logs"}
            << "does not exist";
        QTest::newRow("report suffix")
            << QStringList{"diagnose", "--email", "a@b.c", "--report", "r.docx"} << ".html";
        QTest::newRow("device id")
            << QStringList{"diagnose", "--email", "a@b.c", "--device-id", "abc-1"} << "abc-1";
        QTest::newRow("scenario without demo")
            << QStringList{"diagnose", "--email", "a@b.c", "--scenario", "healthy"} << "--demo";
        QTest::newRow("unknown scenario")
            << QStringList{"simulate", "--scenario", "nope"} << "nope";
        QTest::newRow("simulate needs scenario") << QStringList{"simulate"} << "--scenario";
        QTest::newRow("bad port")
            << QStringList{"simulate", "--scenario", "healthy", "--port", "70000"} << "70000";
        QTest::newRow("no paths") << QStringList{"analyze-logs"} << "PATH";
        QTest::newRow("bad time") << QStringList{"analyze-logs", "/", "--from", "yesterday"}
                                  << "yesterday";
        QTest::newRow("bad threads")
            << QStringList{"analyze-logs", "/", "--threads", "0"} << "--threads";
        QTest::newRow("collector no email") << QStringList{"collector-script"} << "--email";
        QTest::newRow("extra argument")
            << QStringList{"diagnose", "--email", "a@b.c", "stray"} << "stray";
        QTest::newRow("autodiscover without email") << QStringList{"diagnose",
                                                                   "--url",
                                                                   "https://h",
                                                                   "--user",
                                                                   "u",
                                                                   "--autodiscover-url",
                                                                   "https://h/a"}
                                                    << "--email";
    }
    void badInputs()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const auto r = parse(args);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
