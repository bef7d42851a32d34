#pragma once

#include "EasProbe.h"

namespace eas {

// Step 1: reads the mailbox's ActiveSync state from authenticated answers, following the
// probing rules of spec/cli.md: Provision phase 1 (policy download) and FolderSync with the
// current version (14.1/16.1: errors as body Status), then FolderSync with 12.1 (errors as HTTP
// codes); phase 2 (acknowledge, which creates a partnership) only with --provision-full.
class UserStatusProbe : public EasProbe
{
    Q_OBJECT
public:
    UserStatusProbe(std::shared_ptr<StepContext> context, QObject *parent = nullptr);

protected:
    void doStart() override;

private:
    void provision();
    void acknowledge(quint32 temporaryKey);
    void folderSync(const QString &version);
    void conclude();
    void judgeLogin(const net::EasResponse &r);

    QList<net::EasResponse> m_responses;
    std::optional<quint32> m_policyKey; // the final key after phase 2
    ProbeResult m_out;
};

} // namespace eas
