#include "WbxmlTestDocuments.h"
#include "WbxmlTestItems.h"

namespace eas::wbxml::test {

Element PageBuilder::operator()(const char *tag, QList<Element> children) const
{
    return Element::make(qualified(tag), std::move(children));
}

Element PageBuilder::text(const char *tag, const QString &text) const
{
    return Element::withText(qualified(tag), text);
}

Element PageBuilder::opaque(const char *tag, const QByteArray &data) const
{
    return Element::withOpaque(qualified(tag), data);
}

QString PageBuilder::qualified(const char *tag) const
{
    return m_page + QLatin1Char(':') + QLatin1String(tag);
}

namespace {

const PageBuilder as("AirSync"), notify("AirNotify"), mv("Move"), gie("GetItemEstimate"),
    fh("FolderHierarchy"), mr("MeetingResponse"), rr("ResolveRecipients"), vc("ValidateCert"),
    ping("Ping"), prov("Provision"), search("Search"), gal("GAL"), asb("AirSyncBase"),
    settings("Settings"), doclib("DocumentLibrary"), io("ItemOperations"), cm("ComposeMail"),
    rm("RightsManagement"), find("Find");

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QList<SampleDocument> folderHierarchyDocuments()
{
    const auto folder = [](const char *id, const char *name, const char *type) {
        return fh("Add",
                  {fh.text("ServerId", str(id)),
                   fh.text("ParentId", str("0")),
                   fh.text("DisplayName", str(name)),
                   fh.text("Type", str(type))});
    };
    const auto status = [](const char *value) {
        return fh("FolderSync", {fh.text("Status", str(value))});
    };
    return {
        {"FolderSync request", fh("FolderSync", {fh.text("SyncKey", str("0"))}), true},
        {"FolderSync response",
         fh("FolderSync",
            {fh.text("Status", str("1")),
             fh.text("SyncKey", str("1")),
             fh("Changes",
                {fh.text("Count", str("3")),
                 folder("1", "Inbox", "2"),
                 folder("2", "Calendar", "8"),
                 folder("3", "Kontakte \u00fc\u00e4", "9")})}),
         true},
        {"FolderSync Status 142", status("142"), true},
        {"FolderSync Status 126", status("126"), true},
    };
}

QList<SampleDocument> provisionDocuments()
{
    const auto policies = [](QList<Element> policy) {
        policy.prepend(prov.text("PolicyType", str("MS-EAS-Provisioning-WBXML")));
        return prov("Policies", {prov("Policy", std::move(policy))});
    };
    const auto status = [](const char *value) {
        return prov("Provision", {prov.text("Status", str(value))});
    };
    return {
        {"Provision request", prov("Provision", {deviceInformation(), policies({})}), true},
        {"Provision response with EASProvisionDoc",
         prov("Provision",
              {settings("DeviceInformation", {settings.text("Status", str("1"))}),
               prov.text("Status", str("1")),
               policies({prov.text("Status", str("1")),
                         prov.text("PolicyKey", str("1307199584")),
                         prov("Data", {provisionDoc()})})}),
         true},
        {"Provision acknowledgement",
         prov("Provision",
              {policies(
                  {prov.text("PolicyKey", str("1307199584")), prov.text("Status", str("1"))})}),
         true},
        {"Provision remote wipe", prov("Provision", {prov("RemoteWipe")}), true},
        {"Provision account-only wipe", prov("Provision", {prov("AccountOnlyRemoteWipe")}), false},
        {"Provision Status 177", status("177"), true},
    };
}

QList<SampleDocument> syncDocuments()
{
    const auto collection = [](const char *key, QList<Element> more) {
        more.prepend(as.text("CollectionId", str("5")));
        more.prepend(as.text("SyncKey", str(key)));
        return as("Sync", {as("Collections", {as("Collection", std::move(more))})});
    };
    const auto add = [](const char *serverId, Element data) {
        return as("Add", {as.text("ServerId", str(serverId)), std::move(data)});
    };
    const Element options
        = as("Options",
             {as.text("FilterType", str("3")),
              asb("BodyPreference",
                  {asb.text("Type", str("2")), asb.text("TruncationSize", str("5120"))}),
              rm.text("RightsManagementSupport", str("1"))});
    return {
        {"Sync request", collection("0", {as.text("WindowSize", str("50")), options}), true},
        {"Sync response",
         collection("1234",
                    {as.text("Status", str("1")),
                     as("Commands",
                        {add("5:1", emailItem()),
                         add("6:1", contactItem()),
                         add("7:1", calendarItem()),
                         add("8:1", taskAndNoteItems())})}),
         true},
        {"Sync Status 129", as("Sync", {as.text("Status", str("129"))}), true},
    };
}

QList<SampleDocument> pingAndSettingsDocuments()
{
    const Element folder
        = ping("Folder", {ping.text("Id", str("5")), ping.text("Class", str("Email"))});
    const Element addresses = settings("EmailAddresses",
                                       {settings.text("SMTPAddress", str("a@contoso.com")),
                                        settings.text("PrimarySmtpAddress", str("a@contoso.com"))});
    return {
        {"Ping request",
         ping("Ping", {ping.text("HeartbeatInterval", str("480")), ping("Folders", {folder})}),
         true},
        {"Ping response",
         ping("Ping",
              {ping.text("Status", str("2")), ping("Folders", {ping.text("Folder", str("5"))})}),
         true},
        {"Settings DeviceInformation", settings("Settings", {deviceInformation()}), true},
        {"Settings UserInformation",
         settings("Settings",
                  {settings.text("Status", str("1")),
                   settings("UserInformation",
                            {settings.text("Status", str("1")), settings("Get", {addresses})})}),
         true},
        {"Settings Oof get",
         settings("Settings",
                  {settings("Oof", {settings("Get", {settings.text("BodyType", str("Text"))})})}),
         true},
    };
}

QList<SampleDocument> itemOperationsDocuments()
{
    const Element body
        = asb("Body", {asb.text("Type", str("4")), asb.text("Data", str("Subject: hi\n\nbody"))});
    const QByteArray mime("From: a@contoso.com\r\nTo: b@contoso.com\r\n\r\n\x01\xff");
    return {
        {"ItemOperations fetch",
         io("ItemOperations",
            {io("Fetch",
                {io.text("Store", str("Mailbox")),
                 as.text("CollectionId", str("5")),
                 as.text("ServerId", str("5:1")),
                 io("Options", {asb("BodyPreference", {asb.text("Type", str("4"))})})})}),
         true},
        {"ItemOperations response",
         io("ItemOperations",
            {io.text("Status", str("1")),
             io("Response",
                {io("Fetch",
                    {io.text("Status", str("1")),
                     as.text("ServerId", str("5:1")),
                     as.text("Class", str("Email")),
                     io("Properties", {body})})})}),
         true},
        {"SendMail with MIME",
         cm("SendMail",
            {cm.text("ClientId", str("EASDoctor-1")),
             cm("SaveInSentItems"),
             cm.opaque("Mime", mime)}),
         true},
    };
}

QList<SampleDocument> mailboxDocuments()
{
    const Element move = mv("Move",
                            {mv.text("SrcMsgId", str("5:1")),
                             mv.text("SrcFldId", str("5")),
                             mv.text("DstFldId", str("9"))});
    const Element estimate = gie("Collection",
                                 {as.text("SyncKey", str("1234")),
                                  gie.text("CollectionId", str("5")),
                                  as("Options", {as.text("FilterType", str("3"))})});
    const Element request = mr("Request",
                               {mr.text("UserResponse", str("1")),
                                mr.text("CollectionId", str("5")),
                                mr.text("RequestId", str("5:3"))});
    return {
        {"MoveItems", mv("MoveItems", {move}), true},
        {"GetItemEstimate", gie("GetItemEstimate", {gie("Collections", {estimate})}), true},
        {"MeetingResponse", mr("MeetingResponse", {request}), true},
        {"MeetingResponse proposal",
         mr("MeetingResponse",
            {mr("Request", {mr.text("ProposedStartTime", str("2024-03-05T10:00:00Z"))})}),
         false},
        {"AirNotify", notify("Notify", {notify.text("Version", str("1.1"))}), true},
    };
}

QList<SampleDocument> searchDocuments()
{
    const auto result = [](QList<Element> properties) {
        return search(
            "Search",
            {search.text("Status", str("1")),
             search("Response",
                    {search("Store",
                            {search.text("Status", str("1")),
                             search("Result", {search("Properties", std::move(properties))}),
                             search.text("Range", str("0-0")),
                             search.text("Total", str("1"))})})});
    };
    const Element query
        = find("Query", {as.text("Class", str("Email")), find.text("FreeText", str("invoice"))});
    const Element options
        = find("Options", {find.text("Range", str("0-99")), find("DeepTraversal")});
    return {
        {"ResolveRecipients",
         rr("ResolveRecipients",
            {rr.text("To", str("alice@contoso.com")),
             rr("Options",
                {rr.text("CertificateRetrieval", str("1")),
                 rr.text("MaxAmbiguousRecipients", str("5"))})}),
         true},
        {"ValidateCert",
         vc("ValidateCert",
            {vc("Certificates", {vc.text("Certificate", str("MIIBszCCAVmgAwIBAgIU"))}),
             vc.text("CheckCRL", str("1"))}),
         true},
        {"Search GAL response",
         result({gal.text("DisplayName", str("Alice")),
                 gal.text("EmailAddress", str("alice@contoso.com")),
                 gal.text("Phone", str("+1 555 0100")),
                 gal.text("Company", str("Contoso"))}),
         true},
        {"Search DocumentLibrary response",
         result({doclib.text("LinkId", str("\\\\fs\\share")),
                 doclib.text("DisplayName", str("share")),
                 doclib.text("IsFolder", str("1")),
                 doclib.text("ContentLength", str("0"))}),
         true},
        {"Find mailbox",
         find("Find",
              {find.text("SearchId", str("a1b2")),
               find("ExecuteSearch", {find("MailBoxSearchCriterion", {query, options})})}),
         false},
    };
}

} // namespace

QList<SampleDocument> sampleDocuments()
{
    return folderHierarchyDocuments() + provisionDocuments() + syncDocuments()
           + pingAndSettingsDocuments() + itemOperationsDocuments() + mailboxDocuments()
           + searchDocuments();
}

} // namespace eas::wbxml::test

namespace eas::wbxml {

char *toString(const Element &element)
{
    return qstrdup(toXml(element).toUtf8().constData());
}

} // namespace eas::wbxml
