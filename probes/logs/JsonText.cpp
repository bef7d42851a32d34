#include "JsonText.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QString>

#include <charconv>
#include <cstdio>

namespace eas::logs {

namespace {

// A byte that ends a run of bytes copied as they are: an escaped one, or the start of non-ASCII.
bool endsRun(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u >= 0x80 || c == '"' || c == '\\';
}

// Howard Hinnant's civil_from_days.
void civilFromDays(std::int64_t z, std::int64_t *y, int *m, int *d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = int(doy - (153 * mp + 2) / 5 + 1);
    *m = int(mp < 10 ? mp + 3 : mp - 9);
    *y = std::int64_t(yoe) + era * 400 + (*m <= 2);
}

// `n` as `width` decimal digits.
void putDigits(char *at, int n, int width)
{
    for (int i = width - 1; i >= 0; --i, n /= 10)
        at[i] = char('0' + n % 10);
}

} // namespace

void JsonText::beginObject()
{
    separate();
    m_text += '{';
    m_afterValue = false;
}

void JsonText::endObject()
{
    m_text += '}';
    m_afterValue = true;
}

void JsonText::key(std::string_view utf8)
{
    separate();
    quoted(utf8);
    m_text += ':';
    m_afterValue = false;
}

void JsonText::string(std::string_view utf8)
{
    separate();
    quoted(utf8);
    m_afterValue = true;
}

void JsonText::stringOrNull(std::string_view utf8)
{
    if (utf8.empty())
        null();
    else
        string(utf8);
}

void JsonText::number(std::int64_t n)
{
    separate();
    char digits[24];
    const std::to_chars_result r = std::to_chars(digits, digits + sizeof digits, n);
    m_text.append(digits, std::size_t(r.ptr - digits));
    m_afterValue = true;
}

void JsonText::null()
{
    separate();
    m_text += "null";
    m_afterValue = true;
}

void JsonText::timeOrNull(std::int64_t secs)
{
    constexpr std::int64_t kYear1 = -62135596800;    // 0001-01-01T00:00:00Z
    constexpr std::int64_t kYear9999 = 253402300799; // 9999-12-31T23:59:59Z
    if (secs < kYear1 || secs > kYear9999) { // QDateTime's own form, or null where it has none
        const QDateTime t = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
        if (t.isValid())
            string(t.toString(Qt::ISODate).toStdString());
        else
            null();
        return;
    }
    const std::int64_t days = (secs - kYear1) / 86400 + kYear1 / 86400;
    const auto second = int(secs - days * 86400);
    std::int64_t year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    char text[] = "0000-00-00T00:00:00Z";
    putDigits(text, int(year), 4);
    putDigits(text + 5, month, 2);
    putDigits(text + 8, day, 2);
    putDigits(text + 11, second / 3600, 2);
    putDigits(text + 14, second / 60 % 60, 2);
    putDigits(text + 17, second % 60, 2);
    string(text);
}

QJsonObject JsonText::toObject() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(m_text.data(), qsizetype(m_text.size())), &error);
    Q_ASSERT(error.error == QJsonParseError::NoError);
    return doc.object();
}

void JsonText::separate()
{
    if (m_afterValue)
        m_text += ',';
}

void JsonText::quoted(std::string_view utf8)
{
    m_text += '"';
    escaped(utf8, false);
    m_text += '"';
}

// Appends `utf8` with '"', '\\' and control characters escaped. Bytes from the first non-ASCII
// one on are taken as QString::fromUtf8 reads them (invalid sequences become U+FFFD), unless
// they are `valid` already.
void JsonText::escaped(std::string_view utf8, bool valid)
{
    std::size_t run = 0; // the first byte not yet appended
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (!endsRun(c))
            continue;
        m_text.append(utf8, run, i - run);
        run = i + 1;
        if (c == '"' || c == '\\') {
            m_text += '\\';
            m_text += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char code[8];
            std::snprintf(code, sizeof code, "\\u%04x", unsigned(c));
            m_text += code;
        } else if (valid) {
            m_text += c;
        } else {
            const std::string_view rest = utf8.substr(i);
            const QByteArray decoded
                = QString::fromUtf8(rest.data(), qsizetype(rest.size())).toUtf8();
            escaped(std::string_view(decoded.constData(), std::size_t(decoded.size())), true);
            return;
        }
    }
    m_text.append(utf8, run);
}

} // namespace eas::logs
