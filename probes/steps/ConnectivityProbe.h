#pragma once

#include "EasProbe.h"

#include "net/AutodiscoverClient.h"
#include "tls/TlsInspection.h"

namespace eas {

namespace tls {
class TlsInspector;
}

// Step 3, Test-ActiveSyncConnectivity from the outside: Autodiscover (unless a URL was given),
// DNS, TCP, TLS, OPTIONS (versions, commands), FolderSync; each phase's time is evidence. The
// endpoint it finds and the version both sides speak go into the shared context for the other
// steps. It raises the transport findings; answers that the mailbox explains are raised too and
// move to the step that owns them.
class ConnectivityProbe : public EasProbe
{
    Q_OBJECT
public:
    ConnectivityProbe(std::shared_ptr<StepContext> context, QObject *parent = nullptr);
    ~ConnectivityProbe() override;

protected:
    void doStart() override;
    void doCancel() override;

private:
    void autodiscover();
    void handleAutodiscover(const net::AutodiscoverResult &result);
    void inspectPath();
    void handlePath(const tls::TlsInspection &inspection);
    void sendOptions();
    void handleOptions(const net::EasResponse &r);
    void sendFolderSync(const QString &version);
    void handleFolderSync(const net::EasResponse &r);
    bool addTransport(const net::EasResponse &r);
    void addAnswerFindings(const net::EasResponse &r);
    void done();

    ProbeResult m_out;
    QVariantMap m_timings;
    bool m_failed = false;
    bool m_retriedOldVersion = false;
    std::unique_ptr<net::AutodiscoverClient> m_autodiscover;
    std::unique_ptr<tls::TlsInspector> m_inspector;
};

} // namespace eas
