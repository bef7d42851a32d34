#include "LogSamples.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the built eas-doctor binary (no display: the command never needs one).
Run easDoctor(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(EAS_DOCTOR_BINARY), QStringList{QStringLiteral("analyze-logs")} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestAnalyzeLogsCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_log = m_dir.filePath(QStringLiteral("u_ex261124.log"));
        QVERIFY(writeFile(m_log, LogSamples::exchange()));
    }

    void jsonOnStdout()
    {
        const Run r = easDoctor({m_log,
                                 QStringLiteral("--json"),
                                 QStringLiteral("-"),
                                 QStringLiteral("--threads"),
                                 QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);            // findings do not change the exit code of analyze-logs
        const QJsonObject o = parse(r.out); // stdout is the JSON and nothing else
        QCOMPARE(o.value("schema").toString(), QStringLiteral("eas-doctor/logs/1"));
        QCOMPARE(o.value("totals").toObject().value("activesyncRequests").toInteger(), 9);
        QVERIFY(!o.contains("events"));
        QCOMPARE(o.value("findings").toArray().at(1).toObject().value("id").toString(),
                 QStringLiteral("logs-forbidden"));
    }

    void summaryAndJsonFile()
    {
        const QString json = m_dir.filePath(QStringLiteral("out/result.json"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("out"))));
        const Run r = easDoctor({m_dir.path(),
                                 QStringLiteral("--json"),
                                 json,
                                 QStringLiteral("--user"),
                                 QStringLiteral("contoso\\asmith")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("[fail] logs-auth-failures"));
        QVERIFY(r.out.contains("3 of them by contoso\\asmith"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject o = parse(file.readAll());
        QCOMPARE(o.value("activesync").toObject().value("requests").toInteger(), 3);
        QCOMPARE(o.value("filter").toObject().value("user").toString(),
                 QStringLiteral("contoso\\asmith"));
    }

    void eventExportsAreRead()
    {
        const QString evtx = qEnvironmentVariable("EAS_TEST_DATA")
                             + QStringLiteral("/evtx/application_mssql_33205_failed_logins.evtx");
        const Run r = easDoctor({m_log, evtx, QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject events = parse(r.out).value("events").toObject();
        QCOMPARE(events.value("records").toInteger(), 72);
        QCOMPARE(events.value("byEventId").toObject().value("33205").toInteger(), 72);
        QVERIFY(events.value("files").toArray().at(0).toObject().value("error").isNull());
    }

    void brokenEventExportIsReportedNotFatal()
    {
        const QString evtx = m_dir.filePath(QStringLiteral("Application.evtx"));
        QVERIFY(writeFile(
            evtx, QByteArray("ElfFile\0", 8) + QByteArray(120, '\x07'))); // a cut-off header
        Run r = easDoctor({m_log, evtx, QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject events = parse(r.out).value("events").toObject();
        const QJsonObject file = events.value("files").toArray().at(0).toObject();
        QCOMPARE(file.value("path").toString(), evtx);
        QVERIFY(!file.value("error").toString().isEmpty());
        QCOMPARE(events.value("records").toInteger(), 0);
        r = easDoctor({evtx});
        QCOMPARE(r.exitCode, 3); // nothing could be read
        QVERIFY(r.out.contains(evtx.toUtf8()));
    }

    void nothingReadable()
    {
        QTemporaryDir empty;
        const Run r = easDoctor({empty.path(), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 3);
        const QJsonObject file = parse(r.out).value("files").toArray().at(0).toObject();
        QVERIFY(!file.value("error").toString().isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_log;
};

QTEST_GUILESS_MAIN(TestAnalyzeLogsCommand)
#include "TestAnalyzeLogsCommand.moc"
