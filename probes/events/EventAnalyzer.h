#pragma once

#include "events/EventAggregator.h"
#include "events/EventAnalysis.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QStringList>

#include <atomic>
#include <functional>

class QIODevice;

namespace eas::events {

// Bytes done and total of the inputs being read; called on the reading thread.
using ProgressFn = std::function<void(qint64 done, qint64 total)>;

// The format from the first bytes of an input (64 are enough); Unknown when neither .evtx nor
// XML. Route by content, not by name: IIS logs and event exports can share a folder.
EventFormat detectEventFormat(QByteArrayView head);
EventFormat detectEventFileFormat(const QString &path);

// Reads one input (an open device) into the aggregator, as source `path`. Safe on a worker
// thread; `cancel` is polled between records, progress reported every 256 KiB and at the end.
void readEventDevice(QIODevice *device,
                     const QString &path,
                     EventAggregator &aggregator,
                     const ProgressFn &progress = {},
                     const std::atomic<bool> *cancel = nullptr);
// Each path in turn; a file that cannot be opened gets its error and the others are read.
void readEventFiles(const QStringList &paths,
                    EventAggregator &aggregator,
                    const ProgressFn &progress = {},
                    const std::atomic<bool> *cancel = nullptr);
// The events array of a collector bundle (see eventFromJson), as source `origin`.
void readBundleEvents(const QJsonArray &events, const QString &origin, EventAggregator &aggregator);

// One-call forms of the above for analyze-logs and the logs step.
EventAnalysis analyzeEventFiles(const QStringList &paths,
                                const EventFilter &filter = {},
                                const ProgressFn &progress = {},
                                const std::atomic<bool> *cancel = nullptr);
EventAnalysis analyzeBundleEvents(const QJsonArray &events,
                                  const QString &origin,
                                  const EventFilter &filter = {});

} // namespace eas::events
