#include "sim/HttpMessage.h"

#include <QTest>

using namespace eas::sim;

class TestHttpMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void incrementalWithBody()
    {
        HttpRequestParser p;
        QCOMPARE(
            p.feed(
                "POST /Microsoft-Server-ActiveSync?Cmd=FolderSync&User=u HTTP/1.1\r\nHost: x\r\n"),
            HttpRequestParser::State::NeedMore);
        QCOMPARE(p.feed("Content-Length: 4\r\nMS-ASProtocolVersion: 14.1\r\n\r\nab"),
                 HttpRequestParser::State::NeedMore);
        QCOMPARE(p.feed("cdGET / HTTP/1.1\r\n\r\n"), HttpRequestParser::State::Ready);
        const HttpRequest r = p.takeRequest();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path(), QByteArray("/Microsoft-Server-ActiveSync"));
        QCOMPARE(r.query().queryItemValue("Cmd"), QStringLiteral("FolderSync"));
        QCOMPARE(r.header("ms-asprotocolversion"), QByteArray("14.1"));
        QCOMPARE(r.body, QByteArray("abcd"));
        QVERIFY(r.keepAlive());
        QCOMPARE(p.feed({}), HttpRequestParser::State::Ready); // the pipelined GET
        QCOMPARE(p.takeRequest().method, QByteArray("GET"));
    }

    void rejectsJunk()
    {
        HttpRequestParser p;
        QCOMPARE(p.feed("NONSENSE\r\n\r\n"), HttpRequestParser::State::Error);
        HttpRequestParser q;
        QCOMPARE(q.feed("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n"),
                 HttpRequestParser::State::Error);
        HttpRequestParser big;
        QCOMPARE(big.feed(QByteArray(HttpRequestParser::kMaxHeaderBytes + 1, 'a')),
                 HttpRequestParser::State::Error);
    }

    void responseHead()
    {
        HttpResponse r;
        r.status = 451;
        r.setHeader("X-MS-Location", "https://m/x");
        r.body = "ab";
        const QByteArray s = r.serialize();
        QVERIFY(s.startsWith("HTTP/1.1 451 Redirect\r\n"));
        QVERIFY(s.contains("Content-Length: 2\r\n"));
        QVERIFY(s.endsWith("\r\n\r\nab"));
        QVERIFY(!r.head(true).contains("Content-Length"));
    }
};

QTEST_GUILESS_MAIN(TestHttpMessage)
#include "TestHttpMessage.moc"
