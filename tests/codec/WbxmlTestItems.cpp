#include "WbxmlTestItems.h"
#include "WbxmlTestDocuments.h"

namespace eas::wbxml::test {
namespace {

const PageBuilder as("AirSync"), contacts("Contacts"), email("Email"), cal("Calendar"),
    tasks("Tasks"), contacts2("Contacts2"), prov("Provision"), asb("AirSyncBase"),
    settings("Settings"), email2("Email2"), notes("Notes"), rm("RightsManagement");

} // namespace

Element deviceInformation()
{
    return settings("DeviceInformation",
                    {settings("Set",
                              {settings.text("Model", QStringLiteral("Pixel 8")),
                               settings.text("IMEI", QStringLiteral("356938035643809")),
                               settings.text("FriendlyName", QStringLiteral("EAS Doctor")),
                               settings.text("OS", QStringLiteral("Android 14")),
                               settings.text("OSLanguage", QStringLiteral("English")),
                               settings.text("PhoneNumber", QStringLiteral("+15551234567")),
                               settings.text("MobileOperator", QStringLiteral("Contoso")),
                               settings.text("UserAgent", QStringLiteral("EASDoctor/0.1"))})});
}

Element provisionDoc()
{
    const char *values[][2] = {{"DevicePasswordEnabled", "1"},
                               {"AlphanumericDevicePasswordRequired", "0"},
                               {"RequireStorageCardEncryption", "0"},
                               {"PasswordRecoveryEnabled", "0"},
                               {"AttachmentsEnabled", "1"},
                               {"MinDevicePasswordLength", "4"},
                               {"MaxInactivityTimeDeviceLock", "900"},
                               {"MaxDevicePasswordFailedAttempts", "8"},
                               {"AllowSimpleDevicePassword", "1"},
                               {"DevicePasswordHistory", "0"},
                               {"AllowStorageCard", "1"},
                               {"AllowCamera", "1"},
                               {"RequireDeviceEncryption", "0"},
                               {"AllowUnsignedApplications", "1"},
                               {"AllowUnsignedInstallationPackages", "1"},
                               {"MinDevicePasswordComplexCharacters", "1"},
                               {"AllowWiFi", "1"},
                               {"AllowTextMessaging", "1"},
                               {"AllowPOPIMAPEmail", "1"},
                               {"AllowBluetooth", "2"},
                               {"AllowIrDA", "1"},
                               {"RequireManualSyncWhenRoaming", "0"},
                               {"AllowDesktopSync", "1"},
                               {"MaxCalendarAgeFilter", "0"},
                               {"AllowHTMLEmail", "1"},
                               {"MaxEmailAgeFilter", "0"},
                               {"MaxEmailBodyTruncationSize", "-1"},
                               {"MaxEmailHTMLBodyTruncationSize", "-1"},
                               {"RequireSignedSMIMEMessages", "0"},
                               {"RequireEncryptedSMIMEMessages", "0"},
                               {"RequireSignedSMIMEAlgorithm", "0"},
                               {"RequireEncryptionSMIMEAlgorithm", "0"},
                               {"AllowSMIMEEncryptionAlgorithmNegotiation", "2"},
                               {"AllowSMIMESoftCerts", "1"},
                               {"AllowBrowser", "1"},
                               {"AllowConsumerEmail", "1"},
                               {"AllowRemoteDesktop", "1"},
                               {"AllowInternetSharing", "1"}};
    QList<Element> policy;
    for (const auto &value : values)
        policy.append(prov.text(value[0], QLatin1String(value[1])));
    policy.append(prov("MaxAttachmentSize"));
    policy.append(prov("DevicePasswordExpiration"));
    policy.append(prov("UnapprovedInROMApplicationList"));
    policy.append(prov("ApprovedApplicationList",
                       {prov.text("Hash", QStringLiteral("3B4F")),
                        prov.text("ApplicationName", QStringLiteral("Authenticator"))}));
    return prov("EASProvisionDoc", policy);
}

Element emailItem()
{
    return as("ApplicationData",
              {email.text("To", QStringLiteral("\"Alice\" <alice@contoso.com>")),
               email.text("From", QStringLiteral("bob@contoso.com")),
               email.text("Subject", QStringLiteral("Quarterly report & <draft>")),
               email.text("DateReceived", QStringLiteral("2024-03-01T08:15:00.000Z")),
               email.text("DisplayTo", QStringLiteral("Alice")),
               email.text("Importance", QStringLiteral("1")),
               email.text("Read", QStringLiteral("0")),
               email.text("ReplyTo", QStringLiteral("noreply@contoso.com")),
               asb("Body",
                   {asb.text("Type", QStringLiteral("2")),
                    asb.text("EstimatedDataSize", QStringLiteral("120")),
                    asb.text("Truncated", QStringLiteral("1"))}),
               email.text("MessageClass", QStringLiteral("IPM.Note")),
               email.text("InternetCPID", QStringLiteral("65001")),
               email("Flag"),
               email.text("ContentClass", QStringLiteral("urn:content-classes:message")),
               asb.text("NativeBodyType", QStringLiteral("2")),
               email2.opaque("ConversationId", QByteArray::fromHex("8a1f00ff3c0001")),
               email2.opaque("ConversationIndex", QByteArray::fromHex("01d9")),
               rm("RightsManagementLicense",
                  {rm.text("Owner", QStringLiteral("1")),
                   rm.text("ContentOwner", QStringLiteral("bob@contoso.com")),
                   rm.text("TemplateName", QStringLiteral("Do Not Forward"))})});
}

Element contactItem()
{
    return as("ApplicationData",
              {contacts.text("FileAs", QStringLiteral("Doe, Jane")),
               contacts.text("FirstName", QStringLiteral("Jane")),
               contacts.text("LastName", QStringLiteral("Doe")),
               contacts.text("Email1Address", QStringLiteral("jane@contoso.com")),
               contacts.text("BusinessAddressCity", QStringLiteral("Z\u00fcrich")),
               contacts.text("MobilePhoneNumber", QStringLiteral("+41 79 000 00 00")),
               contacts("Categories", {contacts.text("Category", QStringLiteral("VIP"))}),
               contacts2.text("NickName", QStringLiteral("JD")),
               contacts2.text("IMAddress", QStringLiteral("jane@im.contoso.com"))});
}

Element calendarItem()
{
    return as("ApplicationData",
              {cal.text("Timezone", QStringLiteral("xP///wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==")),
               cal.text("DtStamp", QStringLiteral("20240301T081500Z")),
               cal.text("StartTime", QStringLiteral("20240305T090000Z")),
               cal.text("Subject", QStringLiteral("Review")),
               cal.text("UID", QStringLiteral("040000008200E00074C5B7101A82E008")),
               cal.text("OrganizerEmail", QStringLiteral("bob@contoso.com")),
               cal("Attendees",
                   {cal("Attendee",
                        {cal.text("Email", QStringLiteral("alice@contoso.com")),
                         cal.text("Name", QStringLiteral("Alice")),
                         cal.text("AttendeeStatus", QStringLiteral("3")),
                         cal.text("AttendeeType", QStringLiteral("1"))})}),
               cal("Recurrence",
                   {cal.text("Type", QStringLiteral("1")),
                    cal.text("Interval", QStringLiteral("1")),
                    cal.text("DayOfWeek", QStringLiteral("2"))}),
               cal.text("BusyStatus", QStringLiteral("2")),
               cal.text("MeetingStatus", QStringLiteral("1"))});
}

Element taskAndNoteItems()
{
    return as("ApplicationData",
              {tasks.text("Subject", QStringLiteral("File expenses")),
               tasks.text("Importance", QStringLiteral("1")),
               tasks.text("UtcDueDate", QStringLiteral("2024-03-08T17:00:00.000Z")),
               tasks.text("Complete", QStringLiteral("0")),
               tasks("Categories", {tasks.text("Category", QStringLiteral("Work"))}),
               notes.text("Subject", QStringLiteral("Ideas")),
               notes.text("MessageClass", QStringLiteral("IPM.StickyNote")),
               notes.text("LastModifiedDate", QStringLiteral("2024-03-01T08:15:00.000Z"))});
}

} // namespace eas::wbxml::test
