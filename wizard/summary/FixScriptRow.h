#pragma once

#include "core/FixScript.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace eas::wizard {

class StatusTextLabel;

// One fix (or the verification script) on the summary: its title, a clear mark when it changes
// or deletes server configuration, and View (the script, read-only, folded out in place), Copy,
// Save as .ps1 and, on Windows, Run in PowerShell after a confirmation showing the script.
class FixScriptRow : public QFrame
{
    Q_OBJECT
public:
    FixScriptRow(FixScript fix, QWidget *parent = nullptr);

    const FixScript &fix() const { return m_fix; }

Q_SIGNALS:
    // Feedback for the summary's hint line ("Copied …", "Saved to …", an error).
    void statusChanged(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void copyScript();
    void saveScript();
#ifdef Q_OS_WIN
    void runScript();
#endif
    void retranslateUi();

    FixScript m_fix;
    QLabel *m_title;
    StatusTextLabel *m_destructive;
    QPushButton *m_view;
    QPushButton *m_copy;
    QPushButton *m_save;
#ifdef Q_OS_WIN
    QPushButton *m_run;
#endif
    QPlainTextEdit *m_script;
};

} // namespace eas::wizard
