#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>

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

// Sequential reads into the caller's buffer: plain read(2) for files (unbuffered, nothing kept
// mapped), zlib for .gz. One reader per task and thread.
class ByteReader
{
public:
    virtual ~ByteReader() = default;

    // Up to `n` bytes; 0 at the end; -1 on error (see errorString()).
    virtual std::int64_t read(char *dst, std::int64_t n) = 0;
    // Only for splittable inputs.
    virtual bool seek(std::int64_t offset) = 0;
    // Input bytes consumed so far (compressed bytes for .gz), for progress.
    virtual std::int64_t consumed() const = 0;

    QString errorString() const { return m_error; }

    // nullptr with `error` set when the input cannot be opened.
    static std::unique_ptr<ByteReader> open(const LogInput &input, QString *error);

protected:
    QString m_error;
};

} // namespace eas::logs
