#pragma once

#include <QFrame>

class QLabel;

namespace eas::wizard {

struct ResultsDiff;

// After Re-test: what changed since the last run (findings that appeared, went away or changed
// severity, and whether the root cause moved). Hidden until a re-test ends.
class ChangesBox : public QFrame
{
    Q_OBJECT
public:
    explicit ChangesBox(QWidget *parent = nullptr);

    void showDiff(const ResultsDiff &diff);
    // The list as plain lines, in the order shown (also what screen readers get).
    QStringList lines() const { return m_lines; }

    static QStringList describe(const ResultsDiff &diff);

private:
    QLabel *m_heading;
    QLabel *m_list;
    QStringList m_lines;
};

} // namespace eas::wizard
