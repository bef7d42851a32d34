#pragma once

#include <QJsonObject>

#include <cstdint>
#include <string>
#include <string_view>

namespace eas::logs {

// One JSON object written as compact text, then turned into a QJsonObject by Qt's parser. For
// the big tables of the report (thousands of users, devices, client IPs): the parser builds an
// object in one pass, where QJsonObject::insert copies every key and value through temporaries,
// several times slower. Strings are log bytes: invalid UTF-8 becomes U+FFFD, as
// QString::fromUtf8 makes it.
class JsonText
{
public:
    void beginObject();
    void endObject();
    void key(std::string_view utf8);
    void string(std::string_view utf8);
    void stringOrNull(std::string_view utf8); // null when empty
    void number(std::int64_t n);
    void null();
    // Seconds since the epoch as QDateTime::toString(Qt::ISODate) writes them in UTC
    // ("2026-11-24T03:24:54Z"), computed for years 1 to 9999; null where QDateTime has no time.
    void timeOrNull(std::int64_t secsSinceEpoch);

    // The object written (one, complete).
    QJsonObject toObject() const;

private:
    void separate();
    void quoted(std::string_view utf8);
    void escaped(std::string_view utf8, bool valid);

    std::string m_text;
    bool m_afterValue = false;
};

} // namespace eas::logs
