#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace eas::logs {

// The W3C fields the analysis reads; every other field is counted but not looked at.
enum class Field : std::uint8_t {
    Date,
    Time,
    ServerIp,
    ServerName,
    Method,
    UriStem,
    UriQuery,
    Username,
    ClientIp,
    UserAgent,
    Status,
    SubStatus,
    Win32Status,
    TimeTaken,
    Count
};

// What one "#Fields:" directive says: how many fields a data line has and where the ones we read
// are. A default-constructed layout means "no #Fields in force" (data lines are not guessed).
struct FieldLayout
{
    // Positions at or past this limit are not read (the line splitter keeps this many starts).
    static constexpr int kMaxReadField = 62;

    int fieldCount = 0;
    std::array<std::int8_t, std::size_t(Field::Count)> index = filled(-1);

    bool isValid() const { return fieldCount > 0; }
    int indexOf(Field field) const { return index[std::size_t(field)]; }
    bool has(Field field) const { return indexOf(field) >= 0; }

    // `value` is the text after "#Fields:", e.g. " date time s-ip cs-method ...".
    static FieldLayout fromDirective(std::string_view value);

    bool operator==(const FieldLayout &other) const
    {
        return fieldCount == other.fieldCount && index == other.index;
    }
    bool operator!=(const FieldLayout &other) const { return !(*this == other); }

private:
    static constexpr std::array<std::int8_t, std::size_t(Field::Count)> filled(std::int8_t v)
    {
        std::array<std::int8_t, std::size_t(Field::Count)> a{};
        for (auto &x : a)
            x = v;
        return a;
    }
};

} // namespace eas::logs
