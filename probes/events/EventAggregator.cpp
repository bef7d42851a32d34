#include "EventAggregator.h"

#include "events/ActiveSyncEvents.h"

#include <algorithm>

namespace eas::events {

namespace {

constexpr int MaxGroups = 5000;

QString hourKey(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:00:00Z"))
                          : QStringLiteral("unknown");
}

void widen(QDateTime *first, QDateTime *last, const QDateTime &time)
{
    if (!time.isValid())
        return;
    if (!first->isValid() || time < *first)
        *first = time;
    if (!last->isValid() || time > *last)
        *last = time;
}

} // namespace

EventAggregator::EventAggregator(const EventFilter &filter)
    : m_filter(filter)
{
}

void EventAggregator::beginSource(const QString &path, EventFormat format)
{
    m_analysis.sources.append({path, format, 0, QString()});
}

void EventAggregator::endSource(const QString &error)
{
    if (!m_analysis.sources.isEmpty())
        m_analysis.sources.last().error = error;
}

void EventAggregator::add(const EventRecord &record)
{
    ++m_analysis.records;
    if (!m_analysis.sources.isEmpty())
        ++m_analysis.sources.last().records;
    if (!m_filter.accepts(record.timeCreated)) {
        ++m_analysis.outsideWindow;
        return;
    }
    m_analysis.byProvider.add(record.provider.isEmpty() ? QStringLiteral("(none)")
                                                        : record.provider);
    m_analysis.byEventId.add(QString::number(record.eventId));
    if (isActiveSyncProvider(record.provider))
        addActiveSync(record);
}

void EventAggregator::addActiveSync(const EventRecord &record)
{
    const ActiveSyncEvent event = interpretActiveSyncEvent(record);
    ActiveSyncSummary &summary = m_analysis.activeSync;
    ++summary.events;
    widen(&summary.first, &summary.last, record.timeCreated);
    summary.byReason.add(event.reason);
    summary.byEventId.add(QString::number(record.eventId));
    summary.byHour.add(hourKey(record.timeCreated));
    if (event.blocking) {
        ++summary.blocking;
        summary.blockingByHour.add(hourKey(record.timeCreated));
    }
    if (!event.user.isEmpty())
        summary.byUser.add(event.user);
    if (!event.deviceId.isEmpty())
        summary.byDevice.add(event.deviceId);
    if (!event.clientIp.isEmpty())
        summary.byClientIp.add(event.clientIp);
    addToGroup(record, event);
}

void EventAggregator::addToGroup(const EventRecord &record, const ActiveSyncEvent &event)
{
    QString key = QStringList{QString::number(record.eventId),
                              event.reason,
                              event.user,
                              event.deviceId,
                              event.clientIp}
                      .join(QChar(0x1f));
    ActiveSyncGroup group{record.eventId,
                          event.blocking,
                          event.reason,
                          event.user,
                          event.deviceId,
                          event.deviceType,
                          event.clientIp,
                          0,
                          {},
                          {}};
    if (!m_groups.contains(key) && m_groups.size() >= MaxGroups) {
        key = Tally::OtherKey + (event.blocking ? QLatin1Char('b') : QLatin1Char('n'));
        group = ActiveSyncGroup{0, event.blocking, Tally::OtherKey, {}, {}, {}, {}, 0, {}, {}};
    }
    auto it = m_groups.find(key);
    if (it == m_groups.end())
        it = m_groups.insert(key, group);
    ++it->events;
    widen(&it->first, &it->last, record.timeCreated);
}

EventAnalysis EventAggregator::result() const
{
    EventAnalysis analysis = m_analysis;
    analysis.activeSync.groups = m_groups.values();
    std::sort(analysis.activeSync.groups.begin(),
              analysis.activeSync.groups.end(),
              [](const ActiveSyncGroup &a, const ActiveSyncGroup &b) {
                  if (a.events != b.events)
                      return a.events > b.events;
                  return a.first < b.first;
              });
    return analysis;
}

} // namespace eas::events
