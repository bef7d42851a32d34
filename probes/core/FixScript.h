#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace eas {

// One generated PowerShell script for the Exchange Management Shell (a fix, the verification
// script, or the cleanup of our own partnership). `findingIds` are the findings it addresses;
// a finding's `fixes` list names these ids.
struct FixScript
{
    QString id;
    QString title;
    bool destructive = false;
    QString script; // full text, UTF-8; written to disk with a BOM
    QStringList findingIds;
};

using FixScripts = QList<FixScript>;

} // namespace eas
