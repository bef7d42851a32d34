#pragma once

#include <QByteArray>
#include <QJsonValue>

#include <cstdint>
#include <string>
#include <string_view>

namespace eas::logs {

// JSON written straight as indented text (four spaces a level and a line break at the end, as
// QJsonDocument::Indented writes it), for the logs report: its tables run to tens of thousands of
// keys, and building QJsonObjects first costs several times the writing. Strings are log bytes:
// invalid UTF-8 becomes U+FFFD, as QString::fromUtf8 makes it. The caller writes a well-formed
// sequence (a key before each member, every object and array closed); keys are written as given, so
// unique keys are the caller's.
class JsonText
{
public:
    // `depth`: the nesting level the text will sit at when pasted into a bigger document (raw()).
    explicit JsonText(int depth = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view utf8);
    void string(std::string_view utf8);
    void string(const QString &text);
    void stringOrNull(std::string_view utf8); // null when empty
    void stringOrNull(const QString &text);   // null when empty
    void number(std::int64_t n);
    void boolean(bool b);
    void null();
    // Seconds since the epoch as QDateTime::toString(Qt::ISODate) writes them in UTC
    // ("2026-11-24T03:24:54Z"), computed for years 1 to 9999; empty where QDateTime has no time.
    struct TimeText
    {
        char text[32];
        int size = 0;
        std::string_view view() const { return {text, std::size_t(size)}; }
    };
    static TimeText timeText(std::int64_t secsSinceEpoch);
    void timeOrNull(std::int64_t secsSinceEpoch); // the time's text, or null
    // Any Qt JSON value (the findings, the events), written the same way.
    void value(const QJsonValue &v);
    // A value written by another JsonText made with this one's depth at that point.
    void raw(const std::string &text);

    const std::string &text() const { return m_text; }
    std::string take() { return std::move(m_text); }

private:
    void beginValue();
    void newLine();
    void quoted(std::string_view utf8, bool valid);
    void escaped(std::string_view utf8, bool valid);

    std::string m_text;
    int m_depth = 0;
    bool m_afterValue = false; // a member or element was written in the open object or array
    bool m_afterKey = true;    // the first value goes where the caller put the text
};

} // namespace eas::logs
