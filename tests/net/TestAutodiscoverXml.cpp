#include "net/AutodiscoverXml.h"

#include <QFile>
#include <QTest>

using namespace eas::net;

namespace {
QByteArray sample(const char *name)
{
    QFile f(qEnvironmentVariable("EAS_TEST_DATA") + QStringLiteral("/autodiscover-corpus/")
            + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestAutodiscoverXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestSchema()
    {
        const QByteArray xml = AutodiscoverXml::request(QStringLiteral("o'brien&co@contoso.com"));
        QVERIFY(xml.contains("<EMailAddress>o'brien&amp;co@contoso.com</EMailAddress>"));
        QVERIFY(xml.contains(AutodiscoverXml::kRequestSchema));
        QVERIFY(xml.contains(AutodiscoverXml::kResponseSchema));
    }

    void settingsWithCertEnrollFirst()
    {
        const auto a = AutodiscoverXml::parse(sample("certenroll.xml"));
        QCOMPARE(a.kind, AutodiscoverXml::Answer::Kind::Settings);
        QCOMPARE(a.mobileSyncUrl, QUrl("https://m/x"));
        const auto b = AutodiscoverXml::parse(sample("settings.xml"));
        QCOMPARE(b.mobileSyncUrl, QUrl("https://mail.contoso.com/Microsoft-Server-ActiveSync"));
        QCOMPARE(b.displayName, QStringLiteral("Jane"));
    }

    void redirectAndErrors()
    {
        auto a = AutodiscoverXml::parse(sample("redirect.xml"));
        QCOMPARE(a.kind, AutodiscoverXml::Answer::Kind::Redirect);
        QCOMPARE(a.redirectAddress, QStringLiteral("jane@contoso.onmicrosoft.com"));
        a = AutodiscoverXml::parse(sample("error600.xml"));
        QCOMPARE(a.kind, AutodiscoverXml::Answer::Kind::Error);
        QCOMPARE(a.errorCode, QStringLiteral("600"));
        a = AutodiscoverXml::parse(sample("action-error.xml"));
        QCOMPARE(a.kind, AutodiscoverXml::Answer::Kind::Error);
        QCOMPARE(a.errorCode, QStringLiteral("2"));
    }

    void malformed()
    {
        auto a = AutodiscoverXml::parse(sample("truncated.xml"));
        QCOMPARE(a.kind, AutodiscoverXml::Answer::Kind::Invalid);
        QVERIFY(a.errorOffset > 0);
        QCOMPARE(AutodiscoverXml::parse("<html><body>login</body></html>").kind,
                 AutodiscoverXml::Answer::Kind::Invalid);
        QByteArray deep;
        for (int i = 0; i < 100; ++i)
            deep += "<a>";
        QCOMPARE(AutodiscoverXml::parse(deep).kind, AutodiscoverXml::Answer::Kind::Invalid);
        QCOMPARE(AutodiscoverXml::parse(QByteArray(2 * 1024 * 1024, ' ')).kind,
                 AutodiscoverXml::Answer::Kind::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestAutodiscoverXml)
#include "TestAutodiscoverXml.moc"
