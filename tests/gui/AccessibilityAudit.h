#pragma once

#include <QList>
#include <QStringList>

class QWidget;

namespace eas::test {

// Walks a window's widget tree the way a keyboard or screen-reader user meets it (only what is
// shown now: the current wizard page, the side panel, the wizard's buttons) and lists what is
// wrong, one line each, naming the widget by its objectName chain. Empty lists are the pass.
class AccessibilityAudit
{
public:
    explicit AccessibilityAudit(QWidget *window);
    // Buttons repeated once per row (a fix script's View, Copy, Save): one letter cannot reach
    // each, so they go without a mnemonic.
    void setRepeatedControls(const QStringList &objectNames);
    // The fix-script row's buttons (FixScriptRow), the wizard's repeated controls.
    static QStringList fixScriptRowButtons();

    // Every check below.
    QStringList problems() const;

    // A focusable control with no accessible name (neither its own, nor its text, nor a buddy
    // label's), and an image label (a status icon) with no text equivalent.
    QStringList unnamed() const;
    // An input or a view (line edit, combo box, spin box, editable text, item view) with no
    // accessible description or tooltip saying what goes in or what it shows.
    QStringList undescribed() const;
    // The same Alt+letter twice (buddy labels, buttons, group box titles, tabs); a text
    // button, check box or radio button without one; a form label without a buddy mnemonic.
    QStringList mnemonicProblems() const;
    // A focusable control that pressing Tab round the window never reaches (a trap or a gap).
    QStringList unreachable() const;
    // Text drawn below 4.5:1 against its own background (a hard-coded colour).
    QStringList lowContrast() const;

    // The focus stops in the order Tab visits them, starting at the focus widget. Presses Tab.
    QList<QWidget *> tabChain() const;
    // What Alt+letter a text gives ("&Next >" -> 'N'), or a null QChar.
    static QChar mnemonic(const QString &text);
    static QString describe(const QWidget *widget);

private:
    QList<QWidget *> shown() const;
    QList<QWidget *> focusable() const;

    QWidget *m_window;
    QStringList m_repeated;
};

} // namespace eas::test
