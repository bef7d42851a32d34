#include "FindingCatalog.h"

#include "Steps.h"

#include <QHash>

namespace eas::FindingCatalog {

namespace {

QList<CatalogEntry> buildTable()
{
    const QStringList handshake = {QStringLiteral("tls-handshake-failed")};
    const QStringList login = {QStringLiteral("credentials-rejected")};
    const QStringList loginAndServer
        = {QStringLiteral("credentials-rejected"), QStringLiteral("mailbox-server-offline")};
    struct Row
    {
        const char *id;
        const QString &step;
        Severity severity;
        QStringList suppresses;
    };
    const QList<Row> rows = {
        {"dns-resolution-failed", steps::Connectivity, Severity::Fail, {}},
        {"tcp-connect-failed", steps::Connectivity, Severity::Fail, {}},
        {"connection-timeout", steps::Connectivity, Severity::Fail, {}},
        {"tls-handshake-failed", steps::Connectivity, Severity::Fail, {}},
        {"connection-reset", steps::Connectivity, Severity::Fail, {}},
        {"response-too-large", steps::Connectivity, Severity::Fail, {}},
        {"malformed-response", steps::Connectivity, Severity::Fail, {}},
        {"cleartext-endpoint", steps::Connectivity, Severity::Fail, {}},
        {"autodiscover-failed", steps::Connectivity, Severity::Fail, {}},
        {"autodiscover-unsafe-redirect",
         steps::Connectivity,
         Severity::Fail,
         {QStringLiteral("autodiscover-failed")}},
        {"protocol-version-unsupported", steps::Connectivity, Severity::Fail, {}},
        {"redirected-to-other-server", steps::Connectivity, Severity::Warn, {}},
        {"certificate-expired", steps::Certificate, Severity::Fail, handshake},
        {"certificate-not-yet-valid", steps::Certificate, Severity::Fail, handshake},
        {"certificate-name-mismatch", steps::Certificate, Severity::Fail, handshake},
        {"certificate-untrusted", steps::Certificate, Severity::Fail, handshake},
        {"certificate-chain-incomplete",
         steps::Certificate,
         Severity::Fail,
         {QStringLiteral("tls-handshake-failed"), QStringLiteral("certificate-untrusted")}},
        {"certificate-expiring-soon", steps::Certificate, Severity::Warn, {}},
        {"tls-protocol-outdated", steps::Certificate, Severity::Warn, {}},
        {"virtual-directory-missing", steps::VirtualDirectory, Severity::Fail, {}},
        {"virtual-directory-error", steps::VirtualDirectory, Severity::Fail, {}},
        {"auth-method-mismatch", steps::VirtualDirectory, Severity::Fail, login},
        {"credentials-rejected", steps::UserStatus, Severity::Fail, {}},
        {"password-expired", steps::UserStatus, Severity::Fail, login},
        {"account-disabled", steps::UserStatus, Severity::Fail, login},
        {"mailbox-not-found", steps::UserStatus, Severity::Fail, login},
        {"activesync-disabled", steps::UserStatus, Severity::Fail, login},
        {"device-blocked", steps::UserStatus, Severity::Fail, login},
        {"device-quarantined", steps::UserStatus, Severity::Warn, {}},
        {"provisioning-failed", steps::UserStatus, Severity::Fail, {}},
        {"max-devices-reached", steps::UserStatus, Severity::Fail, login},
        {"mailbox-full", steps::UserStatus, Severity::Fail, {}},
        {"mailbox-server-offline", steps::UserStatus, Severity::Fail, {}},
        {"throttled", steps::Throttling, Severity::Fail, loginAndServer},
        {"logs-auth-failures", steps::Logs, Severity::Warn, {}},
        {"logs-forbidden", steps::Logs, Severity::Fail, {}},
        {"logs-server-errors", steps::Logs, Severity::Fail, {}},
        {"blocking-events-found", steps::Logs, Severity::Fail, {}},
    };
    QList<CatalogEntry> table;
    int rank = 0;
    for (const Row &row : rows)
        table.append({QString::fromLatin1(row.id), row.step, row.severity, rank++, row.suppresses});
    return table;
}

const QList<CatalogEntry> &table()
{
    static const QList<CatalogEntry> t = buildTable();
    return t;
}

const QHash<QString, int> &index()
{
    static const QHash<QString, int> idx = [] {
        QHash<QString, int> h;
        for (int i = 0; i < table().size(); ++i)
            h.insert(table().at(i).id, i);
        return h;
    }();
    return idx;
}

} // namespace

const CatalogEntry *find(const QString &id)
{
    const auto it = index().constFind(id);
    return it == index().constEnd() ? nullptr : &table().at(*it);
}

QList<CatalogEntry> all()
{
    return table();
}

int rank(const QString &id)
{
    const CatalogEntry *entry = find(id);
    return entry ? entry->rank : int(table().size());
}

} // namespace eas::FindingCatalog
