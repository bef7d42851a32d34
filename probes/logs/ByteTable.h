#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace eas::logs {

// A fast hash of a short byte string (8 bytes per round).
inline std::uint64_t hashBytes(std::string_view key)
{
    const char *p = key.data();
    std::size_t n = key.size();
    std::uint64_t h = 0x9e3779b97f4a7c15ull ^ n;
    while (n >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
        h ^= h >> 31;
        p += 8;
        n -= 8;
    }
    std::uint64_t w = 0;
    for (std::size_t i = 0; i < n; ++i)
        w |= std::uint64_t(static_cast<unsigned char>(p[i])) << (8 * i);
    h = (h ^ w) * 0x94d049bb133111ebull;
    return h ^ (h >> 29);
}

// Byte equality of two strings of length `n`, inlined (keys are short; a memcmp call costs more
// than the compare).
inline bool equalBytes(const char *a, const char *b, std::size_t n)
{
    for (; n >= 8; n -= 8, a += 8, b += 8) {
        std::uint64_t x, y;
        std::memcpy(&x, a, 8);
        std::memcpy(&y, b, 8);
        if (x != y)
            return false;
    }
    for (; n > 0; --n, ++a, ++b) {
        if (*a != *b)
            return false;
    }
    return true;
}

// Values per distinct byte string (user, device, client IP, ...), hashed on the bytes so the hot
// path never builds a QString. Open addressing over the entries themselves: an entry holds a
// 16-bit hash tag, the first kInlineKeyBytes of its key and the value in one cache line (two for
// a big value), so a lookup of a short key (user, DeviceId, IP) costs one memory access, which a
// caller that knows its keys early can start ahead (prefetch). Every key is also kept whole in
// one arena. At most `maxKeys` distinct keys: later ones share the overflow value, so memory
// stays bounded whatever the input.
template<typename V> class ByteTable
{
public:
    static constexpr std::size_t kMaxKeyBytes = 256;
    static constexpr std::size_t kInlineKeyBytes = 32;

    explicit ByteTable(std::size_t maxKeys = 100000)
        : m_maxKeys(maxKeys)
    {
    }

    static std::uint64_t hashOf(std::string_view key)
    {
        return hashBytes(key.substr(0, kMaxKeyBytes));
    }

    // The value for `key` (longer keys are cut at kMaxKeyBytes), inserted default when new.
    V &operator[](std::string_view key) { return find(key, hashOf(key)); }

    // A hint that `find` with this hash comes soon: its entry is fetched meanwhile.
    void prefetch(std::uint64_t hash) const
    {
        if (m_slots.empty())
            return;
        const char *p = reinterpret_cast<const char *>(&m_slots[hash & (m_slots.size() - 1)]);
#if defined(__GNUC__)
        __builtin_prefetch(p);
        if constexpr (sizeof(Entry) > 64)
            __builtin_prefetch(p + 64);
#else
        static_cast<void>(p);
#endif
    }

    // operator[] with the key's hashOf().
    V &find(std::string_view key, std::uint64_t hash)
    {
        key = key.substr(0, kMaxKeyBytes);
        if ((m_size + 1) * 4 > m_slots.size() * 3)
            grow();
        const std::size_t mask = m_slots.size() - 1;
        const std::uint16_t tag = tagOf(hash);
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            Entry &e = m_slots[i];
            if (e.tag == 0)
                return insert(e, tag, key);
            if (e.tag == tag && e.keyLength == key.size() && sameKey(e, key))
                return e.value;
        }
    }

    // The value for `key`, or nullptr.
    const V *get(std::string_view key) const
    {
        key = key.substr(0, kMaxKeyBytes);
        if (m_slots.empty())
            return nullptr;
        const std::uint64_t hash = hashBytes(key);
        const std::size_t mask = m_slots.size() - 1;
        const std::uint16_t tag = tagOf(hash);
        for (std::size_t i = hash & mask; m_slots[i].tag != 0; i = (i + 1) & mask) {
            const Entry &e = m_slots[i];
            if (e.tag == tag && e.keyLength == key.size() && sameKey(e, key))
                return &e.value;
        }
        return nullptr;
    }

    // The value of keys beyond maxKeys; `overflowed()` says whether any arrived.
    const V &overflow() const
    {
        return m_overflow;
    }
    bool overflowed() const
    {
        return m_overflowed;
    }
    std::size_t size() const
    {
        return m_size;
    }

    // Every key and value, in no particular order.
    template<typename F> void forEach(F &&f) const
    {
        for (const Entry &e : m_slots) {
            if (e.tag != 0)
                f(keyOf(e), e.value);
        }
    }

    // Adds every key of `other` with `combine(V &mine, const V &theirs)`.
    template<typename F> void mergeFrom(const ByteTable &other, F &&combine)
    {
        other.forEach([&](std::string_view key, const V &v) { combine((*this)[key], v); });
        if (other.m_overflowed) {
            m_overflowed = true;
            combine(m_overflow, other.m_overflow);
        }
    }

private:
    // A cache line holds the key's head and a small value.
    struct alignas(64) Entry
    {
        std::uint32_t keyOffset = 0;
        std::uint16_t keyLength = 0; // at most kMaxKeyBytes
        std::uint16_t tag = 0;       // 0: the slot is free
        char head[kInlineKeyBytes];
        V value{};
    };
    static_assert(kMaxKeyBytes <= UINT16_MAX);

    static std::uint16_t tagOf(std::uint64_t hash)
    {
        const auto tag = std::uint16_t(hash >> 48);
        return tag != 0 ? tag : 1;
    }

    std::string_view keyOf(const Entry &e) const
    {
        return std::string_view(m_keys.data() + e.keyOffset, e.keyLength);
    }

    bool sameKey(const Entry &e, std::string_view key) const
    {
        if (key.size() <= kInlineKeyBytes)
            return equalBytes(e.head, key.data(), key.size());
        return equalBytes(e.head, key.data(), kInlineKeyBytes)
               && equalBytes(m_keys.data() + e.keyOffset + kInlineKeyBytes,
                             key.data() + kInlineKeyBytes,
                             key.size() - kInlineKeyBytes);
    }

    V &insert(Entry &e, std::uint16_t tag, std::string_view key)
    {
        if (m_size >= m_maxKeys) {
            m_overflowed = true;
            return m_overflow;
        }
        e.keyOffset = std::uint32_t(m_keys.size());
        e.keyLength = std::uint16_t(key.size());
        e.tag = tag;
        std::memcpy(e.head, key.data(), std::min(key.size(), kInlineKeyBytes));
        m_keys.append(key.data(), key.size());
        ++m_size;
        return e.value;
    }

    void grow()
    {
        std::vector<Entry> old(m_slots.empty() ? 16 : m_slots.size() * 2);
        old.swap(m_slots);
        const std::size_t mask = m_slots.size() - 1;
        for (Entry &e : old) {
            if (e.tag == 0)
                continue;
            std::size_t i = hashBytes(keyOf(e)) & mask;
            while (m_slots[i].tag != 0)
                i = (i + 1) & mask;
            m_slots[i] = std::move(e);
        }
    }

    std::size_t m_maxKeys;
    std::size_t m_size = 0;
    std::vector<Entry> m_slots; // a power of two long, at most three quarters used
    std::string m_keys;
    V m_overflow{};
    bool m_overflowed = false;
};

} // namespace eas::logs
