#include "Bundle.h"

namespace eas::report {

bool BundleCertificate::namesHost(const QString &host) const
{
    for (const QString &d : domains) {
        if (d.compare(host, Qt::CaseInsensitive) == 0)
            return true;
        if (d.startsWith(QLatin1String("*.")) && host.count(QLatin1Char('.')) >= 2
            && host.section(QLatin1Char('.'), 1).compare(d.mid(2), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<qint64> BundleThrottlingPolicy::number(const QString &key) const
{
    for (auto it = eas.cbegin(); it != eas.cend(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) != 0)
            continue;
        bool ok = false;
        const qint64 v = it.value().toLongLong(&ok);
        return ok ? std::optional<qint64>(v) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace eas::report
