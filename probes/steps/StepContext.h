#pragma once

#include "core/Credentials.h"
#include "core/DiagnosisTarget.h"
#include "net/EasClient.h"
#include "net/SrvResolver.h"

#include <QDeadlineTimer>
#include <QUrl>

#include <optional>

#include <memory>

class QNetworkAccessManager;

namespace eas {

// What the probes of one run share: the target, the credentials (memory only), one client with
// one fixed device identity, and what the connectivity step learns for the others (the
// endpoint found by Autodiscover, the protocol version both sides speak).
struct StepContext
{
    StepContext(const DiagnosisTarget &target,
                const Credentials &credentials,
                QNetworkAccessManager *nam);

    DiagnosisTarget target;
    Credentials credentials;
    net::TlsPolicy tls;
    QString tlsPolicyError; // an unreadable --ca-file
    net::EasClient client;
    std::unique_ptr<net::SrvResolver> srv;

    QUrl endpoint;                 // target.url, or what Autodiscover found
    QString protocolVersion;       // highest common version from OPTIONS; empty until known
    QStringList autodiscoverHosts; // host:port contacted by Autodiscover
    // The first 503/429 throttling answer of the run. Until its Retry-After has passed no probe
    // sends another request; they read this answer instead (never retry before Retry-After).
    std::optional<net::EasResponse> throttledAnswer;
    QDeadlineTimer retryNotBefore;

    bool hasCredentials() const { return !credentials.isEmpty() && !target.noCredentials; }
    // The current version to probe with: 14.1 until OPTIONS named the highest common one.
    QString currentVersion() const;
};

} // namespace eas
