#pragma once

#include "sim/ScenarioCatalog.h"

#include <QGroupBox>

class QComboBox;
class QLabel;

namespace eas::wizard {

// Training mode (--demo): which fault the built-in simulated Exchange shows.
class DemoScenarioBox : public QGroupBox
{
    Q_OBJECT
public:
    DemoScenarioBox(const QList<sim::ScenarioInfo> &scenarios,
                    const QString &current,
                    QWidget *parent = nullptr);

    QString scenario() const;

Q_SIGNALS:
    void scenarioChosen(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDescription();
    void retranslateUi();

    QList<sim::ScenarioInfo> m_scenarios;
    QLabel *m_intro;
    QLabel *m_label;
    QComboBox *m_combo;
    QLabel *m_description;
};

} // namespace eas::wizard
