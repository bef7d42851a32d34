#pragma once

#include "RankedTableModel.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace eas::wizard {

// A caption over a sortable table of a RankedTableModel (through a QSortFilterProxyModel),
// sorted by the count, biggest first, until the user clicks a column header or picks "Sort by"
// from the table's context menu (the keyboard's way: headers take no focus). The caption's
// mnemonic moves the focus to the table; Tab leaves the table instead of walking its cells.
// Hidden while it has no rows.
class RankedTable : public QWidget
{
    Q_OBJECT
public:
    // `name` starts the objectNames: "users" gives usersTableView and usersCaptionLabel.
    explicit RankedTable(const QString &name, QWidget *parent = nullptr);

    // The caption may hold a mnemonic (&); the description is the table's accessible one.
    void setTexts(const QString &caption, const QString &description, const QStringList &headers);
    void setRows(QList<RankedTableModel::Row> rows);

private:
    // Sorts by `column`: counts biggest first, names A-Z; again on the same column reverses.
    void sortBy(int column);

    QLabel *m_caption;
    QTableView *m_view;
    RankedTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace eas::wizard
