#include "FindingsView.h"

#include "FindingCard.h"

#include "core/ResultsModel.h"

#include <QAbstractItemModel>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <utility>

namespace eas::wizard {

FindingsView::FindingsView(QAbstractItemModel *model, const QString &stepId, QWidget *parent)
    : QScrollArea(parent)
    , m_model(model)
    , m_stepId(stepId)
    , m_container(new QWidget(this))
    , m_cards(new QVBoxLayout)
    , m_empty(new QLabel(m_container))
{
    setObjectName(QStringLiteral("findingsScrollArea"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus); // Tab and the arrows go to the cards, which scroll into view
    m_empty->setObjectName(QStringLiteral("emptyFindingsLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_layout = new QVBoxLayout(m_container);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addLayout(m_cards);
    m_layout->addWidget(m_empty, 1); // alone, centred in the view
    m_layout->addStretch(1);         // under the cards
    setWidget(m_container);
    // The cards sit on the page's (or tab's) own background.
    m_container->setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);

    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &FindingsView::rebuild);
    auto rowsChanged = [this](const QModelIndex &parent) {
        if (parent.isValid() && parent.data(ResultsModel::IdRole).toString() == m_stepId)
            scheduleRebuild();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsView::scheduleRebuild);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &FindingsView::scheduleRebuild);
    connect(m_model,
            &QAbstractItemModel::dataChanged,
            this,
            [this](const QModelIndex &topLeft,
                   const QModelIndex &bottomRight,
                   const QList<int> &roles) {
                const bool progressOnly = !roles.isEmpty()
                                          && !roles.contains(ResultsModel::IsRootCauseRole)
                                          && !roles.contains(ResultsModel::StatusRole)
                                          && !roles.contains(Qt::DisplayRole);
                if (!progressOnly && concernsStep(topLeft, bottomRight))
                    scheduleRebuild();
            });
    rebuild();
}

QList<FindingCard *> FindingsView::cards() const
{
    return m_container->findChildren<FindingCard *>(QString(), Qt::FindDirectChildrenOnly);
}

void FindingsView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

QModelIndex FindingsView::stepIndex() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex step = m_model->index(row, 0);
        if (step.data(ResultsModel::IdRole).toString() == m_stepId)
            return step;
    }
    return {};
}

bool FindingsView::concernsStep(const QModelIndex &topLeft, const QModelIndex &bottomRight) const
{
    if (topLeft.parent().isValid())
        return topLeft.parent().data(ResultsModel::IdRole).toString() == m_stepId;
    const QModelIndex step = stepIndex();
    return step.isValid() && step.row() >= topLeft.row() && step.row() <= bottomRight.row();
}

void FindingsView::scheduleRebuild()
{
    if (isVisible())
        m_rebuildTimer.start();
    else
        m_stale = true;
}

void FindingsView::showEvent(QShowEvent *event)
{
    if (m_stale)
        rebuild();
    QScrollArea::showEvent(event);
}

bool FindingsView::focusFirstCard()
{
    const QModelIndex step = stepIndex();
    if (!step.isValid() || m_model->rowCount(step) == 0)
        return false;
    if (m_stale || m_rebuildTimer.isActive() || cards().isEmpty())
        m_focusFirstCard = true; // rebuild() hands it on
    else
        focusCard(QString());
    return true;
}

void FindingsView::focusCard(const QString &findingId)
{
    // Queued behind the layout's showing of new cards: a hidden card cannot take the focus.
    QMetaObject::invokeMethod(
        this,
        [this, findingId] {
            const QList<FindingCard *> all = cards();
            for (FindingCard *card : all) {
                if (card->findingId() == findingId) {
                    card->setFocus(Qt::OtherFocusReason);
                    return;
                }
            }
            if (!all.isEmpty()) // the first one, or the focused card is gone
                all.first()->setFocus(Qt::OtherFocusReason);
        },
        Qt::QueuedConnection);
}

bool FindingsView::eventFilter(QObject *watched, QEvent *event)
{
    auto *card = qobject_cast<FindingCard *>(watched);
    if (!card)
        return QScrollArea::eventFilter(watched, event);
    if (event->type() == QEvent::FocusIn)
        ensureWidgetVisible(card);
    if (event->type() != QEvent::KeyPress)
        return QScrollArea::eventFilter(watched, event);
    // The cards as a list: up and down, first and last.
    const QList<FindingCard *> all = cards();
    const int at = int(all.indexOf(card));
    int to = at;
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Up:
        to = std::max(0, at - 1);
        break;
    case Qt::Key_Down:
        to = std::min(int(all.size()) - 1, at + 1);
        break;
    case Qt::Key_Home:
        to = 0;
        break;
    case Qt::Key_End:
        to = int(all.size()) - 1;
        break;
    default:
        return QScrollArea::eventFilter(watched, event);
    }
    all.at(to)->setFocus(Qt::OtherFocusReason);
    return true;
}

void FindingsView::rebuild()
{
    m_stale = false;
    m_rebuildTimer.stop();
    // A rebuilt card gets the keyboard focus back (or the first one, when asked).
    QString focusedId;
    bool refocus = std::exchange(m_focusFirstCard, false);
    for (FindingCard *card : cards()) {
        if (card->hasFocus()) {
            focusedId = card->findingId();
            refocus = true;
        }
    }
    for (FindingCard *card : cards())
        delete card;
    const QModelIndex step = stepIndex();
    const int count = step.isValid() ? m_model->rowCount(step) : 0;
    for (int row = 0; row < count; ++row) {
        const QModelIndex finding = m_model->index(row, 0, step);
        auto *card
            = new FindingCard(finding,
                              m_expanded.contains(finding.data(ResultsModel::IdRole).toString()),
                              m_container);
        connect(card, &FindingCard::expandedChanged, this, [this](const QString &id, bool on) {
            if (on)
                m_expanded.insert(id);
            else
                m_expanded.remove(id);
        });
        card->installEventFilter(this);
        m_cards->addWidget(card);
    }
    if (refocus && count > 0)
        focusCard(focusedId);
    m_empty->setVisible(count == 0);
    m_layout->setStretch(2, count == 0 ? 0 : 1);
}

} // namespace eas::wizard
