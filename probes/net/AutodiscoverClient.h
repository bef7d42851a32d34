#pragma once

#include "AutodiscoverXml.h"
#include "EasClient.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace eas::net {

class SrvResolver;

// One Autodiscover attempt, for evidence.
struct AutodiscoverAttempt
{
    QUrl url;
    QString method;  // POST, GET (redirect check), SRV
    QString outcome; // "200 MobileSync", "401", "timeout", "302 -> https://...", ...
    qint64 ms = 0;
};

struct AutodiscoverResult
{
    enum class Outcome { Found, Failed, UnsafeRedirect, Cancelled };
    Outcome outcome = Outcome::Failed;
    QUrl mobileSyncUrl;
    QString email;     // after Action/Redirect hops
    QUrl unsafeTarget; // the hop that was refused
    QString unsafeReason;
    QList<AutodiscoverAttempt> attempts;
    qint64 totalMs = 0;
};

// Finds the ActiveSync URL the way phones do ([MS-OXDISCO] candidate order): POST to
// https://<domain>/autodiscover/autodiscover.xml, then https://autodiscover.<domain>/..., then the
// HTTP GET redirect check on http://autodiscover.<domain>/..., then DNS SRV
// _autodiscover._tcp.<domain>. With a start URL (--autodiscover-url) only that one.
// Credentials never go over http:// nor to a hop outside the user's domain: such a hop ends the
// search as UnsafeRedirect (not followed). The URL the user gave, and its HTTPS answer, are
// trusted. Redirects (HTTP 30x, Action/Redirect) are followed up to 10 hops.
class AutodiscoverClient : public QObject
{
    Q_OBJECT
public:
    AutodiscoverClient(const EasClient *client, SrvResolver *resolver, QObject *parent = nullptr);

    void start(const QString &email, const QUrl &startUrl = {});
    void cancel();

    static bool isInDomain(const QString &host, const QString &domain);

Q_SIGNALS:
    void progress(const QString &what);
    void finished(const eas::net::AutodiscoverResult &result);

private:
    void next();
    void post(const QUrl &url, bool trusted);
    void handlePost(const EasResponse &r, bool trusted);
    void redirectCheck();
    void srvLookup();
    void restartWith(const QString &email);
    void refuse(const QUrl &target, const QString &reason);
    void end(AutodiscoverResult::Outcome outcome);

    const EasClient *m_client;
    SrvResolver *m_resolver;
    QString m_email;
    QString m_domain;
    QList<QUrl> m_candidates; // still to try by POST
    int m_stage = 0;          // 0 POST candidates, 1 GET redirect check, 2 SRV, 3 done
    int m_hops = 0;
    bool m_fixedStart = false;
    bool m_done = false;
    QPointer<EasCall> m_call;
    QElapsedTimer m_clock;
    AutodiscoverResult m_result;
};

} // namespace eas::net

Q_DECLARE_METATYPE(eas::net::AutodiscoverResult)
