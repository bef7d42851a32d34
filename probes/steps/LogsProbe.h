#pragma once

#include "core/DiagnosisTarget.h"
#include "core/Probe.h"
#include "core/Steps.h"

#include <QJsonArray>

#include <atomic>
#include <memory>

class QThread;

namespace eas {

// Step 6: IIS W3C logs (logs::IisLogAnalyzer) and exported event logs (events::analyzeEventFiles,
// plus the events of a collector bundle), read on a worker thread with progress and cancel;
// findings filtered to the diagnosed user. Without logs it reports `skip` and says what to give.
// Its limit is the step limit, but at least ten minutes: it reads local files, not the network.
// While it reads IIS logs, progressChanged's detail holds bytesDone, bytesTotal, lines (integers),
// bytesPerSecond and linesPerSecond, at most ten times a second; the result's data is the
// LogsStepData of the analysis.
class LogsProbe : public Probe
{
    Q_OBJECT
public:
    explicit LogsProbe(const DiagnosisTarget &target, QObject *parent = nullptr);
    ~LogsProbe() override;

    // Events of a collector bundle (Get-WinEvent | ConvertTo-Json shape), read with the files.
    void setBundleEvents(const QJsonArray &events, const QString &origin);

    static constexpr std::chrono::minutes kMinimumLimit{10};

protected:
    void doStart() override;
    void doCancel() override;
    Finding timeoutFinding() const override;

private:
    struct Shared;
    void handleDone(const ProbeResult &result);

    DiagnosisTarget m_target;
    QJsonArray m_bundleEvents;
    QString m_bundleOrigin;
    std::shared_ptr<Shared> m_shared;
    QThread *m_worker = nullptr;
};

} // namespace eas
