#include "ChecklistPanel.h"

#include "StatusProxyModel.h"
#include "style/StatusIconLabel.h"

#include "core/Steps.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace eas::wizard {

ChecklistPanel::ChecklistPanel(QAbstractItemModel *checklist, QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_view(new QListView(this))
    , m_legendHeading(new QLabel(this))
{
    setObjectName(QStringLiteral("checklistPanel"));
    m_view->setObjectName(QStringLiteral("checklistListView"));
    m_view->setModel(checklist);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Reachable with Tab; the arrows go from step to step (a focus frame, no selection) and a
    // screen reader reads each step's status word and title.
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSpacing(3);
    m_view->setIconSize(QSize(fontMetrics().height() + 4, fontMetrics().height() + 4));
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(checklist, &QAbstractItemModel::modelReset, this, &ChecklistPanel::fitToRows);
    connect(checklist, &QAbstractItemModel::rowsInserted, this, &ChecklistPanel::fitToRows);
    connect(checklist, &QAbstractItemModel::rowsRemoved, this, &ChecklistPanel::fitToRows);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_legendHeading->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_view);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_legendHeading);
    auto *legend = new QGridLayout;
    int row = 0;
    for (const char *status : {"pass", "info", "warn", "fail", "skip", "error"}) {
        auto *icon = new StatusIconLabel(this);
        icon->setStatus(QLatin1String(status));
        auto *text = new QLabel(this);
        text->setWordWrap(true);
        text->setObjectName(QLatin1String(status) + QStringLiteral("LegendLabel"));
        legend->addWidget(icon, row, 0, Qt::AlignTop);
        legend->addWidget(text, row++, 1);
        m_legend.append(text);
    }
    legend->setColumnStretch(1, 1);
    layout->addLayout(legend);
    layout->addStretch(1);
    retranslateUi();
    fitToRows();
}

void ChecklistPanel::fitToRows()
{
    int height = 2 * m_view->frameWidth();
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        height += m_view->sizeHintForRow(row) + 2 * m_view->spacing();
    m_view->setFixedHeight(height);
}

void ChecklistPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChecklistPanel::retranslateUi()
{
    m_heading->setText(tr("Checklist"));
    m_view->setAccessibleName(tr("Checklist of the six steps"));
    m_view->setAccessibleDescription(
        tr("Each step with its status, in the order the ticked symptoms suggest."));
    m_legendHeading->setText(tr("What the words mean"));
    const QStringList meanings{
        tr("%1: works").arg(StatusProxyModel::statusLabel(QStringLiteral("pass"))),
        tr("%1: worth knowing").arg(StatusProxyModel::statusLabel(QStringLiteral("info"))),
        tr("%1: may block phones soon").arg(StatusProxyModel::statusLabel(QStringLiteral("warn"))),
        tr("%1: blocks phones").arg(StatusProxyModel::statusLabel(QStringLiteral("fail"))),
        tr("%1: not checked, see why").arg(StatusProxyModel::statusLabel(QStringLiteral("skip"))),
        tr("%1: could not be checked").arg(StatusProxyModel::statusLabel(QStringLiteral("error")))};
    for (int i = 0; i < m_legend.size(); ++i)
        m_legend.at(i)->setText(meanings.at(i));
    // One line per step, even for the longest status word and a suggested step, in this language.
    int widest = 0;
    for (const char *status : {"pass", "info", "warn", "fail", "skip", "error", "running"}) {
        for (const QString &step : steps::all()) {
            const QString row = tr("%1 (suggested)")
                                    .arg(QStringLiteral("%1  %2").arg(
                                        StatusProxyModel::statusLabel(QLatin1String(status)),
                                        steps::title(step)));
            widest = std::max(widest, fontMetrics().horizontalAdvance(row));
        }
    }
    setMinimumWidth(widest + 4 * fontMetrics().height());
}

} // namespace eas::wizard
