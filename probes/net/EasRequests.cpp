#include "EasRequests.h"

#include "codec/Wbxml.h"

namespace eas::net::EasRequests {

using wbxml::Element;

namespace {

Element deviceInformation(const DeviceIdentity &device)
{
    return Element::make(
        QStringLiteral("Settings:DeviceInformation"),
        {Element::make(
            QStringLiteral("Settings:Set"),
            {Element::withText(QStringLiteral("Settings:Model"), device.deviceType),
             Element::withText(QStringLiteral("Settings:FriendlyName"),
                               QStringLiteral("EAS Doctor")),
             Element::withText(QStringLiteral("Settings:OS"),
                               QStringLiteral("EAS Doctor diagnostic client")),
             Element::withText(QStringLiteral("Settings:UserAgent"), device.userAgent)})});
}

QByteArray encoded(const Element &root)
{
    // Our own fixed documents always encode; an empty body would show up as a test failure.
    return wbxml::encode(root).value_or(QByteArray());
}

} // namespace

QByteArray provision(const QString &protocolVersion,
                     const DeviceIdentity &device,
                     std::optional<quint32> acknowledgeKey)
{
    QList<Element> policy = {Element::withText(QStringLiteral("Provision:PolicyType"),
                                               QString::fromLatin1(kPolicyType))};
    if (acknowledgeKey) {
        policy.append(Element::withText(QStringLiteral("Provision:PolicyKey"),
                                        QString::number(*acknowledgeKey)));
        policy.append(Element::withText(QStringLiteral("Provision:Status"), QStringLiteral("1")));
    }
    QList<Element> children;
    if (!acknowledgeKey && protocolVersion.toDouble() >= 14.1)
        children.append(deviceInformation(device));
    children.append(Element::make(QStringLiteral("Provision:Policies"),
                                  {Element::make(QStringLiteral("Provision:Policy"), policy)}));
    return encoded(Element::make(QStringLiteral("Provision:Provision"), children));
}

QByteArray folderSync()
{
    return encoded(Element::make(
        QStringLiteral("FolderHierarchy:FolderSync"),
        {Element::withText(QStringLiteral("FolderHierarchy:SyncKey"), QStringLiteral("0"))}));
}

QByteArray settingsDeviceInformation(const DeviceIdentity &device)
{
    return encoded(Element::make(QStringLiteral("Settings:Settings"), {deviceInformation(device)}));
}

} // namespace eas::net::EasRequests
