#pragma once

#include <QGroupBox>

class QLabel;
class QListWidget;

namespace eas::wizard {

// "What do you see?": the symptoms of spec/procedures.md as a check list, user side first.
// Picking some orders and highlights the steps that explain them.
class SymptomPicker : public QGroupBox
{
    Q_OBJECT
public:
    explicit SymptomPicker(QWidget *parent = nullptr);

    QStringList selectedIds() const;
    // Ticks exactly these symptoms (unknown ids are ignored).
    void setSelectedIds(const QStringList &symptomIds);

Q_SIGNALS:
    void selectionChanged(const QStringList &symptomIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void populate();
    void retranslateUi();

    QLabel *m_intro;
    QListWidget *m_list;
};

} // namespace eas::wizard
