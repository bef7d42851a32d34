#pragma once

#include <QtGlobal>

// WBXML 1.3 global tokens and the ActiveSync header ([MS-ASWBXML] section 2.1.2).
namespace eas::wbxml::token {

inline constexpr quint8 switchPage = 0x00;
inline constexpr quint8 end = 0x01;
inline constexpr quint8 inlineString = 0x03; // STR_I
inline constexpr quint8 opaque = 0xC3;
inline constexpr quint8 contentBit = 0x40;
inline constexpr quint8 attributeBit = 0x80;
inline constexpr quint8 tagMask = 0x3F;
inline constexpr quint8 firstTag = 0x05; // 0x00-0x04 are global tokens on every page

inline constexpr quint8 version13 = 0x03;
inline constexpr quint32 unknownPublicId = 0x01;
inline constexpr quint32 utf8Charset = 0x6A; // IANA MIBenum 106

} // namespace eas::wbxml::token
