#pragma once

#include "Bundle.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace eas::report {

// What loading a bundle gave: the bundle (nullopt when the file cannot be used at all, with
// `error` saying why) and warnings for a partial bundle (each names the missing section or the
// collector's own error for it).
struct BundleLoad
{
    std::optional<Bundle> bundle;
    QString error;
    QStringList warnings;

    bool ok() const { return bundle.has_value(); }
};

namespace BundleImporter {

inline constexpr const char *kSchema = "eas-doctor/bundle/1";
inline constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

// Reads and validates a bundle file (UTF-8 with or without BOM, UTF-16 LE/BE with or without
// BOM: what Windows PowerShell 5.1's Out-File and '>' write by default).
BundleLoad load(const QString &path);
// The same for bytes already in memory.
BundleLoad parse(const QByteArray &bytes);
// The text of a bundle in any of the encodings above; on failure an empty string and *error.
QString decode(const QByteArray &bytes, QString *error);

} // namespace BundleImporter

} // namespace eas::report
