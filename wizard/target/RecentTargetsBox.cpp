#include "RecentTargetsBox.h"

#include "settings/RecentTargets.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace eas::wizard {

RecentTargetsBox::RecentTargetsBox(RecentTargets *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
    , m_forget(new QPushButton(this))
    , m_clear(new QPushButton(this))
{
    setObjectName(QStringLiteral("recentTargetsBox"));
    m_combo->setObjectName(QStringLiteral("recentTargetsComboBox"));
    m_forget->setObjectName(QStringLiteral("forgetRecentButton"));
    m_clear->setObjectName(QStringLiteral("clearRecentButton"));
    m_label->setBuddy(m_combo);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(30);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_forget);
    layout->addWidget(m_clear);

    connect(m_combo, &QComboBox::activated, this, &RecentTargetsBox::pick);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &RecentTargetsBox::updateWidgets);
    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_store->forget(m_combo->currentIndex());
        m_combo->setFocus();
    });
    connect(m_clear, &QPushButton::clicked, m_store, &RecentTargets::clear);
    connect(m_store, &RecentTargets::changed, this, &RecentTargetsBox::reload);
    retranslateUi();
    reload();
}

void RecentTargetsBox::reload()
{
    m_targets = m_store->list();
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (const RecentTarget &target : std::as_const(m_targets)) {
            m_combo->addItem(labelOf(target));
            m_combo->setItemData(m_combo->count() - 1, detailOf(target), Qt::ToolTipRole);
        }
        m_combo->setCurrentIndex(-1);
    }
    updateWidgets();
}

void RecentTargetsBox::pick(int index)
{
    if (index >= 0 && index < m_targets.size())
        Q_EMIT picked(m_targets.at(index));
}

void RecentTargetsBox::updateWidgets()
{
    const bool any = !m_targets.isEmpty();
    m_combo->setEnabled(any);
    m_forget->setEnabled(m_combo->currentIndex() >= 0);
    m_clear->setEnabled(any);
}

QString RecentTargetsBox::labelOf(const RecentTarget &target) const
{
    QString who = target.email.isEmpty() ? target.user : target.email;
    if (!target.email.isEmpty() && !target.user.isEmpty()
        && target.user.compare(target.email, Qt::CaseInsensitive) != 0)
        who = tr("%1 (as %2)").arg(target.email, target.user);
    const QString where = target.url.isEmpty() ? tr("Autodiscover") : target.url.host();
    return tr("%1 — %2").arg(who, where);
}

QString RecentTargetsBox::detailOf(const RecentTarget &target) const
{
    QStringList lines{target.url.isEmpty() ? tr("Server: found with Autodiscover")
                                           : tr("Server: %1").arg(target.url.toString())};
    if (!target.bundlePath.isEmpty())
        lines.append(tr("Server bundle: %1").arg(QDir::toNativeSeparators(target.bundlePath)));
    for (const QString &folder : target.logPaths)
        lines.append(tr("IIS logs: %1").arg(QDir::toNativeSeparators(folder)));
    for (const QString &file : target.eventFiles)
        lines.append(tr("Event log: %1").arg(QDir::toNativeSeparators(file)));
    return lines.join(QLatin1Char('\n'));
}

void RecentTargetsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void RecentTargetsBox::retranslateUi()
{
    m_label->setText(tr("Recent &mailboxes:"));
    m_combo->setPlaceholderText(tr("Choose one to fill in the page"));
    m_combo->setAccessibleName(tr("Recent mailboxes"));
    m_combo->setToolTip(tr("The mailboxes checked before, most recent first. The password is "
                           "never kept with them."));
    m_forget->setText(tr("&Forget"));
    m_forget->setToolTip(tr("Removes the chosen mailbox from the list."));
    m_clear->setText(tr("Clear &history"));
    m_clear->setToolTip(tr("Removes every mailbox from the list."));
}

} // namespace eas::wizard
