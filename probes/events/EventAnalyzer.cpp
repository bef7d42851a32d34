#include "EventAnalyzer.h"

#include "events/BundleEvents.h"
#include "events/EventXmlReader.h"
#include "events/EvtxReader.h"

#include "core/Tr.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace eas::events {

namespace {

constexpr qint64 ProgressStep = 256 * 1024;

bool isCancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

QString unsupportedReason(QByteArrayView head)
{
    if (head.size() >= 8 && head.sliced(4, 4) == QByteArrayView("LfLe"))
        return Tr::tr("legacy .evt format (Windows Server 2003 and older) is not supported: open "
                      "it in Event Viewer and save it as .evtx or XML");
    if (head.isEmpty())
        return Tr::tr("the file is empty");
    return Tr::tr("not an event log export: expected an .evtx file or Event Viewer / wevtutil XML");
}

// Reads records until the reader stops or `cancel` is set; returns the source's error text.
template<typename Reader>
QString readRecords(Reader &reader,
                    QIODevice *device,
                    EventAggregator &aggregator,
                    const ProgressFn &progress,
                    const std::atomic<bool> *cancel)
{
    const qint64 size = device->size();
    qint64 reported = 0;
    EventRecord record;
    while (reader.readNext(&record)) {
        aggregator.add(record);
        if (isCancelled(cancel)) {
            aggregator.setCancelled();
            return Tr::tr("cancelled: the rest of the file was not read");
        }
        if (progress && device->pos() - reported >= ProgressStep) {
            reported = device->pos();
            progress(reported, size);
        }
    }
    if (progress)
        progress(size, size);
    return reader.errorString();
}

// Opens the file; the reason when it cannot be read, else empty.
QString openForReading(const QString &path, QFile *file)
{
    if (QFileInfo(path).isDir())
        return Tr::tr("is a folder, not a file");
    if (!file->open(QIODevice::ReadOnly))
        return Tr::tr("cannot open: %1").arg(file->errorString());
    return {};
}

} // namespace

EventFormat detectEventFormat(QByteArrayView head)
{
    if (head.startsWith(QByteArrayView("ElfFile\0", 8)))
        return EventFormat::Evtx;
    for (const QByteArrayView bom :
         {QByteArrayView("\xef\xbb\xbf"), QByteArrayView("\xff\xfe"), QByteArrayView("\xfe\xff")}) {
        if (head.startsWith(bom)) {
            head = head.sliced(bom.size());
            break;
        }
    }
    for (const char byte : head) {
        if (byte == '<')
            return EventFormat::Xml;
        if (byte != 0 && byte != ' ' && byte != '\t' && byte != '\r' && byte != '\n')
            return EventFormat::Unknown;
    }
    return EventFormat::Unknown;
}

EventFormat detectEventFileFormat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return EventFormat::Unknown;
    return detectEventFormat(file.read(64));
}

void readEventDevice(QIODevice *device,
                     const QString &path,
                     EventAggregator &aggregator,
                     const ProgressFn &progress,
                     const std::atomic<bool> *cancel)
{
    const QByteArray head = device->peek(64);
    const EventFormat format = detectEventFormat(head);
    aggregator.beginSource(path, format);
    QString error;
    if (format == EventFormat::Evtx) {
        EvtxReader reader(device);
        error = readRecords(reader, device, aggregator, progress, cancel);
    } else if (format == EventFormat::Xml) {
        EventXmlReader reader(device);
        error = readRecords(reader, device, aggregator, progress, cancel);
    } else {
        error = unsupportedReason(head);
    }
    aggregator.endSource(error);
}

void readEventFiles(const QStringList &paths,
                    EventAggregator &aggregator,
                    const ProgressFn &progress,
                    const std::atomic<bool> *cancel)
{
    qint64 total = 0;
    for (const QString &path : paths) {
        if (const QFileInfo info(path); info.isFile())
            total += info.size();
    }
    qint64 before = 0;
    for (const QString &path : paths) {
        QFile file(path);
        const QString error
            = isCancelled(cancel) ? Tr::tr("not read: cancelled") : openForReading(path, &file);
        if (!error.isEmpty()) {
            aggregator.beginSource(path, EventFormat::Unknown);
            aggregator.endSource(error);
            continue;
        }
        const ProgressFn fileProgress = [&](qint64 done, qint64) {
            if (progress)
                progress(before + done, total);
        };
        readEventDevice(&file, path, aggregator, fileProgress, cancel);
        before += file.size();
    }
}

void readBundleEvents(const QJsonArray &events, const QString &origin, EventAggregator &aggregator)
{
    aggregator.beginSource(origin, EventFormat::Bundle);
    int notEvents = 0;
    for (const QJsonValue &value : events) {
        if (value.isObject())
            aggregator.add(eventFromJson(value.toObject()));
        else
            ++notEvents;
    }
    aggregator.endSource(notEvents == 0 ? QString()
                                        : Tr::tr("%n entry(ies) of the events array are not "
                                                 "event objects",
                                                 "",
                                                 notEvents));
}

EventAnalysis analyzeEventFiles(const QStringList &paths,
                                const EventFilter &filter,
                                const ProgressFn &progress,
                                const std::atomic<bool> *cancel)
{
    EventAggregator aggregator(filter);
    readEventFiles(paths, aggregator, progress, cancel);
    return aggregator.result();
}

EventAnalysis
analyzeBundleEvents(const QJsonArray &events, const QString &origin, const EventFilter &filter)
{
    EventAggregator aggregator(filter);
    readBundleEvents(events, origin, aggregator);
    return aggregator.result();
}

} // namespace eas::events
