#include "Steps.h"

#include "Tr.h"

namespace eas::steps {

QStringList all()
{
    return {UserStatus, VirtualDirectory, Connectivity, Certificate, Throttling, Logs};
}

bool isKnown(const QString &id)
{
    return all().contains(id);
}

QString title(const QString &id)
{
    if (id == UserStatus)
        return Tr::tr("User status");
    if (id == VirtualDirectory)
        return Tr::tr("Virtual directory");
    if (id == Connectivity)
        return Tr::tr("Connectivity");
    if (id == Certificate)
        return Tr::tr("Certificate");
    if (id == Throttling)
        return Tr::tr("Throttling");
    if (id == Logs)
        return Tr::tr("Logs");
    return id;
}

QString description(const QString &id)
{
    if (id == UserStatus)
        return Tr::tr("Checks that ActiveSync is enabled for the mailbox and that its device "
                      "policy and partnerships let a phone in. A mailbox with ActiveSync turned "
                      "off, a blocked device or a full device quota refuses every phone.");
    if (id == VirtualDirectory)
        return Tr::tr("Checks the Microsoft-Server-ActiveSync virtual directory and the sign-in "
                      "methods it offers. Phones use Basic or OAuth; a missing or broken virtual "
                      "directory, or one that offers only Windows sign-in, blocks them all.");
    if (id == Connectivity)
        return Tr::tr(
            "Follows the path a phone takes: DNS, TCP, TLS, Autodiscover, OPTIONS and "
            "a first FolderSync. The first phase that fails explains everything after it.");
    if (id == Certificate)
        return Tr::tr("Checks the server certificate: expiry, the host name, the chain as sent "
                      "and the TLS versions. Phones refuse a certificate a browser might accept.");
    if (id == Throttling)
        return Tr::tr(
            "Looks for throttling and automatic blocking (503 with X-MS-ASThrottle, "
            "429 from a proxy). Throttled devices are refused until their budget recovers.");
    if (id == Logs)
        return Tr::tr("Reads IIS logs and exported event logs for ActiveSync 401/403/500 answers "
                      "and blocking events. They show what happened to the user's real devices.");
    return {};
}

} // namespace eas::steps
