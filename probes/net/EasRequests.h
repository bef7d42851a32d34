#pragma once

#include "core/DiagnosisTarget.h"

#include <QByteArray>
#include <optional>

// WBXML request bodies, made with our encoder, exactly as a phone sends them.
namespace eas::net::EasRequests {

inline constexpr const char *kPolicyType = "MS-EAS-Provisioning-WBXML";

// Provision phase 1 (policy download) or, with `acknowledgeKey`, phase 2 (acknowledge the
// temporary key with Policy Status 1). From 14.1 on, phase 1 carries Settings:DeviceInformation
// (Exchange answers 165 without it).
QByteArray provision(const QString &protocolVersion,
                     const DeviceIdentity &device,
                     std::optional<quint32> acknowledgeKey = std::nullopt);
// FolderSync with SyncKey 0 (the first command of every new account).
QByteArray folderSync();
// Settings with DeviceInformation/Set (14.1+).
QByteArray settingsDeviceInformation(const DeviceIdentity &device);

} // namespace eas::net::EasRequests
