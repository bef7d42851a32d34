#include "LatencyPhases.h"

#include "core/Diagnosis.h"
#include "core/Steps.h"

namespace eas::wizard {

QList<LatencyPhases::Phase> LatencyPhases::fromEvidence(const QVariantMap &evidence)
{
    QList<Phase> out;
    auto add = [&](const QString &key, const QString &label, const QString &subtract = {}) {
        bool ok = false;
        double ms = evidence.value(key).toDouble(&ok);
        if (!ok || !evidence.contains(key))
            return;
        if (!subtract.isEmpty())
            ms -= evidence.value(subtract).toDouble();
        out.append(Phase{key, label, qMax(0.0, ms)});
    };
    add(QStringLiteral("dnsMs"), tr("DNS"));
    add(QStringLiteral("tcpConnectMs"), tr("TCP connect"));
    add(QStringLiteral("tlsHandshakeMs"), tr("TLS handshake"));
    add(QStringLiteral("optionsFirstByteMs"), tr("OPTIONS first byte"));
    add(QStringLiteral("optionsTotalMs"),
        tr("OPTIONS rest of the answer"),
        QStringLiteral("optionsFirstByteMs"));
    add(QStringLiteral("folderSyncFirstByteMs"), tr("FolderSync first byte"));
    add(QStringLiteral("folderSyncTotalMs"),
        tr("FolderSync rest of the answer"),
        QStringLiteral("folderSyncFirstByteMs"));
    return out;
}

QVariantMap LatencyPhases::evidenceOf(const DiagnosisResult &result)
{
    const StepResult *step = result.step(steps::Connectivity);
    if (!step)
        return {};
    for (const Finding &f : step->result.findings) {
        if (f.evidence.contains(QStringLiteral("dnsMs")))
            return f.evidence;
    }
    return {};
}

} // namespace eas::wizard
