#include "FakeProbe.h"

#include "core/ResultsModel.h"
#include "core/Steps.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace eas;
using namespace eas::test;

class TestResultsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepsAndFindings()
    {
        ResultsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSteps(steps::all());
        QCOMPARE(model.rowCount(), 6);
        const QModelIndex conn = model.stepIndex(steps::Connectivity);
        QCOMPARE(conn.data(ResultsModel::StatusNameRole).toString(), QStringLiteral("pending"));
        QVERIFY(!conn.data(ResultsModel::DetailRole).toString().isEmpty());

        model.setStepRunning(steps::Connectivity);
        QVERIFY(conn.data(ResultsModel::RunningRole).toBool());
        QCOMPARE(conn.data(ResultsModel::StatusNameRole).toString(), QStringLiteral("running"));
        model.setStepProgress(steps::Connectivity, 40, QStringLiteral("TLS"));
        QCOMPARE(conn.data(ResultsModel::ProgressRole).toInt(), 40);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        Finding f = makeFinding("tls-handshake-failed", steps::Connectivity, Severity::Fail);
        f.evidence.insert("host", "mail.contoso.com");
        model.setStepResult({steps::Connectivity,
                             steps::title(steps::Connectivity),
                             ProbeResult::fromFindings(
                                 {f, makeFinding("dns-ok", steps::Connectivity, Severity::Pass)})});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(conn), 2);
        const QModelIndex child = model.index(0, 0, conn);
        QCOMPARE(child.parent(), conn);
        QCOMPARE(child.data(ResultsModel::IdRole).toString(),
                 QStringLiteral("tls-handshake-failed"));
        QCOMPARE(child.data(ResultsModel::StatusNameRole).toString(), QStringLiteral("fail"));
        QCOMPARE(child.data(ResultsModel::EvidenceRole).toMap().value("host").toString(),
                 QStringLiteral("mail.contoso.com"));
        QCOMPARE(conn.data(ResultsModel::StatusRole).toInt(), int(Severity::Fail));
        QVERIFY(!conn.data(ResultsModel::RunningRole).toBool());

        // A re-run replaces the findings.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setStepRunning(steps::Connectivity);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(conn), 0);
    }

    void progressDetailAndStepData()
    {
        ResultsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSteps(steps::all());
        const QModelIndex logs = model.stepIndex(steps::Logs);
        model.setStepRunning(steps::Logs);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStepProgress(steps::Logs, 10, QStringLiteral("IIS logs"), {{"bytesDone", 42}});
        QCOMPARE(logs.data(ResultsModel::ProgressDetailRole).toMap().value("bytesDone").toInt(),
                 42);
        QVERIFY(
            changed.first().at(2).value<QList<int>>().contains(ResultsModel::ProgressDetailRole));
        QVERIFY(!logs.data(ResultsModel::DataRole).isValid()); // not finished

        ProbeResult result = ProbeResult::fromFindings(
            {makeFinding("logs-no-failures", steps::Logs, Severity::Pass)});
        result.data = QJsonObject{{"timeline", QJsonArray{}}};
        model.setStepResult({steps::Logs, steps::title(steps::Logs), result});
        QCOMPARE(logs.data(ResultsModel::DataRole).toJsonObject(), result.data);

        model.setStepRunning(steps::Logs); // a re-run starts from nothing
        QVERIFY(logs.data(ResultsModel::ProgressDetailRole).toMap().isEmpty());
        QVERIFY(!logs.data(ResultsModel::DataRole).isValid());
    }

    void diagnosisMarksRootCause()
    {
        ResultsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSteps({steps::UserStatus, steps::Certificate});
        DiagnosisResult d;
        d.steps = {{steps::UserStatus,
                    "User status",
                    ProbeResult::fromFindings(
                        {makeFinding("activesync-disabled", steps::UserStatus, Severity::Fail)})},
                   {steps::Certificate,
                    "Certificate",
                    ProbeResult::fromFindings(
                        {makeFinding("certificate-ok", steps::Certificate, Severity::Pass)})}};
        d.rootCause = RootCause{"activesync-disabled", steps::UserStatus, "t"};
        model.setDiagnosis(d);
        const QModelIndex us = model.stepIndex(steps::UserStatus);
        QVERIFY(us.data(ResultsModel::IsRootCauseRole).toBool());
        QVERIFY(model.index(0, 0, us).data(ResultsModel::IsRootCauseRole).toBool());
        QVERIFY(!model.index(0, 0, model.stepIndex(steps::Certificate))
                     .data(ResultsModel::IsRootCauseRole)
                     .toBool());
        QCOMPARE(model.rootCause()->findingId, QStringLiteral("activesync-disabled"));
        QVERIFY(!model.index(5, 0).isValid());
        QVERIFY(!model.index(0, 1).isValid());
    }
};

QTEST_GUILESS_MAIN(TestResultsModel)
#include "TestResultsModel.moc"
