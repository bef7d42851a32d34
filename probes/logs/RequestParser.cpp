#include "RequestParser.h"

#include "Base64Query.h"
#include "LineSplitter.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace eas::logs::RequestParser {

namespace {

// A lower-case ASCII pattern and, per byte, the bit that tells a letter's case (0x20 for a
// letter, 0 for anything else): (byte | caseBit) == pattern byte matches a letter of the pattern
// in either case and anything else only itself.
template<std::size_t N> struct CaseFolded
{
    static constexpr std::size_t kSize = N - 1;

    constexpr explicit CaseFolded(const char (&text)[N])
    {
        for (std::size_t i = 0; i < kSize; ++i) {
            lower[i] = text[i];
            caseBits[i] = text[i] >= 'a' && text[i] <= 'z' ? 0x20 : 0;
        }
    }

    char lower[N] = {};
    char caseBits[N] = {};
};

constexpr CaseFolded kActiveSync("/microsoft-server-activesync");
constexpr CaseFolded kProxy("/proxy");
constexpr CaseFolded kCmd("cmd");
constexpr CaseFolded kUser("user");
constexpr CaseFolded kDeviceId("deviceid");
constexpr CaseFolded kDeviceType("devicetype");
constexpr CaseFolded kLog("log");

std::uint64_t load8(const char *p)
{
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

// Whether `text` starts with `pattern`, ignoring the case of its letters (8 bytes at a time).
template<std::size_t N> bool startsWith(std::string_view text, const CaseFolded<N> &pattern)
{
    if (text.size() < pattern.kSize)
        return false;
    std::size_t i = 0;
    for (; i + 8 <= pattern.kSize; i += 8) {
        if ((load8(text.data() + i) | load8(pattern.caseBits + i)) != load8(pattern.lower + i))
            return false;
    }
    for (; i < pattern.kSize; ++i) {
        if (char(text[i] | pattern.caseBits[i]) != pattern.lower[i])
            return false;
    }
    return true;
}

template<std::size_t N> bool equals(std::string_view text, const CaseFolded<N> &pattern)
{
    return text.size() == pattern.kSize && startsWith(text, pattern);
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = lower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

int twoDigits(const char *p)
{
    const unsigned a = unsigned(p[0] - '0');
    const unsigned b = unsigned(p[1] - '0');
    return a < 10 && b < 10 ? int(a * 10 + b) : -1;
}

// Howard Hinnant's days_from_civil.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

// A Log= item "Name:value" (or "Name%3avalue") at the start of `item`: sets `value` to what
// follows the colon and returns true.
bool itemValue(std::string_view item, std::string_view name, std::string_view *value)
{
    if (item.size() <= name.size() || item.compare(0, name.size(), name) != 0)
        return false;
    const std::string_view rest = item.substr(name.size());
    if (rest[0] == ':') {
        *value = rest.substr(1);
        return true;
    }
    if (rest.size() >= 3 && rest[0] == '%' && rest[1] == '3' && lower(rest[2]) == 'a') {
        *value = rest.substr(3);
        return true;
    }
    return false;
}

// The base64 form of a query: a first piece with no '=' but the padding at its end.
bool isBase64Piece(std::string_view piece, std::size_t eq)
{
    return !piece.empty()
           && (eq == std::string_view::npos
               || piece.find_first_not_of('=', eq) == std::string_view::npos);
}

void takeQueryPair(std::string_view pair, std::size_t eq, QueryItems &items)
{
    const std::string_view key = pair.substr(0, eq);
    const std::string_view value = pair.substr(eq + 1);
    switch (key.size()) {
    case 3:
        if (equals(key, kCmd))
            items.cmd = value;
        else if (equals(key, kLog))
            items.log = value;
        break;
    case 4:
        if (equals(key, kUser))
            items.user = value;
        break;
    case 8:
        if (equals(key, kDeviceId))
            items.deviceId = value;
        break;
    case 10:
        if (equals(key, kDeviceType))
            items.deviceType = value;
        break;
    default:
        break;
    }
}

// The items a decoded base64 query gives that the plain pairs did not.
void takeDecoded(const Base64Query &decoded, QueryItems &items)
{
    if (items.cmd.empty())
        items.cmd = decoded.cmd();
    if (items.user.empty()) {
        items.user = decoded.user();
        items.userForm = UserForm::Decoded;
    }
    if (items.deviceId.empty())
        items.deviceId = decoded.deviceId();
    if (items.deviceType.empty())
        items.deviceType = decoded.deviceType();
}

// Calls f(offset) for the start of every Log= item that begins with S, E or A (the only ones
// takeLogItem reads): the first item, and every '_' followed by one of those letters, found 16
// bytes at a time with SSE2.
template<typename F> void forEachLogItemStart(std::string_view log, F &&f)
{
    if (log.empty())
        return;
    f(std::size_t(0));
    const auto candidate = [](char c) {
        return c == 'S' || c == 'E' || c == 'A';
    };
    std::size_t i = 0;
#ifdef EAS_LOGS_SSE2
    const __m128i underscore = _mm_set1_epi8('_');
    for (; i + 17 <= log.size(); i += 16) {
        const char *p = log.data() + i;
        const __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 1));
        const __m128i letters = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(next, _mm_set1_epi8('S')),
                                                          _mm_cmpeq_epi8(next, _mm_set1_epi8('E'))),
                                             _mm_cmpeq_epi8(next, _mm_set1_epi8('A')));
        const __m128i starts = _mm_and_si128(_mm_cmpeq_epi8(here, underscore), letters);
        for (auto m = std::uint32_t(_mm_movemask_epi8(starts)); m; m &= m - 1)
            f(i + detail::lowestBit(m) + 1);
    }
#endif
    for (; i + 1 < log.size(); ++i) {
        if (log[i] == '_' && candidate(log[i + 1]))
            f(i + 1);
    }
}

// text.find(c) for a `c` that is a few bytes in (a query key's '=', a Log= item's end): a loop
// beats the memchr call find() makes.
std::size_t findNear(std::string_view text, char c)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == c)
            return i;
    }
    return std::string_view::npos;
}

// The Log= item that starts `rest` (it runs to the next '_').
std::string_view itemAt(std::string_view rest)
{
    return rest.substr(0, findNear(rest, '_'));
}

// Reads the item that starts `rest`, the log from there on: its end is looked for only when the
// item is one that is read.
void takeLogItem(std::string_view rest, LogItems &out)
{
    if (rest.size() < 2)
        return;
    std::string_view value;
    switch (rest[0]) {
    case 'S':
        if (rest[1] >= '0' && rest[1] <= '9') {
            const std::int64_t n = parseNumber(itemAt(rest).substr(1));
            if (n >= 0 && n < 100000)
                out.easStatus = int(n);
        }
        break;
    case 'E':
        if (itemValue(rest, "Error", &value))
            out.error = itemAt(value);
        break;
    case 'A':
        if (itemValue(rest, "As", &value))
            out.accessState = itemAt(value);
        break;
    default:
        break;
    }
}

} // namespace

Role roleOf(std::string_view stem)
{
    if (!startsWith(stem, kActiveSync))
        return Role::NotActiveSync;
    return startsWith(stem.substr(kActiveSync.kSize), kProxy) ? Role::BackEnd : Role::FrontEnd;
}

QueryItems parseQuery(std::string_view query, Base64Query *decoded)
{
    QueryItems items;
    bool wasDecoded = false;
    for (std::size_t start = 0; start < query.size();) {
        const std::size_t amp = std::min(query.find('&', start), query.size());
        const std::string_view pair = query.substr(start, amp - start);
        const std::size_t eq = findNear(pair, '=');
        if (start == 0 && decoded && isBase64Piece(pair, eq) && decoded->decode(pair))
            wasDecoded = true;
        else if (eq != std::string_view::npos)
            takeQueryPair(pair, eq, items);
        start = amp + 1;
    }
    if (wasDecoded)
        takeDecoded(*decoded, items);
    return items;
}

LogItems parseLogItems(std::string_view log)
{
    LogItems items;
    forEachLogItemStart(log, [&](std::size_t at) { takeLogItem(log.substr(at), items); });
    return items;
}

std::int64_t parseNumber(std::string_view text)
{
    if (text.empty() || text.size() > 18)
        return -1;
    std::int64_t n = 0;
    for (const char c : text) {
        const unsigned digit = unsigned(c - '0');
        if (digit > 9)
            return -1;
        n = n * 10 + digit;
    }
    return n;
}

std::int64_t parseDay(std::string_view date)
{
    if (date.size() != 10 || date[4] != '-' || date[7] != '-')
        return INT64_MIN;
    const int century = twoDigits(date.data());
    const int year = twoDigits(date.data() + 2);
    const int month = twoDigits(date.data() + 5);
    const int day = twoDigits(date.data() + 8);
    if (century < 0 || year < 0 || month < 1 || month > 12 || day < 1 || day > 31)
        return INT64_MIN;
    return daysFromCivil(century * 100 + year, unsigned(month), unsigned(day));
}

int parseTimeOfDay(std::string_view time)
{
    if (time.size() < 8 || time[2] != ':' || time[5] != ':')
        return -1;
    const int h = twoDigits(time.data());
    const int m = twoDigits(time.data() + 3);
    const int s = twoDigits(time.data() + 6);
    if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 60)
        return -1;
    return h * 3600 + m * 60 + s;
}

std::size_t normalizeUser(std::string_view raw, UserForm form, char *out, std::size_t capacity)
{
    if (raw == "-")
        return 0;
    std::size_t i = 0;
#ifdef EAS_LOGS_SSE2
    // 16 bytes at a time up to the first '+' or '%' (the loop below decodes those): A-Z get
    // their 0x20 bit; a signed compare leaves the bytes from 0x80 on as they are.
    for (; i + 16 <= raw.size() && i + 16 <= capacity; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(raw.data() + i));
        const __m128i coded = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('+')),
                                           _mm_cmpeq_epi8(v, _mm_set1_epi8('%')));
        if (_mm_movemask_epi8(coded) != 0)
            break;
        const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                            _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + i),
                         _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
    }
#endif
    std::size_t n = i;
    for (; i < raw.size() && n < capacity; ++i) {
        char c = raw[i];
        if (c == '+' && form != UserForm::Decoded) {
            c = ' ';
        } else if (form == UserForm::QueryValue && c == '%' && i + 2 < raw.size()) {
            const int hi = hexValue(raw[i + 1]);
            const int lo = hexValue(raw[i + 2]);
            if (hi >= 0 && lo >= 0) {
                c = char(hi * 16 + lo);
                i += 2;
            }
        }
        out[n++] = lower(c);
    }
    return n;
}

} // namespace eas::logs::RequestParser
