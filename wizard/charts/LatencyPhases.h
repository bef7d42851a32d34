#pragma once

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

namespace eas {
struct DiagnosisResult;
}

namespace eas::wizard {

// The connectivity step's per-phase timings (evidence keys dnsMs, tcpConnectMs, ...) as the
// consecutive segments of one request: DNS, TCP, TLS, OPTIONS to the first byte and then to the
// last, FolderSync likewise. Phases the evidence lacks are left out.
class LatencyPhases
{
    Q_DECLARE_TR_FUNCTIONS(eas::wizard::LatencyPhases)
public:
    struct Phase
    {
        QString key; // the evidence key it comes from
        QString label;
        double ms = 0;
    };

    static QList<Phase> fromEvidence(const QVariantMap &evidence);
    // The evidence of the connectivity finding that carries the timings (pass or fail).
    static QVariantMap evidenceOf(const DiagnosisResult &result);
};

} // namespace eas::wizard
