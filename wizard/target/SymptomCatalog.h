#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace eas::wizard {

// What the admin sees, from the symptom list of spec/procedures.md, and which steps explain it
// (most telling first). Picking symptoms orders and highlights the steps of the wizard.
struct Symptom
{
    QString id;
    QString text;
    bool serverSide = false;
    QStringList steps;
};

class SymptomCatalog
{
    Q_DECLARE_TR_FUNCTIONS(eas::wizard::SymptomCatalog)
public:
    static QList<Symptom> all();
    // Step id -> weight for the picked symptoms: the first step a symptom names weighs most.
    // Steps no symptom names are absent.
    static QHash<QString, int> priorities(const QStringList &symptomIds);
};

} // namespace eas::wizard
