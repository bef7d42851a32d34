// libFuzzer harness for the event log reading path: the bytes are read as an input file would be
// (.evtx through libevtx chunk by chunk, or Event Viewer / wevtutil XML), or as a collector
// bundle's events array when they parse as JSON; then the ActiveSync analysis, its JSON and its
// findings run over what was read.
#include "events/EventAnalyzer.h"
#include "events/EventFindings.h"
#include "events/EventsJson.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace eas::events;
    QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    EventAggregator aggregator;
    if (bytes.startsWith('[')) {
        readBundleEvents(
            QJsonDocument::fromJson(bytes).array(), QStringLiteral("fuzz"), aggregator);
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        readEventDevice(&buffer, QStringLiteral("fuzz"), aggregator, [](qint64, qint64) {});
    }
    const EventAnalysis analysis = aggregator.result();
    eventsToJson(analysis);
    findingsFor(analysis, QStringLiteral("jdoe@contoso.com"));
    return 0;
}
