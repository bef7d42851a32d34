#include "SummaryPage.h"

#include "findings/FindingCard.h"
#include "run/RunController.h"
#include "summary/RootCauseBox.h"

#include "core/ResultsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace eas::wizard {

SummaryPage::SummaryPage(QAbstractItemModel *checklist, RunController *runs, QWidget *parent)
    : DiagnosisPage(parent)
    , m_checklist(checklist)
    , m_runs(runs)
    , m_rootCause(new RootCauseBox(checklist, runs, this))
    , m_listHeading(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_detail(new QLabel(this))
    , m_runAll(new QPushButton(this))
{
    setObjectName(QStringLiteral("summaryWizardPage"));
    m_tree->setObjectName(QStringLiteral("summaryTreeView"));
    m_detail->setObjectName(QStringLiteral("findingDetailLabel"));
    m_runAll->setObjectName(QStringLiteral("runAllAgainButton"));
    m_tree->setModel(m_checklist);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listHeading->setBuddy(m_tree);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(6);
    m_detail->setMinimumHeight(4 * fontMetrics().height());
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_listHeading, 1);
    bottom->addWidget(m_runAll);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rootCause);
    layout->addLayout(bottom);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_detail);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SummaryPage::showDetail);
    connect(m_runAll, &QPushButton::clicked, this, &SummaryPage::runAllRequested);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SummaryPage::refresh);
    connect(m_runs, &RunController::runningChanged, this, &SummaryPage::scheduleRefresh);
    connect(m_checklist, &QAbstractItemModel::modelReset, this, &SummaryPage::scheduleRefresh);
    connect(m_checklist, &QAbstractItemModel::layoutChanged, this, &SummaryPage::scheduleRefresh);
    connect(m_checklist, &QAbstractItemModel::rowsInserted, this, &SummaryPage::scheduleRefresh);
    connect(m_checklist, &QAbstractItemModel::dataChanged, this, &SummaryPage::scheduleRefresh);
    retranslateUi();
}

void SummaryPage::initializePage()
{
    refresh();
    m_tree->setFocus();
}

void SummaryPage::scheduleRefresh()
{
    if (isVisible())
        m_refreshTimer.start();
    else
        m_stale = true;
}

void SummaryPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    DiagnosisPage::showEvent(event);
}

void SummaryPage::refresh()
{
    m_stale = false;
    m_refreshTimer.stop();
    m_rootCause->refresh();
    m_tree->expandAll();
    m_runAll->setEnabled(m_runs->canStart({}));
    showDetail();
}

void SummaryPage::showDetail()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        m_detail->setText(tr("Select a finding to read its detail."));
        return;
    }
    const QString evidence = FindingCard::evidenceText(current.data(ResultsModel::EvidenceRole).toMap());
    QStringList parts{current.data(Qt::DisplayRole).toString(),
                      current.data(ResultsModel::DetailRole).toString()};
    if (!evidence.isEmpty())
        parts.append(evidence);
    parts.removeAll(QString());
    m_detail->setText(parts.join(QStringLiteral("\n")));
}

void SummaryPage::retranslateUi()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("The most likely cause first, then everything each step found."));
    m_listHeading->setText(tr("&Every finding:"));
    m_tree->setAccessibleName(tr("Every finding"));
    m_runAll->setText(tr("&Run all steps again"));
    scheduleRefresh();
}

} // namespace eas::wizard
