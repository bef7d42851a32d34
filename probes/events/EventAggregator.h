#pragma once

#include "events/EventAnalysis.h"
#include "events/EventRecord.h"

#include <QHash>

namespace eas::events {

struct ActiveSyncEvent;

// Folds records into an EventAnalysis as they are read, in memory bounded by the number of
// distinct keys (see Tally), never by the number of records. Inputs are delimited with
// beginSource()/endSource() so each gets its `files` entry.
class EventAggregator
{
public:
    explicit EventAggregator(const EventFilter &filter = {});

    void beginSource(const QString &path, EventFormat format);
    void add(const EventRecord &record);
    void endSource(const QString &error);
    void setCancelled() { m_analysis.cancelled = true; }

    EventAnalysis result() const;

private:
    void addActiveSync(const EventRecord &record);
    void addToGroup(const EventRecord &record, const ActiveSyncEvent &event);

    EventFilter m_filter;
    EventAnalysis m_analysis;
    QHash<QString, ActiveSyncGroup> m_groups;
};

} // namespace eas::events
