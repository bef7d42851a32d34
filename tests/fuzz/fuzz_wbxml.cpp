// libFuzzer harness for the WBXML decoder (Qt's tests/libfuzzer shape). Any input must come back
// as a value; a decoded tree must re-encode, and the re-encoded bytes must decode to the same tree.
#include "codec/Wbxml.h"

#include <QtGlobal>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace eas::wbxml;
    const DecodeResult result
        = decode(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!result.ok()) {
        if (result.error.offset < 0 || result.error.offset > qsizetype(size))
            qFatal("error offset %lld outside the input", qlonglong(result.error.offset));
        return 0;
    }
    const std::optional<QByteArray> bytes = encode(*result.root);
    if (!bytes)
        qFatal("a decoded tree does not encode");
    const DecodeResult again = decode(*bytes);
    if (!again.ok() || !(*again.root == *result.root))
        qFatal("encode(decode(x)) does not decode to the same tree");
    if (toXml(*result.root).isEmpty())
        qFatal("a decoded tree has no XML form");
    return 0;
}
