#pragma once

#include "TargetValidation.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace eas::wizard {

class StatusIconLabel;
class StatusTextLabel;

// The feedback line under a field (Wireshark's hint label): an icon and a sentence, hidden when
// there is nothing to say. Errors and notes differ by icon and by a word, never by colour alone.
class FieldHint : public QWidget
{
    Q_OBJECT
public:
    explicit FieldHint(QWidget *parent = nullptr);

    void setCheck(const FieldCheck &check);
    QString text() const;
    // The field this hint is about: while the hint shows, the field's accessible description
    // says it (before the field's tooltip), so a screen reader hears it on the field.
    void setField(QWidget *field);

    // A form row whose field sits above its hint, with the label's buddy on the field so the
    // label's mnemonic reaches it. Returns the label, for retranslateUi().
    static QLabel *addFormRow(QFormLayout *form, QWidget *field, FieldHint *hint);

private:
    StatusIconLabel *m_icon;
    StatusTextLabel *m_text;
    QWidget *m_field = nullptr;
};

} // namespace eas::wizard
