#include "ScenarioCatalog.h"

namespace eas::sim::ScenarioCatalog {

QList<ScenarioInfo> all()
{
    auto s = [](const char *name, const char *description, const char *root) {
        return ScenarioInfo{
            QString::fromLatin1(name), QString::fromLatin1(description), QString::fromLatin1(root)};
    };
    return {
        s("healthy", "everything works; FolderSync succeeds at once", ""),
        s("needs-provision", "449 / Status 142 until the device is provisioned", ""),
        s("wrong-password", "the server knows another password", "credentials-rejected"),
        s("basic-auth-disabled", "only Negotiate/NTLM offered", "auth-method-mismatch"),
        s("activesync-disabled",
          "ActiveSyncEnabled is false (Status 126 / 403)",
          "activesync-disabled"),
        s("device-blocked",
          "the device is blocked (Status 129, X-MS-ASThrottle)",
          "device-blocked"),
        s("provision-denied", "the policy download is refused", "provisioning-failed"),
        s("max-devices", "the user has too many partnerships (Status 177)", "max-devices-reached"),
        s("throttled", "503 with X-MS-ASThrottle and Retry-After", "throttled"),
        s("vdir-missing", "404 on /Microsoft-Server-ActiveSync", "virtual-directory-missing"),
        s("vdir-broken", "IIS 500 from the ActiveSync path", "virtual-directory-error"),
        s("redirect-451", "451 with X-MS-Location to another server", "redirected-to-other-server"),
        s("cert-expired", "the leaf certificate has expired", "certificate-expired"),
        s("cert-not-yet-valid",
          "the leaf certificate is not valid yet",
          "certificate-not-yet-valid"),
        s("cert-wrong-name", "the leaf names another host", "certificate-name-mismatch"),
        s("cert-self-signed", "a self-signed leaf", "certificate-untrusted"),
        s("cert-chain-incomplete", "the intermediate is not sent", "certificate-chain-incomplete"),
        s("cert-expiring-soon", "the leaf expires in 10 days", "certificate-expiring-soon"),
        s("no-response", "accepts connections, never answers", "connection-timeout"),
        s("reset-mid-response",
          "resets the connection in the middle of a response",
          "connection-reset"),
        s("slow-drip", "answers one byte a second", "connection-timeout"),
        s("huge-body", "an endless response body", "response-too-large"),
        s("bad-wbxml", "FolderSync answers with broken WBXML", "malformed-response"),
        s("autodiscover-ok", "Autodiscover returns the mobilesync URL", ""),
        s("autodiscover-unsafe-redirect",
          "Autodiscover redirects to http:// on another domain",
          "autodiscover-unsafe-redirect"),
    };
}

QStringList names()
{
    QStringList out;
    for (const ScenarioInfo &s : all())
        out.append(s.name);
    return out;
}

bool isKnown(const QString &name)
{
    return names().contains(name);
}

} // namespace eas::sim::ScenarioCatalog
