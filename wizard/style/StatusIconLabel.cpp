#include "StatusIconLabel.h"

#include "StatusProxyModel.h"

#include <QEvent>

namespace eas::wizard {

StatusIconLabel::StatusIconLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("statusIconLabel"));
    setAlignment(Qt::AlignCenter);
}

void StatusIconLabel::setStatus(const QString &statusName, qreal lines, const QString &spokenName)
{
    m_status = statusName;
    m_lines = lines;
    m_spokenName = spokenName;
    render();
}

void StatusIconLabel::render()
{
    const int size = qRound(m_lines * fontMetrics().height()) + 2;
    // The pixmap is made for this screen's device pixel ratio: crisp at 200 %.
    setPixmap(StatusProxyModel::icon(m_status).pixmap(QSize(size, size), devicePixelRatioF()));
    setAccessibleName(m_spokenName.isEmpty() ? StatusProxyModel::statusLabel(m_status)
                                             : m_spokenName);
}

void StatusIconLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        if (!m_status.isEmpty())
            render();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace eas::wizard
