#include "AutodiscoverClient.h"

#include "SrvResolver.h"

#include "core/LogCategories.h"

namespace eas::net {

namespace {
constexpr int kMaxHops = 10;
const QString kPath = QStringLiteral("/autodiscover/autodiscover.xml");
} // namespace

AutodiscoverClient::AutodiscoverClient(const EasClient *client,
                                       SrvResolver *resolver,
                                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_resolver(resolver)
{
}

bool AutodiscoverClient::isInDomain(const QString &host, const QString &domain)
{
    QString h = host.toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    const QString d = domain.toLower();
    return !d.isEmpty() && (h == d || h.endsWith(QLatin1Char('.') + d));
}

void AutodiscoverClient::start(const QString &email, const QUrl &startUrl)
{
    m_clock.start();
    m_fixedStart = startUrl.isValid() && !startUrl.isEmpty();
    if (m_fixedStart) {
        m_email = email;
        m_domain = email.section(QLatin1Char('@'), 1).toLower();
        m_candidates = {startUrl};
        m_stage = 3; // only the URL the user gave
        QTimer::singleShot(0, this, [this] { post(m_candidates.takeFirst(), true); });
        return;
    }
    restartWith(email);
}

void AutodiscoverClient::restartWith(const QString &email)
{
    m_email = email;
    m_result.email = email;
    m_domain = email.section(QLatin1Char('@'), 1).toLower();
    m_candidates = {QUrl(QStringLiteral("https://%1%2").arg(m_domain, kPath)),
                    QUrl(QStringLiteral("https://autodiscover.%1%2").arg(m_domain, kPath))};
    m_stage = 0;
    QTimer::singleShot(0, this, &AutodiscoverClient::next);
}

void AutodiscoverClient::cancel()
{
    if (m_call)
        m_call->abort();
    end(AutodiscoverResult::Outcome::Cancelled);
}

void AutodiscoverClient::next()
{
    if (m_done)
        return;
    if (!m_candidates.isEmpty())
        return post(m_candidates.takeFirst(), false);
    if (m_stage == 0) {
        m_stage = 1;
        return redirectCheck();
    }
    if (m_stage == 1) {
        m_stage = 2;
        return srvLookup();
    }
    end(AutodiscoverResult::Outcome::Failed);
}

void AutodiscoverClient::post(const QUrl &url, bool trusted)
{
    if (url.scheme() != QLatin1String("https"))
        return refuse(url, tr("Autodiscover would send the password over plain http://."));
    Q_EMIT progress(tr("Autodiscover: %1").arg(url.toString()));
    CallSpec spec;
    spec.url = url;
    spec.command = QStringLiteral("Autodiscover");
    spec.contentType = "text/xml";
    spec.body = AutodiscoverXml::request(m_email);
    spec.auth = m_client->defaultAuth();
    m_call = m_client->raw(std::move(spec), this);
    connect(m_call, &EasCall::finished, this, [this, trusted](const EasResponse &r) {
        m_call->deleteLater();
        handlePost(r, trusted);
    });
    m_call->start();
}

void AutodiscoverClient::handlePost(const EasResponse &r, bool trusted)
{
    AutodiscoverAttempt attempt{r.url, QStringLiteral("POST"), r.summary(), r.totalMs};
    const bool redirect = r.transport == Transport::Ok && r.httpStatus >= 300 && r.httpStatus < 400
                          && r.location.isValid();
    if (redirect) {
        const QUrl target = r.url.resolved(r.location);
        attempt.outcome = QStringLiteral("%1 -> %2").arg(r.httpStatus).arg(target.toString());
        m_result.attempts.append(attempt);
        if (++m_hops > kMaxHops)
            return end(AutodiscoverResult::Outcome::Failed);
        if (target.scheme() != QLatin1String("https"))
            return refuse(target, tr("The server redirected Autodiscover to plain http://."));
        if (!isInDomain(target.host(), m_domain))
            return refuse(target,
                          tr("The server redirected Autodiscover to %1, outside %2.")
                              .arg(target.host(), m_domain));
        return post(target, false);
    }
    if (r.transport != Transport::Ok || r.httpStatus != 200) {
        m_result.attempts.append(attempt);
        return next();
    }
    const AutodiscoverXml::Answer answer = AutodiscoverXml::parse(r.body);
    switch (answer.kind) {
    case AutodiscoverXml::Answer::Kind::Settings:
        attempt.outcome = QStringLiteral("200 MobileSync %1").arg(answer.mobileSyncUrl.toString());
        m_result.attempts.append(attempt);
        m_result.mobileSyncUrl = answer.mobileSyncUrl;
        return end(AutodiscoverResult::Outcome::Found);
    case AutodiscoverXml::Answer::Kind::Redirect: {
        attempt.outcome = QStringLiteral("200 Redirect %1").arg(answer.redirectAddress);
        m_result.attempts.append(attempt);
        const QString domain = answer.redirectAddress.section(QLatin1Char('@'), 1);
        if (++m_hops > kMaxHops || !answer.redirectAddress.contains(QLatin1Char('@')))
            return end(AutodiscoverResult::Outcome::Failed);
        if (!trusted && !isInDomain(domain, m_domain))
            return refuse(QUrl(QStringLiteral("mailto:") + answer.redirectAddress),
                          tr("Autodiscover redirected the mailbox to %1, outside %2.")
                              .arg(answer.redirectAddress, m_domain));
        return restartWith(answer.redirectAddress);
    }
    case AutodiscoverXml::Answer::Kind::Error:
        attempt.outcome = QStringLiteral("200 Error %1 %2").arg(answer.errorCode, answer.message);
        break;
    case AutodiscoverXml::Answer::Kind::Invalid:
        attempt.outcome = QStringLiteral("200 not an Autodiscover answer");
        break;
    }
    m_result.attempts.append(attempt);
    next();
}

void AutodiscoverClient::redirectCheck()
{
    CallSpec spec;
    spec.url = QUrl(QStringLiteral("http://autodiscover.%1%2").arg(m_domain, kPath));
    spec.method = "GET";
    spec.command = QStringLiteral("Autodiscover redirect check");
    spec.auth = AuthMode::None; // never credentials over http://
    Q_EMIT progress(tr("Autodiscover: HTTP redirect check"));
    m_call = m_client->raw(std::move(spec), this);
    connect(m_call, &EasCall::finished, this, [this](const EasResponse &r) {
        m_call->deleteLater();
        const bool redirect = r.transport == Transport::Ok
                              && (r.httpStatus == 301 || r.httpStatus == 302 || r.httpStatus == 307)
                              && r.location.isValid();
        m_result.attempts.append({r.url, QStringLiteral("GET"), r.summary(), r.totalMs});
        if (!redirect)
            return next();
        const QUrl target = r.url.resolved(r.location);
        if (target.scheme() != QLatin1String("https")
            || !target.path().endsWith(kPath, Qt::CaseInsensitive))
            return next();
        if (!isInDomain(target.host(), m_domain))
            return refuse(target,
                          tr("The HTTP redirect check points to %1, outside %2.")
                              .arg(target.host(), m_domain));
        post(target, false);
    });
    m_call->start();
}

void AutodiscoverClient::srvLookup()
{
    const QString name = QStringLiteral("_autodiscover._tcp.") + m_domain;
    Q_EMIT progress(tr("Autodiscover: DNS SRV %1").arg(name));
    QElapsedTimer clock;
    clock.start();
    m_resolver->lookup(name, this, [this, name, clock](const QList<SrvRecord> &records) {
        const QString outcome
            = records.isEmpty()
                  ? QStringLiteral("no record")
                  : QStringLiteral("%1:%2").arg(records.first().target).arg(records.first().port);
        m_result.attempts.append(
            {QUrl(QStringLiteral("dns:") + name), QStringLiteral("SRV"), outcome, clock.elapsed()});
        if (records.isEmpty())
            return next();
        QUrl target;
        target.setScheme(QStringLiteral("https"));
        target.setHost(records.first().target);
        if (records.first().port != 443)
            target.setPort(records.first().port);
        target.setPath(kPath);
        if (!isInDomain(target.host(), m_domain))
            return refuse(
                target,
                tr("The SRV record points to %1, outside %2.").arg(target.host(), m_domain));
        post(target, false);
    });
}

void AutodiscoverClient::refuse(const QUrl &target, const QString &reason)
{
    m_result.unsafeTarget = target;
    m_result.unsafeReason = reason;
    end(AutodiscoverResult::Outcome::UnsafeRedirect);
}

void AutodiscoverClient::end(AutodiscoverResult::Outcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_result.outcome = outcome;
    m_result.email = m_email;
    m_result.totalMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    qCInfo(lcNet) << "autodiscover ended" << int(outcome) << m_result.mobileSyncUrl;
    Q_EMIT finished(m_result);
}

} // namespace eas::net
