#include "WizardCommand.h"

#include "WizardEnvironment.h"

#include "DiagnosisWizard.h"
#include "demo/DemoSession.h"
#include "engine/EngineRunnerFactory.h"

#include "core/Severity.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>

namespace eas::app::WizardCommand {

int run(const CliOptions &options)
{
    // Declared first, so it outlives the wizard and every runner the wizard makes with it.
    QNetworkAccessManager nam;
    wizard::WizardSetup setup;
    setup.runnerFactory = wizard::engineRunnerFactory(&nam);

    std::unique_ptr<wizard::DemoSession> demo;
    if (options.demo) {
        demo = std::make_unique<wizard::DemoSession>();
        QString error;
        if (!demo->start(options.scenario, &error)) {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "WizardCommand",
                                       "eas-doctor: the simulated Exchange did not start: %1")
                                       .arg(error)
                                << Qt::endl;
            return ExitInternal;
        }
        demo->applyTo(setup);
    }
    const WizardEnvironment environment(QCoreApplication::applicationDirPath());
    environment.applyTo(setup);

    wizard::DiagnosisWizard wizard(setup);
    if (demo) {
        QObject::connect(&wizard,
                         &wizard::DiagnosisWizard::scenarioChanged,
                         &wizard,
                         [&demo](const QString &name) { demo->setScenario(name); });
    }
    wizard.show();
    QApplication::exec();
    return ExitOk;
}

} // namespace eas::app::WizardCommand
