#pragma once

#include "core/DiagnosisTarget.h"

#include <QStringList>
#include <QUrl>

namespace eas::wizard {

// One mailbox checked before, as the target page had it: account, server, evidence paths and
// the symptoms ticked. There is no password field, so none can be saved with it.
struct RecentTarget
{
    QString email;
    QString user;
    QUrl url; // empty = Autodiscover
    QUrl internalUrl;
    QString bundlePath;
    QStringList logPaths;
    QStringList eventFiles;
    QStringList symptoms;

    static RecentTarget of(const DiagnosisTarget &target, const QStringList &symptoms = {});
    // The page's fields of `base` replaced with this target's.
    DiagnosisTarget applyTo(DiagnosisTarget base) const;
    // The same mailbox through the same server (e-mail and logon name ignore case): one entry.
    bool isSameTarget(const RecentTarget &other) const;
    bool isEmpty() const { return email.isEmpty() && user.isEmpty(); }
};

} // namespace eas::wizard
