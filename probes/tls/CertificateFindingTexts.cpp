#include "CertificateFindingTexts.h"

#include "CertificateAnalysis.h"

#include "core/Tr.h"

namespace eas::tls::FindingTexts {

namespace {

QString where(const TlsInspection &inspection)
{
    return QStringLiteral("%1:%2").arg(inspection.host).arg(inspection.port);
}

QString nameOf(const QSslCertificate &certificate)
{
    const CertificateFacts facts = CertificateAnalysis::describe(certificate);
    return facts.commonName.isEmpty() ? facts.subject : facts.commonName;
}

Finding
make(const char *id, Severity severity, QString title, QString detail, const QVariantMap &evidence)
{
    Finding f;
    f.id = QString::fromLatin1(id);
    f.severity = severity;
    f.title = std::move(title);
    f.detail = std::move(detail);
    f.evidence = evidence;
    return f;
}

QString bindHint()
{
    return Tr::tr("import it on every Exchange server and bind it to IIS with "
                  "Enable-ExchangeCertificate -Thumbprint <new thumbprint> -Services IIS.");
}

} // namespace

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QStringList versionNames(const QList<TlsVersion> &versions)
{
    QStringList names;
    for (TlsVersion v : versions)
        names.append(tlsVersionName(v));
    return names;
}

Finding expired(const TlsInspection &in, const QSslCertificate &certificate, QVariantMap evidence)
{
    const bool leaf = certificate == in.chainAsSent().value(0);
    evidence.insert(QStringLiteral("expiredCertificate"),
                    CertificateAnalysis::describe(certificate).subject);
    const QString seen = leaf ? Tr::tr("The certificate of %1 (%2) expired on %3.")
                              : Tr::tr("%1 sends the CA certificate %2, which expired on %3.");
    const QString fix
        = leaf ? Tr::tr("Renew the certificate with the same names, then %1").arg(bindHint())
               : Tr::tr("Install the current intermediate certificate from your CA "
                        "on the server (and any load balancer) and restart IIS.");
    return make("certificate-expired",
                Severity::Fail,
                Tr::tr("The certificate has expired"),
                seen.arg(where(in), nameOf(certificate), iso(certificate.expiryDate()))
                    + QLatin1Char(' ')
                    + Tr::tr("Phones refuse an expired certificate outright and stop syncing, "
                             "even where a browser lets users click through.")
                    + QLatin1Char(' ') + fix,
                evidence);
}

Finding notYetValid(const TlsInspection &in,
                    const QSslCertificate &certificate,
                    const QVariantMap &evidence)
{
    return make(
        "certificate-not-yet-valid",
        Severity::Fail,
        Tr::tr("The certificate is not valid yet"),
        Tr::tr("The certificate %1 sent by %2 is valid only from %3. Phones refuse it "
               "until then, and also whenever the server's or the phone's clock is wrong. "
               "Check the server's clock and time zone; if they are right, bind the "
               "previous certificate again until this one starts: "
               "Enable-ExchangeCertificate -Thumbprint <previous thumbprint> -Services IIS.")
            .arg(nameOf(certificate), where(in), iso(certificate.effectiveDate())),
        evidence);
}

Finding
nameMismatch(const TlsInspection &in, const QSslCertificate &leaf, const QVariantMap &evidence)
{
    const CertificateFacts facts = CertificateAnalysis::describe(leaf);
    QStringList names = facts.dnsNames + facts.ipAddresses;
    if (names.isEmpty())
        names.append(facts.commonName);
    return make("certificate-name-mismatch",
                Severity::Fail,
                Tr::tr("The certificate is for another name"),
                Tr::tr("Phones connect to %1, but the certificate on %2 only names %3. A phone "
                       "refuses a certificate that does not name the host it dialled. Use a "
                       "certificate whose Subject Alternative Names include %1 "
                       "(Get-ExchangeCertificate | fl Thumbprint,CertificateDomains lists them), "
                       "then %4")
                    .arg(in.peerName, where(in), names.join(QStringLiteral(", ")), bindHint()),
                evidence);
}

Finding untrusted(const TlsInspection &in, const QSslCertificate &leaf, const QVariantMap &evidence)
{
    const CertificateFacts facts = CertificateAnalysis::describe(leaf);
    const QString seen
        = facts.selfSigned
              ? Tr::tr("The certificate on %1 is self-signed (%2): no certification authority "
                       "vouches for it. Exchange's own self-signed certificate is meant for "
                       "server-to-server traffic, not for phones.")
                    .arg(where(in), facts.subject)
              : Tr::tr("The certificate on %1 was issued by %2, which this computer does not "
                       "trust.")
                    .arg(where(in), facts.issuer);
    return make("certificate-untrusted",
                Severity::Fail,
                Tr::tr("The certificate is not trusted"),
                seen + QLatin1Char(' ')
                    + Tr::tr("Phones trust only public CAs and roots installed on them, so they "
                             "refuse it. Use a certificate from a public CA for the names phones "
                             "use and %1 For an in-house CA, deploy its root to every phone "
                             "(MDM profile) and pass it to this tool with --ca-file.")
                          .arg(bindHint()),
                evidence);
}

Finding chainIncomplete(const TlsInspection &in, QVariantMap evidence)
{
    const QList<QSslCertificate> sent = in.chainAsSent();
    const QSslCertificate end = CertificateAnalysis::pathEnd(sent);
    const QString missing = CertificateAnalysis::describe(end).issuer;
    evidence.insert(QStringLiteral("missingIssuer"), missing);
    return make("certificate-chain-incomplete",
                Severity::Fail,
                Tr::tr("The server does not send the intermediate certificate"),
                Tr::tr("%1 sends %n certificate(s) and leaves out the CA certificate that "
                       "issued %2 (%3). Desktop browsers often fill the gap on their own; "
                       "phones usually do not and refuse the connection. Import the "
                       "intermediate certificate from your CA into the server's "
                       "\"Intermediate Certification Authorities\" store (and on any load "
                       "balancer or reverse proxy that terminates TLS), then run iisreset.",
                       nullptr,
                       int(sent.size()))
                    .arg(where(in), nameOf(end), missing),
                evidence);
}

Finding expiringSoon(const TlsInspection &in,
                     const QSslCertificate &certificate,
                     const QDateTime &now,
                     const QVariantMap &evidence)
{
    const CertificateFacts facts = CertificateAnalysis::describe(certificate);
    return make("certificate-expiring-soon",
                Severity::Warn,
                Tr::tr("The certificate expires soon"),
                Tr::tr("The certificate %1 on %2 expires on %3, in %4 day(s). On that day every "
                       "phone stops syncing at once. Renew it now (the current one has the "
                       "thumbprint %5), then %6")
                    .arg(nameOf(certificate), where(in), iso(facts.notAfter))
                    .arg(CertificateAnalysis::daysToExpiry(certificate, now))
                    .arg(facts.thumbprint, bindHint()),
                evidence);
}

Finding outdated(const TlsInspection &in, const QVariantMap &evidence)
{
    return make("tls-protocol-outdated",
                Severity::Warn,
                Tr::tr("Only outdated TLS versions"),
                Tr::tr("%1 accepts only %2. Current iOS and Android versions refuse TLS 1.0 "
                       "and 1.1. Enable TLS 1.2 on the server and on any load balancer (on "
                       "Windows: the SCHANNEL TLS 1.2 Server keys and the .NET "
                       "SchUseStrongCrypto values), then restart it.")
                    .arg(where(in), versionNames(in.acceptedVersions()).join(QStringLiteral(", "))),
                evidence);
}

Finding handshakeFailed(const TlsInspection &in, bool onlyOutdated, const QVariantMap &evidence)
{
    const HandshakeRecord &main = in.handshake;
    QString why;
    if (onlyOutdated)
        why = Tr::tr("The server speaks only TLS versions that phones refuse.");
    else if (in.wire.clientCertificateRequested)
        why = Tr::tr("The server asked for a client certificate: if IIS requires one, phones "
                     "without a certificate profile are refused. Check with "
                     "Get-ActiveSyncVirtualDirectory | fl ClientCertAuth; the usual setting is "
                     "Set-ActiveSyncVirtualDirectory -ClientCertAuth Ignore.");
    else
        why = Tr::tr("Phones meet the same failure. Check that the server (or its load balancer) "
                     "offers TLS 1.2 or 1.3 with current cipher suites and that a certificate is "
                     "bound to this port in IIS.");
    return make(
        "tls-handshake-failed",
        Severity::Fail,
        Tr::tr("No secure connection"),
        Tr::tr("No TLS session could be set up with %1: %2.").arg(where(in), main.errorString)
            + QLatin1Char(' ') + why,
        evidence);
}

Finding clientCertificateRequested(const TlsInspection &in, const QVariantMap &evidence)
{
    return make("tls-client-certificate-requested",
                Severity::Info,
                Tr::tr("The server asks for a client certificate"),
                Tr::tr("%1 asks for a client certificate during the handshake (IIS \"SSL client "
                       "certificates: Accept\" or \"Require\"). Phones without a certificate "
                       "profile are refused where it is required: check with "
                       "Get-ActiveSyncVirtualDirectory | fl ClientCertAuth.")
                    .arg(where(in)),
                evidence);
}

Finding ok(const TlsInspection &in,
           const QSslCertificate &leaf,
           const QDateTime &now,
           const QVariantMap &evidence)
{
    return make("certificate-ok",
                Severity::Pass,
                Tr::tr("The certificate is fine"),
                Tr::tr("%1 sends a complete chain for %2, valid until %3 (%4 days), and speaks "
                       "%5.")
                    .arg(where(in), nameOf(leaf), iso(leaf.expiryDate()))
                    .arg(CertificateAnalysis::daysToExpiry(leaf, now))
                    .arg(protocolName(in.handshake.protocol)),
                evidence);
}

} // namespace eas::tls::FindingTexts
