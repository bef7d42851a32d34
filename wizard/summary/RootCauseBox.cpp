#include "RootCauseBox.h"

#include "StatusProxyModel.h"
#include "run/RunController.h"
#include "style/StatusIconLabel.h"

#include "core/ResultsModel.h"
#include "core/Steps.h"

#include <QAbstractItemModel>
#include <QGridLayout>
#include <QLabel>

namespace eas::wizard {

RootCauseBox::RootCauseBox(QAbstractItemModel *checklist, RunController *runs, QWidget *parent)
    : QFrame(parent)
    , m_checklist(checklist)
    , m_runs(runs)
    , m_icon(new StatusIconLabel(this))
    , m_heading(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_nextHeading(new QLabel(this))
    , m_next(new QLabel(this))
{
    setObjectName(QStringLiteral("rootCauseFrame"));
    setFrameShape(QFrame::StyledPanel);
    m_heading->setObjectName(QStringLiteral("rootCauseLabel"));
    m_detail->setObjectName(QStringLiteral("rootCauseDetailLabel"));
    m_next->setObjectName(QStringLiteral("nextStepsLabel"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    m_heading->setFont(headingFont);
    QFont bold = m_nextHeading->font();
    bold.setBold(true);
    m_nextHeading->setFont(bold);
    for (QLabel *label : {m_heading, m_detail, m_next}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_heading->setTextFormat(Qt::PlainText);
    m_detail->setTextFormat(Qt::PlainText);
    m_next->setTextFormat(Qt::RichText);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    grid->addWidget(m_heading, 0, 1);
    grid->addWidget(m_detail, 1, 1);
    grid->addWidget(m_nextHeading, 2, 1);
    grid->addWidget(m_next, 3, 1);
    grid->setColumnStretch(1, 1);
    refresh();
}

QModelIndex RootCauseBox::rootCause() const
{
    for (int row = 0; row < m_checklist->rowCount(); ++row) {
        const QModelIndex step = m_checklist->index(row, 0);
        for (int child = 0; child < m_checklist->rowCount(step); ++child) {
            const QModelIndex finding = m_checklist->index(child, 0, step);
            if (finding.data(ResultsModel::IsRootCauseRole).toBool())
                return finding;
        }
    }
    return {};
}

QStringList RootCauseBox::stepsWithStatus(const QStringList &statusNames) const
{
    QStringList out;
    for (int row = 0; row < m_checklist->rowCount(); ++row) {
        const QModelIndex step = m_checklist->index(row, 0);
        if (statusNames.contains(step.data(ResultsModel::StatusNameRole).toString()))
            out.append(step.data(ResultsModel::TitleRole).toString());
    }
    return out;
}

void RootCauseBox::show(const QString &iconStatus,
                        const QString &heading,
                        const QString &detail,
                        const QStringList &nextSteps)
{
    m_icon->setStatus(iconStatus, 2.0);
    m_heading->setText(heading);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    QString list = QStringLiteral("<ol style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString &item : nextSteps)
        list += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    m_next->setText(list + QStringLiteral("</ol>"));
    m_nextHeading->setText(tr("What to do next"));
    setAccessibleName(heading);
}

void RootCauseBox::refresh()
{
    const QStringList pending
        = stepsWithStatus({QStringLiteral("pending"), QStringLiteral("running")});
    const QStringList incomplete
        = stepsWithStatus({QStringLiteral("skip"), QStringLiteral("error")});
    const QModelIndex cause = rootCause();
    if (m_runs->isRunning()) {
        show(QStringLiteral("running"),
             tr("Checking…"),
             tr("%n step(s) still running. The root cause appears here when they end.",
                nullptr,
                int(pending.size())),
             {tr("Wait for the checks, or press Cancel on a step's page to stop it.")});
    } else if (cause.isValid()) {
        const QString status = cause.data(ResultsModel::StatusNameRole).toString();
        const QString step = steps::title(cause.parent().data(ResultsModel::IdRole).toString());
        QStringList next{tr("Fix this first: the other failures often follow from it."),
                         tr("Then open the %1 page and press Re-run, or press Re-test below, to "
                            "confirm it is gone.")
                             .arg(step)};
        const QStringList fixes = cause.data(ResultsModel::FixesRole).toStringList();
        if (!fixes.isEmpty())
            next.insert(1, tr("Fix scripts for it: %1.").arg(fixes.join(QStringLiteral(", "))));
        show(status,
             tr("%1 — root cause: %2")
                 .arg(StatusProxyModel::statusLabel(status),
                      cause.data(ResultsModel::TitleRole).toString()),
             tr("Found by the %1 step. %2")
                 .arg(step, cause.data(ResultsModel::DetailRole).toString()),
             next);
    } else if (pending.size() == m_checklist->rowCount()) {
        show(QStringLiteral("pending"),
             tr("Nothing checked yet"),
             QString(),
             {tr("Go back to the first page and press Run all steps, or run the steps one by "
                 "one.")});
    } else if (!incomplete.isEmpty() || !pending.isEmpty()) {
        show(QStringLiteral("skip"),
             tr("No problem found in the steps that ran"),
             tr("Not fully checked: %1.").arg((incomplete + pending).join(QStringLiteral(", "))),
             {tr("Open those steps' pages to see why, give them what they need (a password, "
                 "logs, a bundle) and press Re-run.")});
    } else {
        show(QStringLiteral("pass"),
             tr("No problem found"),
             tr("Every check passed: nothing on the server side blocks ActiveSync for this "
                "mailbox."),
             {tr("If one phone still fails, remove the account on that phone and add it again."),
              tr("Check the phone's date and time and that it can reach the server's name.")});
    }
}

} // namespace eas::wizard
