#include "core/DiagnosisTarget.h"

#include <QTest>

using namespace eas;

class TestDiagnosisTarget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalizesBareHost()
    {
        QCOMPARE(
            DiagnosisTarget::normalizeActiveSyncUrl(QUrl("https://mail.contoso.com")).toString(),
            QStringLiteral("https://mail.contoso.com/Microsoft-Server-ActiveSync"));
        QCOMPARE(
            DiagnosisTarget::normalizeActiveSyncUrl(QUrl("https://127.0.0.1:8443/")).toString(),
            QStringLiteral("https://127.0.0.1:8443/Microsoft-Server-ActiveSync"));
        QCOMPARE(DiagnosisTarget::normalizeActiveSyncUrl(QUrl("https://h/eas/x")).toString(),
                 QStringLiteral("https://h/eas/x"));
    }

    void emails()
    {
        QVERIFY(DiagnosisTarget::isValidEmail("user@contoso.test"));
        QVERIFY(DiagnosisTarget::isValidEmail("o'brien@contoso.com"));
        QVERIFY(!DiagnosisTarget::isValidEmail("contoso.com"));
        QVERIFY(!DiagnosisTarget::isValidEmail("a b@contoso.com"));
        QVERIFY(!DiagnosisTarget::isValidEmail("a@-bad.com"));
        QVERIFY(!DiagnosisTarget::isValidEmail("a@"));
    }

    void deviceIdentity()
    {
        const DeviceIdentity d;
        QVERIFY(DeviceIdentity::isValidDeviceId(d.deviceId));
        QVERIFY(DeviceIdentity::isValidDeviceType(d.deviceType));
        QVERIFY(!DeviceIdentity::isValidDeviceId("abc-123"));
        QVERIFY(!DeviceIdentity::isValidDeviceId(QString(33, 'a')));
        QVERIFY(!DeviceIdentity::isValidDeviceType("i Phone"));
        QVERIFY(!DeviceIdentity::isValidDeviceType("a&b"));
    }

    void userAndDomain()
    {
        DiagnosisTarget t;
        t.email = "Jane@Contoso.COM";
        QCOMPARE(t.effectiveUser(), QStringLiteral("Jane@Contoso.COM"));
        QCOMPARE(t.emailDomain(), QStringLiteral("contoso.com"));
        t.user = "CONTOSO\\jane";
        QCOMPARE(t.effectiveUser(), QStringLiteral("CONTOSO\\jane"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisTarget)
#include "TestDiagnosisTarget.moc"
