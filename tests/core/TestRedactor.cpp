#include "core/Redactor.h"

#include <QTest>

using namespace eas;

class TestRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void masks_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("authorization header") << "Authorization: Basic dXNlcjpwYXNzd29yZA=="
                                              << "dXNlcjpwYXNzd29yZA==";
        QTest::newRow("lower-case header") << "authorization=Bearer eyJhbGciOi.abc.def"
                                           << "eyJhbGciOi";
        QTest::newRow("proxy header") << "Proxy-Authorization: NTLM TlRMTVNTUAABAAAA"
                                      << "TlRMTVNTUAAB";
        QTest::newRow("bare bearer") << "token was Bearer abcdef123456789 ok"
                                     << "abcdef123456789";
        QTest::newRow("negotiate") << "WWW-Authenticate: Negotiate YIIGhgYGKwYBBQUCoIIGej"
                                   << "YIIGhgYGKwYBBQUCoIIGej";
        QTest::newRow("password=") << "user=a&password=hunter22&x=1"
                                   << "hunter22";
        QTest::newRow("json password") << "{\"password\": \"p a s s\"}"
                                       << "p a s s";
        QTest::newRow("token:") << "access_token: abc.def.ghi"
                                << "abc.def.ghi";
    }
    void masks()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = Redactor::redact(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY(out.contains(QLatin1String(Redactor::kMask)));
    }

    void keepsSentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("challenge") << QStringLiteral("WWW-Authenticate: Basic realm=\"mail\"");
        QTest::newRow("sentence") << QStringLiteral(
            "Basic authentication is off; Bearer tokens only");
        QTest::newRow("capitalised")
            << QStringLiteral("NTLM Authentication offered, Negotiate Kerberos too");
    }
    void keepsSentences()
    {
        QFETCH(QString, text);
        QCOMPARE(Redactor::redact(text), text);
    }

    void keepsOrdinaryText()
    {
        const QString text
            = QStringLiteral("OPTIONS https://mail.contoso.com/Microsoft-Server-ActiveSync -> 200 "
                             "WWW-Authenticate: Basic realm=\"mail\"");
        QCOMPARE(Redactor::redact(text), text);
    }

    void registeredSecretsAnywhere()
    {
        Redactor::registerSecret(QStringLiteral("Zq9!unusual"));
        Redactor::registerSecret(QStringLiteral("ab")); // too short to register
        QCOMPARE(Redactor::redact(QStringLiteral("x Zq9!unusual y ab")),
                 QStringLiteral("x [redacted] y ab"));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
