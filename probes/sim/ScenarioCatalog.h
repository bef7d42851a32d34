#pragma once

#include <QString>
#include <QStringList>

namespace eas::sim {

// The simulator scenarios of spec/cli.md: name, one-line description and the root cause a
// diagnosis against it must name (empty = healthy).
struct ScenarioInfo
{
    QString name;
    QString description;
    QString expectedRootCause;
};

namespace ScenarioCatalog {

QList<ScenarioInfo> all();
bool isKnown(const QString &name);
QStringList names();

} // namespace ScenarioCatalog

} // namespace eas::sim
