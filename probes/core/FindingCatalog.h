#pragma once

#include "Severity.h"

#include <QString>
#include <QStringList>

namespace eas {

// The finding table of spec/cli.md: which step owns each id, its usual severity, and the
// precedence used to pick the root cause (lower rank = more likely to explain everything else).
struct CatalogEntry
{
    QString id;
    QString step;
    Severity severity;
    int rank;
    // Findings that this one makes redundant when both are raised in a run ("one fault, one
    // finding": a certificate defect explains a failed handshake, a disabled mailbox explains a
    // rejected login).
    QStringList suppresses;
};

namespace FindingCatalog {

// nullptr when the id is not in the table (pass/info findings may use their own ids).
const CatalogEntry *find(const QString &id);
QList<CatalogEntry> all();
// Rank of an id for root-cause ordering; unknown ids rank after every known one.
int rank(const QString &id);

} // namespace FindingCatalog

} // namespace eas
