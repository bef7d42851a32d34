#include "RankedTable.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace eas::wizard {

RankedTable::RankedTable(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new RankedTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(name + QStringLiteral("RankedTable"));
    m_caption->setObjectName(name + QStringLiteral("CaptionLabel"));
    m_view->setObjectName(name + QStringLiteral("TableView"));
    m_caption->setBuddy(m_view);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setTabKeyNavigation(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    // Headers take no focus: the "Sort by" actions (context menu key or Shift+F10) sort by
    // keyboard.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
    hide();
}

void RankedTable::setTexts(const QString &caption,
                           const QString &description,
                           const QStringList &headers)
{
    m_caption->setText(caption);
    m_view->setAccessibleName(QString(caption).remove(QLatin1Char('&')));
    m_view->setAccessibleDescription(description);
    m_view->setToolTip(description);
    const bool first = m_model->columnCount() == 0;
    m_model->setHeaders(headers);
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < headers.size(); ++column)
        header->setSectionResizeMode(column,
                                     column == m_model->countColumn() - 1
                                         ? QHeaderView::Stretch
                                         : QHeaderView::ResizeToContents);
    if (first)
        m_view->sortByColumn(m_model->countColumn(), Qt::DescendingOrder);
    const QList<QAction *> old = m_view->actions();
    for (QAction *action : old) {
        m_view->removeAction(action);
        delete action;
    }
    for (int column = 0; column < headers.size(); ++column) {
        auto *action = new QAction(tr("Sort by %1").arg(headers.at(column)), m_view);
        action->setObjectName(QStringLiteral("sortByColumn%1Action").arg(column));
        connect(action, &QAction::triggered, this, [this, column] { sortBy(column); });
        m_view->addAction(action);
    }
}

void RankedTable::sortBy(int column)
{
    const QHeaderView *header = m_view->horizontalHeader();
    Qt::SortOrder order
        = column == m_model->countColumn() ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (header->sortIndicatorSection() == column)
        order = header->sortIndicatorOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                   : Qt::AscendingOrder;
    m_view->sortByColumn(column, order);
}

void RankedTable::setRows(QList<RankedTableModel::Row> rows)
{
    setVisible(!rows.isEmpty());
    m_model->setRows(std::move(rows));
}

} // namespace eas::wizard
