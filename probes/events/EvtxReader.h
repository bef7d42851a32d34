#pragma once

#include "events/EventRecord.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;

namespace eas::events {

class EvtxChunk;

// Streams the records of an .evtx file: the 4 KiB file header, then one 64 KiB chunk at a
// time, each decoded by libevtx. A cut-short file yields the records of its complete chunks;
// a damaged chunk or record is skipped and counted. errorString() says what could not be read.
class EvtxReader
{
public:
    explicit EvtxReader(QIODevice *device);
    ~EvtxReader();

    // Reads the next record; false at the end of what can be read.
    bool readNext(EventRecord *record);
    // Empty when the whole file was read.
    QString errorString() const;

private:
    bool readHeader();
    bool loadNextChunk();

    QIODevice *m_device;
    QByteArray m_header;
    std::unique_ptr<EvtxChunk> m_chunk;
    int m_chunkCount = -1; // from the header; -1 before it is read
    int m_chunkIndex = 0;
    int m_recordIndex = 0;
    int m_damagedChunks = 0;
    int m_damagedRecords = 0;
    QString m_fatal;
    QString m_firstDamage;
};

} // namespace eas::events
