#pragma once

#include <cstdint>
#include <string_view>

namespace eas::logs {

// Which IIS site logged an ActiveSync request (Exchange 2013+): the front end (Default Web Site,
// /Microsoft-Server-ActiveSync/default.eas) or the back end (Exchange Back End,
// /Microsoft-Server-ActiveSync/Proxy/default.eas).
enum class Role : std::uint8_t { NotActiveSync, FrontEnd, BackEnd };

// The parts of cs-uri-query an ActiveSync request carries in its plain-text form.
struct QueryItems
{
    std::string_view cmd;
    std::string_view user; // still percent-encoded
    std::string_view deviceId;
    std::string_view deviceType;
    std::string_view log;
};

// The Log= items that say how Exchange answered (reference/eas-protocol.md section 6).
struct LogItems
{
    int easStatus = -1;           // the last S<n> item
    std::string_view error;       // Error:<reason>
    std::string_view accessState; // As:<state><reason letter>, e.g. AllowedG
};

namespace RequestParser {

// Role of a cs-uri-stem: an ActiveSync request starts with /Microsoft-Server-ActiveSync (any case).
Role roleOf(std::string_view stem);

QueryItems parseQuery(std::string_view query);
LogItems parseLogItems(std::string_view log);

// A W3C number ("200", "1326"); -1 for "-", empty or anything that is not digits.
std::int64_t parseNumber(std::string_view text);

// Days since 1970-01-01 for "YYYY-MM-DD", or INT64_MIN when malformed.
std::int64_t parseDay(std::string_view date);
// Seconds into the day for "hh:mm:ss" (fractions ignored), or -1 when malformed.
int parseTimeOfDay(std::string_view time);

// Decodes a user name into `out` (at most `capacity` bytes): %XX and '+' as in a query value
// when `queryEncoded`, '+' as a space otherwise (IIS writes spaces as '+'); ASCII lower-cased.
// "-" is empty. Returns the decoded length.
std::size_t normalizeUser(std::string_view raw, bool queryEncoded, char *out, std::size_t capacity);

} // namespace RequestParser

} // namespace eas::logs
