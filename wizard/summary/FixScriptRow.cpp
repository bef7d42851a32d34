#include "FixScriptRow.h"

#include "FileDialogs.h"
#include "style/StatusTextLabel.h"

#include "report/ScriptFile.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#ifdef Q_OS_WIN
#include <QMessageBox>
#include <QProcess>
#endif

namespace eas::wizard {

FixScriptRow::FixScriptRow(FixScript fix, QWidget *parent)
    : QFrame(parent)
    , m_fix(std::move(fix))
    , m_title(new QLabel(this))
    , m_destructive(new StatusTextLabel(this))
    , m_view(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_save(new QPushButton(this))
#ifdef Q_OS_WIN
    , m_run(new QPushButton(this))
#endif
    , m_script(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("fixScriptRow"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("fixTitleLabel"));
    m_destructive->setObjectName(QStringLiteral("destructiveLabel"));
    m_view->setObjectName(QStringLiteral("viewScriptButton"));
    m_copy->setObjectName(QStringLiteral("copyScriptButton"));
    m_save->setObjectName(QStringLiteral("saveScriptButton"));
    m_script->setObjectName(QStringLiteral("scriptPlainTextEdit"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_destructive->setFont(bold);
    m_destructive->setStatus(QStringLiteral("fail"));
    m_destructive->setVisible(m_fix.destructive);
    m_view->setCheckable(true);
    m_script->setReadOnly(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_script->setPlainText(m_fix.script);
    m_script->setMinimumHeight(12 * m_script->fontMetrics().height());
    m_script->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_view);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
#ifdef Q_OS_WIN
    m_run->setObjectName(QStringLiteral("runScriptButton"));
    buttons->addWidget(m_run);
    connect(m_run, &QPushButton::clicked, this, &FixScriptRow::runScript);
#endif
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_title, 0, 0);
    layout->addLayout(buttons, 0, 1, 2, 1, Qt::AlignTop);
    layout->addWidget(m_destructive, 1, 0);
    layout->addWidget(m_script, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);

    connect(m_view, &QPushButton::toggled, m_script, &QWidget::setVisible);
    connect(m_copy, &QPushButton::clicked, this, &FixScriptRow::copyScript);
    connect(m_save, &QPushButton::clicked, this, &FixScriptRow::saveScript);
    retranslateUi();
}

void FixScriptRow::copyScript()
{
    QGuiApplication::clipboard()->setText(m_fix.script);
    Q_EMIT statusChanged(tr("Copied “%1” to the clipboard.").arg(m_fix.title));
}

void FixScriptRow::saveScript()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = FileDialogs::saveFileName(this,
                                    tr("Save the fix script"),
                                    QDir(folder).filePath(m_fix.id + QStringLiteral(".ps1")),
                                    tr("PowerShell scripts (*.ps1)"));
    if (path.isEmpty())
        return;
    QString error;
    if (report::ScriptFile::writeScript(path, m_fix.script, &error))
        Q_EMIT statusChanged(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT statusChanged(error);
}

#ifdef Q_OS_WIN
void FixScriptRow::runScript()
{
    QMessageBox confirm(QMessageBox::Warning,
                        tr("Run in PowerShell"),
                        m_fix.destructive
                            ? tr("“%1” changes or deletes server configuration. Run it now in "
                                 "PowerShell? Read the script first (Show Details).")
                                  .arg(m_fix.title)
                            : tr("Run “%1” now in PowerShell? Read the script first (Show "
                                 "Details).")
                                  .arg(m_fix.title),
                        QMessageBox::Yes | QMessageBox::Cancel,
                        this);
    confirm.setDetailedText(m_fix.script);
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() != QMessageBox::Yes)
        return;
    const QString path = QDir::temp().filePath(QStringLiteral("eas-doctor-%1.ps1").arg(m_fix.id));
    QString error;
    if (!report::ScriptFile::writeScript(path, m_fix.script, &error)) {
        Q_EMIT statusChanged(error);
        return;
    }
    const QStringList arguments{QStringLiteral("-NoProfile"),
                                QStringLiteral("-NoExit"),
                                QStringLiteral("-ExecutionPolicy"),
                                QStringLiteral("Bypass"),
                                QStringLiteral("-File"),
                                QDir::toNativeSeparators(path)};
    if (QProcess::startDetached(QStringLiteral("powershell.exe"), arguments))
        Q_EMIT statusChanged(tr("Started “%1” in a PowerShell window.").arg(m_fix.title));
    else
        Q_EMIT statusChanged(tr("PowerShell could not be started."));
}
#endif

void FixScriptRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void FixScriptRow::retranslateUi()
{
    m_title->setText(m_fix.title);
    m_destructive->setText(tr("Destructive: changes or deletes server configuration"));
    // Every row has these buttons: no mnemonics, as one letter cannot reach each row's.
    m_view->setText(tr("View"));
    m_view->setAccessibleName(tr("View the script of %1").arg(m_fix.title));
    m_copy->setText(tr("Copy"));
    m_copy->setAccessibleName(tr("Copy the script of %1").arg(m_fix.title));
    m_save->setText(tr("Save as .ps1…"));
    m_save->setAccessibleName(tr("Save the script of %1 as a .ps1 file").arg(m_fix.title));
#ifdef Q_OS_WIN
    m_run->setText(tr("Run in PowerShell…"));
    m_run->setAccessibleName(tr("Run the script of %1 in PowerShell").arg(m_fix.title));
#endif
    m_script->setAccessibleName(tr("Script of %1").arg(m_fix.title));
    setAccessibleName(m_fix.destructive ? tr("%1 (destructive)").arg(m_fix.title) : m_fix.title);
}

} // namespace eas::wizard
