#include "ExchangeBodies.h"

#include "codec/Wbxml.h"

#include <QXmlStreamWriter>

namespace eas::sim::ExchangeBodies {

using wbxml::Element;

namespace {

QByteArray encodeOrEmpty(const Element &root)
{
    return wbxml::encode(root).value_or(QByteArray());
}

Element text(const char *name, const QString &value)
{
    return Element::withText(QString::fromLatin1(name), value);
}

Element policyDocument()
{
    return Element::make(QStringLiteral("Provision:EASProvisionDoc"),
                         {text("Provision:DevicePasswordEnabled", QStringLiteral("1")),
                          text("Provision:AlphanumericDevicePasswordRequired", QStringLiteral("0")),
                          text("Provision:PasswordRecoveryEnabled", QStringLiteral("0")),
                          text("Provision:RequireStorageCardEncryption", QStringLiteral("0")),
                          text("Provision:AttachmentsEnabled", QStringLiteral("1")),
                          text("Provision:MinDevicePasswordLength", QStringLiteral("4")),
                          text("Provision:MaxInactivityTimeDeviceLock", QStringLiteral("900")),
                          text("Provision:MaxDevicePasswordFailedAttempts", QStringLiteral("8")),
                          text("Provision:AllowSimpleDevicePassword", QStringLiteral("1")),
                          text("Provision:AllowStorageCard", QStringLiteral("1")),
                          text("Provision:AllowCamera", QStringLiteral("1")),
                          text("Provision:RequireDeviceEncryption", QStringLiteral("0")),
                          text("Provision:AllowWiFi", QStringLiteral("1")),
                          text("Provision:AllowBrowser", QStringLiteral("1")),
                          text("Provision:AllowConsumerEmail", QStringLiteral("1"))});
}

Element folder(const char *serverId, const char *parentId, const char *name, int type)
{
    return Element::make(QStringLiteral("FolderHierarchy:Add"),
                         {text("FolderHierarchy:ServerId", QString::fromLatin1(serverId)),
                          text("FolderHierarchy:ParentId", QString::fromLatin1(parentId)),
                          text("FolderHierarchy:DisplayName", QString::fromLatin1(name)),
                          text("FolderHierarchy:Type", QString::number(type))});
}

} // namespace

QByteArray provisionPolicy(bool acknowledgement)
{
    QList<Element> policy
        = {text("Provision:PolicyType", QStringLiteral("MS-EAS-Provisioning-WBXML")),
           text("Provision:Status", QStringLiteral("1")),
           text("Provision:PolicyKey",
                QString::number(acknowledgement ? kFinalPolicyKey : kTemporaryPolicyKey))};
    if (!acknowledgement)
        policy.append(Element::make(QStringLiteral("Provision:Data"), {policyDocument()}));
    return encodeOrEmpty(Element::make(
        QStringLiteral("Provision:Provision"),
        {text("Provision:Status", QStringLiteral("1")),
         Element::make(QStringLiteral("Provision:Policies"),
                       {Element::make(QStringLiteral("Provision:Policy"), policy)})}));
}

QByteArray provisionStatus(int status)
{
    return encodeOrEmpty(Element::make(QStringLiteral("Provision:Provision"),
                                       {text("Provision:Status", QString::number(status))}));
}

QByteArray folderSyncOk()
{
    const Element changes = Element::make(QStringLiteral("FolderHierarchy:Changes"),
                                          {text("FolderHierarchy:Count", QStringLiteral("6")),
                                           folder("1", "0", "Inbox", 2),
                                           folder("2", "0", "Drafts", 3),
                                           folder("3", "0", "Deleted Items", 4),
                                           folder("4", "0", "Sent Items", 5),
                                           folder("5", "0", "Calendar", 8),
                                           folder("6", "0", "Contacts", 9)});
    return encodeOrEmpty(Element::make(QStringLiteral("FolderHierarchy:FolderSync"),
                                       {text("FolderHierarchy:Status", QStringLiteral("1")),
                                        text("FolderHierarchy:SyncKey", QStringLiteral("1")),
                                        changes}));
}

QByteArray folderSyncStatus(int status)
{
    return encodeOrEmpty(Element::make(QStringLiteral("FolderHierarchy:FolderSync"),
                                       {text("FolderHierarchy:Status", QString::number(status))}));
}

QByteArray settingsOk()
{
    return encodeOrEmpty(
        Element::make(QStringLiteral("Settings:Settings"),
                      {text("Settings:Status", QStringLiteral("1")),
                       Element::make(QStringLiteral("Settings:DeviceInformation"),
                                     {text("Settings:Status", QStringLiteral("1"))})}));
}

QByteArray settingsStatus(int status)
{
    return encodeOrEmpty(Element::make(QStringLiteral("Settings:Settings"),
                                       {text("Settings:Status", QString::number(status))}));
}

QByteArray iisErrorPage(int status)
{
    QByteArray title;
    QByteArray heading;
    switch (status) {
    case 401:
        title = "401 - Unauthorized: Access is denied due to invalid credentials.";
        heading = "You do not have permission to view this directory or page using the credentials "
                  "that you supplied.";
        break;
    case 403:
        title = "403 - Forbidden: Access is denied.";
        heading = "You do not have permission to view this directory or page using the credentials "
                  "that you supplied.";
        break;
    case 404:
        title = "404 - File or directory not found.";
        heading = "The resource you are looking for might have been removed, had its name changed, "
                  "or is temporarily unavailable.";
        break;
    case 503:
        title = "503 - Service Unavailable";
        heading = "The service is unavailable.";
        break;
    default:
        title = "500 - Internal server error.";
        heading = "There is a problem with the resource you are looking for, and it cannot be "
                  "displayed.";
        break;
    }
    return "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
           "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\r\n"
           "<html xmlns=\"http://www.w3.org/1999/xhtml\">\r\n<head>\r\n"
           "<meta http-equiv=\"Content-Type\" content=\"text/html; "
           "charset=iso-8859-1\"/>\r\n<title>"
           + title
           + "</title>\r\n</head>\r\n<body>\r\n<div id=\"header\"><h1>Server Error</h1></div>\r\n"
             "<div id=\"content\">\r\n <div class=\"content-container\"><fieldset>\r\n  <h2>"
           + title + "</h2>\r\n  <h3>" + heading
           + "</h3>\r\n </fieldset></div>\r\n</div>\r\n</body>\r\n</html>\r\n";
}

QByteArray
autodiscoverMobileSync(const QString &email, const QString &displayName, const QString &url)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("Autodiscover"));
    w.writeDefaultNamespace(
        QStringLiteral("http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"));
    w.writeStartElement(QStringLiteral("Response"));
    w.writeDefaultNamespace(QStringLiteral(
        "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006"));
    w.writeTextElement(QStringLiteral("Culture"), QStringLiteral("en:us"));
    w.writeStartElement(QStringLiteral("User"));
    w.writeTextElement(QStringLiteral("DisplayName"), displayName);
    w.writeTextElement(QStringLiteral("EMailAddress"), email);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("Action"));
    w.writeStartElement(QStringLiteral("Settings"));
    w.writeStartElement(QStringLiteral("Server"));
    w.writeTextElement(QStringLiteral("Type"), QStringLiteral("MobileSync"));
    w.writeTextElement(QStringLiteral("Url"), url);
    w.writeTextElement(QStringLiteral("Name"), url);
    w.writeEndDocument();
    return out;
}

QByteArray autodiscoverError(int errorCode, const QString &message)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("Autodiscover"));
    w.writeDefaultNamespace(
        QStringLiteral("http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"));
    w.writeStartElement(QStringLiteral("Response"));
    w.writeStartElement(QStringLiteral("Error"));
    w.writeAttribute(QStringLiteral("Time"), QStringLiteral("10:00:00.0000000"));
    w.writeAttribute(QStringLiteral("Id"), QStringLiteral("2477272013"));
    w.writeTextElement(QStringLiteral("ErrorCode"), QString::number(errorCode));
    w.writeTextElement(QStringLiteral("Message"), message);
    w.writeTextElement(QStringLiteral("DebugData"), QString());
    w.writeEndDocument();
    return out;
}

} // namespace eas::sim::ExchangeBodies
