#pragma once

#include <QByteArray>
#include <QSize>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace eas::wizard::ChartPng {

// Draws `chart` (taking ownership) at `size` on white into PNG bytes, with no window: the way
// the wizard's charts go into the HTML and PDF report.
QByteArray render(QChart *chart, const QSize &size);

} // namespace eas::wizard::ChartPng
