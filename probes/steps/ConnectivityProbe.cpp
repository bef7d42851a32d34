#include "ConnectivityProbe.h"

#include "EasFindings.h"

#include "core/Tr.h"
#include "net/EasRequests.h"
#include "tls/TlsInspector.h"

namespace eas {

using EasFindings::make;
using net::EasResponse;

ConnectivityProbe::ConnectivityProbe(std::shared_ptr<StepContext> context, QObject *parent)
    : EasProbe(steps::Connectivity, std::move(context), parent)
{
}

ConnectivityProbe::~ConnectivityProbe() = default;

void ConnectivityProbe::doStart()
{
    if (m_ctx->endpoint.isEmpty())
        return autodiscover();
    inspectPath();
}

void ConnectivityProbe::doCancel()
{
    EasProbe::doCancel();
    if (m_autodiscover) {
        m_autodiscover->disconnect(this);
        m_autodiscover->cancel();
    }
    if (m_inspector) {
        m_inspector->disconnect(this);
        m_inspector->cancel();
    }
}

void ConnectivityProbe::autodiscover()
{
    reportProgress(5, Tr::tr("Autodiscover"));
    m_autodiscover = std::make_unique<net::AutodiscoverClient>(&m_ctx->client, m_ctx->srv.get());
    connect(m_autodiscover.get(),
            &net::AutodiscoverClient::progress,
            this,
            [this](const QString &what) { reportProgress(10, what); });
    connect(m_autodiscover.get(),
            &net::AutodiscoverClient::finished,
            this,
            &ConnectivityProbe::handleAutodiscover);
    m_autodiscover->start(m_ctx->target.email, m_ctx->target.autodiscoverUrl);
}

void ConnectivityProbe::handleAutodiscover(const net::AutodiscoverResult &result)
{
    QVariantList attempts;
    for (const net::AutodiscoverAttempt &a : result.attempts) {
        attempts.append(QStringLiteral("%1 %2: %3 (%4 ms)")
                            .arg(a.method, a.url.toString(), a.outcome)
                            .arg(a.ms));
        if (a.url.scheme() == QLatin1String("https"))
            m_ctx->autodiscoverHosts.append(
                QStringLiteral("%1:%2").arg(a.url.host()).arg(a.url.port(443)));
    }
    QVariantMap e{{QStringLiteral("attempts"), attempts},
                  {QStringLiteral("autodiscoverMs"), result.totalMs}};
    m_timings.insert(QStringLiteral("autodiscoverMs"), result.totalMs);
    switch (result.outcome) {
    case net::AutodiscoverResult::Outcome::Found:
        e.insert(QStringLiteral("mobileSyncUrl"), result.mobileSyncUrl.toString());
        m_ctx->endpoint = result.mobileSyncUrl;
        m_out.add(make(QStringLiteral("autodiscover-found"),
                       Severity::Pass,
                       Tr::tr("Autodiscover found the ActiveSync URL"),
                       Tr::tr("Autodiscover answered with %1, the URL phones will use.")
                           .arg(result.mobileSyncUrl.toString()),
                       e));
        return inspectPath();
    case net::AutodiscoverResult::Outcome::UnsafeRedirect:
        e.insert(QStringLiteral("refusedHop"), result.unsafeTarget.toString());
        m_out.add(
            make(QStringLiteral("autodiscover-unsafe-redirect"),
                 Severity::Fail,
                 Tr::tr("Autodiscover redirects to an unsafe place"),
                 Tr::tr("%1 The hop was not followed and no password was sent there: a phone that "
                        "follows it hands the password to a host outside the organisation or over "
                        "plain http. Fix the autodiscover DNS records or the redirect.")
                     .arg(result.unsafeReason),
                 e));
        break;
    case net::AutodiscoverResult::Outcome::Failed:
    case net::AutodiscoverResult::Outcome::Cancelled:
        m_out.add(make(
            QStringLiteral("autodiscover-failed"),
            Severity::Fail,
            Tr::tr("Autodiscover found no ActiveSync URL"),
            Tr::tr("No Autodiscover candidate answered with a mobilesync URL (tried %1). Phones "
                   "that set up the account by e-mail address alone fail. Publish "
                   "autodiscover.%2 or an SRV record, or give the URL by hand.")
                .arg(attempts.size())
                .arg(m_ctx->target.emailDomain()),
            e));
        break;
    }
    m_failed = true;
    done();
}

void ConnectivityProbe::inspectPath()
{
    const QUrl url = m_ctx->endpoint;
    if (url.scheme() != QLatin1String("https")) {
        m_out.add(make(
            QStringLiteral("cleartext-endpoint"),
            Severity::Fail,
            Tr::tr("The ActiveSync endpoint is plain http://"),
            Tr::tr("%1 is not https://. Credentials are never sent there, and phones refuse it "
                   "too. Use https:// and require SSL on the virtual directory.")
                .arg(url.toString()),
            {{QStringLiteral("url"), url.toString()}}));
        m_failed = true;
        return done();
    }
    reportProgress(20, Tr::tr("DNS, TCP and TLS to %1").arg(url.host()));
    tls::TlsInspectionRequest request;
    request.host = url.host();
    request.port = quint16(url.port(443));
    request.caCertificates = m_ctx->tls.extraCaCertificates;
    request.trustAnyCertificate = m_ctx->tls.trustAny;
    request.scanVersions = false;
    m_inspector = std::make_unique<tls::TlsInspector>(request);
    m_inspector->setTimeout(timeout());
    connect(m_inspector.get(), &tls::TlsInspector::finished, this, &ConnectivityProbe::handlePath);
    m_inspector->start();
}

void ConnectivityProbe::handlePath(const tls::TlsInspection &in)
{
    const tls::HandshakeRecord &hs = in.handshake;
    m_timings.insert(QStringLiteral("dnsMs"), in.dnsMs);
    m_timings.insert(QStringLiteral("tcpConnectMs"), hs.tcpConnectMs);
    m_timings.insert(QStringLiteral("tlsHandshakeMs"), hs.handshakeMs);
    QVariantMap e = m_timings;
    e.insert(QStringLiteral("host"), in.host);
    e.insert(QStringLiteral("port"), in.port);
    if (!in.address.isNull())
        e.insert(QStringLiteral("address"), in.address.toString());
    switch (in.outcome) {
    case tls::TlsInspection::Outcome::HostNotFound:
        m_out.add(EasFindings::dnsFailed(in.host, e));
        break;
    case tls::TlsInspection::Outcome::ConnectionFailed:
        e.insert(QStringLiteral("error"), hs.errorString);
        m_out.add(EasFindings::tcpFailed(in.host, in.port, hs.errorString, e));
        break;
    case tls::TlsInspection::Outcome::TimedOut:
        m_out.add(
            make(QStringLiteral("connection-timeout"),
                 Severity::Fail,
                 Tr::tr("%1 did not answer in time").arg(in.host),
                 Tr::tr("No TCP connection or TLS handshake within the limit. Check the firewall "
                        "(a dropped SYN looks like this) and the load balancer."),
                 e));
        break;
    case tls::TlsInspection::Outcome::Cancelled:
        return;
    case tls::TlsInspection::Outcome::Completed:
        if (hs.encrypted) {
            e.insert(QStringLiteral("tlsProtocol"), tls::protocolName(hs.protocol));
            return sendOptions();
        }
        QStringList errors;
        for (const QSslError &err : hs.sslErrors)
            errors.append(err.errorString());
        e.insert(QStringLiteral("sslErrors"), errors);
        m_out.add(
            make(QStringLiteral("tls-handshake-failed"),
                 Severity::Fail,
                 Tr::tr("No TLS session with %1").arg(in.host),
                 Tr::tr("The TLS handshake failed (%1). No password was sent. The certificate step "
                        "says whether the certificate is the reason.")
                     .arg(errors.isEmpty() ? hs.errorString : errors.join(QStringLiteral("; "))),
                 e));
        break;
    }
    m_failed = true;
    done();
}

void ConnectivityProbe::sendOptions()
{
    reportProgress(50, Tr::tr("OPTIONS"));
    const net::AuthMode auth
        = m_ctx->hasCredentials() ? m_ctx->client.defaultAuth() : net::AuthMode::None;
    send(m_ctx->client.options(m_ctx->endpoint, auth, this),
         [this](const EasResponse &r) { handleOptions(r); });
}

void ConnectivityProbe::handleOptions(const EasResponse &r)
{
    m_timings.insert(QStringLiteral("optionsFirstByteMs"), r.firstByteMs);
    m_timings.insert(QStringLiteral("optionsTotalMs"), r.totalMs);
    if (addTransport(r))
        return done();
    m_timings.insert(QStringLiteral("optionsStatus"), r.httpStatus);
    if (r.httpStatus != 200) {
        addAnswerFindings(r);
        return done(); // 401/404/500...: the other steps say why
    }
    m_timings.insert(QStringLiteral("protocolVersions"), r.protocolVersions.join(QLatin1Char(',')));
    m_timings.insert(QStringLiteral("serverVersion"), r.serverVersion);
    if (r.protocolVersions.isEmpty()) {
        m_out.add(make(
            QStringLiteral("options-headers-missing"),
            Severity::Warn,
            Tr::tr("OPTIONS lacks the ActiveSync headers"),
            Tr::tr("The OPTIONS answer has no MS-ASProtocolVersions header. A reverse proxy or "
                   "URL filter is probably eating it; some phones refuse to continue."),
            EasFindings::evidenceOf(r)));
    } else {
        m_ctx->protocolVersion = net::EasClient::chooseVersion(r.protocolVersions);
        if (m_ctx->protocolVersion.isEmpty()) {
            m_out.add(make(QStringLiteral("protocol-version-unsupported"),
                           Severity::Fail,
                           Tr::tr("No common ActiveSync version"),
                           Tr::tr("The server offers %1; none of 2.5 to 16.1 is among them.")
                               .arg(r.protocolVersions.join(QLatin1Char(','))),
                           EasFindings::evidenceOf(r)));
            m_failed = true;
            return done();
        }
    }
    if (!m_ctx->hasCredentials())
        return done();
    sendFolderSync(m_ctx->currentVersion());
}

void ConnectivityProbe::sendFolderSync(const QString &version)
{
    reportProgress(75, Tr::tr("FolderSync (%1)").arg(version));
    send(m_ctx->client.command(m_ctx->endpoint,
                               QStringLiteral("FolderSync"),
                               version,
                               net::EasRequests::folderSync(),
                               m_ctx->client.defaultAuth(),
                               this),
         [this](const EasResponse &r) { handleFolderSync(r); });
}

void ConnectivityProbe::handleFolderSync(const EasResponse &r)
{
    m_timings.insert(QStringLiteral("folderSyncFirstByteMs"), r.firstByteMs);
    m_timings.insert(QStringLiteral("folderSyncTotalMs"), r.totalMs);
    if (addTransport(r))
        return done();
    const bool versionRefused = r.httpStatus == 505 || (r.status && *r.status == 138);
    if (versionRefused && !m_retriedOldVersion) {
        m_retriedOldVersion = true;
        return sendFolderSync(QStringLiteral("12.1"));
    }
    if (versionRefused) {
        m_out.add(make(
            QStringLiteral("protocol-version-unsupported"),
            Severity::Fail,
            Tr::tr("Every ActiveSync version is refused"),
            Tr::tr("FolderSync was refused with 505 / Status 138 for %1 and 12.1. Check whether a "
                   "protocol version is blocked on the server (e.g. BlockV160).")
                .arg(m_ctx->currentVersion()),
            EasFindings::evidenceOf(r)));
        m_failed = true;
        return done();
    }
    m_timings.insert(QStringLiteral("folderSyncStatus"),
                     r.status ? QVariant(*r.status) : QVariant(r.httpStatus));
    addAnswerFindings(r);
    done();
}

bool ConnectivityProbe::addTransport(const EasResponse &r)
{
    std::optional<Finding> f = EasFindings::transport(r);
    if (!f)
        return false;
    for (auto it = m_timings.cbegin(); it != m_timings.cend(); ++it)
        f->evidence.insert(it.key(), it.value());
    m_out.add(*f);
    m_failed = true;
    return true;
}

void ConnectivityProbe::addAnswerFindings(const EasResponse &r)
{
    for (const auto &f :
         {EasFindings::redirect(r), EasFindings::throttling(r), EasFindings::mailbox(r)}) {
        if (f)
            m_out.add(*f);
    }
}

void ConnectivityProbe::done()
{
    if (!m_failed) {
        QVariantMap e = m_timings;
        e.insert(QStringLiteral("url"), m_ctx->endpoint.toString());
        m_out.add(make(QStringLiteral("connectivity-ok"),
                       Severity::Pass,
                       Tr::tr("The network path to ActiveSync works"),
                       Tr::tr("DNS, TCP and TLS to %1 work and the server answers HTTPS requests; "
                              "the timings of each phase are in the evidence.")
                           .arg(m_ctx->endpoint.host()),
                       e));
    }
    reportProgress(100, Tr::tr("Done"));
    finish(m_out);
}

} // namespace eas
