#include "ScreenshotStory.h"

#include "core/Steps.h"

namespace eas::test {

namespace {

Finding finding(const QString &id,
                const QString &step,
                Severity severity,
                const QString &title,
                const QString &detail,
                const QVariantMap &evidence = {},
                const QStringList &fixes = {})
{
    Finding f = Finding::make(id, step, severity, title, detail, evidence);
    f.fixes = fixes;
    return f;
}

} // namespace

FakeRunnerFactory screenshotStory()
{
    using namespace eas::steps;
    FakeRunnerFactory story;
    story.setPlan(UserStatus,
                  {finding("activesync-enabled",
                           UserStatus,
                           Severity::Pass,
                           "ActiveSync is enabled for the mailbox",
                           "FolderSync answered with Status 1 for user@contoso.test.",
                           {{"easStatus", 1}, {"protocolVersion", "16.1"}})});
    story.setPlan(VirtualDirectory,
                  {finding("vdir-answers",
                           VirtualDirectory,
                           Severity::Pass,
                           "The virtual directory answers and offers Basic sign-in",
                           "OPTIONS /Microsoft-Server-ActiveSync returned 200 with "
                           "MS-ASProtocolVersions 12.1,14.0,14.1,16.0,16.1.",
                           {{"authSchemes", QStringList{"Basic", "Negotiate"}}})},
                  80);
    story.setPlan(Connectivity,
                  {finding("tcp-connected",
                           Connectivity,
                           Severity::Pass,
                           "127.0.0.1 answers on port 443",
                           "TCP connect took 1 ms.",
                           {{"dnsMs", 2},
                            {"tcpConnectMs", 1},
                            {"tlsHandshakeMs", 14},
                            {"optionsFirstByteMs", 38},
                            {"optionsTotalMs", 41},
                            {"folderSyncFirstByteMs", 66},
                            {"folderSyncTotalMs", 72}}),
                   finding("tls-established",
                           Connectivity,
                           Severity::Info,
                           "TLS 1.3 session set up after the certificate warning",
                           "The handshake completed; the certificate defect is reported under "
                           "Certificate.")},
                  120);
    story.setPlan(
        Certificate,
        {finding("certificate-expired",
                 Certificate,
                 Severity::Fail,
                 "The server certificate expired 12 days ago",
                 "Phones refuse an expired certificate outright, so no account can be "
                 "added. Renew the certificate, assign it to IIS with "
                 "Enable-ExchangeCertificate and check the binding.",
                 {{"subject", "CN=localhost"},
                  {"notAfter", "2026-11-13T10:00:00Z"},
                  {"chain", QStringList{"CN=localhost", "CN=EAS Doctor Test Intermediate"}}},
                 {"enable-valid-certificate"}),
         finding("tls-versions",
                 Certificate,
                 Severity::Pass,
                 "TLS 1.2 and 1.3 offered",
                 "No outdated protocol version is accepted.")},
        160);
    story.setPlan(Throttling,
                  {finding("not-throttled",
                           Throttling,
                           Severity::Pass,
                           "No throttling or automatic blocking",
                           "No X-MS-ASThrottle header and no 503 or 429 answers.")},
                  200);
    story.setPlan(Logs,
                  {finding("no-logs-given",
                           Logs,
                           Severity::Skip,
                           "No IIS logs or event logs were given",
                           "Choose the W3SVC log folder or exported .evtx files on the first "
                           "page to check what happened to the user's real devices.")},
                  60);
    return story;
}

} // namespace eas::test
