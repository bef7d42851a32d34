#pragma once

#include "Bundle.h"
#include "ScriptBuilder.h"

#include "core/Diagnosis.h"
#include "core/DiagnosisTarget.h"
#include "core/FixScript.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace eas::report {

// The real names the fix scripts are filled with, gathered from the run's evidence, the
// bundle and the target. Plain data: every value reaches a script only through PsCode::literal.
struct FixFacts
{
    QString identity;         // the mailbox (e-mail address or logon name)
    QString exchangeServer;   // where the remote session and iisreset go
    QString vdirServer;       // the server of the ActiveSync virtual directory
    QString virtualDirectory; // SERVER\Microsoft-Server-ActiveSync (Default Web Site)
    QUrl externalUrl;
    QUrl internalUrl;
    QString activeSyncHost;
    QString wireThumbprint;        // the certificate phones are shown (may be the broken one)
    QString replacementThumbprint; // a valid IIS-capable certificate from the bundle, if any
    QString mailboxPolicy;         // the user's mobile device mailbox policy (bundle)
    QString throttlingPolicy;      // the user's throttling policy; empty = the default one
    std::optional<qint64> easMaxDevices;
    std::optional<qint64> easMaxConcurrency;
    QStringList blockedDeviceIds; // the user's blocked or quarantined devices
    QString ownDeviceId;          // the DeviceId this tool presented
    bool trustAnyCertificate = false;

    static FixFacts collect(const DiagnosisResult &result,
                            const DiagnosisTarget &target,
                            const std::optional<Bundle> &bundle,
                            const QUrl &activeSyncUrl);

    // A script for the Exchange Management Shell that opens a remote session to exchangeServer
    // when run from a laptop.
    ScriptBuilder startScript(const QString &title) const;
    // [string]$Identity = '<identity>'
    PsCode identityParameter() const;
};

// A FixScript from a finished builder (findingIds are filled in by FixCatalog).
FixScript makeFixScript(const QString &id,
                        const QString &title,
                        bool destructive,
                        const ScriptBuilder &builder);

} // namespace eas::report
