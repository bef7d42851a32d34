#include "core/Credentials.h"
#include "core/Redactor.h"

#include <QTest>

#include <type_traits>

using namespace eas;

// Credentials cannot become a QVariant by accident (no metatype), nor be streamed.
static_assert(!QMetaTypeId2<Credentials>::Defined, "Credentials must not be a registered metatype");

class TestCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void basicHeader()
    {
        const Credentials c = Credentials::password(QStringLiteral("user@contoso.test"),
                                                    QStringLiteral("Passw0rd!"));
        QCOMPARE(c.kind(), Credentials::Kind::Password);
        QCOMPARE(c.revealAuthorizationHeader(),
                 QByteArray("Basic ") + QByteArray("user@contoso.test:Passw0rd!").toBase64());
        QCOMPARE(c.revealSecret(), QStringLiteral("Passw0rd!"));
        QCOMPARE(c.user(), QStringLiteral("user@contoso.test"));
    }

    void bearerHeader()
    {
        const Credentials c = Credentials::bearer(QStringLiteral("eyJ0eXAi.tok.en"));
        QCOMPARE(c.revealAuthorizationHeader(), QByteArray("Bearer eyJ0eXAi.tok.en"));
    }

    void secretIsRegisteredForRedaction()
    {
        const Credentials c
            = Credentials::password(QStringLiteral("u"), QStringLiteral("n0t-in-any-log"));
        QVERIFY(!Redactor::redact(QStringLiteral("oops n0t-in-any-log"))
                     .contains(QStringLiteral("n0t-in-any-log")));
        const QString b64 = QString::fromLatin1(QByteArray("u:n0t-in-any-log").toBase64());
        QVERIFY(!Redactor::redact(QStringLiteral("blob ") + b64).contains(b64));
    }

    void copyAndEmpty()
    {
        Credentials empty;
        QVERIFY(empty.isEmpty());
        QVERIFY(empty.revealAuthorizationHeader().isEmpty());
        Credentials a = Credentials::password(QStringLiteral("u"), QStringLiteral("pw123"));
        Credentials b = a;
        a = Credentials();
        QCOMPARE(b.revealSecret(), QStringLiteral("pw123"));
        QVERIFY(a.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "TestCredentials.moc"
