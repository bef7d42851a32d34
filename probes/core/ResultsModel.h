#pragma once

#include "Diagnosis.h"

#include <QAbstractItemModel>

namespace eas {

// The checklist both the wizard and the CLI read: top-level rows are the steps in wizard order,
// their children the findings. Qt::Core only; the traffic-light look lives in wizard/.
class ResultsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // step id or finding id
        StepIdRole,
        StatusRole,     // eas::Severity as int
        StatusNameRole, // "pass", "fail", ...
        TitleRole,
        DetailRole,
        EvidenceRole, // QVariantMap
        FixesRole,    // QStringList
        RunningRole,  // bool, steps only
        ProgressRole, // int percent, steps only
        ProgressTextRole,
        IsRootCauseRole,
        DurationRole,       // ms, steps only
        ProgressDetailRole, // QVariantMap, steps only: Probe::progressChanged's detail
        DataRole,           // QJsonObject, steps only: ProbeResult::data
    };
    Q_ENUM(Role)

    explicit ResultsModel(QObject *parent = nullptr);

    // Resets the model to these steps (ids of eas::steps), all pending.
    void setSteps(const QStringList &stepIds);
    QStringList stepIds() const;
    QModelIndex stepIndex(const QString &stepId) const;

    void setStepRunning(const QString &stepId);
    void setStepProgress(const QString &stepId,
                         int percent,
                         const QString &what,
                         const QVariantMap &detail = {});
    void setStepResult(const StepResult &step);
    // Replaces every step with the assembled run (de-duplicated, root cause marked) and keeps
    // its fix scripts as they came (filled from the bundle and the wire by the engine).
    void setDiagnosis(const DiagnosisResult &diagnosis);
    const std::optional<RootCause> &rootCause() const { return m_rootCause; }
    // The fix scripts of the last setDiagnosis(); empty after setSteps().
    const FixScripts &fixes() const { return m_fixes; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        StepResult step;
        bool finished = false;
        bool running = false;
        int progress = 0;
        QString progressText;
        QVariantMap progressDetail;
    };
    int rowOf(const QString &stepId) const;
    void replaceFindings(int row, const StepResult &step);
    QVariant stepData(const Row &row, int role) const;
    QVariant findingData(const Finding &finding, int role) const;

    QList<Row> m_rows;
    std::optional<RootCause> m_rootCause;
    FixScripts m_fixes;
};

} // namespace eas
