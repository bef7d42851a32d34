#include "FakeProbe.h"

namespace eas::test {

FakeProbe::FakeProbe(const QString &id, Findings findings, int delayMs, QObject *parent)
    : Probe(id, parent)
    , m_findings(std::move(findings))
    , m_delayMs(delayMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(ProbeResult::fromFindings(m_findings));
    });
}

void FakeProbe::doStart()
{
    ++startCount;
    if (m_delayMs >= 0)
        m_timer.start(m_delayMs);
}

void FakeProbe::doCancel()
{
    ++cancelCount;
    m_timer.stop();
}

Finding makeFinding(const QString &id, const QString &step, Severity severity)
{
    Finding f;
    f.id = id;
    f.step = step;
    f.severity = severity;
    f.title = id;
    f.detail = QStringLiteral("detail of ") + id;
    return f;
}

} // namespace eas::test
