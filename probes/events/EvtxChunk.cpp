#include "EvtxChunk.h"

#include "events/EventXmlBuilder.h"

#include <libbfio.h>
#include <libevtx.h>

namespace eas::events {

namespace {

// Largest XML rendering of one record that is parsed; a chunk is 64 KiB, but templates can
// expand, so this leaves room while bounding what a hostile chunk can cost.
constexpr size_t MaxXmlBytes = 4 * 1024 * 1024;
constexpr size_t MaxStringBytes = size_t(MaxFieldChars) * 4;

using SizeGetter = int (*)(libevtx_record_t *, size_t *, libevtx_error_t **);
using StringGetter = int (*)(libevtx_record_t *, uint8_t *, size_t, libevtx_error_t **);

QString errorText(libevtx_error_t **error)
{
    char buffer[512] = {};
    const bool printed = *error && libevtx_error_sprint(*error, buffer, sizeof buffer) > 0;
    libevtx_error_free(error);
    return printed ? QString::fromUtf8(buffer).trimmed().section(QLatin1Char('\n'), -1)
                   : QStringLiteral("libevtx error");
}

QString fromUtf8Buffer(const QByteArray &buffer)
{
    return QString::fromUtf8(buffer.constData(), qstrnlen(buffer.constData(), buffer.size()));
}

QString recordString(libevtx_record_t *record, SizeGetter sizeOf, StringGetter get, size_t cap)
{
    libevtx_error_t *error = nullptr;
    size_t size = 0;
    QByteArray buffer;
    if (sizeOf(record, &size, &error) == 1 && size > 0 && size <= cap) {
        buffer = QByteArray(qsizetype(size), '\0');
        if (get(record, reinterpret_cast<uint8_t *>(buffer.data()), size, &error) != 1)
            buffer.clear();
    }
    libevtx_error_free(&error);
    return fromUtf8Buffer(buffer);
}

QString insertionString(libevtx_record_t *record, int index)
{
    libevtx_error_t *error = nullptr;
    size_t size = 0;
    QByteArray buffer;
    if (libevtx_record_get_utf8_string_size(record, index, &size, &error) == 1 && size > 0
        && size <= MaxStringBytes) {
        buffer = QByteArray(qsizetype(size), '\0');
        auto *data = reinterpret_cast<uint8_t *>(buffer.data());
        if (libevtx_record_get_utf8_string(record, index, data, size, &error) != 1)
            buffer.clear();
    }
    libevtx_error_free(&error);
    return fromUtf8Buffer(buffer);
}

QStringList insertionStrings(libevtx_record_t *record)
{
    libevtx_error_t *error = nullptr;
    int count = 0;
    QStringList strings;
    if (libevtx_record_get_number_of_strings(record, &count, &error) == 1) {
        for (int i = 0; i < qMin(count, MaxStrings); ++i)
            strings.append(insertionString(record, i));
    }
    libevtx_error_free(&error);
    return strings;
}

QDateTime fromFiletime(uint64_t filetime)
{
    constexpr qint64 EpochDifferenceMs = 11644473600000LL; // 1601-01-01 to 1970-01-01
    return QDateTime::fromMSecsSinceEpoch(qint64(filetime / 10000) - EpochDifferenceMs, Qt::UTC);
}

// Fills what the record's XML rendering does not say, and takes from the binary record what
// libevtx reads there directly (event id, level, computer, insertion strings).
bool fillFromGetters(libevtx_record_t *record, EventRecord *out)
{
    libevtx_error_t *error = nullptr;
    uint32_t eventId = 0;
    if (libevtx_record_get_event_identifier(record, &eventId, &error) != 1) {
        libevtx_error_free(&error);
        return false;
    }
    out->eventId = quint16(eventId & 0xffff); // the high bits carry the qualifiers
    // An exported (saved) log renumbers the record headers from 1; <EventRecordID> in the XML
    // keeps the number Event Viewer shows, so the header's number is only the fallback.
    uint64_t identifier = 0;
    if (out->recordId == 0 && libevtx_record_get_identifier(record, &identifier, &error) == 1)
        out->recordId = identifier;
    uint8_t level = 0;
    if (libevtx_record_get_event_level(record, &level, &error) == 1)
        out->level = level;
    uint64_t written = 0;
    if (!out->timeCreated.isValid()
        && libevtx_record_get_written_time(record, &written, &error) == 1)
        out->timeCreated = fromFiletime(written);
    libevtx_error_free(&error);
    const QString computer = recordString(record,
                                          libevtx_record_get_utf8_computer_name_size,
                                          libevtx_record_get_utf8_computer_name,
                                          MaxStringBytes);
    if (!computer.isEmpty())
        out->computer = computer;
    if (out->provider.isEmpty())
        out->provider = recordString(record,
                                     libevtx_record_get_utf8_source_name_size,
                                     libevtx_record_get_utf8_source_name,
                                     MaxStringBytes);
    if (const QStringList strings = insertionStrings(record); !strings.isEmpty())
        out->strings = strings;
    return true;
}

} // namespace

struct EvtxChunk::Handles
{
    QByteArray image; // libbfio reads from it; it must live as long as the handles
    libbfio_handle_t *io = nullptr;
    libevtx_file_t *file = nullptr;

    ~Handles()
    {
        libevtx_error_t *error = nullptr;
        if (file) {
            libevtx_file_close(file, &error); // fails harmlessly when the open failed
            libevtx_error_free(&error);
            libevtx_file_free(&file, &error);
            libevtx_error_free(&error);
        }
        libbfio_error_t *ioError = nullptr;
        if (io)
            libbfio_handle_free(&io, &ioError);
        libbfio_error_free(&ioError);
    }
};

EvtxChunk::EvtxChunk(std::unique_ptr<Handles> handles, int recordCount)
    : m_handles(std::move(handles))
    , m_recordCount(recordCount)
{
}

EvtxChunk::~EvtxChunk() = default;

std::unique_ptr<EvtxChunk> EvtxChunk::open(const QByteArray &image, QString *error)
{
    auto handles = std::make_unique<Handles>();
    handles->image = image;
    libbfio_error_t *ioError = nullptr;
    libevtx_error_t *evtxError = nullptr;
    auto *bytes = reinterpret_cast<uint8_t *>(handles->image.data());
    if (libbfio_memory_range_initialize(&handles->io, &ioError) != 1
        || libbfio_memory_range_set(handles->io, bytes, size_t(handles->image.size()), &ioError)
               != 1
        || libevtx_file_initialize(&handles->file, &evtxError) != 1) {
        libbfio_error_free(&ioError);
        *error = errorText(&evtxError);
        return nullptr;
    }
    int count = 0;
    if (libevtx_file_open_file_io_handle(handles->file, handles->io, LIBEVTX_OPEN_READ, &evtxError)
            != 1
        || libevtx_file_get_number_of_records(handles->file, &count, &evtxError) != 1) {
        *error = errorText(&evtxError);
        return nullptr;
    }
    return std::unique_ptr<EvtxChunk>(new EvtxChunk(std::move(handles), count));
}

bool EvtxChunk::readRecord(int index, EventRecord *record) const
{
    libevtx_error_t *error = nullptr;
    libevtx_record_t *handle = nullptr;
    if (libevtx_file_get_record_by_index(m_handles->file, index, &handle, &error) != 1) {
        libevtx_error_free(&error);
        return false;
    }
    const QString xml = recordString(handle,
                                     libevtx_record_get_utf8_xml_string_size,
                                     libevtx_record_get_utf8_xml_string,
                                     MaxXmlBytes);
    EventRecord parsed = parseEventXml(xml).value_or(EventRecord());
    const bool ok = fillFromGetters(handle, &parsed);
    libevtx_record_free(&handle, &error);
    libevtx_error_free(&error);
    if (ok)
        *record = std::move(parsed);
    return ok;
}

} // namespace eas::events
