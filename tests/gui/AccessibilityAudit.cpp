#include "AccessibilityAudit.h"

#include "style/StatusColors.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

namespace eas::test {

namespace {

QString accessibleText(QWidget *widget, QAccessible::Text which)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(which).trimmed() : QString();
}

// Parts of a compound control (a combo box's line edit, a spin box's) speak through it.
bool isInternal(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return qobject_cast<const QComboBox *>(parent)
           || qobject_cast<const QAbstractSpinBox *>(parent);
}

void collectForms(QLayout *layout, QList<QFormLayout *> &forms)
{
    if (!layout)
        return;
    if (auto *form = qobject_cast<QFormLayout *>(layout))
        forms.append(form);
    for (int i = 0; i < layout->count(); ++i)
        collectForms(layout->itemAt(i)->layout(), forms);
}

// The colour a widget is drawn on: the nearest widget filling its background, else the window.
QColor backgroundOf(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->autoFillBackground() || w->isWindow())
            return w->palette().color(w->backgroundRole());
    }
    return widget->palette().color(QPalette::Window);
}

} // namespace

AccessibilityAudit::AccessibilityAudit(QWidget *window)
    : m_window(window)
{
}

QStringList AccessibilityAudit::fixScriptRowButtons()
{
    return {QStringLiteral("viewScriptButton"),
            QStringLiteral("copyScriptButton"),
            QStringLiteral("saveScriptButton"),
            QStringLiteral("runScriptButton")};
}

void AccessibilityAudit::setRepeatedControls(const QStringList &objectNames)
{
    m_repeated = objectNames;
}

QString AccessibilityAudit::describe(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w && path.size() < 4; w = w->parentWidget()) {
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_")))
            path.prepend(w->objectName());
        if (w->isWindow())
            break;
    }
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    else if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text().left(40);
    return QStringLiteral("%1 (%2%3)")
        .arg(path.join(QLatin1Char('/')),
             QLatin1String(widget->metaObject()->className()),
             text.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(text));
}

QChar AccessibilityAudit::mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

QList<QWidget *> AccessibilityAudit::shown() const
{
    QList<QWidget *> out;
    const QList<QWidget *> all = m_window->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (widget->isVisible() && widget->window() == m_window)
            out.append(widget);
    }
    return out;
}

QList<QWidget *> AccessibilityAudit::focusable() const
{
    QList<QWidget *> out;
    for (QWidget *widget : shown()) {
        if (widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus
            && !widget->focusProxy() && !isInternal(widget))
            out.append(widget);
    }
    return out;
}

QStringList AccessibilityAudit::unnamed() const
{
    QStringList problems;
    for (QWidget *widget : focusable()) {
        if (accessibleText(widget, QAccessible::Name).isEmpty())
            problems.append(describe(widget) + QStringLiteral(": focusable but has no name"));
    }
    for (QWidget *widget : shown()) {
        const auto *label = qobject_cast<QLabel *>(widget);
        if (label && label->text().isEmpty() && !label->pixmap().isNull()
            && label->accessibleName().trimmed().isEmpty())
            problems.append(describe(widget)
                            + QStringLiteral(": an image with no text equivalent"));
    }
    return problems;
}

QStringList AccessibilityAudit::undescribed() const
{
    QStringList problems;
    for (QWidget *widget : focusable()) {
        const auto *plain = qobject_cast<QPlainTextEdit *>(widget);
        const auto *rich = qobject_cast<QTextEdit *>(widget);
        const bool input = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                           || qobject_cast<QAbstractSpinBox *>(widget)
                           || qobject_cast<QAbstractItemView *>(widget)
                           || (plain && !plain->isReadOnly()) || (rich && !rich->isReadOnly());
        if (input && accessibleText(widget, QAccessible::Description).isEmpty())
            problems.append(describe(widget)
                            + QStringLiteral(": an input or view with no "
                                             "description of what it holds"));
    }
    return problems;
}

QStringList AccessibilityAudit::mnemonicProblems() const
{
    QStringList problems;
    QHash<QChar, QStringList> owners;
    for (QWidget *widget : shown()) {
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy()) {
            const QChar letter = mnemonic(label->text());
            if (letter.isNull())
                problems.append(describe(widget) + QStringLiteral(": a buddy label without &"));
            else
                owners[letter].append(describe(widget));
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            const QChar letter = mnemonic(button->text());
            if (!letter.isNull()) {
                owners[letter].append(describe(widget));
                continue;
            }
            const bool textButton = qobject_cast<QPushButton *>(widget)
                                    || qobject_cast<QCheckBox *>(widget)
                                    || qobject_cast<QRadioButton *>(widget);
            // Escape is the keyboard's Close (and a dialog's Cancel), Enter its OK; a control
            // repeated per row cannot have one letter.
            const auto *box = qobject_cast<QDialogButtonBox *>(widget->parentWidget());
            const QDialogButtonBox::ButtonRole role
                = box ? box->buttonRole(button) : QDialogButtonBox::InvalidRole;
            const bool exempt = widget->objectName() == QLatin1String("qt_wizard_cancel")
                                || role == QDialogButtonBox::AcceptRole
                                || role == QDialogButtonBox::RejectRole
                                || m_repeated.contains(widget->objectName());
            if (textButton && !button->text().isEmpty() && !exempt)
                problems.append(describe(widget) + QStringLiteral(": a button without &"));
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            if (const QChar letter = mnemonic(group->title()); !letter.isNull())
                owners[letter].append(describe(widget));
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (const QChar letter = mnemonic(tabs->tabText(i)); !letter.isNull())
                    owners[letter].append(describe(widget) + QStringLiteral(" tab ")
                                          + tabs->tabText(i));
            }
        }
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            problems.append(QStringLiteral("Alt+%1 twice: %2")
                                .arg(it.key())
                                .arg(it.value().join(QStringLiteral(", "))));
    }
    QList<QFormLayout *> forms;
    collectForms(m_window->layout(), forms);
    for (QWidget *widget : shown())
        collectForms(widget->layout(), forms);
    for (QFormLayout *form : std::as_const(forms)) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
            if (label && label->isVisible() && !label->text().isEmpty() && !label->buddy())
                problems.append(describe(label) + QStringLiteral(": a form label with no buddy"));
        }
    }
    return problems;
}

QList<QWidget *> AccessibilityAudit::tabChain() const
{
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window))
        return {};
    QWidget *start = QApplication::focusWidget();
    if (!start || start->window() != m_window) {
        const QList<QWidget *> candidates = focusable();
        if (candidates.isEmpty())
            return {};
        start = candidates.first();
        start->setFocus(Qt::TabFocusReason);
    }
    QList<QWidget *> chain{start};
    for (int i = 0; i < 400; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || chain.contains(now))
            break;
        chain.append(now);
    }
    return chain;
}

QStringList AccessibilityAudit::unreachable() const
{
    QStringList problems;
    const QList<QWidget *> chain = tabChain();
    if (chain.isEmpty())
        return {QStringLiteral("the window did not become active: no Tab order to follow")};
    QTest::keyClick(chain.last(), Qt::Key_Tab);
    if (chain.size() > 1 && QApplication::focusWidget() == chain.last())
        problems.append(describe(chain.last()) + QStringLiteral(": Tab does not leave it"));
    for (QWidget *widget : focusable()) {
        if (!chain.contains(widget))
            problems.append(describe(widget) + QStringLiteral(": Tab never reaches it"));
    }
    return problems;
}

QStringList AccessibilityAudit::lowContrast() const
{
    QStringList problems;
    for (QWidget *widget : shown()) {
        const auto *label = qobject_cast<QLabel *>(widget);
        if (!label || label->text().trimmed().isEmpty() || !label->isEnabled())
            continue;
        const QColor text = label->palette().color(label->foregroundRole());
        const QColor background = backgroundOf(label);
        const double ratio = wizard::StatusColors::contrast(text, background);
        if (ratio < wizard::StatusColors::kMinimumContrast)
            problems.append(describe(widget)
                            + QStringLiteral(": text %1 on %2 is only %3:1")
                                  .arg(text.name(), background.name())
                                  .arg(ratio, 0, 'f', 2));
    }
    return problems;
}

QStringList AccessibilityAudit::problems() const
{
    return unnamed() + undescribed() + mnemonicProblems() + lowContrast() + unreachable();
}

} // namespace eas::test
