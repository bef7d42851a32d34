#pragma once

#include <QDialog>

#include <chrono>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace eas::wizard {

class WizardSettings;

// "Settings": where they are kept (and portable mode), the step time limit, trusting a
// certificate that fails the checks for this session only, and forgetting the recent targets.
// OK applies; the dialog opens window-modal without a nested event loop (open(), never exec()).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `stepTimeout`: the limit runs use now.
    SettingsDialog(WizardSettings *settings,
                   std::chrono::milliseconds stepTimeout,
                   QWidget *parent = nullptr);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateWidgets();
    void retranslateUi();

    WizardSettings *m_settings;
    QLabel *m_location;
    QLabel *m_timeoutLabel;
    QSpinBox *m_timeout;
    QCheckBox *m_trust;
    QLabel *m_trustNote;
    QPushButton *m_forgetRecent;
    QDialogButtonBox *m_buttons;
};

} // namespace eas::wizard
