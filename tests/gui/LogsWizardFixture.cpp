#include "LogsWizardFixture.h"

#include "WizardDriver.h"

#include "engine/EngineRunnerFactory.h"
#include "pages/StepPage.h"

#include "core/ProbeRunner.h"
#include "core/Steps.h"

#include <QLineEdit>
#include <QTest>

namespace eas::test {

namespace IisLog {

QByteArray header(const char *date)
{
    return QByteArray("#Software: Microsoft Internet Information Services 10.0\r\n"
                      "#Version: 1.0\r\n#Date: ")
           + date
           + " 00:00:00\r\n#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port "
             "cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus "
             "sc-win32-status time-taken\r\n";
}

QByteArray activeSync(const char *time,
                      const char *user,
                      const char *device,
                      const char *ip,
                      const char *status,
                      const char *error)
{
    const QByteArray account = QByteArray(user).replace("\\", "%5C");
    QByteArray query = "Cmd=Sync&User=" + account + "&DeviceId=" + device
                       + "&DeviceType=iPhone&Log=V161_LdapC1_";
    if (error)
        query += QByteArray("Error:") + error + "_";
    query += "As:AllowedG_Mbx:EXCH01.contoso.com";
    return QByteArray(time) + " 10.0.0.2 POST /Microsoft-Server-ActiveSync/Proxy/default.eas "
           + query + " 444 " + user + " " + ip + " Apple-iPhone14C2/2006.100 - " + status
           + " 31\r\n";
}

} // namespace IisLog

LogsWizardFixture::LogsWizardFixture(const QString &logFolder)
{
    wizard::WizardSetup setup;
    const wizard::RunnerFactory engine = wizard::engineRunnerFactory(&m_nam);
    setup.runnerFactory = [this, engine](const DiagnosisTarget &target,
                                         const Credentials &credentials,
                                         const RunInputs &inputs) {
        std::unique_ptr<ProbeRunner> runner = engine(target, credentials, inputs);
        lastRunner = runner.get();
        return runner;
    };
    m_wizard = std::make_unique<wizard::DiagnosisWizard>(setup);
    m_wizard->show();
    [&] {
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        WizardDriver(*m_wizard).fillTarget(QStringLiteral("jdoe@contoso.com"),
                                           QStringLiteral("not-used-by-the-logs-step"),
                                           QStringLiteral("https://mail.contoso.com"));
        auto *logs = m_wizard->findChild<QLineEdit *>(QStringLiteral("iisLogsLineEdit"));
        QVERIFY(logs);
        QTest::keyClicks(logs, logFolder);
    }();
}

LogsWizardFixture::~LogsWizardFixture() = default;

void LogsWizardFixture::runLogsStep()
{
    WizardDriver driver(*m_wizard);
    QVERIFY(driver.goTo(steps::Logs));
    driver.click(QStringLiteral("runStepButton"));
}

} // namespace eas::test
