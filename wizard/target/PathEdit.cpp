#include "PathEdit.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace eas::wizard {

PathEdit::PathEdit(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    m_edit->setClearButtonEnabled(true);
    // Room for the start of a path (or its placeholder) beside a long translated Browse label.
    m_edit->setMinimumWidth(16 * m_edit->fontMetrics().averageCharWidth());
    m_button->setObjectName(QStringLiteral("browseToolButton"));
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &PathEdit::textChanged);
    connect(m_button, &QToolButton::clicked, this, &PathEdit::browse);
    retranslateUi();
}

QString PathEdit::text() const
{
    return m_edit->text();
}

void PathEdit::setText(const QString &text)
{
    m_edit->setText(text);
}

void PathEdit::setDialogTitle(const QString &title)
{
    m_dialogTitle = title;
    m_button->setAccessibleName(title);
    m_button->setToolTip(title);
}

void PathEdit::browse()
{
    const QString typed = m_edit->text().section(QLatin1Char(';'), 0, 0).trimmed();
    const QString start = typed.isEmpty() ? m_browseFolder : QDir::fromNativeSeparators(typed);
    QString chosen;
    switch (m_mode) {
    case Mode::File:
        chosen = QFileDialog::getOpenFileName(this, m_dialogTitle, start, m_filter);
        break;
    case Mode::Folder:
        chosen = QFileDialog::getExistingDirectory(this, m_dialogTitle, start);
        break;
    case Mode::Files:
        chosen = QFileDialog::getOpenFileNames(this, m_dialogTitle, start, m_filter)
                     .join(QLatin1Char(';'));
        break;
    }
    if (chosen.isEmpty())
        return;
    m_edit->setText(QDir::toNativeSeparators(chosen));
    Q_EMIT browsed(chosen.section(QLatin1Char(';'), 0, 0));
}

void PathEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PathEdit::retranslateUi()
{
    m_button->setText(tr("Browse…"));
}

} // namespace eas::wizard
