#pragma once

#include <cstddef>
#include <string_view>

namespace eas::logs {

// The base64 form of an ActiveSync query value ([MS-ASHTTP] 2.2.1.1.1.1), which clients on
// protocol 12.1 and later may send in place of Cmd=...&User=...&DeviceId=...&DeviceType=...:
// protocol version (1 byte), command code (1), locale (2), device ID length (1) and bytes, policy
// key length (0 or 4) and bytes, device type length (1) and bytes, then parameters as tag (1),
// length (1), value; tag 8 is the user. IIS logs the blob as the client sent it.
//
// Cheap to make (nothing is initialized until decode()); the views point into the object.
class Base64Query
{
public:
    // Decodes `blob`, whose '+', '/' and '=' may be percent-encoded. False when it is not a
    // whole, well-formed query of a protocol version that has this form (12.1 to 16.1).
    bool decode(std::string_view blob);

    std::string_view cmd() const { return m_cmd; }   // the command's name; empty when unknown
    std::string_view user() const { return m_user; } // as sent, not percent-encoded
    // Letters and digits as sent; any other bytes (a binary ID) as upper-case hex.
    std::string_view deviceId() const { return m_deviceId; }
    std::string_view deviceType() const { return m_deviceType; }

private:
    static constexpr std::size_t kMaxBytes = 1024; // far more than a real query holds
    static constexpr std::size_t kMaxIdBytes = 255;

    bool parse(std::size_t size);
    void setDeviceId(std::string_view id);

    char m_bytes[kMaxBytes];
    char m_hexId[2 * kMaxIdBytes];
    std::string_view m_cmd;
    std::string_view m_user;
    std::string_view m_deviceId;
    std::string_view m_deviceType;
};

} // namespace eas::logs
