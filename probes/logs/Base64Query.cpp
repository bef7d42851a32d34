#include "Base64Query.h"

#include <cstdint>

namespace eas::logs {

namespace {

// The command codes of [MS-ASHTTP] 2.2.1.1.1.1, by code.
constexpr std::string_view kCommands[] = {
    "Sync",
    "SendMail",
    "SmartForward",
    "SmartReply",
    "GetAttachment",
    {}, // 5 to 8: no command
    {},
    {},
    {},
    "FolderSync",
    "FolderCreate",
    "FolderDelete",
    "FolderUpdate",
    "MoveItems",
    "GetItemEstimate",
    "MeetingResponse",
    "Search",
    "Settings",
    "Ping",
    "ItemOperations",
    "Provision",
    "ResolveRecipients",
    "ValidateCert",
    "Find",
};

constexpr std::uint8_t kUserTag = 8;

// The 6-bit value of a base64 character, or -1.
int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

// The character at `*i` of a base64 blob in a URL (%2B, %2F and %3D stand for '+', '/' and '='),
// moving `*i` past it.
char nextChar(std::string_view blob, std::size_t *i)
{
    const char c = blob[(*i)++];
    if (c != '%' || *i + 2 > blob.size() || (blob[*i] != '2' && blob[*i] != '3'))
        return c;
    const char hex = char(blob[*i + 1] | 0x20);
    const char decoded = blob[*i] == '2' ? (hex == 'b'   ? '+'
                                            : hex == 'f' ? '/'
                                                         : 0)
                                         : (hex == 'd' ? '=' : 0);
    if (decoded)
        *i += 2;
    return decoded ? decoded : c;
}

bool isAlphanumeric(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

} // namespace

bool Base64Query::decode(std::string_view blob)
{
    std::size_t size = 0;
    std::uint32_t bits = 0;
    int pending = 0; // bits in `bits` not yet written
    int padding = 0;
    for (std::size_t i = 0; i < blob.size();) {
        const char c = nextChar(blob, &i);
        if (c == '=') {
            ++padding;
            continue;
        }
        const int v = sextet(c);
        if (v < 0 || padding > 0)
            return false;
        bits = bits << 6 | std::uint32_t(v);
        pending += 6;
        if (pending >= 8) {
            if (size == kMaxBytes)
                return false;
            pending -= 8;
            m_bytes[size++] = char(bits >> pending);
        }
    }
    // Leftover bits are the fill of the last group, which padding (when there) completes; a
    // lone character in a group carries no whole byte.
    if (pending == 6 || padding > 2 || (padding > 0 && (pending + 6 * padding) % 8 != 0))
        return false;
    return parse(size);
}

bool Base64Query::parse(std::size_t size)
{
    const auto *b = reinterpret_cast<const std::uint8_t *>(m_bytes);
    std::size_t at = 0;
    // Reads a length byte and the bytes it counts.
    const auto counted = [&](std::string_view *out) {
        if (at >= size || b[at] > size - at - 1)
            return false;
        *out = std::string_view(m_bytes + at + 1, b[at]);
        at += 1 + b[at];
        return true;
    };
    if (size < 4)
        return false;
    const std::uint8_t version = b[0];
    if (version != 121 && version != 140 && version != 141 && version != 160 && version != 161)
        return false;
    m_cmd = b[1] < std::size(kCommands) ? kCommands[b[1]] : std::string_view();
    at = 4; // the locale is not needed
    std::string_view id;
    std::string_view policyKey;
    if (!counted(&id) || !counted(&policyKey) || (!policyKey.empty() && policyKey.size() != 4)
        || !counted(&m_deviceType)) {
        return false;
    }
    setDeviceId(id);
    m_user = {};
    while (at < size) {
        const std::uint8_t tag = b[at++];
        std::string_view value;
        if (!counted(&value))
            return false;
        if (tag == kUserTag)
            m_user = value;
    }
    return true;
}

void Base64Query::setDeviceId(std::string_view id)
{
    bool text = true;
    for (const char c : id)
        text = text && isAlphanumeric(c);
    if (text) {
        m_deviceId = id;
        return;
    }
    constexpr char kHex[] = "0123456789ABCDEF";
    for (std::size_t i = 0; i < id.size(); ++i) {
        const auto byte = static_cast<unsigned char>(id[i]);
        m_hexId[2 * i] = kHex[byte >> 4];
        m_hexId[2 * i + 1] = kHex[byte & 15];
    }
    m_deviceId = std::string_view(m_hexId, 2 * id.size());
}

} // namespace eas::logs
