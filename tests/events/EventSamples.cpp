#include "EventSamples.h"

namespace {

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray eventElement(const SampleEvent &event, quint64 recordId, bool rendered)
{
    QByteArray xml = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'>"
                     "<System><Provider Name='"
                     + escaped(event.provider) + "'/><EventID Qualifiers='"
                     + QByteArray::number(event.qualifiers) + "'>" + QByteArray::number(event.id)
                     + "</EventID><Level>" + QByteArray::number(event.level)
                     + "</Level><Task>0</Task><Keywords>0x80000000000000</Keywords>"
                       "<TimeCreated SystemTime='"
                     + escaped(event.time) + "'/><EventRecordID>" + QByteArray::number(recordId)
                     + "</EventRecordID><Channel>" + escaped(event.channel) + "</Channel><Computer>"
                     + escaped(event.computer) + "</Computer><Security/></System><EventData>";
    for (const QString &data : event.data)
        xml += "<Data>" + escaped(data) + "</Data>";
    xml += "</EventData>";
    if (rendered && !event.message.isEmpty())
        xml += "<RenderingInfo Culture='en-US'><Message>" + escaped(event.message)
               + "</Message><Level>Error</Level><Provider>" + escaped(event.provider)
               + "</Provider></RenderingInfo>";
    return xml + "</Event>";
}

QByteArray eventViewerExport(const QList<SampleEvent> &events)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\r\n<Events>";
    quint64 recordId = 1000;
    for (const SampleEvent &event : events)
        xml += eventElement(event, recordId++, true) + "\r\n";
    return xml + "</Events>";
}

QByteArray wevtutilExport(const QList<SampleEvent> &events)
{
    QByteArray xml;
    quint64 recordId = 1000;
    for (const SampleEvent &event : events)
        xml += eventElement(event, recordId++, false);
    return xml;
}

namespace samples {

SampleEvent
blocked1100(const QString &time, const QString &user, const QString &reason, const QString &ip)
{
    SampleEvent e{QStringLiteral("MSExchange ActiveSync"), 1100, 49152, 2, time};
    e.data = {user, reason, ip};
    e.message = QStringLiteral("Exchange ActiveSync blocked the connection for user %1. The "
                               "connection was blocked because: %2. Client IP: %3.")
                    .arg(user, reason, ip);
    return e;
}

SampleEvent permissions1053(const QString &time, const QString &cn)
{
    SampleEvent e{QStringLiteral("MSExchange ActiveSync"), 1053, 49152, 2, time};
    const QString dn = QStringLiteral("CN=%1,OU=Admins,DC=contoso,DC=com").arg(cn);
    e.data = {dn, QStringLiteral("Active Directory operation failed on DC01.contoso.com.")};
    e.message = QStringLiteral("Exchange ActiveSync doesn't have sufficient permissions to create "
                               "the \"%1\" container under Active Directory user \"Active "
                               "Directory operation failed on DC01.contoso.com. This error is not "
                               "retriable. Additional information: Access is denied.\nMake sure "
                               "the user has inherited permission granted to "
                               "domain\\Exchange Servers to allow List, Create child, Delete "
                               "child of object type \"msExchangeActiveSyncDevices\".")
                    .arg(dn);
    return e;
}

SampleEvent exception1008(const QString &time,
                          const QString &user,
                          const QString &deviceId,
                          const QString &deviceType)
{
    SampleEvent e{QStringLiteral("MSExchange ActiveSync"), 1008, 32768, 3, time};
    const QString url
        = QStringLiteral("/Microsoft-Server-ActiveSync/default.eas?User=%1&DeviceId=%2"
                         "&DeviceType=%3&Cmd=Sync")
              .arg(QString(user).replace(QLatin1Char('@'), QLatin1String("%40")),
                   deviceId,
                   deviceType);
    e.data = {url, QStringLiteral("Microsoft.Exchange.Data.Storage.ObjectNotFoundException")};
    e.message = QStringLiteral("An exception occurred and was handled by Exchange ActiveSync. This "
                               "may have been caused by an outdated or corrupted Exchange "
                               "ActiveSync device partnership.\n\nURL=%1\n--- Exception start "
                               "---\nException type: %2")
                    .arg(e.data.at(0), e.data.at(1));
    return e;
}

SampleEvent heartbeat1040(const QString &time)
{
    SampleEvent e{QStringLiteral("MSExchange ActiveSync"), 1040, 32768, 3, time};
    e.data = {QStringLiteral("513"), QStringLiteral("540")};
    e.message = QStringLiteral("The average of the most recent [513] heartbeat intervals used by "
                               "clients is less than or equal to [540].");
    return e;
}

SampleEvent securityShutdown1100(const QString &time)
{
    SampleEvent e{QStringLiteral("Microsoft-Windows-Eventlog"), 1100, 0, 4, time};
    e.channel = QStringLiteral("Security");
    e.message = QStringLiteral("The event logging service has shut down. The connection was "
                               "blocked because: nothing.");
    return e;
}

QList<SampleEvent> activeSyncDay()
{
    const QString jdoe = QStringLiteral("jdoe@contoso.com");
    const QString disabled = QStringLiteral("ActiveSync is disabled for this user");
    const QString jdoeIp = QStringLiteral("203.0.113.7");
    SampleEvent msi{
        QStringLiteral("MsiInstaller"), 1040, 0, 4, QStringLiteral("2026-11-24T10:00:00Z")};
    msi.message = QStringLiteral("Beginning a Windows Installer transaction.");
    return {
        blocked1100(QStringLiteral("2026-11-24T08:05:00.1234567Z"), jdoe, disabled, jdoeIp),
        blocked1100(QStringLiteral("2026-11-24T08:40:00Z"), jdoe, disabled, jdoeIp),
        blocked1100(QStringLiteral("2026-11-24T09:10:00Z"), jdoe, disabled, jdoeIp),
        blocked1100(QStringLiteral("2026-11-24T09:20:00Z"),
                    QStringLiteral("alice@contoso.com"),
                    QStringLiteral("The device is blocked by a device access rule"),
                    QStringLiteral("198.51.100.4")),
        permissions1053(QStringLiteral("2026-11-24T08:30:00Z"), QStringLiteral("Jane Admin")),
        permissions1053(QStringLiteral("2026-11-24T08:31:00Z"), QStringLiteral("Jane Admin")),
        exception1008(QStringLiteral("2026-11-24T07:59:00Z"),
                      QStringLiteral("bob@contoso.com"),
                      QStringLiteral("ApplF17ABC123"),
                      QStringLiteral("iPhone")),
        heartbeat1040(QStringLiteral("2026-11-24T09:30:00Z")),
        securityShutdown1100(QStringLiteral("2026-11-24T08:10:00Z")),
        msi,
    };
}

} // namespace samples
