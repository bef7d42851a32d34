#pragma once

#include "LatencyPhases.h"

#include <QChartView>

namespace eas::wizard {

// The connectivity step's latency as one horizontal stacked bar, a segment per phase, on the
// summary page; the same chart renders to PNG for the HTML/PDF report.
class LatencyChart : public QChartView
{
    Q_OBJECT
public:
    explicit LatencyChart(QWidget *parent = nullptr);

    void setPhases(const QList<LatencyPhases::Phase> &phases);
    bool hasData() const { return !m_phases.isEmpty(); }
    static QString title();
    // A fresh chart of these phases drawn into a PNG of this size (no window needed).
    static QByteArray renderPng(const QList<LatencyPhases::Phase> &phases,
                                const QSize &size = {900, 300});

protected:
    void changeEvent(QEvent *event) override;

private:
    static QChart *makeChart(const QList<LatencyPhases::Phase> &phases, bool dark);

    QList<LatencyPhases::Phase> m_phases;
};

} // namespace eas::wizard
