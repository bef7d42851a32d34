#include "StatusProxyModel.h"

#include "core/ResultsModel.h"
#include "core/Steps.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFont>
#include <QIcon>
#include <QTest>

using namespace eas;
using namespace eas::wizard;

class TestStatusProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labelsAndIcons()
    {
        ResultsModel model;
        model.setSteps({steps::Connectivity});
        StatusProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Pending  Connectivity"));

        Finding f;
        f.id = "tls-handshake-failed";
        f.severity = Severity::Fail;
        f.title = "No TLS session";
        DiagnosisResult d;
        d.steps = {{steps::Connectivity, "Connectivity", ProbeResult::fromFindings({f})}};
        d.rootCause = RootCause{f.id, steps::Connectivity, f.title};
        model.setDiagnosis(d);
        const QModelIndex child = proxy.index(0, 0, proxy.index(0, 0));
        QCOMPARE(child.data().toString(), QStringLiteral("FAIL  No TLS session"));
        QCOMPARE(child.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("FAIL: No TLS session"));
        QVERIFY(child.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!child.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(child.data(ResultsModel::IdRole).toString(),
                 QStringLiteral("tls-handshake-failed"));
    }

    void everyStatusHasAnIconResource()
    {
        for (const char *s :
             {"pass", "info", "warn", "fail", "skip", "error", "running", "pending"})
            QVERIFY2(QFile::exists(StatusProxyModel::iconPath(QLatin1String(s))), s);
        QCOMPARE(StatusProxyModel::iconPath("weird"), StatusProxyModel::iconPath("pending"));
    }
};

QTEST_MAIN(TestStatusProxyModel)
#include "TestStatusProxyModel.moc"
