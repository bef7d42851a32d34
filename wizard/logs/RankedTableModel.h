#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace eas::wizard {

// A "top offenders" table of the logs step: text columns (a user, a device, a status and its
// reason) and a count in the last column. Display gives the count as a number (qint64), so a
// view formats it in the locale and a QSortFilterProxyModel sorts it numerically.
class RankedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Row
    {
        QStringList labels; // one per text column
        qint64 count = 0;
    };

    explicit RankedTableModel(QObject *parent = nullptr);

    // The column titles: one per text column, then the count's.
    void setHeaders(const QStringList &headers);
    void setRows(QList<Row> rows);
    int countColumn() const { return int(m_headers.size()) - 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace eas::wizard
