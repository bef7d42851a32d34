#include "FileBytes.h"
#include "LogsWizardFixture.h"
#include "WizardDriver.h"

#include "DiagnosisWizard.h"
#include "charts/LogsTimelineChart.h"
#include "run/RunController.h"
#include "summary/FileDialogs.h"

#include "core/ResultsModel.h"
#include "core/Steps.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace eas;
using namespace eas::test;
using namespace eas::wizard;

namespace {

// jdoe's statuses per hour (UTC) in the log below; 10:00 has no request of his.
struct HourCounts
{
    int hour;
    int s401, s403, s500, s503;
};
constexpr HourCounts kHours[] = {
    {8, 3, 0, 0, 0},
    {9, 0, 6, 0, 1},
    {10, 0, 0, 0, 0},
    {11, 0, 0, 2, 0},
    {12, 0, 4, 0, 0},
};

// A day of an Exchange back end: the diagnosed user jdoe on three devices, asmith (whose many
// failures the step leaves out: it looks at the diagnosed user), and OWA traffic.
QByteArray dayOfLogs()
{
    using IisLog::activeSync;
    const char *jdoe = "contoso\\jdoe";
    QByteArray log = IisLog::header("2026-11-24");
    for (int i = 0; i < 5; ++i)
        log += activeSync(
            "2026-11-24 08:00:1" + QByteArray::number(i), jdoe, "DEV1", "203.0.113.5", "200 0 0");
    for (int i = 0; i < 3; ++i)
        log += activeSync("2026-11-24 08:05:0" + QByteArray::number(i),
                          jdoe,
                          "DEV1",
                          "203.0.113.5",
                          "401 1 1326");
    for (int i = 0; i < 20; ++i)
        log += activeSync(
            "2026-11-24 08:30:00", "contoso\\asmith", "DEV9", "192.0.2.50", "401 1 1326");
    log += "2026-11-24 08:40:00 10.0.0.1 GET /owa/ - 443 contoso\\jdoe 203.0.113.5 "
           "Mozilla/5.0+(Windows+NT+10.0) - 200 0 0 100\r\n";
    for (int i = 0; i < 6; ++i)
        log += activeSync("2026-11-24 09:10:0" + QByteArray::number(i),
                          jdoe,
                          "DEV2",
                          "198.51.100.7",
                          "403 0 0",
                          "UserDisabledForSync");
    log += activeSync(
        "2026-11-24 09:20:00", jdoe, "DEV1", "203.0.113.5", "503 0 0", "DeviceIsAutoBlocked");
    for (int i = 0; i < 2; ++i)
        log += activeSync("2026-11-24 11:00:0" + QByteArray::number(i),
                          jdoe,
                          "DEV3",
                          "192.0.2.9",
                          "500 0 0",
                          "MailboxConnectionFailed");
    for (int i = 0; i < 2; ++i)
        log += activeSync(
            "2026-11-24 11:30:0" + QByteArray::number(i), jdoe, "DEV3", "192.0.2.9", "200 0 0");
    for (int i = 0; i < 4; ++i)
        log += activeSync("2026-11-24 12:15:0" + QByteArray::number(i),
                          jdoe,
                          "DEV2",
                          "198.51.100.7",
                          "403 0 0",
                          "DeviceIsBlockedForThisUser");
    return log;
}

QStringList rows(const QAbstractItemModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        out.append(cells.join(QLatin1Char(' ')));
    }
    return out;
}

void clickHeader(QTableView *view, int section)
{
    QHeaderView *header = view->horizontalHeader();
    QTest::mouseClick(header->viewport(),
                      Qt::LeftButton,
                      {},
                      QPoint(header->sectionViewportPosition(section) + 4, header->height() / 2));
}

} // namespace

// The logs step page on the real engine: the progress it reports, the top lists as sortable
// tables, the hourly chart, and both of them in the report and a restored session.
class TestLogsStepPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_logs.isValid());
        QFile file(m_logs.filePath("W3SVC2/u_ex261124.log"));
        QVERIFY(QDir().mkpath(m_logs.filePath("W3SVC2")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(dayOfLogs());
    }

    void init()
    {
        m_fixture = std::make_unique<LogsWizardFixture>(m_logs.path());
        m_bytesSeen = m_bytesTotal = 0;
        ResultsModel *results = m_fixture->wizard().results();
        connect(results, &QAbstractItemModel::dataChanged, this, [this, results] {
            const QVariantMap detail
                = results->stepIndex(steps::Logs).data(ResultsModel::ProgressDetailRole).toMap();
            if (detail.isEmpty())
                return;
            m_bytesSeen = std::max(m_bytesSeen, detail.value("bytesDone").toLongLong());
            m_bytesTotal = detail.value("bytesTotal").toLongLong();
        });
        m_fixture->runLogsStep();
        QVERIFY(WizardDriver(m_fixture->wizard()).waitUntilIdle());
    }

    void cleanup() { m_fixture.reset(); }

    void progressReportsTheBytesRead()
    {
        QVERIFY(m_bytesSeen > 0);
        QCOMPARE(m_bytesSeen, QFileInfo(m_logs.filePath("W3SVC2/u_ex261124.log")).size());
        QCOMPARE(m_bytesTotal, m_bytesSeen);
        QVERIFY(page()->findChild<QLabel *>("scanRateLabel")->isHidden()); // only while reading
    }

    void tablesListTheUsersTrafficSortedByCount()
    {
        auto *tabs = page()->findChild<QTabWidget *>("logsTabWidget");
        QVERIFY(tabs->isTabVisible(1));
        tabs->setCurrentIndex(1);
        QCOMPARE(rows(table("users")->model()), QStringList{"contoso\\jdoe 16"});
        QCOMPARE(rows(table("clientIps")->model()),
                 (QStringList{"198.51.100.7 10", "203.0.113.5 4", "192.0.2.9 2"}));
        QCOMPARE(rows(table("reasons")->model()),
                 (QStringList{"403 UserDisabledForSync 6",
                              "403 DeviceIsBlockedForThisUser 4",
                              "500 MailboxConnectionFailed 2",
                              "503 DeviceIsAutoBlocked 1"}));

        QTableView *devices = table("devices");
        QCOMPARE(rows(devices->model()), (QStringList{"DEV2 10", "DEV1 4", "DEV3 2"}));
        clickHeader(devices, 1); // the count, now smallest first
        QCOMPARE(rows(devices->model()), (QStringList{"DEV3 2", "DEV1 4", "DEV2 10"}));
        clickHeader(devices, 0);
        QCOMPARE(rows(devices->model()), (QStringList{"DEV1 4", "DEV2 10", "DEV3 2"}));

        // By keyboard: the context menu's "Sort by" actions, again on a column reverses it.
        QCOMPARE(devices->contextMenuPolicy(), Qt::ActionsContextMenu);
        auto *byCount = devices->findChild<QAction *>("sortByColumn1Action");
        QVERIFY(byCount && byCount->text().startsWith("Sort by"));
        byCount->trigger();
        QCOMPARE(rows(devices->model()), (QStringList{"DEV2 10", "DEV1 4", "DEV3 2"}));
        byCount->trigger();
        QCOMPARE(rows(devices->model()), (QStringList{"DEV3 2", "DEV1 4", "DEV2 10"}));
    }

    void tablesAreNamedAndReachableByKeyboard()
    {
        page()->findChild<QTabWidget *>("logsTabWidget")->setCurrentIndex(1);
        QVERIFY(QTest::qWaitForWindowActive(&m_fixture->wizard()));
        const QStringList order{"users", "devices", "clientIps", "reasons"};
        for (const QString &name : order) {
            QTableView *view = table(name);
            QVERIFY(!view->accessibleName().isEmpty());
            QVERIFY(!view->accessibleDescription().isEmpty());
            QCOMPARE(page()->findChild<QLabel *>(name + "CaptionLabel")->buddy(), view);
        }
        table("users")->setFocus();
        for (qsizetype i = 1; i < order.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), table(order.at(i)));
        }
    }

    void chartHoldsTheHourlyCounts()
    {
        auto *chart = page()->findChild<LogsTimelineChart *>("logsTimelineChartView");
        QVERIFY(chart);
        verifyHourlyCounts(chart);
        QVERIFY(chart->accessibleDescription().contains("401"));
    }

    void reportEmbedsTheLogsChart()
    {
        QVERIFY(WizardDriver(m_fixture->wizard()).goTo(QString()));
        const QString path = m_out.filePath("report.html");
        FileDialogs::setNextFileName(path);
        WizardDriver(m_fixture->wizard()).click("saveReportButton");
        const QString html = QString::fromUtf8(eas::test::fileBytes(path));
        QVERIFY(html.contains("<img src=\"data:image/png;base64,iVBORw0KGgo")); // PNG magic
        QVERIFY(html.contains("alt=\"" + LogsTimelineChart::title().toHtmlEscaped() + "\">"));
    }

    void sessionBringsBackTablesAndChart()
    {
        QVERIFY(WizardDriver(m_fixture->wizard()).goTo(QString()));
        const QString path = m_out.filePath("session.json");
        FileDialogs::setNextFileName(path);
        WizardDriver(m_fixture->wizard()).click("saveSessionButton");
        QVERIFY(eas::test::fileBytes(path).contains("\"timeline\""));

        LogsWizardFixture fresh(QString{});
        fresh.wizard().setStartId(DiagnosisWizard::SummaryPageId);
        fresh.wizard().restart();
        FileDialogs::setNextFileName(path);
        WizardDriver(fresh.wizard()).click("openSessionButton");
        QWizardPage *restored = fresh.wizard().page(DiagnosisWizard::LogsPageId);
        QCOMPARE(rows(restored->findChild<QTableView *>("devicesTableView")->model()),
                 (QStringList{"DEV2 10", "DEV1 4", "DEV3 2"}));
        verifyHourlyCounts(restored->findChild<LogsTimelineChart *>("logsTimelineChartView"));
    }

private:
    QWizardPage *page() const { return m_fixture->wizard().page(DiagnosisWizard::LogsPageId); }

    QTableView *table(const QString &name) const
    {
        auto *view = page()->findChild<QTableView *>(name + "TableView");
        [&] {
            QVERIFY2(view, qPrintable(name));
        }();
        return view;
    }

    static void verifyHourlyCounts(LogsTimelineChart *chart)
    {
        const QList<QAbstractSeries *> series = chart->chart()->series();
        QCOMPARE(series.size(), 4);
        const QStringList statuses{"401", "403", "500", "503"};
        for (int s = 0; s < 4; ++s) {
            auto *line = qobject_cast<QLineSeries *>(series.at(s));
            QVERIFY(line->name().startsWith(statuses.at(s)));
            QCOMPARE(line->count(), int(std::size(kHours)));
            for (int h = 0; h < line->count(); ++h) {
                const HourCounts &want = kHours[h];
                const QDateTime hour(QDate(2026, 11, 24), QTime(want.hour, 0), Qt::UTC);
                QCOMPARE(qint64(line->at(h).x()), hour.toMSecsSinceEpoch());
                const int counts[] = {want.s401, want.s403, want.s500, want.s503};
                QCOMPARE(int(line->at(h).y()), counts[s]);
            }
        }
    }

    QTemporaryDir m_logs;
    QTemporaryDir m_out;
    std::unique_ptr<LogsWizardFixture> m_fixture;
    qint64 m_bytesSeen = 0;
    qint64 m_bytesTotal = 0;
};

QTEST_MAIN(TestLogsStepPage)
#include "TestLogsStepPage.moc"
