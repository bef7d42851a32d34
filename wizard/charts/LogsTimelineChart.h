#pragma once

#include "logs/LogReport.h"

#include <QChartView>

namespace eas::wizard {

// The logs step's ActiveSync 401/403/500/503 per hour as one line per status over time, hours
// without requests at zero, on the logs page; the same chart renders to PNG for the report.
// Follows the palette: a dark window gets the dark chart theme.
class LogsTimelineChart : public QChartView
{
    Q_OBJECT
public:
    explicit LogsTimelineChart(QWidget *parent = nullptr);

    void setTimeline(const QList<logs::TimelinePoint> &timeline);
    static QString title();
    // A fresh chart of this timeline drawn into a PNG of this size (no window needed).
    static QByteArray renderPng(const QList<logs::TimelinePoint> &timeline,
                                const QSize &size = {900, 360});

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    static QChart *makeChart(const QList<logs::TimelinePoint> &timeline, bool dark);

    QList<logs::TimelinePoint> m_timeline;
};

} // namespace eas::wizard
