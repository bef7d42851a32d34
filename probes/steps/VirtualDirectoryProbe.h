#pragma once

#include "EasProbe.h"

namespace eas {

// Step 2: the Microsoft-Server-ActiveSync virtual directory, as RCA checks it: an anonymous
// request shows whether the path exists (404), works (500/503) and which sign-in schemes it
// offers (WWW-Authenticate); an authenticated one shows a missing or broken back-end vdir. The
// internal URL, when given, gets the anonymous check too.
class VirtualDirectoryProbe : public EasProbe
{
    Q_OBJECT
public:
    VirtualDirectoryProbe(std::shared_ptr<StepContext> context, QObject *parent = nullptr);

protected:
    void doStart() override;

private:
    void anonymous(const QUrl &url, bool internal);
    void authenticated();
    void judge(const net::EasResponse &r, bool internal, bool afterLogin);
    void done();

    ProbeResult m_out;
    QStringList m_schemes;
    bool m_failed = false;
};

} // namespace eas
