#include "LatencyChart.h"

#include "ChartPng.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

namespace eas::wizard {

LatencyChart::LatencyChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("latencyChartView"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(13 * fontMetrics().height()); // the bar, its axes and the legend
    setFocusPolicy(Qt::StrongFocus); // a screen reader reaches its description by keyboard
    setPhases({});
}

QString LatencyChart::title()
{
    return tr("Connectivity: time per phase (ms)");
}

void LatencyChart::setPhases(const QList<LatencyPhases::Phase> &phases)
{
    m_phases = phases;
    QChart *old = chart();
    // Follows the palette: a dark window gets the dark chart theme.
    setChart(makeChart(phases, palette().color(QPalette::Window).lightness() < 128));
    delete old;
    setAccessibleName(title());
    QStringList parts;
    for (const LatencyPhases::Phase &phase : phases)
        parts.append(tr("%1: %2 ms").arg(phase.label).arg(phase.ms, 0, 'f', 0));
    setAccessibleDescription(parts.isEmpty() ? tr("No timings: the connectivity step has not "
                                                  "measured the path yet.")
                                             : parts.join(QStringLiteral(", ")));
}

void LatencyChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        setPhases(m_phases);
    QChartView::changeEvent(event);
}

QChart *LatencyChart::makeChart(const QList<LatencyPhases::Phase> &phases, bool dark)
{
    auto *chart = new QChart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(phases.isEmpty() ? tr("No connectivity timings yet") : title());
    // Beside the bar, a line per phase: under it the phase names were cut short.
    chart->legend()->setAlignment(Qt::AlignRight);
    auto *series = new QHorizontalStackedBarSeries;
    double total = 0;
    for (const LatencyPhases::Phase &phase : phases) {
        auto *set = new QBarSet(phase.label);
        set->append(phase.ms);
        series->append(set);
        total += phase.ms;
    }
    chart->addSeries(series);
    auto *phasesAxis = new QBarCategoryAxis;
    phasesAxis->append(tr("Request"));
    chart->addAxis(phasesAxis, Qt::AlignLeft);
    series->attachAxis(phasesAxis);
    auto *msAxis = new QValueAxis;
    msAxis->setRange(0, qMax(1.0, total));
    msAxis->applyNiceNumbers(); // ticks at round milliseconds
    msAxis->setLabelFormat(QStringLiteral("%.0f"));
    msAxis->setTitleText(tr("Milliseconds"));
    chart->addAxis(msAxis, Qt::AlignBottom);
    series->attachAxis(msAxis);
    // Nothing measured: the title says so, without an empty grid and made-up ticks.
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(phasesAxis), static_cast<QAbstractAxis *>(msAxis)})
        axis->setVisible(!phases.isEmpty());
    chart->legend()->setVisible(!phases.isEmpty());
    return chart;
}

QByteArray LatencyChart::renderPng(const QList<LatencyPhases::Phase> &phases, const QSize &size)
{
    return ChartPng::render(makeChart(phases, false), size);
}

} // namespace eas::wizard
