#include "JsonText.h"

#include "Sse2.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QString>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>

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

JsonText::JsonText(int depth)
    : m_depth(depth)
{
}

void JsonText::beginObject()
{
    beginValue();
    m_text += '{';
    ++m_depth;
    m_afterValue = false;
}

void JsonText::endObject()
{
    --m_depth;
    if (m_afterValue)
        newLine();
    m_text += '}';
    if (m_depth == 0)
        m_text += '\n'; // the end of the document
    m_afterValue = true;
}

void JsonText::beginArray()
{
    beginValue();
    m_text += '[';
    ++m_depth;
    m_afterValue = false;
}

void JsonText::endArray()
{
    --m_depth;
    if (m_afterValue)
        newLine();
    m_text += ']';
    if (m_depth == 0)
        m_text += '\n'; // the end of the document
    m_afterValue = true;
}

void JsonText::key(std::string_view utf8)
{
    beginValue();
    quoted(utf8, false);
    m_text += ": ";
    m_afterKey = true;
}

void JsonText::string(std::string_view utf8)
{
    beginValue();
    quoted(utf8, false);
    m_afterValue = true;
}

void JsonText::string(const QString &text)
{
    beginValue();
    const QByteArray utf8 = text.toUtf8();
    quoted(std::string_view(utf8.constData(), std::size_t(utf8.size())), true);
    m_afterValue = true;
}

void JsonText::stringOrNull(std::string_view utf8)
{
    if (utf8.empty())
        null();
    else
        string(utf8);
}

void JsonText::stringOrNull(const QString &text)
{
    if (text.isEmpty())
        null();
    else
        string(text);
}

void JsonText::number(std::int64_t n)
{
    beginValue();
    char digits[24];
    const std::to_chars_result r = std::to_chars(digits, digits + sizeof digits, n);
    m_text.append(digits, std::size_t(r.ptr - digits));
    m_afterValue = true;
}

void JsonText::boolean(bool b)
{
    beginValue();
    m_text += b ? "true" : "false";
    m_afterValue = true;
}

void JsonText::null()
{
    beginValue();
    m_text += "null";
    m_afterValue = true;
}

JsonText::TimeText JsonText::timeText(std::int64_t secs)
{
    constexpr std::int64_t kYear1 = -62135596800;    // 0001-01-01T00:00:00Z
    constexpr std::int64_t kYear9999 = 253402300799; // 9999-12-31T23:59:59Z
    TimeText out;
    if (secs < kYear1 || secs > kYear9999) { // QDateTime's own form, or none
        const QDateTime t = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
        const QByteArray text = t.isValid() ? t.toString(Qt::ISODate).toLatin1() : QByteArray();
        out.size = int(std::min<qsizetype>(text.size(), sizeof out.text));
        std::memcpy(out.text, text.constData(), std::size_t(out.size));
        return out;
    }
    const std::int64_t days = (secs - kYear1) / 86400 + kYear1 / 86400;
    const auto second = int(secs - days * 86400);
    std::int64_t year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    std::memcpy(out.text, "0000-00-00T00:00:00Z", 20);
    putDigits(out.text, int(year), 4);
    putDigits(out.text + 5, month, 2);
    putDigits(out.text + 8, day, 2);
    putDigits(out.text + 11, second / 3600, 2);
    putDigits(out.text + 14, second / 60 % 60, 2);
    putDigits(out.text + 17, second % 60, 2);
    out.size = 20;
    return out;
}

void JsonText::timeOrNull(std::int64_t secs)
{
    const TimeText t = timeText(secs);
    if (t.size == 0)
        null();
    else
        string(t.view());
}

void JsonText::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = v.toObject();
        beginObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QByteArray name = it.key().toUtf8();
            key(std::string_view(name.constData(), std::size_t(name.size())));
            value(it.value());
        }
        endObject();
        break;
    }
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &element : v.toArray())
            value(element);
        endArray();
        break;
    case QJsonValue::String:
        string(v.toString());
        break;
    case QJsonValue::Bool:
        boolean(v.toBool());
        break;
    case QJsonValue::Double:
        if (const qint64 n = v.toInteger(); double(n) == v.toDouble()) {
            number(n);
        } else {
            beginValue();
            m_text += QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest)
                          .toStdString();
            m_afterValue = true;
        }
        break;
    default:
        null();
        break;
    }
}

void JsonText::raw(const std::string &text)
{
    beginValue();
    m_text += text;
    m_afterValue = true;
}

// Before a key, an element, or the value after a key: the separator and the line it starts.
void JsonText::beginValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_afterValue)
        m_text += ',';
    if (m_depth > 0)
        newLine();
}

void JsonText::newLine()
{
    m_text += '\n';
    m_text.append(std::size_t(m_depth) * 4, ' ');
}

void JsonText::quoted(std::string_view utf8, bool valid)
{
    m_text += '"';
    escaped(utf8, valid);
    m_text += '"';
}

// Appends `utf8` with '"', '\\' and control characters escaped. Bytes from the first non-ASCII
// one on are taken as QString::fromUtf8 reads them (invalid sequences become U+FFFD), unless
// they are `valid` already.
void JsonText::escaped(std::string_view utf8, bool valid)
{
    std::size_t run = 0; // the first byte not yet appended
    std::size_t i = 0;
#ifdef EAS_LOGS_SSE2
    // Runs of plain ASCII are skipped 16 bytes at a time: a signed compare below ' ' catches
    // the control bytes and every byte from 0x80 on.
    for (; i + 16 <= utf8.size(); i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(utf8.data() + i));
        const __m128i special = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(' ')),
                                             _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                                          _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
        if (_mm_movemask_epi8(special) != 0)
            break;
    }
#endif
    for (; i < utf8.size(); ++i) {
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
