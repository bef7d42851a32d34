#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace eas::report {

// The server-side evidence bundle written by the collector script (schema
// "eas-doctor/bundle/1", documented in BUNDLE_SCHEMA.md). Every section is optional: a section
// the collector could not read is null in the file and std::nullopt here.

struct BundleCasMailbox
{
    QString displayName;
    std::optional<bool> activeSyncEnabled;
    QString activeSyncMailboxPolicy;
    std::optional<bool> hasActiveSyncDevicePartnership;
    QStringList allowedDeviceIds;
    QStringList blockedDeviceIds;
};

struct BundleMailbox
{
    QString database;
    QString serverName;
    QString throttlingPolicy; // empty: the default policy applies
    QString prohibitSendReceiveQuota;
};

struct BundleDevice
{
    QString deviceId;
    QString deviceType;
    QString userAgent;
    QString model;
    QString accessState;       // Allowed, Blocked, Quarantined, DeviceDiscovery
    QString accessStateReason; // Global, Individual, DeviceRule, Policy, ...
    QDateTime firstSyncTime;
    QDateTime lastSuccessSync;
};

struct BundleVirtualDirectory
{
    QString server;
    QString name;
    QString identity; // SERVER\Microsoft-Server-ActiveSync (Default Web Site)
    QUrl internalUrl;
    QUrl externalUrl;
    std::optional<bool> basicAuthEnabled;
    std::optional<bool> windowsAuthEnabled;
    QString clientCertAuth;
    QStringList internalAuthenticationMethods;
    QStringList externalAuthenticationMethods;
};

// IIS configuration of one ActiveSync application (Default Web Site or Exchange Back End).
struct BundleIisLocation
{
    QString location;                   // e.g. Default Web Site/Microsoft-Server-ActiveSync
    QMap<QString, bool> authentication; // basicAuthentication -> enabled, ...
    QString sslFlags;
};

struct BundleWebConfig
{
    QString path;
    bool exists = false;
    bool unexpandedInstallDir = false; // contains a literal %ExchangeInstallDir%
};

struct BundleIis
{
    QList<BundleIisLocation> locations;
    QList<BundleWebConfig> webConfigs;
    QStringList logFolders;
};

struct BundleCertificate
{
    QString subject;
    QString issuer;
    QString thumbprint; // upper-case hex, 40 digits
    QString status;     // Valid, DateInvalid, Untrusted, Revoked, Invalid, ...
    QStringList services;
    QStringList domains;
    QDateTime notBefore;
    QDateTime notAfter;
    bool selfSigned = false;

    bool servesIis() const { return services.contains(QStringLiteral("IIS"), Qt::CaseInsensitive); }
    // True when CertificateDomains names `host`, directly or through a one-label wildcard.
    bool namesHost(const QString &host) const;
};

struct BundleThrottlingPolicy
{
    QString name;
    bool isDefault = false;
    QMap<QString, QString> eas; // EasMaxDevices -> "100" or "Unlimited", ...

    // The number behind an Eas* value (the key in any case: EasMaxDevices, EASMaxDevices);
    // nullopt when absent, Unlimited or not a number.
    std::optional<qint64> number(const QString &key) const;
};

struct BundleThrottling
{
    std::optional<BundleThrottlingPolicy> userPolicy; // nullopt: the mailbox uses the default
    std::optional<BundleThrottlingPolicy> defaultPolicy;

    // The policy in effect for the mailbox.
    const BundleThrottlingPolicy *effective() const
    {
        return userPolicy ? &*userPolicy : (defaultPolicy ? &*defaultPolicy : nullptr);
    }
};

struct BundleAutoblockThreshold
{
    QString behavior;
    QString incidenceLimit;
    QString incidenceDuration;
    QString blockDuration;
};

struct BundleEvent
{
    QDateTime timeCreated;
    int id = 0;
    QString level;
    QString message;
};

struct BundleOrganization
{
    std::optional<bool> oauth2ClientProfileEnabled;
};

struct Bundle
{
    QDateTime collectedAt;
    QString identity; // the mailbox the collector was run for
    QString computer; // the Exchange server it ran on
    QString exchangeVersion;

    std::optional<BundleCasMailbox> casMailbox;
    std::optional<BundleMailbox> mailbox;
    std::optional<QList<BundleDevice>> devices;
    std::optional<QList<BundleVirtualDirectory>> virtualDirectories;
    std::optional<BundleIis> iis;
    std::optional<QList<BundleCertificate>> certificates;
    std::optional<BundleThrottling> throttling;
    std::optional<QList<BundleAutoblockThreshold>> autoblockThresholds;
    std::optional<QList<BundleEvent>> events;
    std::optional<BundleOrganization> organization;

    // Sections that are absent, null or unreadable (a partial bundle).
    QStringList missingSections;
    bool isPartial() const { return !missingSections.isEmpty(); }
};

} // namespace eas::report
