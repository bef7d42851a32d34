// libFuzzer harness for the Autodiscover mobilesync answer parser.
#include "net/AutodiscoverXml.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto answer = eas::net::AutodiscoverXml::parse(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    (void)answer.mobileSyncUrl.isValid();
    return 0;
}
