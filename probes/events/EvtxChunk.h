#pragma once

#include "events/EventRecord.h"

#include <QByteArray>

#include <memory>

namespace eas::events {

// One .evtx chunk opened with libevtx, as a small file image (the file header, patched to one
// chunk, plus the 64 KiB chunk) in memory. Reading chunk by chunk keeps memory flat: libevtx
// opened on a whole file keeps an entry for every record of it. Recovered (deleted) records
// are never read.
class EvtxChunk
{
public:
    ~EvtxChunk();
    EvtxChunk(const EvtxChunk &) = delete;
    EvtxChunk &operator=(const EvtxChunk &) = delete;

    // nullptr, with libevtx's reason in `error`, when libevtx cannot open the image.
    static std::unique_ptr<EvtxChunk> open(const QByteArray &image, QString *error);

    int recordCount() const { return m_recordCount; }
    // False when the record cannot be decoded.
    bool readRecord(int index, EventRecord *record) const;

private:
    struct Handles;
    EvtxChunk(std::unique_ptr<Handles> handles, int recordCount);

    std::unique_ptr<Handles> m_handles;
    int m_recordCount = 0;
};

} // namespace eas::events
