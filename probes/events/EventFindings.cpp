#include "EventFindings.h"

#include "events/EventsJson.h"

#include "core/Steps.h"
#include "core/Tr.h"

#include <algorithm>

namespace eas::events {

namespace {

constexpr int TopEvidence = 10;

QStringList userTokens(const QString &user)
{
    const QString lower = user.trimmed().toLower();
    return {lower, lower.section(QLatin1Char('@'), 0, 0), lower.section(QLatin1Char('\\'), -1)};
}

bool userMatches(const QString &logged, const QString &wanted)
{
    const QStringList wantedTokens = userTokens(wanted);
    for (const QString &token : userTokens(logged)) {
        if (!token.isEmpty() && wantedTokens.contains(token))
            return true;
    }
    return false;
}

QString advice(quint16 eventId)
{
    switch (eventId) {
    case 1100:
        return Tr::tr("The reason in the event names what to change, for example ActiveSync "
                      "turned off for the mailbox or a device access rule.");
    case 1053:
        return Tr::tr("Exchange may not create the user's device list in Active Directory: turn "
                      "on permission inheritance on the user's account (often off on "
                      "administrator accounts) so that the Exchange Servers group can create it.");
    case 3007:
    case 3014:
        return Tr::tr("The mailbox server answers too slowly: check its health and look for "
                      "devices that send too many requests.");
    default:
        return Tr::tr("Read the full text of these events for what to change.");
    }
}

Finding makeFinding(const char *id, Severity severity, const QString &title, const QString &detail)
{
    return Finding::make(QString::fromLatin1(id), steps::Logs, severity, title, detail);
}

QVariantMap topMap(const Tally &tally)
{
    QVariantMap map;
    for (const auto &[key, count] : tally.top(TopEvidence))
        map.insert(key, count);
    return map;
}

QStringList topKeys(const Tally &tally)
{
    QStringList keys;
    for (const auto &entry : tally.top(TopEvidence))
        keys.append(entry.first);
    return keys;
}

// The tallies of the evidence, over the groups that match.
struct Evidence
{
    qint64 events = 0;
    Tally reasons, eventIds, users, devices, clientIps;
    QDateTime first, last;

    void add(const ActiveSyncGroup &group)
    {
        events += group.events;
        reasons.add(group.reason, group.events);
        eventIds.add(QString::number(group.eventId), group.events);
        if (!group.user.isEmpty())
            users.add(group.user, group.events);
        if (!group.deviceId.isEmpty())
            devices.add(group.deviceType.isEmpty() ? group.deviceId
                                                   : group.deviceId + QLatin1String(" (")
                                                         + group.deviceType + QLatin1Char(')'),
                        group.events);
        if (!group.clientIp.isEmpty())
            clientIps.add(group.clientIp, group.events);
        if (group.first.isValid() && (!first.isValid() || group.first < first))
            first = group.first;
        if (group.last.isValid() && (!last.isValid() || group.last > last))
            last = group.last;
    }
};

QString blockingDetail(const Evidence &e, quint16 topEventId)
{
    const auto [topReason, topCount] = e.reasons.top(1).value(0);
    return Tr::tr("Exchange logged %n event(s) that mean ActiveSync refused connections, between "
                  "%1 and %2. The most frequent reason is \"%3\" (%4 of them). While these "
                  "events keep coming, phones cannot sync even with the right settings and "
                  "password. %5 After the fix, export the log again: no new events of this kind "
                  "should appear.",
                  "",
                  int(e.events))
        .arg(timeToJson(e.first).toString(), timeToJson(e.last).toString(), topReason)
        .arg(topCount)
        .arg(advice(topEventId));
}

Finding blockingFinding(const EventAnalysis &analysis,
                        const QList<ActiveSyncGroup> &groups,
                        const QString &user)
{
    Evidence e;
    for (const ActiveSyncGroup &group : groups)
        e.add(group);
    const QString title
        = user.isEmpty()
              ? Tr::tr("%n ActiveSync blocking event(s) in the event logs", "", int(e.events))
              : Tr::tr("%n ActiveSync blocking event(s) for %1", "", int(e.events)).arg(user);
    Finding finding = makeFinding(
        "blocking-events-found", Severity::Fail, title, blockingDetail(e, groups.value(0).eventId));
    QVariantMap &evidence = finding.evidence;
    evidence.insert(QStringLiteral("events"), e.events);
    evidence.insert(QStringLiteral("byReason"), topMap(e.reasons));
    evidence.insert(QStringLiteral("byEventId"), topMap(e.eventIds));
    evidence.insert(QStringLiteral("users"), topKeys(e.users));
    evidence.insert(QStringLiteral("devices"), topKeys(e.devices));
    evidence.insert(QStringLiteral("clientIps"), topKeys(e.clientIps));
    evidence.insert(QStringLiteral("first"), timeToJson(e.first).toVariant());
    evidence.insert(QStringLiteral("last"), timeToJson(e.last).toVariant());
    if (user.isEmpty() && !analysis.activeSync.blockingByHour.isEmpty()) {
        const auto [hour, count] = analysis.activeSync.blockingByHour.top(1).value(0);
        evidence.insert(QStringLiteral("peakHour"), hour);
        evidence.insert(QStringLiteral("peakHourEvents"), count);
    }
    if (!user.isEmpty())
        evidence.insert(QStringLiteral("user"), user);
    evidence.insert(QStringLiteral("complete"), !analysis.cancelled);
    return finding;
}

Finding sourcesFinding(const EventAnalysis &analysis, bool nothingRead)
{
    QStringList lines;
    QVariantList files;
    for (const EventSource &source : analysis.sources) {
        if (source.error.isEmpty())
            continue;
        lines.append(source.path + QLatin1String(": ") + source.error);
        files.append(QVariantMap{{QStringLiteral("path"), source.path},
                                 {QStringLiteral("records"), source.records},
                                 {QStringLiteral("error"), source.error}});
    }
    const QString errors = lines.join(QLatin1String("; "));
    Finding finding
        = nothingRead
              ? makeFinding("event-logs-unreadable",
                            Severity::Error,
                            Tr::tr("The event log files could not be read"),
                            Tr::tr("%1. Export the log again with Event Viewer (Save "
                                   "All Events As, .evtx or XML) or with wevtutil, "
                                   "and give that file.")
                                .arg(errors))
              : makeFinding("event-logs-incomplete",
                            Severity::Info,
                            Tr::tr("Some event log files were read only in part"),
                            Tr::tr("%1. The results cover what could be read.").arg(errors));
    finding.evidence.insert(QStringLiteral("files"), files);
    return finding;
}

Finding otherUsersFinding(const EventAnalysis &analysis, const QString &user)
{
    Finding finding = makeFinding(
        "blocking-events-other-users",
        Severity::Info,
        Tr::tr("ActiveSync blocking events for other users"),
        Tr::tr("No blocking event names %1, but %n event(s) block other users or name no user. "
               "A server-wide cause, such as a device access rule, may still affect this user.",
               "",
               int(analysis.activeSync.blocking))
            .arg(user));
    finding.evidence.insert(QStringLiteral("events"), analysis.activeSync.blocking);
    finding.evidence.insert(QStringLiteral("users"), topKeys(analysis.activeSync.byUser));
    return finding;
}

Finding noneFinding(const EventAnalysis &analysis)
{
    const qint64 activeSync = analysis.activeSync.events;
    const QString detail
        = activeSync == 0
              ? Tr::tr("None of the %n record(s) read came from MSExchange ActiveSync. If you "
                       "expected some, export the Application log of the Exchange servers that "
                       "handle ActiveSync.",
                       "",
                       int(analysis.records))
              : Tr::tr("%n ActiveSync event(s) were read; none of them means a refused "
                       "connection.",
                       "",
                       int(activeSync));
    Finding finding = makeFinding("blocking-events-none",
                                  Severity::Pass,
                                  Tr::tr("No ActiveSync blocking events in the event logs"),
                                  detail);
    finding.evidence.insert(QStringLiteral("records"), analysis.records);
    finding.evidence.insert(QStringLiteral("activeSyncEvents"), activeSync);
    return finding;
}

} // namespace

Findings findingsFor(const EventAnalysis &analysis, const QString &user)
{
    if (analysis.sources.isEmpty())
        return {};
    if (analysis.readableSources() == 0)
        return {sourcesFinding(analysis, true)};
    Findings findings;
    QList<ActiveSyncGroup> blocking;
    for (const ActiveSyncGroup &group : analysis.activeSync.groups) {
        if (group.blocking && (user.isEmpty() || userMatches(group.user, user)))
            blocking.append(group);
    }
    if (!blocking.isEmpty())
        findings.append(blockingFinding(analysis, blocking, user));
    else if (analysis.activeSync.blocking > 0)
        findings.append(otherUsersFinding(analysis, user));
    else if (!analysis.cancelled)
        findings.append(noneFinding(analysis));
    if (std::any_of(analysis.sources.cbegin(), analysis.sources.cend(), [](const EventSource &s) {
            return !s.error.isEmpty();
        }))
        findings.append(sourcesFinding(analysis, false));
    return findings;
}

} // namespace eas::events
