#pragma once

#include <QByteArrayView>

namespace eas::wbxml {

// Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all of text is valid.
qsizetype firstInvalidUtf8(QByteArrayView text);

} // namespace eas::wbxml
