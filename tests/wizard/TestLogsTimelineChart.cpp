#include "charts/LogsTimelineChart.h"

#include <QLineSeries>
#include <QTest>

using namespace eas;
using namespace eas::wizard;

namespace {

logs::TimelinePoint point(int day, int hour, int s401, int s403, int s500, int s503)
{
    logs::TimelinePoint p;
    p.hour = QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
    p.stats.status401 = s401;
    p.stats.status403 = s403;
    p.stats.status500 = s500;
    p.stats.status503 = s503;
    p.stats.requests = p.stats.failures = s401 + s403 + s500 + s503;
    return p;
}

qint64 msAt(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
}

QList<QPointF> pointsOf(const QChartView &view, int series)
{
    return qobject_cast<QLineSeries *>(view.chart()->series().at(series))->points();
}

} // namespace

class TestLogsTimelineChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneLinePerStatusWithZeroesInTheGaps()
    {
        LogsTimelineChart chart;
        // 08:00 and 09:00 follow each other; 12:00 comes after a gap of two empty hours.
        chart.setTimeline(
            {point(24, 8, 3, 1, 0, 0), point(24, 9, 0, 6, 0, 1), point(24, 12, 0, 0, 2, 0)});
        const QList<QAbstractSeries *> series = chart.chart()->series();
        QCOMPARE(series.size(), 4);
        QVERIFY(series.at(0)->name().startsWith("401"));
        QVERIFY(series.at(3)->name().startsWith("503"));
        const QList<QPointF> s401 = pointsOf(chart, 0);
        const QList<QPointF> want401{{qreal(msAt(24, 8)), 3},
                                     {qreal(msAt(24, 9)), 0},
                                     {qreal(msAt(24, 10)), 0},
                                     {qreal(msAt(24, 11)), 0},
                                     {qreal(msAt(24, 12)), 0}};
        QCOMPARE(s401, want401);
        QCOMPARE(pointsOf(chart, 1).at(1).y(), 6.0);
        QCOMPARE(pointsOf(chart, 2).last().y(), 2.0);
        QCOMPARE(pointsOf(chart, 3).at(1).y(), 1.0);
        QVERIFY(chart.accessibleDescription().contains("Hours with requests: 3,"));
    }

    void aLongGapAddsTwoZeroesOnly()
    {
        LogsTimelineChart chart;
        chart.setTimeline({point(20, 8, 1, 0, 0, 0), point(24, 8, 2, 0, 0, 0)});
        const QList<QPointF> s401 = pointsOf(chart, 0);
        QCOMPARE(s401.size(), 4);
        QCOMPARE(s401.at(1), QPointF(qreal(msAt(20, 9)), 0));
        QCOMPARE(s401.at(2), QPointF(qreal(msAt(24, 7)), 0));
    }

    void axesAreTitledAndTheThemeFollowsThePalette()
    {
        LogsTimelineChart chart;
        chart.setTimeline({point(24, 8, 3, 0, 0, 0)});
        for (QAbstractAxis *axis : chart.chart()->axes())
            QVERIFY(!axis->titleText().isEmpty());
        QVERIFY(chart.chart()->legend()->isVisible());
        QPalette dark = chart.palette();
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        chart.setPalette(dark);
        QCOMPARE(chart.chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(pointsOf(chart, 0).first().y(), 3.0); // same data on the new theme
        QPalette light = chart.palette();
        light.setColor(QPalette::Window, QColor(240, 240, 240));
        chart.setPalette(light);
        QCOMPARE(chart.chart()->theme(), QChart::ChartThemeLight);
    }

    void rendersToPng()
    {
        const QByteArray png = LogsTimelineChart::renderPng({point(24, 8, 3, 0, 0, 0)});
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QCOMPARE(image.size(), QSize(900, 360));
    }

    void emptyTimelineSaysSo()
    {
        LogsTimelineChart chart;
        QVERIFY(chart.chart()->series().size() == 4);
        QCOMPARE(pointsOf(chart, 0).size(), 0);
        QVERIFY(!chart.accessibleDescription().isEmpty());
    }
};

QTEST_MAIN(TestLogsTimelineChart)
#include "TestLogsTimelineChart.moc"
