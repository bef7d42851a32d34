#pragma once

#include "DiagnosisWizard.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <memory>

namespace eas {
class ProbeRunner;
}

namespace eas::test {

// IIS W3C lines as an Exchange 2016/2019 back end writes them (the fields of a default install).
namespace IisLog {

QByteArray header(const char *date);
// One ActiveSync request by `user` (DOMAIN\name) from `device` at `ip`; `status` is
// "sc-status sc-substatus sc-win32-status"; `error` the reason of Log=...Error:, or null.
QByteArray activeSync(const char *time,
                      const char *user,
                      const char *device,
                      const char *ip,
                      const char *status,
                      const char *error = nullptr);

} // namespace IisLog

// The wizard on the real engine (EngineRunnerFactory), shown, with jdoe@contoso.com's target
// and an IIS log folder typed in; runLogsStep() goes to the logs page and presses its Run.
class LogsWizardFixture
{
public:
    explicit LogsWizardFixture(const QString &logFolder);
    ~LogsWizardFixture();

    wizard::DiagnosisWizard &wizard() { return *m_wizard; }
    void runLogsStep();
    // The runner of the last run the wizard started; null once it is gone.
    QPointer<ProbeRunner> lastRunner;

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<wizard::DiagnosisWizard> m_wizard;
};

} // namespace eas::test
