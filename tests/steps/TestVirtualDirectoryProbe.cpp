#include "SimFixture.h"

#include "steps/VirtualDirectoryProbe.h"

#include <QSignalSpy>
#include <QTest>

using namespace eas;
using namespace eas::test;
using namespace std::chrono_literals;

class TestVirtualDirectoryProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("finding");
        QTest::newRow("healthy") << "healthy"
                                 << "virtual-directory-ok";
        QTest::newRow("missing") << "vdir-missing"
                                 << "virtual-directory-missing";
        QTest::newRow("broken") << "vdir-broken"
                                << "virtual-directory-error";
        QTest::newRow("basic off") << "basic-auth-disabled"
                                   << "auth-method-mismatch";
        QTest::newRow("wrong password is not a vdir fault") << "wrong-password"
                                                            << "virtual-directory-ok";
    }
    void verdicts()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, finding);
        SimFixture sim(scenario);
        VirtualDirectoryProbe probe(sim.context());
        const ProbeResult r = SimFixture::run(probe);
        const Finding *f = SimFixture::find(r, finding);
        QVERIFY2(f, qPrintable(finding));
        if (finding == QLatin1String("auth-method-mismatch"))
            QCOMPARE(f->evidence.value("authSchemes").toStringList(),
                     (QStringList{"Negotiate", "NTLM"}));
        if (finding == QLatin1String("virtual-directory-ok"))
            QCOMPARE(f->evidence.value("authSchemes").toStringList(), QStringList{"Basic"});
    }

    void internalUrlUnreachableIsInfo()
    {
        SimFixture sim(QStringLiteral("healthy"), 2000ms);
        sim.target.internalUrl
            = QUrl(QStringLiteral("https://127.0.0.1:1/Microsoft-Server-ActiveSync"));
        VirtualDirectoryProbe probe(sim.context());
        const ProbeResult r = SimFixture::run(probe);
        QCOMPARE(SimFixture::find(r, "internal-url-unreachable")->severity, Severity::Info);
        QVERIFY(SimFixture::find(r, "virtual-directory-ok"));
        QCOMPARE(r.status, Severity::Info);
    }

    void timeoutAndCancel() { SimFixture::verifyTimeoutAndCancel<VirtualDirectoryProbe>(); }
};

QTEST_GUILESS_MAIN(TestVirtualDirectoryProbe)
#include "TestVirtualDirectoryProbe.moc"
