#pragma once

#include <cstdint>
#include <string_view>

namespace eas::logs {

class Base64Query;

// Which IIS site logged an ActiveSync request (Exchange 2013+): the front end (Default Web Site,
// /Microsoft-Server-ActiveSync/default.eas) or the back end (Exchange Back End,
// /Microsoft-Server-ActiveSync/Proxy/default.eas).
enum class Role : std::uint8_t { NotActiveSync, FrontEnd, BackEnd };

// How a user name is written where it was found.
enum class UserForm : std::uint8_t {
    Logged,     // cs-username: IIS writes spaces as '+'
    QueryValue, // User= of a plain query: %XX, and '+' for a space
    Decoded,    // the user of a base64 query: the bytes as sent
};

// The parts of cs-uri-query an ActiveSync request carries, from its plain-text form or, for a
// base64 query, from the decoded blob (the Log= items are plain in both).
struct QueryItems
{
    std::string_view cmd;
    std::string_view user;
    std::string_view deviceId;
    std::string_view deviceType;
    std::string_view log;
    UserForm userForm = UserForm::QueryValue;
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

// The items of a plain query; a base64 query (a first piece without '=' but its padding) is
// decoded into `decoded` when one is given, and the items it lacks taken from there.
QueryItems parseQuery(std::string_view query, Base64Query *decoded = nullptr);
LogItems parseLogItems(std::string_view log);

// A W3C number ("200", "1326"); -1 for "-", empty or anything that is not digits.
std::int64_t parseNumber(std::string_view text);

// Days since 1970-01-01 for "YYYY-MM-DD", or INT64_MIN when malformed.
std::int64_t parseDay(std::string_view date);
// Seconds into the day for "hh:mm:ss" (fractions ignored), or -1 when malformed.
int parseTimeOfDay(std::string_view time);

// Decodes a user name written in `form` into `out` (at most `capacity` bytes), ASCII
// lower-cased; "-" is empty. Returns the decoded length.
std::size_t normalizeUser(std::string_view raw, UserForm form, char *out, std::size_t capacity);

} // namespace RequestParser

} // namespace eas::logs
