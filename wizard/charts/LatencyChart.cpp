#include "LatencyChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QPainter>
#include <QValueAxis>

namespace eas::wizard {

LatencyChart::LatencyChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("latencyChartView"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setChart(makeChart({}));
}

QString LatencyChart::title()
{
    return tr("Connectivity: time per phase (ms)");
}

void LatencyChart::setPhases(const QList<LatencyPhases::Phase> &phases)
{
    m_phases = phases;
    QChart *old = chart();
    setChart(makeChart(phases));
    delete old;
    setAccessibleName(title());
    QStringList parts;
    for (const LatencyPhases::Phase &phase : phases)
        parts.append(tr("%1: %2 ms").arg(phase.label).arg(phase.ms, 0, 'f', 0));
    setAccessibleDescription(parts.isEmpty() ? tr("No timings: the connectivity step has not "
                                                  "measured the path yet.")
                                             : parts.join(QStringLiteral(", ")));
}

QChart *LatencyChart::makeChart(const QList<LatencyPhases::Phase> &phases)
{
    auto *chart = new QChart;
    chart->setTitle(phases.isEmpty() ? tr("No connectivity timings yet") : title());
    chart->legend()->setAlignment(Qt::AlignBottom);
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
    msAxis->setLabelFormat(QStringLiteral("%.0f"));
    msAxis->setTitleText(tr("Milliseconds"));
    chart->addAxis(msAxis, Qt::AlignBottom);
    series->attachAxis(msAxis);
    return chart;
}

QByteArray LatencyChart::renderPng(const QList<LatencyPhases::Phase> &phases, const QSize &size)
{
    QGraphicsScene scene;
    QChart *chart = makeChart(phases);
    scene.addItem(chart); // the scene owns it
    chart->resize(size);
    chart->layout()->activate();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace eas::wizard
