#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <string_view>

namespace eas::logs {

// One input of the analysis: a file on disk (plain or .gz) or bytes in memory (tests, fuzzing).
struct LogInput
{
    QString path; // shown in the report; the file read unless `inMemory`
    bool gzip = false;
    bool inMemory = false;
    QByteArray memory;

    static LogInput fromFile(const QString &path);
    static LogInput fromMemory(const QString &name, const QByteArray &bytes);
    // Bytes to read (compressed size for .gz); -1 when the file cannot be looked at.
    std::int64_t size() const;
    // A plain file or memory can be read from any offset, so threads can share it.
    bool isSplittable() const { return !gzip; }
};

// Reads an input two ways: views of its bytes without a copy (plain files are memory-mapped a
// window at a time where MappedWindowGuard catches bad pages, memory is looked at), or sequential
// reads into the caller's buffer (read(2) unbuffered for files that cannot be mapped, zlib for
// .gz). One reader per task and thread.
class ByteReader
{
public:
    virtual ~ByteReader() = default;

    // How many bytes from the start view() may be asked for: the size of a file when it was
    // opened (a log IIS is still writing is viewed up to there), 0 when it can only be read.
    virtual std::int64_t viewableBytes() const { return 0; }
    // Bytes [offset, offset + size) of the input, valid until the next view() or the reader's
    // end, or an empty view when they cannot be had (a mapping failed, the file got shorter):
    // then read() them.
    virtual std::string_view view(std::int64_t offset, std::int64_t size);
    // False when the last view went bad while it was scanned (the file got shorter, or a page
    // could not be read: a disk error, a network share gone): its bytes read as zeros from
    // there on, and errorString() says so.
    virtual bool viewIntact() { return true; }

    // Up to `n` bytes; 0 at the end; -1 on error (see errorString()).
    virtual std::int64_t read(char *dst, std::int64_t n) = 0;
    // Only for splittable inputs.
    virtual bool seek(std::int64_t offset) = 0;
    // Input bytes consumed so far (compressed bytes for .gz), for progress.
    virtual std::int64_t consumed() const = 0;

    QString errorString() const { return m_error; }
    // What is said of a file that got shorter, or could not be read in part, during its scan.
    static QString fileChangedError();

    // nullptr with `error` set when the input cannot be opened.
    static std::unique_ptr<ByteReader> open(const LogInput &input, QString *error);

protected:
    QString m_error;
};

} // namespace eas::logs
