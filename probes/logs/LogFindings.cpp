#include "LogFindings.h"

#include "core/Steps.h"
#include "core/Tr.h"

#include <QLocale>
#include <QVariantList>

namespace eas::logs::LogFindings {

namespace {

constexpr int kTop = 5;

Finding make(const char *id, Severity severity, const QString &title, const QString &detail)
{
    return Finding::make(QString::fromLatin1(id), steps::Logs, severity, title, detail);
}

QString number(std::int64_t n)
{
    return QLocale::c().toString(qlonglong(n));
}

QString rankedText(const QList<Ranked> &ranked)
{
    QStringList parts;
    for (const Ranked &r : ranked)
        parts.append(QStringLiteral("%1 (%2)").arg(r.key, number(r.count)));
    return parts.isEmpty() ? Tr::tr("none logged") : parts.join(QStringLiteral(", "));
}

QVariantList rankedList(const QList<Ranked> &ranked)
{
    QVariantList list;
    for (const Ranked &r : ranked)
        list.append(QVariantMap{{QStringLiteral("key"), r.key},
                                {QStringLiteral("count"), qlonglong(r.count)}});
    return list;
}

QString timeText(std::int64_t secs)
{
    const QDateTime t = LogReport::timeFromSecs(secs);
    return t.isValid() ? t.toString(Qt::ISODate) : Tr::tr("an unknown time");
}

// Requests with `status`, split by role (a request fed through both logs counts twice).
QVariantMap statusEvidence(const ActiveSyncStats &as, int status)
{
    return {{QStringLiteral("count"), qlonglong(as.byStatus[std::size_t(status)])},
            {QStringLiteral("frontEnd"), qlonglong(as.frontEndByStatus[std::size_t(status)])},
            {QStringLiteral("backEnd"), qlonglong(as.backEndByStatus[std::size_t(status)])}};
}

void addAuthFailures(const LogReport &report, Findings &out)
{
    const ActiveSyncStats &as = report.aggregates.activesync;
    if (as.authFailures == 0)
        return;
    // For one diagnosed user, failures after the last successful request mean it is locked out now.
    const bool current = report.filter.hasUser() && as.lastAuthFailure >= as.lastSuccess;
    const QList<Ranked> users = report.topUsers(UserMetric::AuthFailures, kTop);
    Finding f
        = make("logs-auth-failures",
               current ? Severity::Fail : Severity::Warn,
               Tr::tr("ActiveSync logins failed with a wrong user name or password"),
               Tr::tr("%1 ActiveSync requests were refused with 401.1 (win32 1326: unknown "
                      "user name or bad password), the last at %2. Most affected: %3.")
                   .arg(number(as.authFailures), timeText(as.lastAuthFailure), rankedText(users)));
    if (current)
        f.detail += QLatin1Char(' ')
                    + Tr::tr("No request of this user succeeded after the last "
                             "failure: the password on the device is wrong.");
    f.evidence = {{QStringLiteral("count"), qlonglong(as.authFailures)},
                  {QStringLiteral("last"), timeText(as.lastAuthFailure)},
                  {QStringLiteral("users"), rankedList(users)}};
    out.append(f);
}

void addStatusFinding(
    const LogReport &report, int status, const char *id, const QString &title, Findings &out)
{
    const ActiveSyncStats &as = report.aggregates.activesync;
    if (as.byStatus[std::size_t(status)] == 0)
        return;
    const QList<Ranked> reasons = report.errorReasons(status);
    const QList<Ranked> users
        = report.topUsers(status == 403 ? UserMetric::Status403 : UserMetric::Status500, kTop);
    Finding f = make(id,
                     Severity::Fail,
                     title,
                     Tr::tr("%1 ActiveSync requests ended with HTTP %2 (front end %3, back end "
                            "%4). Reasons Exchange logged: %5. Most affected: %6.")
                         .arg(number(as.byStatus[std::size_t(status)]),
                              QString::number(status),
                              number(as.frontEndByStatus[std::size_t(status)]),
                              number(as.backEndByStatus[std::size_t(status)]),
                              rankedText(reasons.mid(0, kTop)),
                              rankedText(users)));
    f.evidence = statusEvidence(as, status);
    f.evidence.insert(QStringLiteral("reasons"), rankedList(reasons.mid(0, kTop)));
    f.evidence.insert(QStringLiteral("users"), rankedList(users));
    out.append(f);
}

void addThrottled(const LogReport &report, Findings &out)
{
    const ActiveSyncStats &as = report.aggregates.activesync;
    if (as.autoBlocked == 0)
        return;
    const QList<Ranked> reasons = report.errorReasons(503);
    const QList<Ranked> users = report.topUsers(UserMetric::Status503, kTop);
    Finding f = make(
        "throttled",
        Severity::Fail,
        Tr::tr("Exchange throttled or auto-blocked ActiveSync devices"),
        Tr::tr("%1 ActiveSync requests got 503 with an autoblock or throttling "
               "reason (%2). Most affected: %3.")
            .arg(number(as.autoBlocked), rankedText(reasons.mid(0, kTop)), rankedText(users)));
    f.evidence = statusEvidence(as, 503);
    f.evidence.insert(QStringLiteral("autoBlocked"), qlonglong(as.autoBlocked));
    f.evidence.insert(QStringLiteral("reasons"), rankedList(reasons.mid(0, kTop)));
    f.evidence.insert(QStringLiteral("users"), rankedList(users));
    out.append(f);
}

void addQuarantined(const LogReport &report, Findings &out)
{
    const ActiveSyncStats &as = report.aggregates.activesync;
    if (!report.filter.hasUser() || as.quarantined == 0)
        return;
    Finding f = make("device-quarantined",
                     Severity::Warn,
                     Tr::tr("A device of this user is in ActiveSync quarantine"),
                     Tr::tr("%1 ActiveSync requests of this user were logged with As:Quarantined: "
                            "an administrator has to allow the device.")
                         .arg(number(as.quarantined)));
    f.evidence = {{QStringLiteral("count"), qlonglong(as.quarantined)}};
    out.append(f);
}

// Failures per status that no finding above explains (e.g. 456, 457, 507, 401.3, a 503 without
// an autoblock reason).
QVariantMap unexplainedFailures(const ActiveSyncStats &as)
{
    std::int64_t firstLeg401 = 0; // 401.2, not a failure
    for (const auto &[key, n] : as.byStatusDetail) {
        if (key >> 48 == 401 && (key >> 32 & 0xffff) == 2)
            firstLeg401 += n;
    }
    QVariantMap byStatus;
    for (int status = 400; status < int(as.byStatus.size()); ++status) {
        std::int64_t n = as.byStatus[std::size_t(status)];
        if (!ActiveSyncStats::isFailure(status, 0) || status == 403 || status == 500)
            n = 0;
        else if (status == 401)
            n -= as.authFailures + firstLeg401;
        else if (status == 503)
            n -= as.autoBlocked;
        if (n > 0)
            byStatus.insert(QString::number(status), qlonglong(n));
    }
    return byStatus;
}

void addOtherFailures(const LogReport &report, Findings &out)
{
    const QVariantMap byStatus = unexplainedFailures(report.aggregates.activesync);
    if (byStatus.isEmpty())
        return;
    QStringList statuses;
    std::int64_t total = 0;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
        statuses.append(QStringLiteral("%1 (%2)").arg(it.key(), number(it.value().toLongLong())));
        total += it.value().toLongLong();
    }
    Finding f = make("logs-other-failures",
                     Severity::Warn,
                     Tr::tr("Other ActiveSync failures in the IIS logs"),
                     Tr::tr("%1 more ActiveSync requests failed, by HTTP status: %2.")
                         .arg(number(total), statuses.join(QStringLiteral(", "))));
    f.evidence
        = {{QStringLiteral("count"), qlonglong(total)}, {QStringLiteral("byStatus"), byStatus}};
    out.append(f);
}

void addInputProblems(const LogReport &report, Findings &out)
{
    QStringList problems;
    for (const FileReport &file : report.files) {
        if (!file.error.isEmpty())
            problems.append(Tr::tr("%1: %2").arg(file.path, file.error));
        if (file.noFieldsLines > 0)
            problems.append(Tr::tr("%1: %2 data lines without a #Fields directive were not read")
                                .arg(file.path, number(file.noFieldsLines)));
        if (file.corruptLines > 0)
            problems.append(Tr::tr("%1: %2 corrupt lines (first at line %3)")
                                .arg(file.path,
                                     number(file.corruptLines),
                                     number(file.corrupt.empty() ? 0 : file.corrupt.front().line)));
    }
    if (problems.isEmpty())
        return;
    Finding f = make("logs-input-problems",
                     Severity::Info,
                     Tr::tr("Some log lines or files could not be read"),
                     problems.join(QStringLiteral("; ")));
    f.evidence = {{QStringLiteral("problems"), problems}};
    out.append(f);
}

} // namespace

Findings evaluate(const LogReport &report)
{
    Findings out;
    addAuthFailures(report, out);
    addStatusFinding(report,
                     403,
                     "logs-forbidden",
                     Tr::tr("ActiveSync requests were refused (403) in the IIS logs"),
                     out);
    addStatusFinding(report,
                     500,
                     "logs-server-errors",
                     Tr::tr("ActiveSync requests failed with server errors (500)"),
                     out);
    addThrottled(report, out);
    addQuarantined(report, out);
    addOtherFailures(report, out);
    const std::int64_t requests = report.aggregates.activesync.requests;
    if (out.isEmpty() && requests == 0) {
        out.append(make("logs-no-activesync",
                        Severity::Info,
                        Tr::tr("No ActiveSync requests in the logs"),
                        report.filter.hasUser()
                            ? Tr::tr("The logs hold no ActiveSync request of %1 in the time range.")
                                  .arg(report.filter.user())
                            : Tr::tr("The logs hold no request to /Microsoft-Server-ActiveSync "
                                     "in the time range.")));
    } else if (out.isEmpty()) {
        out.append(
            make("logs-no-failures",
                 Severity::Pass,
                 Tr::tr("No ActiveSync failures in the logs"),
                 Tr::tr("%1 ActiveSync requests, none refused or failed.").arg(number(requests))));
    }
    addInputProblems(report, out);
    return out;
}

} // namespace eas::logs::LogFindings
