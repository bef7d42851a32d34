#include "core/Steps.h"
#include "report/BundleFindings.h"
#include "report/BundleImporter.h"

#include <QTest>

using namespace eas;
using namespace eas::report;

namespace {

Bundle loadBundle(const QString &name)
{
    const BundleLoad load = BundleImporter::load(qEnvironmentVariable("EAS_TEST_DATA")
                                                 + QStringLiteral("/bundle/") + name);
    return load.bundle.value_or(Bundle());
}

DiagnosisTarget contoso()
{
    DiagnosisTarget t;
    t.email = QStringLiteral("jdoe@contoso.com");
    t.url = QUrl(QStringLiteral("https://mail.contoso.com/Microsoft-Server-ActiveSync"));
    return t;
}

const QDateTime kNow(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

const Finding *find(const Findings &findings, const QString &id)
{
    for (const Finding &f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QStringList problemIds(const Findings &findings)
{
    QStringList ids;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Fail || f.severity == Severity::Warn)
            ids.append(f.id);
    }
    ids.sort();
    return ids;
}

} // namespace

class TestBundleFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyBundleRaisesNothing();
    void problemBundleRaisesWhatItProves();
    void findingsNameTheBundleField();
    void oauthAvoidsTheMismatch();
    void wireCertificateDiffersFromIis();
    void expiringAndMisnamedCertificate();
    void partialBundleJudgesOnlyWhatItHas();
};

void TestBundleFindings::healthyBundleRaisesNothing()
{
    const Bundle bundle = loadBundle(QStringLiteral("good.json"));
    const Findings findings = BundleFindings::evaluate(
        bundle, contoso(), QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567"), kNow);
    QVERIFY2(problemIds(findings).isEmpty(),
             qPrintable(problemIds(findings).join(QLatin1Char(' '))));
    const Finding *summary = find(findings, QStringLiteral("bundle-evidence"));
    QVERIFY(summary);
    QCOMPARE(summary->severity, Severity::Info);
    QCOMPARE(summary->step, steps::UserStatus);
    QCOMPARE(summary->evidence.value(QStringLiteral("computer")).toString(),
             QStringLiteral("EX01"));
}

void TestBundleFindings::problemBundleRaisesWhatItProves()
{
    const Bundle bundle = loadBundle(QStringLiteral("problems.json"));
    const Findings findings = BundleFindings::evaluate(bundle, contoso(), {}, kNow);
    QCOMPARE(problemIds(findings),
             (QStringList{QStringLiteral("activesync-disabled"),
                          QStringLiteral("auth-method-mismatch"),
                          QStringLiteral("blocking-events-found"),
                          QStringLiteral("certificate-expired"),
                          QStringLiteral("device-blocked"),
                          QStringLiteral("device-quarantined"),
                          QStringLiteral("max-devices-reached"),
                          QStringLiteral("throttled"),
                          QStringLiteral("virtual-directory-error")}));
    const QHash<QString, QString> owners
        = {{QStringLiteral("activesync-disabled"), steps::UserStatus},
           {QStringLiteral("device-blocked"), steps::UserStatus},
           {QStringLiteral("max-devices-reached"), steps::UserStatus},
           {QStringLiteral("auth-method-mismatch"), steps::VirtualDirectory},
           {QStringLiteral("virtual-directory-error"), steps::VirtualDirectory},
           {QStringLiteral("certificate-expired"), steps::Certificate},
           {QStringLiteral("throttled"), steps::Throttling},
           {QStringLiteral("blocking-events-found"), steps::Logs}};
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        QCOMPARE(find(findings, it.key())->step, it.value());
    QCOMPARE(find(findings, QStringLiteral("device-quarantined"))->severity, Severity::Warn);
    QCOMPARE(find(findings, QStringLiteral("throttled"))->severity, Severity::Warn);
    QCOMPARE(find(findings, QStringLiteral("activesync-disabled"))->severity, Severity::Fail);
}

void TestBundleFindings::findingsNameTheBundleField()
{
    const Findings findings = BundleFindings::evaluate(
        loadBundle(QStringLiteral("problems.json")), contoso(), {}, kNow);
    for (const Finding &f : findings)
        QCOMPARE(f.evidence.value(QStringLiteral("source")).toString(), QStringLiteral("bundle"));
    QCOMPARE(find(findings, QStringLiteral("activesync-disabled"))
                 ->evidence.value(QStringLiteral("casMailbox.ActiveSyncEnabled")),
             QVariant(false));
    const Finding *quota = find(findings, QStringLiteral("max-devices-reached"));
    QCOMPARE(quota->evidence.value(QStringLiteral("devices.count")).toLongLong(), 3);
    QCOMPARE(quota->evidence.value(QStringLiteral("throttling.EasMaxDevices")).toLongLong(), 3);
    QCOMPARE(quota->evidence.value(QStringLiteral("throttling.Name")).toString(),
             QStringLiteral("Mobile Limited"));
    const Finding *blocked = find(findings, QStringLiteral("device-blocked"));
    QVERIFY(
        blocked->detail.contains(QStringLiteral("ApplF17XK0AAAA (iPhone): Blocked / Individual")));
    QVERIFY(blocked->detail.contains(QStringLiteral("OldPhone01")));
    const Finding *vdir = find(findings, QStringLiteral("virtual-directory-error"));
    QCOMPARE(vdir->evidence.value(QStringLiteral("iis.webConfigs.path")).toStringList().size(), 2);
    const Finding *auth = find(findings, QStringLiteral("auth-method-mismatch"));
    QCOMPARE(auth->evidence.value(QStringLiteral("virtualDirectories[EX01].BasicAuthEnabled")),
             QVariant(false));
    QCOMPARE(auth->evidence.value(QStringLiteral("iis.locations.basicAuthentication")),
             QVariant(false));
    const Finding *events = find(findings, QStringLiteral("blocking-events-found"));
    QCOMPARE(events->evidence.value(QStringLiteral("events[Id=1100].count")).toLongLong(), 2);
    QCOMPARE(events->evidence.value(QStringLiteral("events.first")).toString(),
             QStringLiteral("2026-11-25T07:00:00Z"));
    QCOMPARE(find(findings, QStringLiteral("certificate-expired"))
                 ->evidence.value(QStringLiteral("certificates.Thumbprint"))
                 .toString(),
             QStringLiteral("AAAABBBBCCCCDDDDEEEEFFFF0000111122223333"));
}

void TestBundleFindings::oauthAvoidsTheMismatch()
{
    Bundle bundle = loadBundle(QStringLiteral("problems.json"));
    (*bundle.virtualDirectories)[0].externalAuthenticationMethods.append(QStringLiteral("OAuth"));
    QVERIFY(find(BundleFindings::evaluate(bundle, contoso(), {}, kNow),
                 QStringLiteral("auth-method-mismatch")));
    bundle.organization->oauth2ClientProfileEnabled = true;
    QVERIFY(!find(BundleFindings::evaluate(bundle, contoso(), {}, kNow),
                  QStringLiteral("auth-method-mismatch")));
    // Basic on in the vdir but off in IIS of the same server still leaves phones without a way in.
    Bundle basicInVdir = loadBundle(QStringLiteral("problems.json"));
    (*basicInVdir.virtualDirectories)[0].basicAuthEnabled = true;
    QVERIFY(find(BundleFindings::evaluate(basicInVdir, contoso(), {}, kNow),
                 QStringLiteral("auth-method-mismatch")));
    basicInVdir.iis->locations[0].authentication[QStringLiteral("basicAuthentication")] = true;
    QVERIFY(!find(BundleFindings::evaluate(basicInVdir, contoso(), {}, kNow),
                  QStringLiteral("auth-method-mismatch")));
}

void TestBundleFindings::wireCertificateDiffersFromIis()
{
    const Bundle bundle = loadBundle(QStringLiteral("good.json"));
    const QString proxyCert = QStringLiteral("FFFFEEEEDDDDCCCCBBBBAAAA9999888877776666");
    const Findings findings = BundleFindings::evaluate(bundle, contoso(), proxyCert, kNow);
    const Finding *differs = find(findings, QStringLiteral("certificate-differs-from-iis"));
    QVERIFY(differs);
    QCOMPARE(differs->severity, Severity::Warn);
    QCOMPARE(differs->step, steps::Certificate);
    QCOMPARE(differs->evidence.value(QStringLiteral("wireThumbprint")).toString(), proxyCert);
    QCOMPARE(problemIds(findings), QStringList{QStringLiteral("certificate-differs-from-iis")});
}

void TestBundleFindings::expiringAndMisnamedCertificate()
{
    Bundle bundle = loadBundle(QStringLiteral("good.json"));
    BundleCertificate &iis = (*bundle.certificates)[0];
    iis.notAfter = kNow.addDays(10);
    iis.domains = {QStringLiteral("webmail.contoso.com")};
    iis.selfSigned = true;
    const Findings findings = BundleFindings::evaluate(bundle, contoso(), {}, kNow);
    QCOMPARE(problemIds(findings),
             (QStringList{QStringLiteral("certificate-expiring-soon"),
                          QStringLiteral("certificate-name-mismatch"),
                          QStringLiteral("certificate-untrusted")}));
    QCOMPARE(find(findings, QStringLiteral("certificate-name-mismatch"))
                 ->evidence.value(QStringLiteral("host"))
                 .toString(),
             QStringLiteral("mail.contoso.com"));
    // An IP address target is not judged against certificate names.
    DiagnosisTarget byIp = contoso();
    byIp.url = QUrl(QStringLiteral("https://127.0.0.1:8443/Microsoft-Server-ActiveSync"));
    QVERIFY(!find(BundleFindings::evaluate(bundle, byIp, {}, kNow),
                  QStringLiteral("certificate-name-mismatch")));
}

void TestBundleFindings::partialBundleJudgesOnlyWhatItHas()
{
    const Bundle bundle = loadBundle(QStringLiteral("partial.json"));
    QVERIFY(bundle.isPartial());
    const Findings findings = BundleFindings::evaluate(bundle, contoso(), {}, kNow);
    QCOMPARE(problemIds(findings), QStringList{QStringLiteral("virtual-directory-missing")});
    QCOMPARE(find(findings, QStringLiteral("bundle-evidence"))
                 ->evidence.value(QStringLiteral("missingSections"))
                 .toStringList()
                 .size(),
             5);
}

QTEST_GUILESS_MAIN(TestBundleFindings)
#include "TestBundleFindings.moc"
