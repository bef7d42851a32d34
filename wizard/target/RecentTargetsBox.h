#pragma once

#include "settings/RecentTarget.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace eas::wizard {

class RecentTargets;

// "Recent mailboxes": the targets checked before, most recent first. Choosing one fills the
// target page; Forget removes the chosen entry, Clear history all of them.
class RecentTargetsBox : public QWidget
{
    Q_OBJECT
public:
    explicit RecentTargetsBox(RecentTargets *store, QWidget *parent = nullptr);

Q_SIGNALS:
    void picked(const eas::wizard::RecentTarget &target);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void pick(int index);
    void updateWidgets();
    QString labelOf(const RecentTarget &target) const;
    QString detailOf(const RecentTarget &target) const;
    void retranslateUi();

    RecentTargets *m_store;
    QList<RecentTarget> m_targets;
    QLabel *m_label;
    QComboBox *m_combo;
    QPushButton *m_forget;
    QPushButton *m_clear;
};

} // namespace eas::wizard
