#include "ByteReader.h"

#include "MappedWindowGuard.h"

#include "core/Tr.h"

#include <QFile>
#include <QFileInfo>

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace eas::logs {

namespace {

// Fills the page table of a new mapping in one call (a fault every few pages costs more than
// scanning them). False when part of it is gone: the file got shorter since it was mapped.
bool populate(uchar *data, std::int64_t offset, std::int64_t size)
{
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_READ)
    const auto lead = std::int64_t(offset % sysconf(_SC_PAGESIZE));
    if (madvise(data - lead, std::size_t(size + lead), MADV_POPULATE_READ) != 0)
        return errno == EINVAL; // a kernel before 5.14: the pages fault in as they are read
#else
    Q_UNUSED(data);
    Q_UNUSED(offset);
    Q_UNUSED(size);
#endif
    return true;
}

class FileReader : public ByteReader
{
public:
    ~FileReader() override { unmapView(); }

    bool open(const QString &path)
    {
        m_file.setFileName(path);
        if (m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            m_viewable = m_file.size();
            return true;
        }
        m_error = m_file.errorString();
        return false;
    }

    std::int64_t viewableBytes() const override { return m_viewable; }

    // Maps the window (QFile::map: mmap, or a file mapping on Windows). A mapped page past the
    // end of a file that got shorter kills the process (SIGBUS), so only bytes the file still
    // holds are mapped, and a window whose pages cannot all be populated is read instead.
    std::string_view view(std::int64_t offset, std::int64_t size) override
    {
        unmapView();
        if (offset < 0 || size <= 0 || !MappedWindowGuard::install()
            || offset + size > std::min<std::int64_t>(m_viewable, m_file.size()))
            return {};
        m_view = m_file.map(offset, size);
        if (m_view && !populate(m_view, offset, size))
            unmapView();
        if (!m_view)
            return {};
        MappedWindowGuard::enter(reinterpret_cast<const char *>(m_view), std::size_t(size));
        return {reinterpret_cast<const char *>(m_view), std::size_t(size)};
    }

    bool viewIntact() override
    {
        if (!m_view || !MappedWindowGuard::faulted())
            return true;
        m_error = fileChangedError();
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
    void unmapView()
    {
        if (!m_view)
            return;
        MappedWindowGuard::leave();
        m_file.unmap(m_view);
        m_view = nullptr;
    }

    QFile m_file;
    std::int64_t m_consumed = 0;
    std::int64_t m_viewable = 0;
    uchar *m_view = nullptr;
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

    std::int64_t viewableBytes() const override { return m_bytes.size(); }

    std::string_view view(std::int64_t offset, std::int64_t size) override
    {
        if (offset < 0 || size <= 0 || offset + size > m_bytes.size())
            return {};
        return {m_bytes.constData() + offset, std::size_t(size)};
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

QString ByteReader::fileChangedError()
{
    return Tr::tr("the file changed while it was read: it is shorter now, or a part of it could "
                  "not be read");
}

std::string_view ByteReader::view(std::int64_t, std::int64_t)
{
    return {};
}

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
