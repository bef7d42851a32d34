#include "EvidenceBox.h"

#include "BundleLoader.h"
#include "FieldHint.h"
#include "PathEdit.h"

#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>

namespace eas::wizard {

EvidenceBox::EvidenceBox(QWidget *parent)
    : QGroupBox(parent)
    , m_loader(new BundleLoader(this))
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
    // A long translated label puts its field on the next line instead of squeezing it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_intro);
    m_bundleLabel = FieldHint::addFormRow(form, m_bundle, m_bundleHint);
    m_logsLabel = FieldHint::addFormRow(form, m_logs, m_logsHint);
    m_eventsLabel = FieldHint::addFormRow(form, m_events, m_eventsHint);
    connect(m_bundle, &PathEdit::textChanged, this, &EvidenceBox::loadBundle);
    connect(m_loader, &BundleLoader::loaded, this, &EvidenceBox::takeBundle);
    for (PathEdit *edit : {m_bundle, m_logs, m_events}) {
        connect(edit, &PathEdit::textChanged, this, &EvidenceBox::validate);
        connect(edit, &PathEdit::browsed, this, &EvidenceBox::browsed);
    }
    retranslateUi();
    validate();
}

bool EvidenceBox::isAcceptable() const
{
    return !m_loader->isLoading() && bundleCheck().isAcceptable()
           && TargetValidation::logFolder(m_logs->text()).isAcceptable()
           && TargetValidation::eventFiles(m_events->text()).isAcceptable();
}

std::optional<report::Bundle> EvidenceBox::bundle() const
{
    return m_loader->isLoading() ? std::nullopt : m_loaded;
}

void EvidenceBox::setBundlePath(const QString &path)
{
    m_bundle->setText(QDir::toNativeSeparators(path));
}

void EvidenceBox::setLogFolder(const QString &folder)
{
    m_logs->setText(QDir::toNativeSeparators(folder));
}

void EvidenceBox::setEventFiles(const QStringList &files)
{
    QStringList native;
    for (const QString &file : files)
        native.append(QDir::toNativeSeparators(file));
    m_events->setText(native.join(QLatin1Char(';')));
}

void EvidenceBox::setBrowseFolder(const QString &folder)
{
    for (PathEdit *edit : {m_bundle, m_logs, m_events})
        edit->setBrowseFolder(folder);
}

void EvidenceBox::loadBundle()
{
    m_loaded.reset();
    m_loadCheck = FieldCheck::ok();
    const QString path = m_bundle->text().trimmed();
    if (path.isEmpty() || !TargetValidation::bundleFile(path).isAcceptable())
        m_loader->cancel();
    else
        m_loader->load(path);
}

void EvidenceBox::takeBundle(const QString &path, const report::BundleLoad &load)
{
    const QString file = QDir::toNativeSeparators(path);
    if (!load.ok()) {
        m_loadCheck = FieldCheck::error(tr("%1 cannot be used: %2 Run the collector script "
                                           "again and choose the .json file it wrote.")
                                            .arg(file, load.error));
    } else {
        m_loaded = load.bundle;
        m_loadCheck = FieldCheck::note(
            load.warnings.isEmpty()
                ? tr("Bundle from %1 for %2, collected %3.")
                      .arg(m_loaded->computer,
                           m_loaded->identity,
                           QLocale().toString(m_loaded->collectedAt, QLocale::ShortFormat))
                : tr("Partial bundle, the checks use what it has: %1")
                      .arg(load.warnings.join(QLatin1Char(' '))));
    }
    validate();
}

FieldCheck EvidenceBox::bundleCheck() const
{
    const FieldCheck file = TargetValidation::bundleFile(m_bundle->text());
    if (!file.isAcceptable() || m_bundle->text().trimmed().isEmpty())
        return file;
    if (m_loader->isLoading())
        return FieldCheck::note(tr("Reading the bundle…"));
    return m_loadCheck;
}

void EvidenceBox::validate()
{
    m_bundleHint->setCheck(bundleCheck());
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
