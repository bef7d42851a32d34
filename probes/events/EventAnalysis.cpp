#include "EventAnalysis.h"

namespace eas::events {

QString formatName(EventFormat format)
{
    switch (format) {
    case EventFormat::Evtx:
        return QStringLiteral("evtx");
    case EventFormat::Xml:
        return QStringLiteral("xml");
    case EventFormat::Bundle:
        return QStringLiteral("bundle");
    case EventFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

int EventAnalysis::readableSources() const
{
    int readable = 0;
    for (const EventSource &source : sources) {
        if (source.records > 0 || source.error.isEmpty())
            ++readable;
    }
    return readable;
}

bool EventFilter::accepts(const QDateTime &time) const
{
    if (!since.isValid() && !until.isValid())
        return true;
    if (!time.isValid())
        return false;
    return (!since.isValid() || time >= since) && (!until.isValid() || time <= until);
}

} // namespace eas::events
