#include "StatusProxyModel.h"
#include "checklist/StepOrderProxyModel.h"
#include "target/SymptomCatalog.h"

#include "core/ResultsModel.h"
#include "core/Steps.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace eas;
using namespace eas::wizard;

class TestStepOrderProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<ResultsModel>();
        m_model->setSteps(steps::all());
        m_status = std::make_unique<StatusProxyModel>();
        m_status->setSourceModel(m_model.get());
        m_order = std::make_unique<StepOrderProxyModel>();
        m_order->setSourceModel(m_status.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_order.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void specOrderWithoutSymptoms()
    {
        QCOMPARE(m_order->stepOrder(), steps::all());
        QVERIFY(!m_order->index(0, 0).data(StepOrderProxyModel::SuggestedRole).toBool());
        QCOMPARE(m_order->index(0, 0).data().toString(), QStringLiteral("Pending  User status"));
    }

    void symptomsMoveTheirStepsToTheFront()
    {
        QSignalSpy changed(m_order.get(), &StepOrderProxyModel::prioritiesChanged);
        m_order->setPriorities(SymptomCatalog::priorities({"all-users"}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_order->stepOrder(),
                 (QStringList{steps::VirtualDirectory,
                              steps::Certificate,
                              steps::Throttling,
                              steps::UserStatus,
                              steps::Connectivity,
                              steps::Logs}));
        QVERIFY(m_order->isSuggested(steps::Certificate));
        QVERIFY(!m_order->isSuggested(steps::Logs));
        const QModelIndex first = m_order->index(0, 0);
        QVERIFY(first.data(StepOrderProxyModel::SuggestedRole).toBool());
        QCOMPARE(first.data().toString(), QStringLiteral("Pending  Virtual directory (suggested)"));
        QCOMPARE(m_order->stepIndex(steps::Logs).row(), 5);

        m_order->setPriorities({});
        QCOMPARE(m_order->stepOrder(), steps::all());
    }

    void webmailWorksPutsUserStatusAndVdirFirst()
    {
        m_order->setPriorities(SymptomCatalog::priorities({"webmail-works"}));
        QCOMPARE(m_order->stepOrder().mid(0, 2),
                 (QStringList{steps::UserStatus, steps::VirtualDirectory}));
    }

    void findingsKeepTheEngineOrderUnderASortedStep()
    {
        m_order->setPriorities(SymptomCatalog::priorities({"certificate-warnings"}));
        Finding a;
        a.id = "certificate-expired";
        a.severity = Severity::Fail;
        a.title = "b-title";
        Finding b;
        b.id = "certificate-expiring-soon";
        b.severity = Severity::Warn;
        b.title = "a-title";
        m_model->setStepResult(
            {steps::Certificate, "Certificate", ProbeResult::fromFindings({a, b})});
        const QModelIndex step = m_order->index(0, 0);
        QCOMPARE(step.data(ResultsModel::IdRole).toString(), steps::Certificate);
        QCOMPARE(m_order->rowCount(step), 2);
        QCOMPARE(m_order->index(0, 0, step).data(ResultsModel::IdRole).toString(),
                 QStringLiteral("certificate-expired"));
        QCOMPARE(m_order->index(1, 0, step).data().toString(), QStringLiteral("WARN  a-title"));
    }

    void everySymptomNamesKnownSteps()
    {
        for (const Symptom &s : SymptomCatalog::all()) {
            QVERIFY2(!s.steps.isEmpty(), qPrintable(s.id));
            for (const QString &step : s.steps)
                QVERIFY2(steps::isKnown(step), qPrintable(s.id));
        }
    }

private:
    std::unique_ptr<ResultsModel> m_model;
    std::unique_ptr<StatusProxyModel> m_status;
    std::unique_ptr<StepOrderProxyModel> m_order;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestStepOrderProxyModel)
#include "TestStepOrderProxyModel.moc"
