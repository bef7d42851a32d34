#include "FixActionsBox.h"

#include "FixScriptRow.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace eas::wizard {

namespace {

bool sameScripts(const FixScripts &a, const FixScripts &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].script != b[i].script || a[i].title != b[i].title)
            return false;
    }
    return true;
}

} // namespace

FixActionsBox::FixActionsBox(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(this))
    , m_rowLayout(new QVBoxLayout)
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("fixActionsBox"));
    m_empty->setObjectName(QStringLiteral("noFixesLabel"));
    m_hint->setObjectName(QStringLiteral("fixHintLabel"));
    m_empty->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_empty);
    contentLayout->addLayout(m_rowLayout);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("fixesScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the rows' buttons, which scroll into view
    scroll->setWidget(content);
    // The rows sit on the tab's own background, whatever the style paints there.
    content->setAutoFillBackground(false);
    scroll->viewport()->setAutoFillBackground(false);
    m_hint->setVisible(false); // until a row has something to say
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_hint);
    retranslateUi();
}

void FixActionsBox::setFixes(const FixScripts &fixes)
{
    if (sameScripts(fixes, m_fixes) && m_rows.size() == fixes.size())
        return;
    m_fixes = fixes;
    qDeleteAll(m_rows);
    m_rows.clear();
    m_hint->clear();
    m_hint->setVisible(false);
    for (const FixScript &fix : fixes) {
        auto *row = new FixScriptRow(fix, m_rowLayout->parentWidget());
        connect(row, &FixScriptRow::statusChanged, m_hint, [this](const QString &message) {
            m_hint->setText(message);
            m_hint->setVisible(true);
        });
        m_rowLayout->addWidget(row);
        m_rows.append(row);
    }
    m_empty->setVisible(m_rows.isEmpty());
}

void FixActionsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FixActionsBox::retranslateUi()
{
    m_empty->setText(tr("No fix scripts yet: they appear when the steps have run."));
    setAccessibleName(tr("Fix scripts"));
}

} // namespace eas::wizard
