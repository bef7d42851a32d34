#pragma once

#include "core/DiagnosisTarget.h"

#include <QGroupBox>

class QLabel;

namespace eas::wizard {

class FieldHint;
class PathEdit;

// Optional server-side evidence: the collector script's bundle, the IIS log folder and
// exported event logs. Each path is checked as it is typed or chosen.
class EvidenceBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit EvidenceBox(QWidget *parent = nullptr);

    bool isAcceptable() const;
    void applyTo(DiagnosisTarget &target) const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void retranslateUi();

    PathEdit *m_bundle;
    PathEdit *m_logs;
    PathEdit *m_events;
    FieldHint *m_bundleHint;
    FieldHint *m_logsHint;
    FieldHint *m_eventsHint;
    QLabel *m_intro;
    QLabel *m_bundleLabel;
    QLabel *m_logsLabel;
    QLabel *m_eventsLabel;
};

} // namespace eas::wizard
