#pragma once

#include <QFrame>

class QKeyEvent;
class QLabel;
class QModelIndex;
class QToolButton;
class QVBoxLayout;

namespace eas::wizard {

// One finding as a traffic light: icon, status word and title on one line, with its detail,
// evidence and fix ids on expand. A rendering of one model row at the time it was built; the
// FindingsView rebuilds cards when the row changes.
class FindingCard : public QFrame
{
    Q_OBJECT
public:
    FindingCard(const QModelIndex &index, bool expanded, QWidget *parent = nullptr);

    QString findingId() const { return m_id; }
    bool isExpanded() const;
    void setExpanded(bool expanded);
    bool hasDetails() const;

    // Evidence as "key: value" lines; lists and maps as compact JSON.
    static QString evidenceText(const QVariantMap &evidence);

Q_SIGNALS:
    void expandedChanged(const QString &findingId, bool expanded);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // The icon, status word, title and badge row; returns the indent of the details below it.
    int buildHeader(QVBoxLayout *layout, const QString &statusName, bool rootCause);

    QString m_id;
    QString m_title;
    QToolButton *m_toggle = nullptr;
    QWidget *m_details = nullptr;
};

} // namespace eas::wizard
