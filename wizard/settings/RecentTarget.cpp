#include "RecentTarget.h"

namespace eas::wizard {

RecentTarget RecentTarget::of(const DiagnosisTarget &target, const QStringList &symptoms)
{
    return RecentTarget{target.email,
                        target.user,
                        target.url,
                        target.internalUrl,
                        target.bundlePath,
                        target.logPaths,
                        target.eventFiles,
                        symptoms};
}

DiagnosisTarget RecentTarget::applyTo(DiagnosisTarget base) const
{
    base.email = email;
    base.user = user;
    base.url = url;
    base.internalUrl = internalUrl;
    base.bundlePath = bundlePath;
    base.logPaths = logPaths;
    base.eventFiles = eventFiles;
    return base;
}

bool RecentTarget::isSameTarget(const RecentTarget &other) const
{
    return email.compare(other.email, Qt::CaseInsensitive) == 0
           && user.compare(other.user, Qt::CaseInsensitive) == 0
           && DiagnosisTarget::normalizeActiveSyncUrl(url).matches(
               DiagnosisTarget::normalizeActiveSyncUrl(other.url),
               QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
}

} // namespace eas::wizard
