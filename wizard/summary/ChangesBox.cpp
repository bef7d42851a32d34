#include "ChangesBox.h"

#include "ResultsDiff.h"
#include "StatusProxyModel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace eas::wizard {

namespace {

QString label(const Finding &finding)
{
    return StatusProxyModel::statusLabel(severityName(finding.severity));
}

} // namespace

ChangesBox::ChangesBox(QWidget *parent)
    : QFrame(parent)
    , m_heading(new QLabel(this))
    , m_list(new QLabel(this))
{
    setObjectName(QStringLiteral("changesBox"));
    setFrameShape(QFrame::StyledPanel);
    m_heading->setObjectName(QStringLiteral("changesHeadingLabel"));
    m_list->setObjectName(QStringLiteral("changesLabel"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_list->setTextFormat(Qt::RichText);
    m_list->setWordWrap(true);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    setVisible(false);
}

QStringList ChangesBox::describe(const ResultsDiff &diff)
{
    QStringList lines;
    if (diff.rootCauseChanged()) {
        const QString before = diff.rootCauseBefore ? diff.rootCauseBefore->title : tr("none");
        const QString after = diff.rootCauseAfter ? diff.rootCauseAfter->title : tr("none");
        lines.append(tr("Root cause changed: was “%1”, now “%2”.").arg(before, after));
    }
    for (const Finding &f : diff.appeared)
        lines.append(tr("New: %1 %2").arg(label(f), f.title));
    for (const Finding &f : diff.disappeared)
        lines.append(tr("Gone: %1 %2").arg(label(f), f.title));
    for (const ResultsDiff::SeverityChange &c : diff.changed)
        lines.append(tr("%1 → %2: %3").arg(label(c.before), label(c.after), c.after.title));
    return lines;
}

void ChangesBox::showDiff(const ResultsDiff &diff)
{
    m_lines = describe(diff);
    if (m_lines.isEmpty()) {
        m_heading->setText(tr("Re-test: nothing changed since the last run."));
        m_list->clear();
    } else {
        m_heading->setText(tr("Re-test: changed since the last run"));
        QString html = QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">");
        for (const QString &line : std::as_const(m_lines))
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        m_list->setText(html + QStringLiteral("</ul>"));
    }
    m_list->setVisible(!m_lines.isEmpty());
    setAccessibleName(m_heading->text());
    setAccessibleDescription(m_lines.join(QLatin1Char('\n')));
    setVisible(true);
}

} // namespace eas::wizard
