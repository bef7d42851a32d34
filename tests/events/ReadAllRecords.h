#pragma once

#include "events/EventRecord.h"

#include <QBuffer>
#include <QList>
#include <QString>

namespace eas::events::test {

struct ReadResult
{
    QList<EventRecord> records;
    QString error;
};

// Every record a reader (EvtxReader, EventXmlReader) gives for `bytes`, and its error at the end.
template<typename Reader> ReadResult readAll(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(&buffer);
    ReadResult result;
    EventRecord record;
    while (reader.readNext(&record))
        result.records.append(record);
    result.error = reader.errorString();
    return result;
}

} // namespace eas::events::test
