#pragma once

#include <QMetaType>
#include <QString>

namespace eas {

Q_NAMESPACE

// The spec's status / severity words. The enum order is the "worse than" order used to roll
// findings up into a step status and steps into the run's status: a skipped step never makes a
// healthy run look worse, an error (the probe itself could not run) outranks everything.
enum class Severity { Skip, Pass, Info, Warn, Fail, Error };
Q_ENUM_NS(Severity)

QString severityName(Severity severity);
// Returns false (and leaves `out` alone) when `name` is not one of the spec's words.
bool severityFromName(const QString &name, Severity *out);
Severity worse(Severity a, Severity b);

// Exit codes of spec/cli.md.
enum ExitCode { ExitOk = 0, ExitWarn = 1, ExitFail = 2, ExitUsage = 3, ExitInternal = 4 };
int exitCodeFor(Severity worst);

} // namespace eas
