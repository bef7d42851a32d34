#include "ScanRateText.h"

#include <QLocale>

namespace eas::wizard {

namespace {

QString size(double bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeSIFormat);
}

} // namespace

QString ScanRateText::linesPerSecond(double rate)
{
    const QLocale locale;
    if (rate >= 1e6)
        return tr("%1 M lines/s").arg(locale.toString(rate / 1e6, 'f', 1));
    if (rate >= 1e3)
        return tr("%1 k lines/s").arg(locale.toString(rate / 1e3, 'f', 1));
    return tr("%1 lines/s").arg(locale.toString(rate, 'f', 0));
}

QString ScanRateText::text(const QVariantMap &detail)
{
    const double total = detail.value(QStringLiteral("bytesTotal")).toDouble();
    if (total <= 0)
        return {};
    const double done = detail.value(QStringLiteral("bytesDone")).toDouble();
    return tr("%1 of %2 · %3/s · %4")
        .arg(size(done),
             size(total),
             size(detail.value(QStringLiteral("bytesPerSecond")).toDouble()),
             linesPerSecond(detail.value(QStringLiteral("linesPerSecond")).toDouble()));
}

} // namespace eas::wizard
