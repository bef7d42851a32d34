#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QListView;

namespace eas::wizard {

// The wizard's side panel: every step with its traffic light, in the order the symptoms chose,
// on every page, and what each status word means.
class ChecklistPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistPanel(QAbstractItemModel *checklist, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every step shows, with no scrolling and no empty rows.
    void fitToRows();
    void retranslateUi();

    QLabel *m_heading;
    QListView *m_view;
    QLabel *m_legendHeading;
    QList<QLabel *> m_legend;
};

} // namespace eas::wizard
