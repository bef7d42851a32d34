#include "LogsTimelineChart.h"

#include "ChartPng.h"

#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace eas::wizard {

namespace {

// One line per status; Okabe-Ito colours (readable on white and on the dark theme, and by
// colour-blind readers) with a dash pattern each, so the lines differ in print too.
struct StatusLine
{
    int status;
    std::int64_t logs::HourStats::*count;
    QRgb colour;
    Qt::PenStyle style;
};

constexpr StatusLine kLines[] = {
    {401, &logs::HourStats::status401, 0xffe69f00, Qt::SolidLine},
    {403, &logs::HourStats::status403, 0xffd55e00, Qt::DashLine},
    {500, &logs::HourStats::status500, 0xff56b4e9, Qt::DotLine},
    {503, &logs::HourStats::status503, 0xffcc79a7, Qt::DashDotLine},
};

constexpr qint64 kHourMs = 3600 * 1000;

QString statusName(int status)
{
    switch (status) {
    case 401:
        return LogsTimelineChart::tr("401 Unauthorized");
    case 403:
        return LogsTimelineChart::tr("403 Forbidden");
    case 500:
        return LogsTimelineChart::tr("500 Server error");
    default:
        return LogsTimelineChart::tr("503 Unavailable");
    }
}

// A line per status; an hour the logs have no request in is not in the timeline, so a gap gets
// a zero just after the last hour before it and just before the first hour after it.
QLineSeries *lineOf(const StatusLine &line, const QList<logs::TimelinePoint> &timeline)
{
    auto *series = new QLineSeries;
    qint64 previous = 0;
    for (const logs::TimelinePoint &p : timeline) {
        const qint64 ms = p.hour.toMSecsSinceEpoch();
        if (series->count() > 0 && ms - previous > kHourMs)
            series->append(qreal(previous + kHourMs), 0);
        if (series->count() > 0 && ms - previous > 2 * kHourMs)
            series->append(qreal(ms - kHourMs), 0);
        series->append(qreal(ms), qreal(p.stats.*line.count));
        previous = ms;
    }
    series->setName(statusName(line.status));
    series->setPointsVisible(timeline.size() <= 48);
    return series;
}

// A whole-number step giving at most six ticks from zero to `max`.
qint64 tickStep(qint64 max)
{
    for (qint64 step = 1;; step *= 10) {
        for (const qint64 s : {step, 2 * step, 5 * step}) {
            if (max <= 6 * s)
                return s;
        }
    }
}

QAbstractAxis *timeAxis(const QList<logs::TimelinePoint> &timeline)
{
    auto *axis = new QDateTimeAxis;
    axis->setTitleText(LogsTimelineChart::tr("Hour (local time)"));
    if (timeline.isEmpty())
        return axis;
    // An hour of room on each side, and at most seven steps of whole hours, so ticks fall on
    // the hour.
    const QDateTime start = timeline.first().hour.addSecs(-3600);
    const qint64 hours = start.secsTo(timeline.last().hour) / 3600 + 1;
    qint64 step = (hours + 6) / 7;
    for (const qint64 nice : {1, 2, 3, 6, 12, 24, 48, 72, 168}) {
        if (hours <= 7 * nice) {
            step = nice;
            break;
        }
    }
    const qint64 ticks = (hours + step - 1) / step;
    axis->setRange(start, start.addSecs(ticks * step * 3600));
    axis->setTickCount(int(ticks) + 1);
    axis->setFormat(hours <= 25 ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd HH:mm"));
    return axis;
}

} // namespace

LogsTimelineChart::LogsTimelineChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("logsTimelineChartView"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    setFocusPolicy(Qt::StrongFocus); // a screen reader reaches its description by keyboard
    rebuild();
}

QString LogsTimelineChart::title()
{
    return tr("IIS logs: ActiveSync 401, 403, 500 and 503 per hour");
}

void LogsTimelineChart::setTimeline(const QList<logs::TimelinePoint> &timeline)
{
    m_timeline = timeline;
    rebuild();
}

void LogsTimelineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        rebuild();
    QChartView::changeEvent(event);
}

void LogsTimelineChart::rebuild()
{
    QChart *old = chart();
    setChart(makeChart(m_timeline, palette().color(QPalette::Window).lightness() < 128));
    delete old;
    setAccessibleName(title());
    if (m_timeline.isEmpty()) {
        setAccessibleDescription(tr("No hourly counts: no IIS log has been read yet."));
        return;
    }
    QStringList totals;
    for (const StatusLine &line : kLines) {
        std::int64_t n = 0;
        for (const logs::TimelinePoint &p : std::as_const(m_timeline))
            n += p.stats.*line.count;
        totals.append(tr("%1: %2").arg(statusName(line.status), QLocale().toString(n)));
    }
    const QLocale locale;
    setAccessibleDescription(
        tr("Hours with requests: %1, from %2 to %3. In all, %4.")
            .arg(locale.toString(m_timeline.size()),
                 locale.toString(m_timeline.first().hour.toLocalTime(), QLocale::ShortFormat),
                 locale.toString(m_timeline.last().hour.toLocalTime(), QLocale::ShortFormat),
                 totals.join(QStringLiteral(", "))));
}

QChart *LogsTimelineChart::makeChart(const QList<logs::TimelinePoint> &timeline, bool dark)
{
    auto *chart = new QChart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(timeline.isEmpty() ? tr("No hourly counts yet") : title());
    chart->legend()->setAlignment(Qt::AlignBottom);
    QAbstractAxis *hours = timeAxis(timeline);
    chart->addAxis(hours, Qt::AlignBottom);
    auto *counts = new QValueAxis;
    counts->setTitleText(tr("Requests"));
    counts->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(counts, Qt::AlignLeft);
    qint64 max = 1;
    for (const StatusLine &line : kLines) {
        QLineSeries *series = lineOf(line, timeline);
        chart->addSeries(series);
        series->setPen(QPen(QColor::fromRgba(line.colour), 2.5, line.style)); // after the theme's
        series->attachAxis(hours);
        series->attachAxis(counts);
        for (const logs::TimelinePoint &p : timeline)
            max = std::max<qint64>(max, p.stats.*line.count);
    }
    const qint64 step = tickStep(max);
    counts->setRange(0, qreal((max + step - 1) / step * step));
    counts->setTickCount(int((max + step - 1) / step) + 1);
    return chart;
}

QByteArray LogsTimelineChart::renderPng(const QList<logs::TimelinePoint> &timeline,
                                        const QSize &size)
{
    return ChartPng::render(makeChart(timeline, false), size);
}

} // namespace eas::wizard
