#include "net/EasResponse.h"

#include <QTest>

using namespace eas::net;

class TestResponseParsing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void authSchemes_data()
    {
        QTest::addColumn<QList<QByteArray>>("values");
        QTest::addColumn<QStringList>("schemes");
        QTest::newRow("basic") << QList<QByteArray>{"Basic realm=\"mail.contoso.com\""}
                               << QStringList{"Basic"};
        QTest::newRow("joined by qt") << QList<QByteArray>{"Basic realm=\"a, b\", Negotiate, NTLM"}
                                      << QStringList{"Basic", "Negotiate", "NTLM"};
        QTest::newRow("newline joined")
            << QList<QByteArray>{"Negotiate\nNTLM"} << QStringList{"Negotiate", "NTLM"};
        QTest::newRow("params") << QList<
            QByteArray>{"Bearer authorization_uri=\"https://login\", error=\"invalid_token\""}
                                << QStringList{"Bearer"};
        QTest::newRow("negotiate blob")
            << QList<QByteArray>{"Negotiate oYG3MIG0oAMKAQ=="} << QStringList{"Negotiate"};
        QTest::newRow("empty") << QList<QByteArray>{} << QStringList{};
    }
    void authSchemes()
    {
        QFETCH(QList<QByteArray>, values);
        QFETCH(QStringList, schemes);
        QCOMPARE(ResponseParsing::authSchemes(values), schemes);
    }

    void bodyStatusAndPolicy()
    {
        EasResponse r;
        r.contentType = QStringLiteral("application/vnd.ms-sync.wbxml");
        r.body = QByteArray::fromHex("03016a000007564c03313432000101");
        ResponseParsing::readBody(r);
        QCOMPARE(r.status, 142);
        QVERIFY(!r.decodeError);
        EasResponse bad = r;
        bad.status.reset();
        bad.body = QByteArray::fromHex("03016a0000075603");
        ResponseParsing::readBody(bad);
        QVERIFY(bad.decodeError.has_value());
        QVERIFY(!bad.status);
        EasResponse html;
        html.contentType = QStringLiteral("text/html");
        html.body = "<html/>";
        ResponseParsing::readBody(html);
        QVERIFY(!html.decodeError && !html.document);
    }
};

QTEST_GUILESS_MAIN(TestResponseParsing)
#include "TestResponseParsing.moc"
