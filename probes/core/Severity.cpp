#include "Severity.h"

namespace eas {

namespace {
struct Name
{
    Severity severity;
    const char *word;
};
constexpr Name kNames[] = {{Severity::Skip, "skip"},
                           {Severity::Pass, "pass"},
                           {Severity::Info, "info"},
                           {Severity::Warn, "warn"},
                           {Severity::Fail, "fail"},
                           {Severity::Error, "error"}};
} // namespace

QString severityName(Severity severity)
{
    for (const Name &n : kNames) {
        if (n.severity == severity)
            return QString::fromLatin1(n.word);
    }
    return QStringLiteral("error");
}

bool severityFromName(const QString &name, Severity *out)
{
    for (const Name &n : kNames) {
        if (name == QLatin1String(n.word)) {
            *out = n.severity;
            return true;
        }
    }
    return false;
}

Severity worse(Severity a, Severity b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

int exitCodeFor(Severity worst)
{
    switch (worst) {
    case Severity::Warn:
        return ExitWarn;
    case Severity::Fail:
        return ExitFail;
    case Severity::Error:
        return ExitInternal;
    case Severity::Skip:
    case Severity::Pass:
    case Severity::Info:
        break;
    }
    return ExitOk;
}

} // namespace eas
