#pragma once

#include "core/Probe.h"

#include <QTimer>

namespace eas::test {

// A probe that ends with the findings it was given after `delayMs` (or never, with delay -1),
// counting how often doStart/doCancel ran.
class FakeProbe : public Probe
{
    Q_OBJECT
public:
    FakeProbe(const QString &id, Findings findings, int delayMs = 0, QObject *parent = nullptr);

    int startCount = 0;
    int cancelCount = 0;

protected:
    void doStart() override;
    void doCancel() override;

private:
    Findings m_findings;
    int m_delayMs;
    QTimer m_timer;
};

Finding makeFinding(const QString &id, const QString &step, Severity severity);

} // namespace eas::test
