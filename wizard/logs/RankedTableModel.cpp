#include "RankedTableModel.h"

namespace eas::wizard {

RankedTableModel::RankedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RankedTableModel::setHeaders(const QStringList &headers)
{
    if (headers.size() == m_headers.size()) {
        m_headers = headers;
        if (!headers.isEmpty())
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(headers.size()) - 1);
        return;
    }
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

void RankedTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RankedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RankedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RankedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool isCount = index.column() == countColumn();
    switch (role) {
    case Qt::DisplayRole:
        return isCount ? QVariant(row.count) : QVariant(row.labels.value(index.column()));
    case Qt::ToolTipRole: // long device ids and reasons are cut in the view
        return isCount ? QVariant() : QVariant(row.labels.value(index.column()));
    case Qt::TextAlignmentRole:
        return isCount ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant RankedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_headers.at(section);
    if (role == Qt::TextAlignmentRole && section == countColumn())
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace eas::wizard
