#include "ByteReader.h"

#include "core/Tr.h"

#include <QFile>
#include <QFileInfo>

#include <zlib.h>

#include <algorithm>
#include <climits>
#include <cstring>

namespace eas::logs {

namespace {

class FileReader : public ByteReader
{
public:
    bool open(const QString &path)
    {
        m_file.setFileName(path);
        if (m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return true;
        m_error = m_file.errorString();
        return false;
    }

    std::int64_t read(char *dst, std::int64_t n) override
    {
        const std::int64_t got = m_file.read(dst, n);
        if (got < 0)
            m_error = m_file.errorString();
        else
            m_consumed += got;
        return got;
    }

    bool seek(std::int64_t offset) override
    {
        m_consumed = offset;
        if (m_file.seek(offset))
            return true;
        m_error = m_file.errorString();
        return false;
    }

    std::int64_t consumed() const override { return m_consumed; }

private:
    QFile m_file;
    std::int64_t m_consumed = 0;
};

class GzipReader : public ByteReader
{
public:
    ~GzipReader() override
    {
        if (m_gz)
            gzclose(m_gz);
    }

    bool open(const QString &path)
    {
        m_gz = gzopen(QFile::encodeName(path).constData(), "rb");
        if (!m_gz) {
            m_error = Tr::tr("cannot open the compressed file");
            return false;
        }
        gzbuffer(m_gz, 256 * 1024);
        return true;
    }

    std::int64_t read(char *dst, std::int64_t n) override
    {
        const int got = gzread(m_gz, dst, unsigned(std::min<std::int64_t>(n, INT_MAX / 2)));
        int code = Z_OK;
        const char *message = gzerror(m_gz, &code);
        // A truncated stream ends with Z_BUF_ERROR ("unexpected end of file") and 0 bytes.
        if (got < 0 || (got == 0 && code != Z_OK)) {
            m_error = QString::fromUtf8(message);
            return -1;
        }
        return got;
    }

    bool seek(std::int64_t) override { return false; }
    std::int64_t consumed() const override { return gzoffset(m_gz); }

private:
    gzFile m_gz = nullptr;
};

class MemoryReader : public ByteReader
{
public:
    explicit MemoryReader(const QByteArray &bytes)
        : m_bytes(bytes)
    {
    }

    std::int64_t read(char *dst, std::int64_t n) override
    {
        const std::int64_t got = std::min<std::int64_t>(n, m_bytes.size() - m_pos);
        std::memcpy(dst, m_bytes.constData() + m_pos, std::size_t(got));
        m_pos += got;
        return got;
    }

    bool seek(std::int64_t offset) override
    {
        m_pos = std::clamp<std::int64_t>(offset, 0, m_bytes.size());
        return true;
    }

    std::int64_t consumed() const override { return m_pos; }

private:
    QByteArray m_bytes;
    std::int64_t m_pos = 0;
};

} // namespace

LogInput LogInput::fromFile(const QString &path)
{
    LogInput input;
    input.path = path;
    input.gzip = path.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive);
    return input;
}

LogInput LogInput::fromMemory(const QString &name, const QByteArray &bytes)
{
    LogInput input;
    input.path = name;
    input.inMemory = true;
    input.memory = bytes;
    return input;
}

std::int64_t LogInput::size() const
{
    if (inMemory)
        return memory.size();
    const QFileInfo info(path);
    return info.isFile() ? info.size() : -1;
}

std::unique_ptr<ByteReader> ByteReader::open(const LogInput &input, QString *error)
{
    if (input.inMemory)
        return std::make_unique<MemoryReader>(input.memory);
    if (input.gzip) {
        auto reader = std::make_unique<GzipReader>();
        if (reader->open(input.path))
            return reader;
        *error = reader->errorString();
        return nullptr;
    }
    auto reader = std::make_unique<FileReader>();
    if (reader->open(input.path))
        return reader;
    *error = reader->errorString();
    return nullptr;
}

} // namespace eas::logs
