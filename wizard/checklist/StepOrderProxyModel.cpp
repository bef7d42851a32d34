#include "StepOrderProxyModel.h"

#include "core/ResultsModel.h"

namespace eas::wizard {

StepOrderProxyModel::StepOrderProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void StepOrderProxyModel::setPriorities(const QHash<QString, int> &weights)
{
    if (weights == m_weights)
        return;
    m_weights = weights;
    invalidate();
    sort(0);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
    Q_EMIT prioritiesChanged();
}

bool StepOrderProxyModel::isSuggested(const QString &stepId) const
{
    return m_weights.value(stepId) > 0;
}

QStringList StepOrderProxyModel::stepOrder() const
{
    QStringList out;
    for (int row = 0; row < rowCount(); ++row)
        out.append(index(row, 0).data(ResultsModel::IdRole).toString());
    return out;
}

QModelIndex StepOrderProxyModel::stepIndex(const QString &stepId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex step = index(row, 0);
        if (step.data(ResultsModel::IdRole).toString() == stepId)
            return step;
    }
    return {};
}

QString StepOrderProxyModel::stepIdOf(const QModelIndex &sourceIndex) const
{
    return sourceIndex.data(ResultsModel::IdRole).toString();
}

bool StepOrderProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!left.parent().isValid() && !right.parent().isValid()) {
        const int l = m_weights.value(stepIdOf(left));
        const int r = m_weights.value(stepIdOf(right));
        if (l != r)
            return l > r;
    }
    return left.row() < right.row();
}

QVariant StepOrderProxyModel::data(const QModelIndex &index, int role) const
{
    const bool step = index.isValid() && !index.parent().isValid();
    const bool suggested
        = step && isSuggested(QSortFilterProxyModel::data(index, ResultsModel::IdRole).toString());
    switch (role) {
    case SuggestedRole:
        return suggested;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (suggested)
            return tr("%1 (suggested)").arg(QSortFilterProxyModel::data(index, role).toString());
        break;
    default:
        break;
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace eas::wizard
