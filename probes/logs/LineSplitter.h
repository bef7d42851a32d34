#pragma once

#include "FieldLayout.h"
#include "Sse2.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace eas::logs {

// One line of a W3C log cut at its spaces, found in one pass over its bytes (16 at a time with
// SSE2): the line break, the space positions, and whether any control byte (binary junk) is
// inside. Nothing is copied; `data` points into the caller's buffer.
struct SplitLine
{
    static constexpr int kMaxStarts = FieldLayout::kMaxReadField + 2;

    const char *data = nullptr;
    int length = 0;     // without "\r\n" / "\n"
    int fieldCount = 0; // spaces + 1
    bool binary = false;
    std::array<std::uint32_t, kMaxStarts> starts{};

    // Field `i` (i < fieldCount and i < FieldLayout::kMaxReadField).
    std::string_view field(int i) const
    {
        const std::uint32_t end = i + 1 < fieldCount ? starts[i + 1] - 1 : std::uint32_t(length);
        return {data + starts[i], end - starts[i]};
    }
    std::string_view field(const FieldLayout &layout, Field f) const
    {
        const int i = layout.indexOf(f);
        return i < 0 ? std::string_view() : field(i);
    }
};

namespace detail {

inline unsigned lowestBit(std::uint32_t mask)
{
#if defined(__GNUC__)
    return unsigned(__builtin_ctz(mask));
#else
    unsigned n = 0;
    while (!(mask & 1u)) {
        mask >>= 1;
        ++n;
    }
    return n;
#endif
}

inline void
recordSpaces(std::uint32_t mask, std::uint32_t base, std::uint32_t &spaces, SplitLine &out)
{
    while (mask) {
        const std::uint32_t slot
            = spaces + 1 < SplitLine::kMaxStarts ? spaces + 1 : SplitLine::kMaxStarts - 1;
        out.starts[slot] = base + lowestBit(mask) + 1;
        ++spaces;
        mask &= mask - 1;
    }
}

inline std::ptrdiff_t finishLine(const char *p,
                                 std::uint32_t lf,
                                 std::uint32_t spaces,
                                 std::uint32_t firstControl,
                                 SplitLine &out)
{
    std::uint32_t length = lf;
    if (length > 0 && p[length - 1] == '\r')
        --length;
    out.length = int(length);
    out.fieldCount = int(spaces + 1);
    out.binary = firstControl < length;
    return std::ptrdiff_t(lf);
}

} // namespace detail

#ifdef EAS_LOGS_SSE2
// One 16-byte block: bit i of each mask says what byte i is.
struct Sse2Block
{
    static constexpr std::ptrdiff_t kWidth = 16;
    struct Masks
    {
        std::uint32_t spaces;
        std::uint32_t controls; // bytes 0x00-0x1f, line breaks included
        std::uint32_t lineBreaks;
    };
    static Masks scan(const char *b)
    {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(b));
        const __m128i lastControl = _mm_set1_epi8(0x1f);
        return {std::uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')))),
                std::uint32_t(
                    _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(v, lastControl), lastControl))),
                std::uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))))};
    }
};

// The line loop over blocks of any width (SSE2 here, AVX2 in LineSplitter.cpp).
template<typename Block>
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
inline std::ptrdiff_t
splitLineWith(const char *p, const char *end, SplitLine &out)
{
    out.data = p;
    out.starts[0] = 0;
    std::uint32_t spaces = 0;
    std::uint32_t firstControl = UINT32_MAX;
    for (const char *b = p; b < end; b += Block::kWidth) {
        const typename Block::Masks m = Block::scan(b);
        const std::ptrdiff_t avail = end - b;
        const std::uint32_t valid = avail < Block::kWidth ? (1u << avail) - 1 : ~0u;
        const auto base = std::uint32_t(b - p);
        if (m.controls & valid) {
            if (const std::uint32_t lf = m.lineBreaks & valid) {
                const unsigned at = detail::lowestBit(lf);
                const std::uint32_t before = (1u << at) - 1;
                detail::recordSpaces(m.spaces & before, base, spaces, out);
                if ((m.controls & before) && firstControl == UINT32_MAX)
                    firstControl = base + detail::lowestBit(m.controls & before);
                return detail::finishLine(p, base + at, spaces, firstControl, out);
            }
            if (firstControl == UINT32_MAX)
                firstControl = base + detail::lowestBit(m.controls & valid);
        }
        detail::recordSpaces(m.spaces & valid, base, spaces, out);
    }
    return -1;
}
#endif

// Splits the line that starts at `p`. `end` is the end of the valid bytes, and the 32 bytes after
// `end` must be readable (the scanner's buffers carry that padding). Returns the offset of the
// '\n' from `p`, or -1 when there is none before `end` (the line goes on in the next read).
inline std::ptrdiff_t splitLine(const char *p, const char *end, SplitLine &out)
{
#ifdef EAS_LOGS_SSE2
    return splitLineWith<Sse2Block>(p, end, out);
#else
    out.data = p;
    out.starts[0] = 0;
    std::uint32_t spaces = 0;
    std::uint32_t firstControl = UINT32_MAX;
    for (const char *b = p; b < end; ++b) {
        const auto c = static_cast<unsigned char>(*b);
        if (c == '\n')
            return detail::finishLine(p, std::uint32_t(b - p), spaces, firstControl, out);
        if (c == ' ')
            detail::recordSpaces(1u, std::uint32_t(b - p), spaces, out);
        else if (c < 0x20 && firstControl == UINT32_MAX)
            firstControl = std::uint32_t(b - p);
    }
    return -1;
#endif
}

using LineSplitter = std::ptrdiff_t (*)(const char *p, const char *end, SplitLine &out);

// splitLine, or the same with AVX2 when the CPU has it (chosen once, at run time).
LineSplitter fastestLineSplitter();

} // namespace eas::logs
