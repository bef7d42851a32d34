#include "DemoScenarioBox.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace eas::wizard {

DemoScenarioBox::DemoScenarioBox(const QList<sim::ScenarioInfo> &scenarios,
                                 const QString &current,
                                 QWidget *parent)
    : QGroupBox(parent)
    , m_scenarios(scenarios)
    , m_intro(new QLabel(this))
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
    , m_description(new QLabel(this))
{
    setObjectName(QStringLiteral("demoGroupBox"));
    m_combo->setObjectName(QStringLiteral("scenarioComboBox"));
    m_description->setObjectName(QStringLiteral("scenarioDescriptionLabel"));
    m_intro->setWordWrap(true);
    m_description->setWordWrap(true);
    m_label->setBuddy(m_combo);
    for (const sim::ScenarioInfo &s : m_scenarios)
        m_combo->addItem(s.name, s.name);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(current)));

    auto *form = new QFormLayout(this);
    form->addRow(m_intro);
    form->addRow(m_label, m_combo);
    form->addRow(nullptr, m_description);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        showDescription();
        Q_EMIT scenarioChosen(scenario());
    });
    retranslateUi();
    showDescription();
}

QString DemoScenarioBox::scenario() const
{
    return m_combo->currentData().toString();
}

void DemoScenarioBox::showDescription()
{
    const int index = m_combo->currentIndex();
    if (index < 0 || index >= m_scenarios.size())
        return;
    const sim::ScenarioInfo &s = m_scenarios.at(index);
    const QString expected = s.expectedRootCause.isEmpty()
                                 ? tr("a healthy result")
                                 : tr("the root cause %1").arg(s.expectedRootCause);
    QString description = s.description;
    if (!description.isEmpty())
        description[0] = description.at(0).toUpper();
    m_description->setText(tr("%1. A diagnosis should show %2.").arg(description, expected));
    m_combo->setToolTip(m_description->text());
}

void DemoScenarioBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showDescription();
    }
    QGroupBox::changeEvent(event);
}

void DemoScenarioBox::retranslateUi()
{
    setTitle(tr("Training mode"));
    m_intro->setText(tr("A simulated Exchange runs inside EAS Doctor; nothing leaves this "
                        "computer."));
    m_label->setText(tr("&Training scenario:"));
    m_combo->setAccessibleName(tr("Training scenario"));
}

} // namespace eas::wizard
