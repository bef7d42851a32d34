#pragma once

#include "RecentTarget.h"

#include <QObject>

class QSettings;

namespace eas::wizard {

// The last mailboxes checked, most recent first, kept in the user's settings (an array
// "recentTargets" of plain values: no password is ever among them). Using a target again moves
// it to the top and replaces its older entry; beyond kLimit the oldest goes. Without settings
// (null), nothing is kept.
class RecentTargets : public QObject
{
    Q_OBJECT
public:
    static constexpr int kLimit = 10;

    explicit RecentTargets(QSettings *settings, QObject *parent = nullptr);

    QList<RecentTarget> list() const;
    void remember(const RecentTarget &target);
    void forget(int index);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void write(const QList<RecentTarget> &targets);

    QSettings *m_settings;
};

} // namespace eas::wizard
