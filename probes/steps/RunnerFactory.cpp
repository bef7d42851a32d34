#include "RunnerFactory.h"

#include "CertificateProbe.h"
#include "ConnectivityProbe.h"
#include "LogsProbe.h"
#include "StepContext.h"
#include "ThrottlingProbe.h"
#include "UserStatusProbe.h"
#include "VirtualDirectoryProbe.h"

#include "core/ProbeRunner.h"
#include "core/Steps.h"
#include "report/BundleFindings.h"
#include "report/Evidence.h"
#include "report/FixCatalog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace eas {

namespace {

// The collector gathers MSExchange ActiveSync events only; give them the Get-WinEvent shape the
// event reader takes.
QJsonArray bundleEventsAsJson(const report::Bundle &bundle)
{
    QJsonArray out;
    for (const report::BundleEvent &e : bundle.events.value_or(QList<report::BundleEvent>())) {
        out.append(
            QJsonObject{{QStringLiteral("TimeCreated"), e.timeCreated.toString(Qt::ISODate)},
                        {QStringLiteral("Id"), e.id},
                        {QStringLiteral("ProviderName"), QStringLiteral("MSExchange ActiveSync")},
                        {QStringLiteral("LevelDisplayName"), e.level},
                        {QStringLiteral("MachineName"), bundle.computer},
                        {QStringLiteral("Message"), e.message}});
    }
    return out;
}

// Adds what the bundle proves to the steps that own it (or the first step of the run).
void addBundleFindings(StepResults &raw,
                       const report::Bundle &bundle,
                       const DiagnosisTarget &target)
{
    const Findings found
        = report::BundleFindings::evaluate(bundle, target, report::Evidence::wireThumbprint(raw));
    for (const Finding &f : found) {
        auto step = std::find_if(
            raw.begin(), raw.end(), [&](const StepResult &s) { return s.id == f.step; });
        if (step == raw.end())
            step = raw.begin();
        if (step != raw.end())
            step->result.add(f);
    }
}

} // namespace

std::unique_ptr<ProbeRunner> createRunner(const DiagnosisTarget &target,
                                          const Credentials &credentials,
                                          QNetworkAccessManager *nam,
                                          const RunInputs &inputs)
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
            // The endpoint comes from Autodiscover: check it (and the Autodiscover hosts) once
            // known.
            QObject::connect(runner.get(),
                             &ProbeRunner::stepFinished,
                             certificate,
                             [certificate, context](const StepResult &s) {
                                 if (s.id != steps::Connectivity)
                                     return;
                                 QList<QUrl> urls;
                                 if (!context->endpoint.isEmpty())
                                     urls.append(context->endpoint);
                                 for (const QString &hostPort :
                                      std::as_const(context->autodiscoverHosts))
                                     urls.append(QUrl(QStringLiteral("https://") + hostPort));
                                 certificate->setUrls(urls);
                             });
        }
        add(certificate, {}, discovers ? afterConnectivity : QStringList());
    }
    if (wanted.contains(steps::Throttling))
        add(new ThrottlingProbe(context), afterConnectivity);
    if (wanted.contains(steps::Logs)) {
        auto *logs = new LogsProbe(target);
        if (inputs.bundle)
            logs->setBundleEvents(bundleEventsAsJson(*inputs.bundle), target.bundlePath);
        runner->addProbe(logs); // keeps its own, longer limit
    }
    const std::optional<report::Bundle> bundle = inputs.bundle;
    if (bundle)
        runner->setAmendRaw(
            [bundle, target](StepResults &raw) { addBundleFindings(raw, *bundle, target); });
    runner->setComplete([bundle, target, context](DiagnosisResult &result) {
        result.fixes = report::FixCatalog::buildFixes(result, target, {bundle, context->endpoint});
    });
    return runner;
}

} // namespace eas
