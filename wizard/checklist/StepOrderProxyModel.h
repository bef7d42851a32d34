#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

namespace eas::wizard {

// Orders the checklist's steps by the weight the picked symptoms give them (heaviest first, then
// the spec's order) and marks the suggested ones in words, not only in looks. Findings keep the
// engine's order.
class StepOrderProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Role { SuggestedRole = Qt::UserRole + 64 };

    explicit StepOrderProxyModel(QObject *parent = nullptr);

    // Step id -> weight; steps not named weigh nothing and are not suggested.
    void setPriorities(const QHash<QString, int> &weights);
    bool isSuggested(const QString &stepId) const;
    // Step ids in display order.
    QStringList stepOrder() const;
    QModelIndex stepIndex(const QString &stepId) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void prioritiesChanged();

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString stepIdOf(const QModelIndex &sourceIndex) const;

    QHash<QString, int> m_weights;
};

} // namespace eas::wizard
