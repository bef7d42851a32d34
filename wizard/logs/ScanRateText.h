#pragma once

#include <QCoreApplication>
#include <QVariantMap>

namespace eas::wizard {

// The logs page's live line while IIS logs are read, from the step's progress detail
// (LogsProbe: bytesDone, bytesTotal, bytesPerSecond, linesPerSecond), in the user's locale:
// "312.4 MB of 1.0 GB · 1.9 GB/s · 4.1 M lines/s". Empty before the size of the logs is known.
class ScanRateText
{
    Q_DECLARE_TR_FUNCTIONS(eas::wizard::ScanRateText)
public:
    static QString text(const QVariantMap &detail);

private:
    static QString linesPerSecond(double rate);
};

} // namespace eas::wizard
