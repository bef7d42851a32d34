#pragma once

#include <QFrame>

class QAbstractItemModel;
class QLabel;
class QModelIndex;

namespace eas::wizard {

class RunController;
class StatusIconLabel;

// The top of the summary: the root cause the engine picked (or that none was found, or that
// nothing ran yet) and what to do next. Read from the checklist model each time it changes.
class RootCauseBox : public QFrame
{
    Q_OBJECT
public:
    RootCauseBox(QAbstractItemModel *checklist, RunController *runs, QWidget *parent = nullptr);

    void refresh();

private:
    QModelIndex rootCause() const;
    QStringList stepsWithStatus(const QStringList &statusNames) const;
    void show(const QString &iconStatus,
              const QString &heading,
              const QString &detail,
              const QStringList &nextSteps);

    QAbstractItemModel *m_checklist;
    RunController *m_runs;
    StatusIconLabel *m_icon;
    QLabel *m_heading;
    QLabel *m_detail;
    QLabel *m_nextHeading;
    QLabel *m_next;
};

} // namespace eas::wizard
