#include "SimFixture.h"

#include "net/AutodiscoverClient.h"
#include "net/SrvResolver.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace eas;
using namespace eas::net;
using namespace eas::test;

namespace {

// A hosts file for QNAM: requests to a mapped host go to the simulator on 127.0.0.1, every other
// host to a closed loopback port (refused at once). Nothing ever leaves the machine, and the
// URLs asked for are recorded in order.
class RoutingNam : public QNetworkAccessManager
{
public:
    QHash<QString, quint16> routes; // host -> simulator port
    QStringList asked;

protected:
    QNetworkReply *
    createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        asked.append(request.url().toString());
        QNetworkRequest routed = request;
        QUrl url = request.url();
        url.setPort(routes.value(url.host(), 1));
        url.setHost(QStringLiteral("127.0.0.1"));
        routed.setUrl(url);
        return QNetworkAccessManager::createRequest(op, routed, data);
    }
};

class FakeSrv : public SrvResolver
{
public:
    QList<SrvRecord> records;
    QString askedFor;
    void lookup(const QString &name,
                QObject *context,
                std::function<void(QList<SrvRecord>)> done) override
    {
        askedFor = name;
        QTimer::singleShot(0, context, [this, done] { done(records); });
    }
};

AutodiscoverResult
discover(const EasClient &client, SrvResolver *srv, const QString &email, const QUrl &start = {})
{
    AutodiscoverClient ad(&client, srv);
    QSignalSpy done(&ad, &AutodiscoverClient::finished);
    ad.start(email, start);
    if (!done.wait(15000))
        return {};
    return done.first().first().value<AutodiscoverResult>();
}

} // namespace

class TestAutodiscover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void givenUrlIsTrusted()
    {
        SimFixture sim(QStringLiteral("autodiscover-ok"));
        EasClient client(
            &sim.nam, sim.target, sim.credentials, EasClient::tlsPolicyFor(sim.target));
        FakeSrv srv;
        const AutodiscoverResult r
            = discover(client, &srv, sim.exchange.user(), sim.exchange.autodiscoverUrl());
        QCOMPARE(r.outcome, AutodiscoverResult::Outcome::Found);
        QCOMPARE(r.mobileSyncUrl, sim.exchange.activeSyncUrl());
        QCOMPARE(r.attempts.size(), 1);
        QVERIFY(srv.askedFor.isEmpty());
    }

    void unsafeRedirectIsNotFollowed()
    {
        SimFixture sim(QStringLiteral("autodiscover-unsafe-redirect"));
        RoutingNam nam;
        EasClient client(&nam, sim.target, sim.credentials, EasClient::tlsPolicyFor(sim.target));
        nam.routes.insert(QStringLiteral("127.0.0.1"), sim.exchange.port());
        FakeSrv srv;
        const AutodiscoverResult r
            = discover(client, &srv, sim.exchange.user(), sim.exchange.autodiscoverUrl());
        QCOMPARE(r.outcome, AutodiscoverResult::Outcome::UnsafeRedirect);
        QVERIFY(r.unsafeTarget.toString().startsWith("http://autodiscover.contoso-evil.test/"));
        QCOMPARE(nam.asked.size(), 1); // nothing was sent to the redirect target
    }

    void candidateOrderEndsWithSrv()
    {
        SimFixture sim(QStringLiteral("autodiscover-ok"));
        RoutingNam nam;
        nam.routes.insert(QStringLiteral("mail.contoso.test"), sim.exchange.port());
        EasClient client(&nam, sim.target, sim.credentials, EasClient::tlsPolicyFor(sim.target));
        FakeSrv srv;
        srv.records = {{QStringLiteral("mail.contoso.test"), 443, 0, 0}};
        const AutodiscoverResult r = discover(client, &srv, QStringLiteral("user@contoso.test"));
        QCOMPARE(r.outcome, AutodiscoverResult::Outcome::Found);
        QCOMPARE(srv.askedFor, QStringLiteral("_autodiscover._tcp.contoso.test"));
        QCOMPARE(nam.asked,
                 (QStringList{"https://contoso.test/autodiscover/autodiscover.xml",
                              "https://autodiscover.contoso.test/autodiscover/autodiscover.xml",
                              "http://autodiscover.contoso.test/autodiscover/autodiscover.xml",
                              "https://mail.contoso.test/autodiscover/autodiscover.xml"}));
        QCOMPARE(r.attempts.size(), 5); // 3 refused, the SRV lookup, the answer
    }

    void srvOutsideDomainIsRefused()
    {
        SimFixture sim(QStringLiteral("autodiscover-ok"));
        RoutingNam nam;
        EasClient client(&nam, sim.target, sim.credentials, EasClient::tlsPolicyFor(sim.target));
        FakeSrv srv;
        srv.records = {{QStringLiteral("autodiscover.evil.test"), 443, 0, 0}};
        const AutodiscoverResult r = discover(client, &srv, QStringLiteral("user@contoso.test"));
        QCOMPARE(r.outcome, AutodiscoverResult::Outcome::UnsafeRedirect);
        QVERIFY(!nam.asked.join(' ').contains("evil.test"));
    }

    void nothingAnswers()
    {
        SimFixture sim(QStringLiteral("healthy"));
        RoutingNam nam;
        EasClient client(&nam, sim.target, sim.credentials, EasClient::tlsPolicyFor(sim.target));
        FakeSrv srv;
        const AutodiscoverResult r = discover(client, &srv, QStringLiteral("user@contoso.test"));
        QCOMPARE(r.outcome, AutodiscoverResult::Outcome::Failed);
        QCOMPARE(r.attempts.size(), 4);
    }

    void domainRule()
    {
        QVERIFY(AutodiscoverClient::isInDomain("autodiscover.contoso.com", "contoso.com"));
        QVERIFY(AutodiscoverClient::isInDomain("CONTOSO.com.", "contoso.com"));
        QVERIFY(!AutodiscoverClient::isInDomain("contoso.com.evil.net", "contoso.com"));
        QVERIFY(!AutodiscoverClient::isInDomain("evilcontoso.com", "contoso.com"));
    }
};

QTEST_GUILESS_MAIN(TestAutodiscover)
#include "TestAutodiscover.moc"
