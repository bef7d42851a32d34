#pragma once

#include "Severity.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace eas {

// One thing a step found. `id` is stable (spec/cli.md "Finding IDs"); `step` is the step that
// raised it (the runner moves it to the step that owns the id); evidence values are plain data
// (numbers, strings, lists) that go unchanged into the JSON and the report. Never put a
// credential into a Finding: the Redactor runs over text fields before output, but evidence is
// written as given.
struct Finding
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString step MEMBER step)
    Q_PROPERTY(eas::Severity severity MEMBER severity)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString detail MEMBER detail)
public:
    QString id;
    QString step;
    Severity severity = Severity::Pass;
    QString title;
    QString detail;
    QVariantMap evidence;
    QStringList fixes;

    static Finding make(const QString &id,
                        const QString &step,
                        Severity severity,
                        const QString &title,
                        const QString &detail,
                        const QVariantMap &evidence = {});

    bool operator==(const Finding &other) const;
};

using Findings = QList<Finding>;

// Worst severity of a list; `Skip` for an empty list.
Severity worstOf(const Findings &findings);

} // namespace eas

Q_DECLARE_METATYPE(eas::Finding)
