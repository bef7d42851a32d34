#include "AnalyzeSample.h"
#include "LogSamples.h"

#include "logs/IisLogAnalyzer.h"
#include "logs/LogFindings.h"
#include "logs/LogReportJson.h"
#include "logs/LogSummaryText.h"

#include <QJsonArray>
#include <QTest>

using namespace eas;
using namespace eas::logs;

namespace {

using LogSamples::analyze;

const Finding *byId(const Findings &findings, const char *id)
{
    for (const Finding &f : findings) {
        if (f.id == QLatin1String(id))
            return &f;
    }
    return nullptr;
}

QStringList ids(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(f.id);
    return out;
}

// The sample's header and one ActiveSync line per status given.
QByteArray withStatuses(const QList<QByteArray> &statuses)
{
    QList<QByteArray> lines = LogSamples::exchangeLines().mid(0, 4);
    for (const QByteArray &s : statuses) {
        lines.append(
            "2026-11-24 08:00:01 10.0.0.1 POST /Microsoft-Server-ActiveSync/default.eas "
            "Cmd=Sync&User=contoso%5Cjdoe&DeviceId=DEV1&DeviceType=iPhone 443 contoso\\jdoe "
            "203.0.113.5 Apple-iPhone/1.0 - "
            + s + " 15");
    }
    return LogSamples::join(lines);
}

} // namespace

class TestLogFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyoneInTheSample()
    {
        const Findings f = LogFindings::evaluate(analyze(LogSamples::exchange()));
        QCOMPARE(ids(f),
                 (QStringList{"logs-auth-failures",
                              "logs-forbidden",
                              "logs-server-errors",
                              "throttled",
                              "logs-input-problems"}));
        for (const Finding &finding : f)
            QCOMPARE(finding.step, QStringLiteral("logs"));
        QCOMPARE(byId(f, "logs-auth-failures")->severity, Severity::Warn);
        QCOMPARE(byId(f, "logs-auth-failures")->evidence.value("count").toLongLong(), 2);
        QCOMPARE(byId(f, "logs-forbidden")->severity, Severity::Fail);
        QVERIFY(byId(f, "logs-forbidden")->detail.contains("UserDisabledForSync (1)"));
        QCOMPARE(byId(f, "logs-forbidden")->evidence.value("backEnd").toLongLong(), 1);
        QCOMPARE(byId(f, "logs-server-errors")->evidence.value("count").toLongLong(), 1);
        QVERIFY(byId(f, "throttled")->detail.contains("DeviceIsAutoBlocked"));
        QCOMPARE(byId(f, "logs-input-problems")->severity, Severity::Info);
        QVERIFY(byId(f, "logs-input-problems")->detail.contains("first at line 20"));
    }

    void diagnosedUsers()
    {
        // jdoe succeeded after the failed login: a warning. asmith never did: locked out now.
        Findings f = LogFindings::evaluate(analyze(LogSamples::exchange(), "contoso\\jdoe"));
        QCOMPARE(byId(f, "logs-auth-failures")->severity, Severity::Warn);
        QVERIFY(!byId(f, "logs-forbidden"));
        QVERIFY(byId(f, "logs-server-errors")); // jdoe@contoso.com is the same account
        f = LogFindings::evaluate(analyze(LogSamples::exchange(), "asmith@contoso.com"));
        QCOMPARE(byId(f, "logs-auth-failures")->severity, Severity::Fail);
        QCOMPARE(byId(f, "device-quarantined")->severity, Severity::Warn);
        QVERIFY(byId(f, "throttled"));
        QVERIFY(!byId(f, "logs-server-errors"));
    }

    void healthyAndEmpty()
    {
        Findings f
            = LogFindings::evaluate(analyze(withStatuses({"200 0 0", "401 2 5", "449 0 0"})));
        QCOMPARE(ids(f), QStringList{"logs-no-failures"});
        QCOMPARE(f.front().severity, Severity::Pass);
        f = LogFindings::evaluate(analyze(withStatuses({"200 0 0"}), "someone.else"));
        QCOMPARE(ids(f), QStringList{"logs-no-activesync"});
        QCOMPARE(f.front().severity, Severity::Info);
    }

    void otherFailures()
    {
        const Findings f = LogFindings::evaluate(
            analyze(withStatuses({"457 0 0", "503 0 0", "401 1 1326", "401 2 5", "401 3 5"})));
        const Finding *other = byId(f, "logs-other-failures");
        QCOMPARE(other->severity, Severity::Warn);
        const QVariantMap byStatus = other->evidence.value("byStatus").toMap();
        QCOMPARE(byStatus.value("457").toLongLong(), 1);
        QCOMPARE(byStatus.value("503").toLongLong(), 1); // no autoblock reason: not throttling
        QCOMPARE(byStatus.value("401").toLongLong(), 1); // 401.3; 401.1 has its own finding
        QVERIFY(!byId(f, "throttled"));
        QVERIFY(byId(f, "logs-auth-failures"));
    }

    void json()
    {
        const LogReport r = analyze(LogSamples::exchange());
        const QJsonObject o = LogReportJson::toJson(r, LogFindings::evaluate(r));
        QCOMPARE(o.value("schema").toString(), QStringLiteral("eas-doctor/logs/1"));
        const QJsonObject file = o.value("files").toArray().at(0).toObject();
        QCOMPARE(file.value("path").toString(), QStringLiteral("u_ex261124.log"));
        QCOMPARE(file.value("lines").toInteger(), 21);
        QCOMPARE(file.value("corruptLines").toInteger(), 1);
        QCOMPARE(file.value("corrupt").toArray().at(0).toObject().value("reason").toString(),
                 QStringLiteral("field-count"));
        const QJsonObject totals = o.value("totals").toObject();
        QCOMPARE(totals.value("lines").toInteger(), 21);
        QCOMPARE(totals.value("requests").toInteger(), 11);
        QCOMPARE(totals.value("activesyncRequests").toInteger(), 9);
        QCOMPARE(totals.value("corruptLines").toInteger(), 1);
        const QJsonObject as = o.value("activesync").toObject();
        QCOMPARE(as.value("byStatus").toObject().value("401").toInteger(), 3);
        QCOMPARE(as.value("byStatusDetail").toObject().value("401.1.1326").toInteger(), 2);
        const QJsonObject jdoe = as.value("byUser").toObject().value("contoso\\jdoe").toObject();
        QCOMPARE(jdoe.value("requests").toInteger(), 4);
        QCOMPARE(jdoe.value("byStatus").toObject().value("200").toInteger(), 2);
        QCOMPARE(
            as.value("byRole").toObject().value("backEnd").toObject().value("requests").toInteger(),
            3);
        QCOMPARE(as.value("firstFailure").toString(), QStringLiteral("2026-11-24T08:00:02Z"));
        QCOMPARE(as.value("lastFailure").toString(), QStringLiteral("2026-11-24T12:30:00Z"));
        QCOMPARE(as.value("byHour").toObject().value("2026-11-24T09:00:00Z").toInteger(), 2);
        QCOMPARE(as.value("timeline").toArray().at(0).toObject().value("401").toInteger(), 2);
        QCOMPARE(as.value("logItems")
                     .toObject()
                     .value("byError")
                     .toObject()
                     .value("DeviceIsAutoBlocked")
                     .toInteger(),
                 1);
        QCOMPARE(as.value("byCmd")
                     .toObject()
                     .value("Sync")
                     .toObject()
                     .value("averageTimeTakenMs")
                     .toInteger(),
                 19);
        QCOMPARE(as.value("topOffenders")
                     .toObject()
                     .value("users")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("key")
                     .toString(),
                 QStringLiteral("contoso\\asmith"));
        QCOMPARE(o.value("findings").toArray().size(), 5);
        QVERIFY(o.value("filter").toObject().value("user").isNull());
    }

    void summaryText()
    {
        const LogReport r = analyze(LogSamples::exchange());
        const QString text = LogSummaryText::render(r, LogFindings::evaluate(r));
        QVERIFY(text.contains("21 lines, 11 requests, 9 ActiveSync"));
        QVERIFY(text.contains("(front end 6, back end 3)"));
        QVERIFY(text.contains("401: 3"));
        QVERIFY(text.contains("[fail] logs-forbidden: "));
        QVERIFY(text.contains("Users with the most failures: contoso\\asmith (3)"));
    }
};

QTEST_GUILESS_MAIN(TestLogFindings)
#include "TestLogFindings.moc"
