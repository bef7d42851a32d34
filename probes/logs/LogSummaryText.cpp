#include "LogSummaryText.h"

#include "core/Tr.h"

#include <QLocale>
#include <QStringList>

namespace eas::logs::LogSummaryText {

namespace {

constexpr int kTop = 5;

QString number(std::int64_t n)
{
    return QLocale::c().toString(qlonglong(n));
}

QString megabytes(std::int64_t bytes)
{
    return QLocale::c().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString readLine(const LogReport &report)
{
    const Totals t = report.totals();
    const ActiveSyncStats &as = report.aggregates.activesync;
    QString line = Tr::tr("IIS logs: %1 files, %2 MB, %3 lines, %4 requests, %5 ActiveSync")
                       .arg(number(qint64(report.files.size())),
                            megabytes(t.bytes),
                            number(t.lines),
                            number(t.requests),
                            number(t.activesyncRequests));
    if (report.filter.hasUser()) {
        line += Tr::tr(", %1 of them by %2").arg(number(as.requests), report.filter.user());
    }
    line += Tr::tr(" (front end %1, back end %2)").arg(number(as.frontEnd), number(as.backEnd));
    if (t.corruptLines > 0)
        line += Tr::tr("; %1 corrupt lines").arg(number(t.corruptLines));
    return line;
}

QString statusLine(const ActiveSyncStats &as)
{
    QStringList parts;
    for (std::size_t s = 0; s < as.byStatus.size(); ++s) {
        if (as.byStatus[s] > 0)
            parts.append(QStringLiteral("%1: %2").arg(s).arg(number(as.byStatus[s])));
    }
    return Tr::tr("ActiveSync by HTTP status: %1")
        .arg(parts.isEmpty() ? Tr::tr("none") : parts.join(QStringLiteral(", ")));
}

QString rankedLine(const QString &label, const QList<Ranked> &ranked)
{
    QStringList parts;
    for (const Ranked &r : ranked)
        parts.append(QStringLiteral("%1 (%2)").arg(r.key, number(r.count)));
    return label.arg(parts.join(QStringLiteral(", ")));
}

QString speedLine(const LogReport &report)
{
    const Totals t = report.totals();
    const double seconds = double(std::max<std::int64_t>(report.durationMs, 1)) / 1000.0;
    return Tr::tr("Read in %1 s (%2 MB/s, %3 lines/s, %4 threads)")
        .arg(QLocale::c().toString(seconds, 'f', 2),
             QLocale::c().toString(double(t.bytes) / (1024.0 * 1024.0) / seconds, 'f', 0),
             number(qint64(double(t.lines) / seconds)),
             QString::number(report.threads));
}

} // namespace

QString render(const LogReport &report, const Findings &findings)
{
    const ActiveSyncStats &as = report.aggregates.activesync;
    QStringList lines{readLine(report), statusLine(as)};
    if (as.failures > 0) {
        lines.append(Tr::tr("First failure %1, last failure %2")
                         .arg(LogReport::timeFromSecs(as.firstFailure).toString(Qt::ISODate),
                              LogReport::timeFromSecs(as.lastFailure).toString(Qt::ISODate)));
        lines.append(rankedLine(Tr::tr("Users with the most failures: %1"),
                                report.topUsers(UserMetric::Failures, kTop)));
        lines.append(rankedLine(Tr::tr("Devices with the most failures: %1"),
                                report.topDevicesByFailures(kTop)));
        lines.append(rankedLine(Tr::tr("Client IPs with the most failures: %1"),
                                report.topClientIpsByFailures(kTop)));
    }
    if (report.cancelled)
        lines.append(Tr::tr("Cancelled: the counts cover only what was read before."));
    lines.append(speedLine(report));
    lines.append(QString());
    for (const Finding &f : findings) {
        lines.append(QStringLiteral("[%1] %2: %3").arg(severityName(f.severity), f.id, f.title));
        lines.append(QStringLiteral("       ") + f.detail);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace eas::logs::LogSummaryText
