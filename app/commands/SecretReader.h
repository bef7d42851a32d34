#pragma once

#include "cli/CliOptions.h"
#include "core/Credentials.h"

namespace eas::app::SecretReader {

// The credentials the options name: the first line of stdin (--password-stdin), an environment
// variable (--password-env / --token-env), or none. The secret lives only in the returned object.
// Returns false with *error set when stdin has no line.
bool read(const CliOptions &options, const QString &user, Credentials *out, QString *error);

} // namespace eas::app::SecretReader
