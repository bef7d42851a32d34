#pragma once

#include <QString>

namespace eas {

// Last line of defence between secrets and any text that leaves the process (log lines, stderr,
// reports): masks Authorization headers, Basic/Bearer/NTLM/Negotiate blobs, key=value passwords
// and tokens, and every secret registered at run time (Credentials registers its own).
namespace Redactor {

inline constexpr const char *kMask = "[redacted]";

QString redact(const QString &text);
// Secrets shorter than 3 characters are not registered (they would mask ordinary text).
void registerSecret(const QString &secret);

} // namespace Redactor

} // namespace eas
