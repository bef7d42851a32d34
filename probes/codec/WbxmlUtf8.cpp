#include "WbxmlUtf8.h"

namespace eas::wbxml {
namespace {

// Length of the well-formed sequence starting at text[at], or 0 when it is malformed
// (the ranges of the Unicode Standard, table 3-7).
int sequenceLength(QByteArrayView text, qsizetype at)
{
    const auto byteAt = [&](qsizetype i) {
        return quint8(text[i]);
    };
    const quint8 lead = byteAt(at);
    if (lead < 0x80)
        return 1;
    int length = 0;
    quint8 low = 0x80;
    quint8 high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong three-byte forms
        high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;  // no overlong four-byte forms
        high = lead == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (text.size() - at < length)
        return 0;
    const quint8 second = byteAt(at + 1);
    if (second < low || second > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if ((byteAt(at + i) & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

} // namespace

qsizetype firstInvalidUtf8(QByteArrayView text)
{
    qsizetype at = 0;
    while (at < text.size()) {
        const int length = sequenceLength(text, at);
        if (length == 0)
            return at;
        at += length;
    }
    return -1;
}

} // namespace eas::wbxml
