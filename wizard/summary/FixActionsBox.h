#pragma once

#include "core/FixScript.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace eas::wizard {

class FixScriptRow;

// The summary's fix actions: one FixScriptRow per script of the run (the fixes first, the
// verification script with them), and a hint line for what the last action did.
class FixActionsBox : public QWidget
{
    Q_OBJECT
public:
    explicit FixActionsBox(QWidget *parent = nullptr);

    // Rebuilds the rows only when the scripts changed, so an open script stays open.
    void setFixes(const FixScripts &fixes);
    QList<FixScriptRow *> rows() const { return m_rows; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    FixScripts m_fixes;
    QList<FixScriptRow *> m_rows;
    QLabel *m_empty;
    QVBoxLayout *m_rowLayout;
    QLabel *m_hint;
};

} // namespace eas::wizard
