#include "RequestParser.h"

#include "LineSplitter.h"

#include <cstdint>
#include <cstring>

namespace eas::logs::RequestParser {

namespace {

constexpr std::string_view kActiveSync = "/microsoft-server-activesync";
constexpr std::string_view kProxy = "/proxy";

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

// `lowerText` is already lower case.
bool startsWithIgnoringCase(std::string_view text, std::string_view lowerText)
{
    if (text.size() < lowerText.size())
        return false;
    for (std::size_t i = 0; i < lowerText.size(); ++i) {
        if (lower(text[i]) != lowerText[i])
            return false;
    }
    return true;
}

bool keyIs(std::string_view key, std::string_view lowerName)
{
    return key.size() == lowerName.size() && startsWithIgnoringCase(key, lowerName);
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

// A Log= item "Name:value" (or "Name%3avalue"): sets `value` and returns true.
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

// Calls f(piece) for every piece of `text` between `separator` bytes, in order (16 bytes at a
// time with SSE2; never reads outside `text`).
template<typename F> void forEachPiece(std::string_view text, char separator, F &&f)
{
    std::size_t start = 0;
    std::size_t i = 0;
#ifdef EAS_LOGS_SSE2
    const __m128i s = _mm_set1_epi8(separator);
    for (; i + 16 <= text.size(); i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text.data() + i));
        for (auto m = std::uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(v, s))); m; m &= m - 1) {
            const std::size_t at = i + detail::lowestBit(m);
            f(text.substr(start, at - start));
            start = at + 1;
        }
    }
#endif
    for (; i < text.size(); ++i) {
        if (text[i] == separator) {
            f(text.substr(start, i - start));
            start = i + 1;
        }
    }
    f(text.substr(start));
}

void takeQueryPair(std::string_view pair, QueryItems &items)
{
    const std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos)
        return;
    const std::string_view key = pair.substr(0, eq);
    const std::string_view value = pair.substr(eq + 1);
    if (keyIs(key, "cmd"))
        items.cmd = value;
    else if (keyIs(key, "user"))
        items.user = value;
    else if (keyIs(key, "deviceid"))
        items.deviceId = value;
    else if (keyIs(key, "devicetype"))
        items.deviceType = value;
    else if (keyIs(key, "log"))
        items.log = value;
}

void takeLogItem(std::string_view item, LogItems &out)
{
    if (item.size() < 2)
        return;
    std::string_view value;
    switch (item[0]) {
    case 'S':
        if (item[1] >= '0' && item[1] <= '9') {
            const std::int64_t n = parseNumber(item.substr(1));
            if (n >= 0 && n < 100000)
                out.easStatus = int(n);
        }
        break;
    case 'E':
        if (itemValue(item, "Error", &value))
            out.error = value;
        break;
    case 'A':
        if (itemValue(item, "As", &value))
            out.accessState = value;
        break;
    default:
        break;
    }
}

} // namespace

Role roleOf(std::string_view stem)
{
    if (stem.size() < kActiveSync.size() || stem[0] != '/' || lower(stem[1]) != 'm'
        || !startsWithIgnoringCase(stem, kActiveSync)) {
        return Role::NotActiveSync;
    }
    return startsWithIgnoringCase(stem.substr(kActiveSync.size()), kProxy) ? Role::BackEnd
                                                                           : Role::FrontEnd;
}

QueryItems parseQuery(std::string_view query)
{
    QueryItems items;
    forEachPiece(query, '&', [&](std::string_view pair) { takeQueryPair(pair, items); });
    return items;
}

LogItems parseLogItems(std::string_view log)
{
    LogItems items;
    forEachPiece(log, '_', [&](std::string_view item) { takeLogItem(item, items); });
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

std::size_t normalizeUser(std::string_view raw, bool queryEncoded, char *out, std::size_t capacity)
{
    if (raw == "-")
        return 0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < raw.size() && n < capacity; ++i) {
        char c = raw[i];
        if (c == '+') {
            c = ' ';
        } else if (queryEncoded && c == '%' && i + 2 < raw.size()) {
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
