#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace eas::test {

// Measures how long the event loop went without turning: a 2 ms precise timer notes the
// longest gap between two of its ticks while it runs.
class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(QObject *parent = nullptr);

    void start();
    void stop();
    qint64 longestStallMs() const { return m_longest; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

} // namespace eas::test
