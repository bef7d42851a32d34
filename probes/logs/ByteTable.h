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
// path never builds a QString. Open addressing over an index of (hash tag, entry) slots; entries
// keep their insertion order and the first kInlineKeyBytes of their key, so a lookup of a short key
// (user, DeviceId, IP) touches one slot and one entry. Every key is also kept whole in one arena.
// At most `maxKeys` distinct keys: later ones share the overflow value, so memory stays bounded
// whatever the input.
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

    // Lookups in big tables wait for memory: a caller that knows its keys early asks for the
    // slot, later for the entry (each a hint only), and does other work in between.
    void prefetchSlot(std::uint64_t hash) const
    {
        if (!m_slots.empty())
            prefetch(&m_slots[hash & (m_slots.size() - 1)]);
    }
    void prefetchEntry(std::uint64_t hash) const
    {
        if (m_slots.empty())
            return;
        const Slot slot = m_slots[hash & (m_slots.size() - 1)];
        if (slot.entry != 0)
            prefetch(&m_entries[slot.entry - 1]);
    }

    // operator[] with the key's hashOf().
    V &find(std::string_view key, std::uint64_t hash)
    {
        key = key.substr(0, kMaxKeyBytes);
        if ((m_entries.size() + 1) * 2 > m_slots.size())
            grow();
        const std::size_t mask = m_slots.size() - 1;
        const auto tag = std::uint32_t(hash >> 32);
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot slot = m_slots[i];
            if (slot.entry == 0)
                return insert(i, tag, key);
            if (slot.tag != tag)
                continue;
            Entry &e = m_entries[slot.entry - 1];
            if (e.keyLength == key.size() && sameKey(e, key))
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
        const auto tag = std::uint32_t(hash >> 32);
        for (std::size_t i = hash & mask; m_slots[i].entry != 0; i = (i + 1) & mask) {
            const Entry &e = m_entries[m_slots[i].entry - 1];
            if (m_slots[i].tag == tag && e.keyLength == key.size() && sameKey(e, key))
                return &e.value;
        }
        return nullptr;
    }

    // The value of keys beyond maxKeys; `overflowed()` says whether any arrived.
    const V &overflow() const { return m_overflow; }
    bool overflowed() const { return m_overflowed; }
    std::size_t size() const { return m_entries.size(); }

    template<typename F> void forEach(F &&f) const
    {
        for (const Entry &e : m_entries)
            f(keyOf(e), e.value);
    }

    // Adds every key of `other` with `combine(V &mine, const V &theirs)`.
    template<typename F> void mergeFrom(const ByteTable &other, F &&combine)
    {
        for (const Entry &e : other.m_entries)
            combine((*this)[other.keyOf(e)], e.value);
        if (other.m_overflowed) {
            m_overflowed = true;
            combine(m_overflow, other.m_overflow);
        }
    }

private:
    struct Slot
    {
        std::uint32_t tag;
        std::uint32_t entry; // index + 1; 0 = empty
    };

    // A cache line holds the key's head and a small value: one memory access per lookup.
    struct alignas(64) Entry
    {
        std::uint32_t keyOffset;
        std::uint32_t keyLength;
        char head[kInlineKeyBytes];
        V value;
    };

    static void prefetch(const void *p)
    {
#if defined(__GNUC__)
        __builtin_prefetch(p);
        __builtin_prefetch(static_cast<const char *>(p) + 64);
#else
        static_cast<void>(p);
#endif
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

    V &insert(std::size_t slot, std::uint32_t tag, std::string_view key)
    {
        if (m_entries.size() >= m_maxKeys) {
            m_overflowed = true;
            return m_overflow;
        }
        Entry &e = m_entries.emplace_back();
        e.keyOffset = std::uint32_t(m_keys.size());
        e.keyLength = std::uint32_t(key.size());
        std::memcpy(e.head, key.data(), std::min(key.size(), kInlineKeyBytes));
        m_keys.append(key.data(), key.size());
        m_slots[slot] = {tag, std::uint32_t(m_entries.size())};
        return e.value;
    }

    void grow()
    {
        const std::size_t capacity = m_slots.empty() ? 64 : m_slots.size() * 2;
        m_slots.assign(capacity, Slot{0, 0});
        const std::size_t mask = capacity - 1;
        for (std::size_t n = 0; n < m_entries.size(); ++n) {
            const std::uint64_t hash = hashBytes(keyOf(m_entries[n]));
            std::size_t i = hash & mask;
            while (m_slots[i].entry != 0)
                i = (i + 1) & mask;
            m_slots[i] = {std::uint32_t(hash >> 32), std::uint32_t(n + 1)};
        }
    }

    std::size_t m_maxKeys;
    std::vector<Slot> m_slots;
    std::vector<Entry> m_entries;
    std::string m_keys;
    V m_overflow{};
    bool m_overflowed = false;
};

} // namespace eas::logs
