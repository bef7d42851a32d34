#include "FieldHint.h"

#include "StatusProxyModel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace eas::wizard {

FieldHint::FieldHint(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
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
        setVisible(false);
        return;
    }
    const bool error = check.level == FieldCheck::Level::Error;
    const int size = fontMetrics().height();
    const QString status = error ? QStringLiteral("fail") : QStringLiteral("info");
    m_icon->setPixmap(StatusProxyModel::icon(status).pixmap(size, size));
    m_text->setText(check.message);
    setAccessibleName(error ? tr("Error: %1").arg(check.message) : check.message);
    setVisible(true);
}

QString FieldHint::text() const
{
    return m_text->text();
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
    return label;
}

} // namespace eas::wizard
