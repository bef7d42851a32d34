#include "ScenarioCatalog.h"

#include "core/Tr.h"

namespace eas::sim::ScenarioCatalog {

QList<ScenarioInfo> all()
{
    // Descriptions in the user's language (the wizard's scenario picker, simulate --list).
    auto s = [](const char *name, const char *description, const char *root) {
        return ScenarioInfo{
            QString::fromLatin1(name), Tr::tr(description), QString::fromLatin1(root)};
    };
    return {
        s("healthy",
          QT_TRANSLATE_NOOP("EasDoctor", "everything works; FolderSync succeeds at once"),
          ""),
        s("needs-provision",
          QT_TRANSLATE_NOOP("EasDoctor", "449 / Status 142 until the device is provisioned"),
          ""),
        s("wrong-password",
          QT_TRANSLATE_NOOP("EasDoctor", "the server knows another password"),
          "credentials-rejected"),
        s("basic-auth-disabled",
          QT_TRANSLATE_NOOP("EasDoctor", "only Negotiate/NTLM offered"),
          "auth-method-mismatch"),
        s("activesync-disabled",
          QT_TRANSLATE_NOOP("EasDoctor", "ActiveSyncEnabled is false (Status 126 / 403)"),
          "activesync-disabled"),
        s("device-blocked",
          QT_TRANSLATE_NOOP("EasDoctor", "the device is blocked (Status 129, X-MS-ASThrottle)"),
          "device-blocked"),
        s("provision-denied",
          QT_TRANSLATE_NOOP("EasDoctor", "the policy download is refused"),
          "provisioning-failed"),
        s("max-devices",
          QT_TRANSLATE_NOOP("EasDoctor", "the user has too many partnerships (Status 177)"),
          "max-devices-reached"),
        s("throttled",
          QT_TRANSLATE_NOOP("EasDoctor", "503 with X-MS-ASThrottle and Retry-After"),
          "throttled"),
        s("vdir-missing",
          QT_TRANSLATE_NOOP("EasDoctor", "404 on /Microsoft-Server-ActiveSync"),
          "virtual-directory-missing"),
        s("vdir-broken",
          QT_TRANSLATE_NOOP("EasDoctor", "IIS 500 from the ActiveSync path"),
          "virtual-directory-error"),
        s("redirect-451",
          QT_TRANSLATE_NOOP("EasDoctor", "451 with X-MS-Location to another server"),
          "redirected-to-other-server"),
        s("cert-expired",
          QT_TRANSLATE_NOOP("EasDoctor", "the leaf certificate has expired"),
          "certificate-expired"),
        s("cert-not-yet-valid",
          QT_TRANSLATE_NOOP("EasDoctor", "the leaf certificate is not valid yet"),
          "certificate-not-yet-valid"),
        s("cert-wrong-name",
          QT_TRANSLATE_NOOP("EasDoctor", "the leaf names another host"),
          "certificate-name-mismatch"),
        s("cert-self-signed",
          QT_TRANSLATE_NOOP("EasDoctor", "a self-signed leaf"),
          "certificate-untrusted"),
        s("cert-chain-incomplete",
          QT_TRANSLATE_NOOP("EasDoctor", "the intermediate is not sent"),
          "certificate-chain-incomplete"),
        s("cert-expiring-soon",
          QT_TRANSLATE_NOOP("EasDoctor", "the leaf expires in 10 days"),
          "certificate-expiring-soon"),
        s("no-response",
          QT_TRANSLATE_NOOP("EasDoctor", "accepts connections, never answers"),
          "connection-timeout"),
        s("reset-mid-response",
          QT_TRANSLATE_NOOP("EasDoctor", "resets the connection in the middle of a response"),
          "connection-reset"),
        s("slow-drip",
          QT_TRANSLATE_NOOP("EasDoctor", "answers one byte a second"),
          "connection-timeout"),
        s("huge-body",
          QT_TRANSLATE_NOOP("EasDoctor", "an endless response body"),
          "response-too-large"),
        s("bad-wbxml",
          QT_TRANSLATE_NOOP("EasDoctor", "FolderSync answers with broken WBXML"),
          "malformed-response"),
        s("autodiscover-ok",
          QT_TRANSLATE_NOOP("EasDoctor", "Autodiscover returns the mobilesync URL"),
          ""),
        s("autodiscover-unsafe-redirect",
          QT_TRANSLATE_NOOP("EasDoctor", "Autodiscover redirects to http:// on another domain"),
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
