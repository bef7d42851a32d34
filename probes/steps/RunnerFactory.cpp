#include "RunnerFactory.h"

#include "CertificateProbe.h"
#include "ConnectivityProbe.h"
#include "StepContext.h"
#include "ThrottlingProbe.h"
#include "UserStatusProbe.h"
#include "VirtualDirectoryProbe.h"

#include "core/ProbeRunner.h"
#include "core/Steps.h"

namespace eas {

std::unique_ptr<ProbeRunner> createRunner(const DiagnosisTarget &target, const Credentials &credentials,
                                          QNetworkAccessManager *nam)
{
    auto context = std::make_shared<StepContext>(target, credentials, nam);
    auto runner = std::make_unique<ProbeRunner>();
    const QStringList wanted = target.steps.isEmpty() ? steps::all() : target.steps;
    const QStringList afterConnectivity = {steps::Connectivity};
    const bool discovers = target.url.isEmpty();

    auto add = [&](Probe *probe, const QStringList &prerequisites, const QStringList &after = {}) {
        probe->setTimeout(target.stepTimeout);
        runner->addProbe(probe, prerequisites, after);
    };
    // Wizard order; the runner starts what it can at once.
    if (wanted.contains(steps::UserStatus))
        add(new UserStatusProbe(context), afterConnectivity);
    if (wanted.contains(steps::VirtualDirectory))
        add(new VirtualDirectoryProbe(context), afterConnectivity);
    if (wanted.contains(steps::Connectivity))
        add(new ConnectivityProbe(context), {});
    if (wanted.contains(steps::Certificate)) {
        auto *certificate = new CertificateProbe(target);
        if (discovers) {
            // The endpoint comes from Autodiscover: check it (and the Autodiscover hosts) once known.
            QObject::connect(runner.get(), &ProbeRunner::stepFinished, certificate, [certificate, context](const StepResult &s) {
                if (s.id != steps::Connectivity)
                    return;
                QList<QUrl> urls;
                if (!context->endpoint.isEmpty())
                    urls.append(context->endpoint);
                for (const QString &hostPort : std::as_const(context->autodiscoverHosts))
                    urls.append(QUrl(QStringLiteral("https://") + hostPort));
                certificate->setUrls(urls);
            });
        }
        add(certificate, {}, discovers ? afterConnectivity : QStringList());
    }
    if (wanted.contains(steps::Throttling))
        add(new ThrottlingProbe(context), afterConnectivity);
    return runner;
}

} // namespace eas
