#include "BundleFindings_p.h"

#include "core/Steps.h"
#include "core/Tr.h"

#include <QHostAddress>

namespace eas::report::BundleFindings::detail {

namespace {

constexpr qint64 kExpiringSoonDays = 30;

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// The IIS certificate to judge: the one on the wire if Exchange has it enabled for IIS,
// otherwise the IIS certificate that lasts longest.
const BundleCertificate *judgedCertificate(const QList<BundleCertificate> &iis,
                                           const QString &wireThumbprint)
{
    const BundleCertificate *best = nullptr;
    for (const BundleCertificate &c : iis) {
        if (!wireThumbprint.isEmpty() && c.thumbprint == wireThumbprint)
            return &c;
        if (!best || c.notAfter > best->notAfter)
            best = &c;
    }
    return best;
}

QVariantMap certificateEvidence(const BundleCertificate &c)
{
    return {{QStringLiteral("certificates.Thumbprint"), c.thumbprint},
            {QStringLiteral("certificates.Subject"), c.subject},
            {QStringLiteral("certificates.NotBefore"), iso(c.notBefore)},
            {QStringLiteral("certificates.NotAfter"), iso(c.notAfter)},
            {QStringLiteral("certificates.Status"), c.status},
            {QStringLiteral("certificates.CertificateDomains"), c.domains}};
}

void datesAndTrust(const BundleCertificate &c, const QDateTime &now, Findings &out)
{
    const QVariantMap evidence = certificateEvidence(c);
    if (c.notAfter.isValid() && c.notAfter < now) {
        out.append(make(QStringLiteral("certificate-expired"),
                        Severity::Fail,
                        Tr::tr("The IIS certificate has expired"),
                        Tr::tr("The certificate Exchange uses for IIS (%1) expired on %2.")
                            .arg(c.subject, iso(c.notAfter)),
                        evidence));
    } else if (c.notAfter.isValid() && now.daysTo(c.notAfter) < kExpiringSoonDays) {
        out.append(make(QStringLiteral("certificate-expiring-soon"),
                        Severity::Warn,
                        Tr::tr("The IIS certificate expires soon"),
                        Tr::tr("The certificate Exchange uses for IIS (%1) expires on %2.")
                            .arg(c.subject, iso(c.notAfter)),
                        evidence));
    }
    if (c.notBefore.isValid() && c.notBefore > now) {
        out.append(make(QStringLiteral("certificate-not-yet-valid"),
                        Severity::Fail,
                        Tr::tr("The IIS certificate is not valid yet"),
                        Tr::tr("The certificate Exchange uses for IIS (%1) is valid from %2.")
                            .arg(c.subject, iso(c.notBefore)),
                        evidence));
    }
    static const QStringList distrusted
        = {QStringLiteral("Untrusted"), QStringLiteral("Revoked"), QStringLiteral("Invalid")};
    if (c.selfSigned || distrusted.contains(c.status, Qt::CaseInsensitive)) {
        out.append(make(QStringLiteral("certificate-untrusted"),
                        Severity::Fail,
                        Tr::tr("Phones will not trust the IIS certificate"),
                        Tr::tr("The certificate Exchange uses for IIS (%1) is %2.")
                            .arg(c.subject, c.selfSigned ? Tr::tr("self-signed") : c.status),
                        evidence));
    }
}

void hostName(const BundleCertificate &c, const QString &host, Findings &out)
{
    if (host.isEmpty() || !QHostAddress(host).isNull() || c.namesHost(host))
        return;
    QVariantMap evidence = certificateEvidence(c);
    evidence.insert(QStringLiteral("host"), host);
    out.append(make(QStringLiteral("certificate-name-mismatch"),
                    Severity::Fail,
                    Tr::tr("The IIS certificate does not name the ActiveSync host"),
                    Tr::tr("%1 is not among the certificate's domains (%2).")
                        .arg(host, c.domains.join(QStringLiteral(", "))),
                    evidence));
}

} // namespace

void certificateFindings(const Bundle &bundle,
                         const DiagnosisTarget &target,
                         const QString &wireThumbprint,
                         const QDateTime &now,
                         Findings &out)
{
    if (!bundle.certificates)
        return;
    QList<BundleCertificate> iis;
    for (const BundleCertificate &c : *bundle.certificates) {
        if (c.servesIis())
            iis.append(c);
    }
    const BundleCertificate *judged = judgedCertificate(iis, wireThumbprint);
    if (!judged)
        return;
    if (!wireThumbprint.isEmpty() && judged->thumbprint != wireThumbprint) {
        QStringList thumbprints;
        for (const BundleCertificate &c : iis)
            thumbprints.append(c.thumbprint);
        out.append(make(QStringLiteral("certificate-differs-from-iis"),
                        Severity::Warn,
                        Tr::tr("Phones get a different certificate than the one IIS uses"),
                        Tr::tr("The certificate on the wire (%1) is not one Exchange has enabled "
                               "for IIS: a reverse proxy or load balancer presents its own, or the "
                               "IIS binding is stale.")
                            .arg(wireThumbprint),
                        {{QStringLiteral("wireThumbprint"), wireThumbprint},
                         {QStringLiteral("certificates[IIS].Thumbprint"), thumbprints}},
                        steps::Certificate));
    }
    datesAndTrust(*judged, now, out);
    hostName(*judged, activeSyncHost(bundle, target), out);
}

} // namespace eas::report::BundleFindings::detail
