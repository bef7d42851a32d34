#include "CertificateProbe.h"

#include "core/LogCategories.h"
#include "core/Steps.h"
#include "core/Tr.h"
#include "tls/CertificateAnalysis.h"
#include "tls/CertificateFindings.h"
#include "tls/TlsInspector.h"
#include "tls/TrustStore.h"

#include <QSet>

namespace eas {

namespace {

Finding skipFinding(const QString &detail)
{
    Finding f;
    f.id = QStringLiteral("certificate-not-checked");
    f.severity = Severity::Skip;
    f.title = Tr::tr("Certificate not checked");
    f.detail = detail;
    return f;
}

} // namespace

CertificateProbe::CertificateProbe(const DiagnosisTarget &target, QObject *parent)
    : Probe(steps::Certificate, parent)
    , m_caFiles(target.caFiles)
    , m_trustAnyCertificate(target.trustAnyCertificate)
{
    setTimeout(target.stepTimeout);
    for (const QUrl &url : {target.url, target.internalUrl}) {
        if (url.isValid() && !url.host().isEmpty())
            m_urls.append(url);
    }
}

CertificateProbe::~CertificateProbe() = default;

void CertificateProbe::setUrls(const QList<QUrl> &urls)
{
    if (!isRunning() && !isFinished())
        m_urls = urls;
}

void CertificateProbe::doStart()
{
    QStringList unreadable;
    m_extraCas = tls::TlsInspector::loadCaFiles(m_caFiles, &unreadable);
    if (!unreadable.isEmpty())
        qCWarning(lcProbe) << "no certificate in CA file(s)" << unreadable;
    QSet<QString> seen;
    for (const QUrl &url : std::as_const(m_urls)) {
        const QString key = QStringLiteral("%1:%2").arg(url.host()).arg(url.port(443));
        if (url.scheme() != QLatin1String("https") || seen.contains(key))
            continue;
        seen.insert(key);
        tls::TlsInspectionRequest request;
        request.host = url.host();
        request.port = quint16(url.port(443));
        request.caCertificates = m_extraCas;
        request.trustAnyCertificate = m_trustAnyCertificate;
        auto inspector = std::make_unique<tls::TlsInspector>(std::move(request));
        inspector->setTimeout(inspectionTimeout());
        connect(inspector.get(),
                &tls::TlsInspector::finished,
                this,
                &CertificateProbe::handleInspected);
        m_inspectors.push_back(std::move(inspector));
    }
    if (m_inspectors.empty()) {
        finish(ProbeResult::fromFindings({skipFinding(
            Tr::tr("There is no https:// address to check yet. Give the ActiveSync URL, or let "
                   "the Connectivity step find it with Autodiscover."))}));
        return;
    }
    reportProgress(
        0, Tr::tr("Checking the certificate of %n server(s)", nullptr, int(m_inspectors.size())));
    for (const auto &inspector : m_inspectors)
        inspector->start();
}

void CertificateProbe::doCancel()
{
    for (const auto &inspector : m_inspectors) {
        inspector->disconnect(this);
        inspector->cancel();
    }
}

void CertificateProbe::handleInspected(const tls::TlsInspection &inspection)
{
    m_inspections.append(inspection);
    const int total = int(m_inspectors.size());
    reportProgress(100 * int(m_inspections.size()) / total,
                   Tr::tr("Checked %1:%2").arg(inspection.host).arg(inspection.port));
    if (m_inspections.size() == total)
        finishWithFindings();
}

Finding CertificateProbe::notCheckedFinding(const tls::TlsInspection &inspection) const
{
    const QString where = QStringLiteral("%1:%2").arg(inspection.host).arg(inspection.port);
    const QString seconds = QString::number(double(inspectionTimeout().count()) / 1000.0, 'g', 3);
    QString reason;
    if (inspection.outcome != tls::TlsInspection::Outcome::TimedOut)
        reason
            = Tr::tr("Could not connect to %1 (%2).").arg(where, inspection.handshake.errorString);
    else if (inspection.handshake.tcpConnected)
        reason = Tr::tr("%1 accepted the connection but did not answer the TLS handshake within "
                        "%2 s.")
                     .arg(where, seconds);
    else
        reason = Tr::tr("%1 did not accept a connection within %2 s.").arg(where, seconds);
    Finding f = skipFinding(reason + QLatin1Char(' ')
                            + Tr::tr("Its certificate could not be seen; the Connectivity step "
                                     "reports the connection problem."));
    f.evidence.insert(QStringLiteral("host"), inspection.host);
    f.evidence.insert(QStringLiteral("port"), inspection.port);
    return f;
}

QList<QSslCertificate> CertificateProbe::knownCasFor(const tls::TlsInspection &inspection) const
{
    const QSslCertificate end = tls::CertificateAnalysis::pathEnd(inspection.chainAsSent());
    return end.isNull() ? m_extraCas : m_extraCas + tls::TrustStore::issuerCandidates(end);
}

void CertificateProbe::finishWithFindings()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ProbeResult result;
    for (const tls::TlsInspection &inspection : std::as_const(m_inspections)) {
        if (!tls::CertificateFindings::reachedTls(inspection)) {
            result.add(notCheckedFinding(inspection));
            continue;
        }
        const Findings found
            = tls::CertificateFindings::analyze(inspection, knownCasFor(inspection), now);
        for (const Finding &f : found)
            result.add(f);
    }
    finish(std::move(result));
}

} // namespace eas
