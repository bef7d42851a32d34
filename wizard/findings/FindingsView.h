#pragma once

#include <QScrollArea>
#include <QSet>
#include <QTimer>

class QAbstractItemModel;
class QLabel;
class QModelIndex;
class QVBoxLayout;

namespace eas::wizard {

class FindingCard;

// The findings of one step, as cards, read from the shared checklist model whenever the step's
// rows change: coalesced to one rebuild per event-loop turn, and put off while the view is
// hidden (a run-all result must not rebuild six pages at once). Remembers only which cards
// the user expanded.
class FindingsView : public QScrollArea
{
    Q_OBJECT
public:
    FindingsView(QAbstractItemModel *model, const QString &stepId, QWidget *parent = nullptr);

    QList<FindingCard *> cards() const;
    // Shown while the step has no findings (not run yet, running).
    void setEmptyText(const QString &text);
    // Gives the first card the focus, once it is built and shown; false when the step has no
    // findings to focus.
    bool focusFirstCard();

protected:
    void showEvent(QShowEvent *event) override;
    // Up, Down, Home and End move between the cards; a card taking the focus scrolls into view.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QModelIndex stepIndex() const;
    bool concernsStep(const QModelIndex &topLeft, const QModelIndex &bottomRight) const;
    void scheduleRebuild();
    void rebuild();
    void focusCard(const QString &findingId);

    QAbstractItemModel *m_model;
    QString m_stepId;
    QTimer m_rebuildTimer;
    bool m_stale = false;
    bool m_focusFirstCard = false;
    QSet<QString> m_expanded;
    QWidget *m_container;
    QVBoxLayout *m_layout = nullptr;
    QVBoxLayout *m_cards;
    QLabel *m_empty;
};

} // namespace eas::wizard
