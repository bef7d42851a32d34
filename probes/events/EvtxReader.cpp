#include "EvtxReader.h"

#include "events/EvtxChunk.h"

#include "core/Tr.h"

#include <QIODevice>
#include <QtEndian>

namespace eas::events {

namespace {

constexpr qsizetype HeaderBytes = 4096;
constexpr qsizetype ChunkBytes = 64 * 1024;
constexpr QByteArrayView FileSignature("ElfFile\0", 8);
constexpr QByteArrayView ChunkSignature("ElfChnk\0", 8);

quint32 crc32(QByteArrayView bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// The file header rewritten to describe a file of exactly one chunk (first and last chunk
// number 0, one chunk, checksum of the first 120 bytes updated).
QByteArray singleChunkHeader(QByteArray header)
{
    char *data = header.data();
    qToLittleEndian<quint64>(0, data + 8);
    qToLittleEndian<quint64>(0, data + 16);
    qToLittleEndian<quint16>(1, data + 42);
    qToLittleEndian<quint32>(crc32(QByteArrayView(header).first(120)), data + 124);
    return header;
}

} // namespace

EvtxReader::EvtxReader(QIODevice *device)
    : m_device(device)
{
}

EvtxReader::~EvtxReader() = default;

bool EvtxReader::readNext(EventRecord *record)
{
    if (m_chunkCount < 0 && !readHeader())
        return false;
    for (;;) {
        if (m_chunk && m_recordIndex < m_chunk->recordCount()) {
            if (m_chunk->readRecord(m_recordIndex++, record))
                return true;
            ++m_damagedRecords;
            continue;
        }
        if (!loadNextChunk())
            return false;
    }
}

QString EvtxReader::errorString() const
{
    QStringList parts;
    if (!m_fatal.isEmpty())
        parts.append(m_fatal);
    if (m_damagedChunks > 0)
        parts.append(Tr::tr("%n damaged chunk(s) skipped (first: %1)", "", m_damagedChunks)
                         .arg(m_firstDamage));
    if (m_damagedRecords > 0)
        parts.append(Tr::tr("%n record(s) could not be decoded", "", m_damagedRecords));
    return parts.join(QLatin1String("; "));
}

bool EvtxReader::readHeader()
{
    m_chunkCount = 0;
    const QByteArray header = m_device->read(HeaderBytes);
    if (!header.startsWith(FileSignature)) {
        m_fatal = Tr::tr("not an .evtx file (no ElfFile signature)");
        return false;
    }
    if (header.size() < HeaderBytes) {
        m_fatal = Tr::tr("the file is cut short inside its header (%n byte(s); the header alone "
                         "takes 4096)",
                         "",
                         int(header.size()));
        return false;
    }
    const auto minor = qFromLittleEndian<quint16>(header.constData() + 36);
    const auto major = qFromLittleEndian<quint16>(header.constData() + 38);
    const auto blockSize = qFromLittleEndian<quint16>(header.constData() + 40);
    if (major != 3 || blockSize != HeaderBytes) {
        m_fatal = Tr::tr("unsupported .evtx format version %1.%2").arg(major).arg(minor);
        return false;
    }
    m_chunkCount = qFromLittleEndian<quint16>(header.constData() + 42);
    m_header = singleChunkHeader(header);
    return true;
}

bool EvtxReader::loadNextChunk()
{
    m_chunk.reset();
    m_recordIndex = 0;
    while (m_chunkIndex < m_chunkCount) {
        const QByteArray chunk = m_device->read(ChunkBytes);
        if (chunk.size() < ChunkBytes) {
            m_fatal = Tr::tr("the file is cut short: it ends inside chunk %1 of %2, so only the "
                             "records of the first %3 chunk(s) were read")
                          .arg(m_chunkIndex + 1)
                          .arg(m_chunkCount)
                          .arg(m_chunkIndex);
            m_chunkIndex = m_chunkCount;
            return false;
        }
        ++m_chunkIndex;
        QString why;
        if (chunk.startsWith(ChunkSignature))
            m_chunk = EvtxChunk::open(m_header + chunk, &why);
        else
            why = Tr::tr("chunk %1 has no ElfChnk signature").arg(m_chunkIndex);
        if (m_chunk)
            return true;
        if (m_damagedChunks++ == 0)
            m_firstDamage = why;
    }
    return false;
}

} // namespace eas::events
