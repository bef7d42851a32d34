#include "FakeProbe.h"

#include "core/Credentials.h"
#include "core/DiagnosisJson.h"
#include "core/Steps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace eas;
using namespace eas::test;

class TestDiagnosisJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schemaFields()
    {
        DiagnosisTarget t;
        t.email = QStringLiteral("a@contoso.com");
        t.url = QUrl(QStringLiteral("https://mail.contoso.com/Microsoft-Server-ActiveSync"));
        t.trustAnyCertificate = true;
        Finding f = makeFinding("activesync-disabled", steps::UserStatus, Severity::Fail);
        f.evidence.insert("httpStatus", 403);
        f.fixes = {"enable-activesync"};
        const auto d = Diagnosis::assemble(
            {{steps::UserStatus, "User status", ProbeResult::fromFindings({f})}},
            QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC),
            812);
        const QJsonObject o = DiagnosisJson::toJson(d, t);
        QCOMPARE(o["schema"].toString(), QStringLiteral("eas-doctor/diagnosis/1"));
        QCOMPARE(o["tool"]["name"].toString(), QStringLiteral("eas-doctor"));
        QCOMPARE(o["tool"]["version"].toString(), QStringLiteral(EAS_VERSION));
        QCOMPARE(o["startedAt"].toString(), QStringLiteral("2026-11-25T10:00:00Z"));
        QCOMPARE(o["durationMs"].toInt(), 812);
        QCOMPARE(o["target"]["email"].toString(), t.email);
        QCOMPARE(o["target"]["user"].toString(), t.email);
        QCOMPARE(o["target"]["trustAnyCertificate"].toBool(), true);
        QCOMPARE(o["status"].toString(), QStringLiteral("fail"));
        QCOMPARE(o["rootCause"]["findingId"].toString(), QStringLiteral("activesync-disabled"));
        QCOMPARE(o["rootCause"]["step"].toString(), QStringLiteral("user-status"));
        const QJsonObject step = o["steps"].toArray().first().toObject();
        QCOMPARE(step["id"].toString(), QStringLiteral("user-status"));
        QCOMPARE(step["status"].toString(), QStringLiteral("fail"));
        const QJsonObject finding = step["findings"].toArray().first().toObject();
        QCOMPARE(finding["severity"].toString(), QStringLiteral("fail"));
        QCOMPARE(finding["evidence"]["httpStatus"].toInt(), 403);
        QCOMPARE(finding["fixes"].toArray().first().toString(),
                 QStringLiteral("enable-activesync"));
        QVERIFY(o["fixes"].isArray());
    }

    void healthyRootCauseIsNull()
    {
        const auto d = Diagnosis::assemble({{steps::Connectivity,
                                             "c",
                                             ProbeResult::fromFindings({makeFinding(
                                                 "ok", steps::Connectivity, Severity::Pass)})}});
        const QJsonObject o = DiagnosisJson::toJson(d, {});
        QVERIFY(o.contains("rootCause"));
        QVERIFY(o["rootCause"].isNull());
        QCOMPARE(o["status"].toString(), QStringLiteral("pass"));
    }

    void noSecretEverInJson()
    {
        const Credentials c = Credentials::password("a@contoso.com", "S3cret-Pa55!");
        DiagnosisTarget t;
        t.email = QStringLiteral("a@contoso.com");
        t.url = QUrl(QStringLiteral("https://a:S3cret-Pa55!@mail.contoso.com/x"));
        Finding f = makeFinding("credentials-rejected", steps::UserStatus, Severity::Fail);
        f.detail = QStringLiteral("sent Authorization: ")
                   + QString::fromLatin1(c.revealAuthorizationHeader())
                   + QStringLiteral(" and password S3cret-Pa55!");
        const auto d
            = Diagnosis::assemble({{steps::UserStatus, "u", ProbeResult::fromFindings({f})}});
        const QByteArray json = QJsonDocument(DiagnosisJson::toJson(d, t)).toJson();
        QVERIFY(!json.contains("S3cret-Pa55!"));
        QVERIFY(!json.contains(c.revealAuthorizationHeader().mid(6)));
        QVERIFY(json.contains("[redacted]"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisJson)
#include "TestDiagnosisJson.moc"
