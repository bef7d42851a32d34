#pragma once

#include "Bundle.h"

#include <QJsonValue>
#include <QStringList>

// Reading the sections of a bundle (BUNDLE_SCHEMA.md). PowerShell writes values loosely
// (booleans as "True", numbers as strings, a list of one as a bare value, dates as ISO 8601 or
// the old "/Date(ms)/"), so every reader accepts those forms too.
namespace eas::report::BundleSections {

// The section keys of the top-level object, in file order.
QStringList names();
// Fills the section `name` of `bundle`; false when the value has the wrong shape.
bool read(const QString &name, const QJsonValue &value, Bundle &bundle);

QDateTime toDateTime(const QJsonValue &value);
std::optional<bool> toBool(const QJsonValue &value);
QStringList toStringList(const QJsonValue &value);
QString toText(const QJsonValue &value);

} // namespace eas::report::BundleSections
