#pragma once

#include <QByteArray>
#include <QString>

// Response bodies the simulated Exchange sends: WBXML made with our encoder, IIS error pages,
// Autodiscover XML.
namespace eas::sim::ExchangeBodies {

inline constexpr quint32 kTemporaryPolicyKey = 1307199584u;
inline constexpr quint32 kFinalPolicyKey = 3942919513u;

// <Provision><Status>1</Status><Policies><Policy>... with the policy document (phase 1) or
// only the final key (phase 2 acknowledgement).
QByteArray provisionPolicy(bool acknowledgement);
// <Provision><Status>N</Status></Provision>
QByteArray provisionStatus(int status);
// A complete FolderSync SyncKey 0 answer with the default folders.
QByteArray folderSyncOk();
// <FolderSync><Status>N</Status></FolderSync>, e.g. 142, 126, 129, 177.
QByteArray folderSyncStatus(int status);
// <Settings><Status>1</Status><DeviceInformation><Status>1</Status></DeviceInformation></Settings>
QByteArray settingsOk();
QByteArray settingsStatus(int status);

// IIS 10 detailed-off error pages as the real server sends them.
QByteArray iisErrorPage(int status);

// Autodiscover mobilesync answers.
QByteArray
autodiscoverMobileSync(const QString &email, const QString &displayName, const QString &url);
QByteArray autodiscoverError(int errorCode, const QString &message);

} // namespace eas::sim::ExchangeBodies
