#pragma once

#include "core/DiagnosisTarget.h"
#include "core/Probe.h"
#include "tls/TlsInspection.h"

#include <QSslCertificate>

#include <memory>
#include <vector>

namespace eas {

namespace tls {
class TlsInspector;
} // namespace tls

// Step `certificate`: inspects the TLS of every host probed (the URL's host:port and the
// internal URL's, each once) with tls::TlsInspector and turns what it saw into the spec's
// certificate-* findings, tls-protocol-outdated and tls-handshake-failed (see
// tls::CertificateFindings), or `certificate-ok` with the evidence. Trusts the system store plus
// target.caFiles; target.trustAnyCertificate only lets the handshake go on, the errors are
// still findings.
//
// A host that cannot be reached or never answers the handshake is left to the connectivity
// step: its check ends as `certificate-not-checked` (skip) with the reason. Each inspection's
// own limit is three quarters of the step timeout, so the step ends with its findings before
// its hard timeout.
class CertificateProbe : public Probe
{
    Q_OBJECT
public:
    explicit CertificateProbe(const DiagnosisTarget &target, QObject *parent = nullptr);
    ~CertificateProbe() override;

    // The endpoints to check, for a target whose URL was not known when the probe was made
    // (Autodiscover finds it): call before start(); replaces target.url and target.internalUrl.
    // http:// URLs are not checked (connectivity reports cleartext-endpoint). Ignored once
    // started.
    void setUrls(const QList<QUrl> &urls);
    QList<QUrl> urls() const { return m_urls; }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void handleInspected(const tls::TlsInspection &inspection);
    void finishWithFindings();
    // What the chain rule may look issuers up in: the extra CAs and the system store's
    // certificates named as the issuer of the last certificate sent.
    QList<QSslCertificate> knownCasFor(const tls::TlsInspection &inspection) const;
    Finding notCheckedFinding(const tls::TlsInspection &inspection) const;
    std::chrono::milliseconds inspectionTimeout() const { return timeout() * 3 / 4; }

    QList<QUrl> m_urls;
    QStringList m_caFiles;
    QList<QSslCertificate> m_extraCas;
    bool m_trustAnyCertificate = false;
    std::vector<std::unique_ptr<tls::TlsInspector>> m_inspectors;
    QList<tls::TlsInspection> m_inspections;
};

} // namespace eas
