#include "StatusTextLabel.h"

#include "StatusColors.h"

#include <QEvent>

namespace eas::wizard {

StatusTextLabel::StatusTextLabel(QWidget *parent)
    : QLabel(parent)
{
}

StatusTextLabel::StatusTextLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
}

void StatusTextLabel::setStatus(const QString &statusName)
{
    m_status = statusName;
    applyColour();
}

void StatusTextLabel::applyColour()
{
    if (m_applying)
        return;
    m_applying = true;
    QPalette own = palette();
    // Start from what the parent hands down, so a former status colour is not kept.
    own.setColor(foregroundRole(),
                 parentWidget() ? parentWidget()->palette().color(foregroundRole())
                                : QPalette().color(foregroundRole()));
    own.setColor(foregroundRole(), StatusColors::text(m_status, own));
    setPalette(own);
    m_applying = false;
}

void StatusTextLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColour();
    QLabel::changeEvent(event);
}

} // namespace eas::wizard
