#include "ResultsModel.h"

#include "Steps.h"
#include "Tr.h"

namespace eas {

namespace {
// Internal ids: 0 for a step row, step row + 1 for a finding row.
constexpr quintptr kStepId = 0;
} // namespace

ResultsModel::ResultsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ResultsModel::setSteps(const QStringList &stepIds)
{
    beginResetModel();
    m_rows.clear();
    m_rootCause.reset();
    m_fixes.clear();
    for (const QString &id : stepIds) {
        Row row;
        row.step.id = id;
        row.step.title = steps::title(id);
        m_rows.append(row);
    }
    endResetModel();
}

QStringList ResultsModel::stepIds() const
{
    QStringList out;
    for (const Row &r : m_rows)
        out.append(r.step.id);
    return out;
}

int ResultsModel::rowOf(const QString &stepId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).step.id == stepId)
            return i;
    }
    return -1;
}

QModelIndex ResultsModel::stepIndex(const QString &stepId) const
{
    const int row = rowOf(stepId);
    return row < 0 ? QModelIndex() : index(row, 0);
}

void ResultsModel::setStepRunning(const QString &stepId)
{
    const int row = rowOf(stepId);
    if (row < 0)
        return;
    replaceFindings(row, StepResult{stepId, m_rows.at(row).step.title, {}});
    Row &r = m_rows[row];
    r.running = true;
    r.finished = false;
    r.progress = 0;
    r.progressText.clear();
    r.progressDetail.clear();
    if (m_rootCause && m_rootCause->step == stepId) {
        m_rootCause.reset();
    }
    Q_EMIT dataChanged(index(row, 0), index(row, 0));
}

void ResultsModel::setStepProgress(const QString &stepId,
                                   int percent,
                                   const QString &what,
                                   const QVariantMap &detail)
{
    const int row = rowOf(stepId);
    if (row < 0)
        return;
    m_rows[row].progress = percent;
    m_rows[row].progressText = what;
    m_rows[row].progressDetail = detail;
    Q_EMIT dataChanged(
        index(row, 0), index(row, 0), {ProgressRole, ProgressTextRole, ProgressDetailRole});
}

void ResultsModel::setStepResult(const StepResult &step)
{
    const int row = rowOf(step.id);
    if (row < 0)
        return;
    replaceFindings(row, step);
    Row &r = m_rows[row];
    r.running = false;
    r.finished = true;
    Q_EMIT dataChanged(index(row, 0), index(row, 0));
}

void ResultsModel::setDiagnosis(const DiagnosisResult &diagnosis)
{
    m_rootCause = diagnosis.rootCause;
    m_fixes = diagnosis.fixes;
    for (const StepResult &s : diagnosis.steps)
        setStepResult(s);
    // Root-cause marks may have moved.
    for (int row = 0; row < m_rows.size(); ++row) {
        const int n = m_rows.at(row).step.result.findings.size();
        if (n > 0)
            Q_EMIT dataChanged(
                index(0, 0, index(row, 0)), index(n - 1, 0, index(row, 0)), {IsRootCauseRole});
    }
}

void ResultsModel::replaceFindings(int row, const StepResult &step)
{
    const QModelIndex parent = index(row, 0);
    Row &r = m_rows[row];
    const int oldCount = r.step.result.findings.size();
    if (oldCount > 0) {
        beginRemoveRows(parent, 0, oldCount - 1);
        r.step.result.findings.clear();
        endRemoveRows();
    }
    const int newCount = step.result.findings.size();
    if (newCount > 0)
        beginInsertRows(parent, 0, newCount - 1);
    r.step.result = step.result;
    if (!step.title.isEmpty())
        r.step.title = step.title;
    if (newCount > 0)
        endInsertRows();
}

QModelIndex ResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, kStepId) : QModelIndex();
    if (parent.internalId() != kStepId || parent.row() >= m_rows.size())
        return {};
    if (row >= m_rows.at(parent.row()).step.result.findings.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kStepId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kStepId);
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_rows.size();
    if (parent.column() != 0 || parent.internalId() != kStepId)
        return 0;
    return m_rows.at(parent.row()).step.result.findings.size();
}

int ResultsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kStepId)
        return stepData(m_rows.at(index.row()), role);
    const Row &r = m_rows.at(int(index.internalId() - 1));
    return findingData(r.step.result.findings.at(index.row()), role);
}

QVariant ResultsModel::stepData(const Row &row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.step.title;
    case IdRole:
    case StepIdRole:
        return row.step.id;
    case StatusRole:
        return row.finished ? int(row.step.result.status) : QVariant();
    case StatusNameRole:
        return row.finished ? severityName(row.step.result.status)
                            : (row.running ? QStringLiteral("running") : QStringLiteral("pending"));
    case DetailRole:
    case Qt::ToolTipRole:
        return steps::description(row.step.id);
    case RunningRole:
        return row.running;
    case ProgressRole:
        return row.progress;
    case ProgressTextRole:
        return row.progressText;
    case ProgressDetailRole:
        return row.progressDetail;
    case DataRole:
        return row.finished ? QVariant(row.step.result.data) : QVariant();
    case DurationRole:
        return row.finished ? QVariant(row.step.result.durationMs) : QVariant();
    case IsRootCauseRole:
        return m_rootCause.has_value() && m_rootCause->step == row.step.id;
    default:
        return {};
    }
}

QVariant ResultsModel::findingData(const Finding &f, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return f.title;
    case IdRole:
        return f.id;
    case StepIdRole:
        return f.step;
    case StatusRole:
        return int(f.severity);
    case StatusNameRole:
        return severityName(f.severity);
    case DetailRole:
    case Qt::ToolTipRole:
        return f.detail;
    case EvidenceRole:
        return f.evidence;
    case FixesRole:
        return f.fixes;
    case IsRootCauseRole:
        return m_rootCause.has_value() && m_rootCause->findingId == f.id;
    default:
        return {};
    }
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return Tr::tr("Check");
    return {};
}

QHash<int, QByteArray> ResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(StepIdRole, "stepId");
    names.insert(StatusRole, "status");
    names.insert(StatusNameRole, "statusName");
    names.insert(TitleRole, "title");
    names.insert(DetailRole, "detail");
    names.insert(EvidenceRole, "evidence");
    names.insert(FixesRole, "fixes");
    names.insert(RunningRole, "running");
    names.insert(ProgressRole, "progress");
    names.insert(ProgressTextRole, "progressText");
    names.insert(IsRootCauseRole, "isRootCause");
    names.insert(DurationRole, "durationMs");
    names.insert(ProgressDetailRole, "progressDetail");
    names.insert(DataRole, "data");
    return names;
}

} // namespace eas
