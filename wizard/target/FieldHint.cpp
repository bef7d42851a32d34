#include "FieldHint.h"

#include "style/StatusIconLabel.h"
#include "style/StatusTextLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace eas::wizard {

FieldHint::FieldHint(QWidget *parent)
    : QWidget(parent)
    , m_icon(new StatusIconLabel(this))
    , m_text(new StatusTextLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("hintLabel"));
    setVisible(false);
}

void FieldHint::setCheck(const FieldCheck &check)
{
    if (check.message.isEmpty()) {
        m_text->clear();
        if (m_field)
            m_field->setAccessibleDescription(QString()); // back to the field's tooltip
        setVisible(false);
        return;
    }
    const bool error = check.level == FieldCheck::Level::Error;
    m_icon->setStatus(error ? QStringLiteral("fail") : QStringLiteral("info"),
                      1.0,
                      error ? tr("Error") : tr("Note"));
    m_text->setStatus(error ? QStringLiteral("fail") : QString());
    m_text->setText(check.message);
    const QString spoken = error ? tr("Error: %1").arg(check.message) : check.message;
    setAccessibleName(spoken);
    if (m_field) {
        const QString tip = m_field->toolTip();
        m_field->setAccessibleDescription(
            tip.isEmpty() ? spoken : QStringLiteral("%1\n%2").arg(spoken, tip));
    }
    setVisible(true);
}

QString FieldHint::text() const
{
    return m_text->text();
}

void FieldHint::setField(QWidget *field)
{
    m_field = field;
}

QLabel *FieldHint::addFormRow(QFormLayout *form, QWidget *field, FieldHint *hint)
{
    auto *label = new QLabel(form->parentWidget());
    label->setBuddy(field);
    auto *box = new QWidget(form->parentWidget());
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(hint);
    form->addRow(label, box);
    hint->setField(field->focusProxy() ? field->focusProxy() : field);
    return label;
}

} // namespace eas::wizard
