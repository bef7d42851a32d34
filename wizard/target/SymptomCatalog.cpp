#include "SymptomCatalog.h"

#include "core/Steps.h"

namespace eas::wizard {

QList<Symptom> SymptomCatalog::all()
{
    using namespace eas::steps;
    return {
        {QStringLiteral("all-devices-fail"),
         tr("Every device of the user fails to sync"),
         false,
         {UserStatus, Throttling, VirtualDirectory}},
        {QStringLiteral("cannot-add-account"),
         tr("The Exchange account cannot be added on any device"),
         false,
         {Connectivity, Certificate, VirtualDirectory, UserStatus}},
        {QStringLiteral("cannot-connect"),
         tr("\"Cannot connect to server\" right away"),
         false,
         {Connectivity, Certificate}},
        {QStringLiteral("password-prompts"),
         tr("Password prompts that always fail"),
         false,
         {VirtualDirectory, UserStatus}},
        {QStringLiteral("webmail-works"),
         tr("Webmail works, mobile mail does not"),
         false,
         {UserStatus, VirtualDirectory}},
        {QStringLiteral("all-users"),
         tr("All users are affected at once"),
         true,
         {VirtualDirectory, Certificate, Throttling}},
        {QStringLiteral("event-1100"),
         tr("Event ID 1100 (MSExchange ActiveSync) in the Application log"),
         true,
         {Logs, UserStatus, Throttling}},
        {QStringLiteral("iis-401-403"),
         tr("401 or 403 for /Microsoft-Server-ActiveSync in IIS logs"),
         true,
         {Logs, VirtualDirectory, UserStatus}},
        {QStringLiteral("test-connectivity-fails"),
         tr("Test-ActiveSyncConnectivity fails"),
         true,
         {Connectivity, VirtualDirectory, Certificate}},
        {QStringLiteral("vdir-errors"),
         tr("Errors on the virtual directory in the admin center"),
         true,
         {VirtualDirectory}},
        {QStringLiteral("certificate-warnings"), tr("Certificate warnings"), true, {Certificate}},
        {QStringLiteral("security-log-failures"),
         tr("Authentication failures in the Security log"),
         true,
         {VirtualDirectory, UserStatus, Logs}},
    };
}

QHash<QString, int> SymptomCatalog::priorities(const QStringList &symptomIds)
{
    QHash<QString, int> weights;
    for (const Symptom &symptom : all()) {
        if (!symptomIds.contains(symptom.id))
            continue;
        const int count = int(symptom.steps.size());
        for (int i = 0; i < count; ++i)
            weights[symptom.steps.at(i)] += count - i;
    }
    return weights;
}

} // namespace eas::wizard
