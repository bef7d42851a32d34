#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace eas {

// How the tool presents itself to Exchange. One fixed, honest identity per run: changing
// DeviceId or User-Agent between requests can trigger autoblock.
struct DeviceIdentity
{
    QString deviceId = QStringLiteral("EasDoctor0000001");
    QString deviceType = QStringLiteral("EasDoctor");
    QString userAgent = QStringLiteral("EasDoctor/" EAS_VERSION);

    // DeviceId: 1-32 letters and digits ([MS-ASHTTP]; Exchange rejects '-' on provisioning).
    static bool isValidDeviceId(const QString &id);
    // DeviceType: 1-32 printable ASCII characters, no spaces, '&', '=' or '?'.
    static bool isValidDeviceType(const QString &type);
};

// What to diagnose and how. Holds no secret: credentials travel separately (Credentials).
struct DiagnosisTarget
{
    QString email;
    QString user; // logon name; empty = the e-mail address
    QUrl url;     // the ActiveSync endpoint; empty = find with Autodiscover
    QUrl internalUrl;
    QUrl autodiscoverUrl;
    QStringList caFiles;
    bool trustAnyCertificate = false;
    bool provisionFull = false;
    bool noCredentials = false;
    std::chrono::milliseconds stepTimeout{15000};
    DeviceIdentity device;
    QStringList steps; // empty = all
    QStringList logPaths;
    QStringList eventFiles;
    QString bundlePath;

    QString effectiveUser() const { return user.isEmpty() ? email : user; }
    QString emailDomain() const;

    // A bare https://host[:port] (or a trailing '/') means that host's
    // /Microsoft-Server-ActiveSync.
    static QUrl normalizeActiveSyncUrl(const QUrl &url);
    // Accepts an SMTP address or UPN: local@domain with a dot-free-allowed domain label list.
    static bool isValidEmail(const QString &email);
};

} // namespace eas
