#include "FieldLayout.h"

namespace eas::logs {

namespace {

struct Name
{
    std::string_view w3c;
    Field field;
};

constexpr Name kNames[] = {
    {"date", Field::Date},
    {"time", Field::Time},
    {"s-ip", Field::ServerIp},
    {"s-computername", Field::ServerName},
    {"cs-method", Field::Method},
    {"cs-uri-stem", Field::UriStem},
    {"cs-uri-query", Field::UriQuery},
    {"cs-username", Field::Username},
    {"c-ip", Field::ClientIp},
    {"cs(user-agent)", Field::UserAgent},
    {"sc-status", Field::Status},
    {"sc-substatus", Field::SubStatus},
    {"sc-win32-status", Field::Win32Status},
    {"time-taken", Field::TimeTaken},
};

bool equalsIgnoringCase(std::string_view a, std::string_view lower)
{
    if (a.size() != lower.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const char c = a[i] >= 'A' && a[i] <= 'Z' ? char(a[i] + 32) : a[i];
        if (c != lower[i])
            return false;
    }
    return true;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

} // namespace

FieldLayout FieldLayout::fromDirective(std::string_view value)
{
    FieldLayout layout;
    std::size_t pos = 0;
    while (pos < value.size()) {
        while (pos < value.size() && isBlank(value[pos]))
            ++pos;
        std::size_t end = pos;
        while (end < value.size() && !isBlank(value[end]))
            ++end;
        if (end == pos)
            break;
        const std::string_view name = value.substr(pos, end - pos);
        for (const Name &n : kNames) {
            // The first occurrence wins; a field past the read limit stays unread.
            if (layout.fieldCount < kMaxReadField && layout.indexOf(n.field) < 0
                && equalsIgnoringCase(name, n.w3c)) {
                layout.index[std::size_t(n.field)] = std::int8_t(layout.fieldCount);
            }
        }
        ++layout.fieldCount;
        pos = end;
    }
    return layout;
}

} // namespace eas::logs
