#pragma once

#include <QWidget>

namespace eas {
struct LogsStepData;
}

namespace eas::wizard {

class RankedTable;

// The logs step's top lists side by side: users, devices and client IPs by ActiveSync
// failures, and the Log= failure reasons by status; each sortable, captioned and reachable by
// keyboard (Tab, or the caption's mnemonic). A list the analysis has nothing for is hidden.
class LogsTables : public QWidget
{
    Q_OBJECT
public:
    explicit LogsTables(QWidget *parent = nullptr);

    void setData(const LogsStepData &data);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    RankedTable *m_users;
    RankedTable *m_devices;
    RankedTable *m_clientIps;
    RankedTable *m_reasons;
};

} // namespace eas::wizard
