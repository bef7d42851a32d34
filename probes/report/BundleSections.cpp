#include "BundleSections.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace eas::report::BundleSections {

namespace {

using Object = QJsonObject;

QString str(const Object &o, const char *key)
{
    return toText(o.value(QLatin1String(key)));
}

std::optional<bool> flag(const Object &o, const char *key)
{
    return toBool(o.value(QLatin1String(key)));
}

// A list section: an array of objects (or one bare object, as PowerShell writes a list of one).
template<typename T, typename Fn>
bool readList(const QJsonValue &value, std::optional<QList<T>> &out, Fn readOne)
{
    if (!value.isArray() && !value.isObject())
        return false;
    const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray{value};
    QList<T> list;
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            return false;
        list.append(readOne(item.toObject()));
    }
    out = std::move(list);
    return true;
}

BundleDevice readDevice(const Object &o)
{
    return {str(o, "DeviceId"),
            str(o, "DeviceType"),
            str(o, "DeviceUserAgent"),
            str(o, "DeviceModel"),
            str(o, "DeviceAccessState"),
            str(o, "DeviceAccessStateReason"),
            toDateTime(o.value(QLatin1String("FirstSyncTime"))),
            toDateTime(o.value(QLatin1String("LastSuccessSync")))};
}

BundleVirtualDirectory readVirtualDirectory(const Object &o)
{
    return {str(o, "Server"),
            str(o, "Name"),
            str(o, "Identity"),
            QUrl(str(o, "InternalUrl")),
            QUrl(str(o, "ExternalUrl")),
            flag(o, "BasicAuthEnabled"),
            flag(o, "WindowsAuthEnabled"),
            str(o, "ClientCertAuth"),
            toStringList(o.value(QLatin1String("InternalAuthenticationMethods"))),
            toStringList(o.value(QLatin1String("ExternalAuthenticationMethods")))};
}

BundleCertificate readCertificate(const Object &o)
{
    BundleCertificate c;
    c.subject = str(o, "Subject");
    c.issuer = str(o, "Issuer");
    c.thumbprint = str(o, "Thumbprint").toUpper();
    c.status = str(o, "Status");
    c.services = toStringList(o.value(QLatin1String("Services")));
    c.domains = toStringList(o.value(QLatin1String("CertificateDomains")));
    c.notBefore = toDateTime(o.value(QLatin1String("NotBefore")));
    c.notAfter = toDateTime(o.value(QLatin1String("NotAfter")));
    c.selfSigned = flag(o, "IsSelfSigned").value_or(false);
    return c;
}

BundleEvent readEvent(const Object &o)
{
    return {toDateTime(o.value(QLatin1String("TimeCreated"))),
            str(o, "Id").toInt(),
            str(o, "LevelDisplayName"),
            str(o, "Message")};
}

BundleAutoblockThreshold readThreshold(const Object &o)
{
    return {str(o, "BehaviorType"),
            str(o, "BehaviorTypeIncidenceLimit"),
            str(o, "BehaviorTypeIncidenceDuration"),
            str(o, "DeviceBlockDuration")};
}

std::optional<BundleThrottlingPolicy> readPolicy(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const Object o = value.toObject();
    BundleThrottlingPolicy p;
    p.name = str(o, "Name");
    p.isDefault = flag(o, "IsDefault").value_or(false);
    const Object eas = o.value(QLatin1String("Eas")).toObject();
    for (auto it = eas.begin(); it != eas.end(); ++it)
        p.eas.insert(it.key(), toText(it.value()));
    return p;
}

BundleIisLocation readLocation(const Object &o)
{
    BundleIisLocation l;
    l.location = str(o, "location");
    const Object auth = o.value(QLatin1String("authentication")).toObject();
    for (auto it = auth.begin(); it != auth.end(); ++it) {
        if (const std::optional<bool> enabled = toBool(it.value()))
            l.authentication.insert(it.key(), *enabled);
    }
    l.sslFlags = str(o, "sslFlags");
    return l;
}

bool readIis(const QJsonValue &value, Bundle &bundle)
{
    if (!value.isObject())
        return false;
    const Object o = value.toObject();
    BundleIis iis;
    for (const QJsonValue &v : o.value(QLatin1String("locations")).toArray())
        iis.locations.append(readLocation(v.toObject()));
    for (const QJsonValue &v : o.value(QLatin1String("webConfigs")).toArray()) {
        const Object w = v.toObject();
        iis.webConfigs.append({str(w, "path"),
                               flag(w, "exists").value_or(false),
                               flag(w, "unexpandedInstallDir").value_or(false)});
    }
    iis.logFolders = toStringList(o.value(QLatin1String("logFolders")));
    bundle.iis = std::move(iis);
    return true;
}

bool readCasMailbox(const QJsonValue &value, Bundle &bundle)
{
    if (!value.isObject())
        return false;
    const Object o = value.toObject();
    bundle.casMailbox
        = BundleCasMailbox{str(o, "DisplayName"),
                           flag(o, "ActiveSyncEnabled"),
                           str(o, "ActiveSyncMailboxPolicy"),
                           flag(o, "HasActiveSyncDevicePartnership"),
                           toStringList(o.value(QLatin1String("ActiveSyncAllowedDeviceIDs"))),
                           toStringList(o.value(QLatin1String("ActiveSyncBlockedDeviceIDs")))};
    return true;
}

bool readMailbox(const QJsonValue &value, Bundle &bundle)
{
    if (!value.isObject())
        return false;
    const Object o = value.toObject();
    bundle.mailbox = BundleMailbox{str(o, "Database"),
                                   str(o, "ServerName"),
                                   str(o, "ThrottlingPolicy"),
                                   str(o, "ProhibitSendReceiveQuota")};
    return true;
}

bool readThrottling(const QJsonValue &value, Bundle &bundle)
{
    if (!value.isObject())
        return false;
    const Object o = value.toObject();
    bundle.throttling = BundleThrottling{readPolicy(o.value(QLatin1String("userPolicy"))),
                                         readPolicy(o.value(QLatin1String("defaultPolicy")))};
    return true;
}

bool readOrganization(const QJsonValue &value, Bundle &bundle)
{
    if (!value.isObject())
        return false;
    bundle.organization = BundleOrganization{flag(value.toObject(), "OAuth2ClientProfileEnabled")};
    return true;
}

} // namespace

QStringList names()
{
    return {QStringLiteral("casMailbox"),
            QStringLiteral("mailbox"),
            QStringLiteral("devices"),
            QStringLiteral("virtualDirectories"),
            QStringLiteral("iis"),
            QStringLiteral("certificates"),
            QStringLiteral("throttling"),
            QStringLiteral("autoblockThresholds"),
            QStringLiteral("events"),
            QStringLiteral("organization")};
}

bool read(const QString &name, const QJsonValue &value, Bundle &bundle)
{
    if (name == QLatin1String("casMailbox"))
        return readCasMailbox(value, bundle);
    if (name == QLatin1String("mailbox"))
        return readMailbox(value, bundle);
    if (name == QLatin1String("devices"))
        return readList(value, bundle.devices, readDevice);
    if (name == QLatin1String("virtualDirectories"))
        return readList(value, bundle.virtualDirectories, readVirtualDirectory);
    if (name == QLatin1String("iis"))
        return readIis(value, bundle);
    if (name == QLatin1String("certificates"))
        return readList(value, bundle.certificates, readCertificate);
    if (name == QLatin1String("throttling"))
        return readThrottling(value, bundle);
    if (name == QLatin1String("autoblockThresholds"))
        return readList(value, bundle.autoblockThresholds, readThreshold);
    if (name == QLatin1String("events"))
        return readList(value, bundle.events, readEvent);
    if (name == QLatin1String("organization"))
        return readOrganization(value, bundle);
    return false;
}

QDateTime toDateTime(const QJsonValue &value)
{
    const QString text = value.toString();
    static const QRegularExpression msDate(QStringLiteral("^/Date\\((-?\\d+)"));
    const QRegularExpressionMatch m = msDate.match(text);
    if (m.hasMatch())
        return QDateTime::fromMSecsSinceEpoch(m.captured(1).toLongLong(), Qt::UTC);
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

std::optional<bool> toBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    const QString text = value.toString().trimmed();
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            const QString text = toText(v);
            if (!text.isEmpty())
                out.append(text);
        }
        return out;
    }
    // PowerShell writes a multi-valued property as "A, B" when it was turned into a string.
    static const QRegularExpression comma(QStringLiteral("\\s*,\\s*"));
    const QString text = toText(value).trimmed();
    if (!text.isEmpty())
        out = text.split(comma, Qt::SkipEmptyParts);
    return out;
}

QString toText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

} // namespace eas::report::BundleSections
