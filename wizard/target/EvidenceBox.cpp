#include "EvidenceBox.h"

#include "FieldHint.h"
#include "PathEdit.h"
#include "TargetValidation.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace eas::wizard {

EvidenceBox::EvidenceBox(QWidget *parent)
    : QGroupBox(parent)
    , m_bundle(new PathEdit(PathEdit::Mode::File, this))
    , m_logs(new PathEdit(PathEdit::Mode::Folder, this))
    , m_events(new PathEdit(PathEdit::Mode::Files, this))
    , m_bundleHint(new FieldHint(this))
    , m_logsHint(new FieldHint(this))
    , m_eventsHint(new FieldHint(this))
    , m_intro(new QLabel(this))
{
    setObjectName(QStringLiteral("evidenceGroupBox"));
    m_bundle->lineEdit()->setObjectName(QStringLiteral("bundleLineEdit"));
    m_logs->lineEdit()->setObjectName(QStringLiteral("iisLogsLineEdit"));
    m_events->lineEdit()->setObjectName(QStringLiteral("eventFilesLineEdit"));
    m_bundleHint->setObjectName(QStringLiteral("bundleHint"));
    m_logsHint->setObjectName(QStringLiteral("iisLogsHint"));
    m_eventsHint->setObjectName(QStringLiteral("eventFilesHint"));
    m_intro->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(m_intro);
    m_bundleLabel = FieldHint::addFormRow(form, m_bundle, m_bundleHint);
    m_logsLabel = FieldHint::addFormRow(form, m_logs, m_logsHint);
    m_eventsLabel = FieldHint::addFormRow(form, m_events, m_eventsHint);
    for (PathEdit *edit : {m_bundle, m_logs, m_events})
        connect(edit, &PathEdit::textChanged, this, &EvidenceBox::validate);
    retranslateUi();
    validate();
}

bool EvidenceBox::isAcceptable() const
{
    return TargetValidation::bundleFile(m_bundle->text()).isAcceptable()
           && TargetValidation::logFolder(m_logs->text()).isAcceptable()
           && TargetValidation::eventFiles(m_events->text()).isAcceptable();
}

void EvidenceBox::validate()
{
    m_bundleHint->setCheck(TargetValidation::bundleFile(m_bundle->text()));
    m_logsHint->setCheck(TargetValidation::logFolder(m_logs->text()));
    m_eventsHint->setCheck(TargetValidation::eventFiles(m_events->text()));
    Q_EMIT changed();
}

void EvidenceBox::applyTo(DiagnosisTarget &target) const
{
    target.bundlePath = m_bundle->text().trimmed();
    const QString logs = m_logs->text().trimmed();
    target.logPaths = logs.isEmpty() ? QStringList() : QStringList{logs};
    target.eventFiles = TargetValidation::splitPaths(m_events->text());
}

void EvidenceBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        validate();
    }
    QGroupBox::changeEvent(event);
}

void EvidenceBox::retranslateUi()
{
    setTitle(tr("Server-side evidence (optional)"));
    m_intro->setText(tr("What the server recorded about the user's real devices."));
    m_bundleLabel->setText(tr("Server bun&dle:"));
    m_logsLabel->setText(tr("IIS l&og folder:"));
    m_eventsLabel->setText(tr("E&vent log files:"));
    m_bundle->lineEdit()->setPlaceholderText(tr("Collector script's .json"));
    m_logs->lineEdit()->setPlaceholderText(tr("W3SVC1 folder"));
    m_events->lineEdit()->setPlaceholderText(tr("Exported .evtx files"));
    m_bundle->lineEdit()->setToolTip(tr("The JSON file the collector script wrote on the server."));
    m_logs->lineEdit()->setToolTip(
        tr("C:\\inetpub\\logs\\LogFiles\\W3SVC1 (front end) or W3SVC2 (back "
           "end), copied from the server."));
    m_events->lineEdit()->setToolTip(tr("Application log exports (.evtx), separated by ;"));
    m_bundle->lineEdit()->setAccessibleName(tr("Server bundle file"));
    m_logs->lineEdit()->setAccessibleName(tr("IIS log folder"));
    m_events->lineEdit()->setAccessibleName(tr("Event log files"));
    m_bundle->setDialogTitle(tr("Choose the server bundle"));
    m_logs->setDialogTitle(tr("Choose the IIS log folder"));
    m_events->setDialogTitle(tr("Choose exported event logs"));
    m_bundle->setNameFilter(tr("Server bundles (*.json);;All files (*)"));
    m_events->setNameFilter(tr("Event logs (*.evtx *.xml);;All files (*)"));
}

} // namespace eas::wizard
