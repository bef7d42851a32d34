#pragma once

#include "core/Finding.h"
#include "net/EasResponse.h"

#include <optional>

// Turns classified ActiveSync answers into the spec's findings, in plain words (what was seen,
// why it matters, what to do). Shared by the probes so that one fault always reads the same.
namespace eas::EasFindings {

// Evidence every finding about a request carries: command, version, URL, HTTP status, EAS
// status, throttle headers, server names, request-id and timings.
QVariantMap evidenceOf(const net::EasResponse &r);
Finding make(const QString &id,
             Severity severity,
             const QString &title,
             const QString &detail,
             const QVariantMap &evidence = {});

// The host does not resolve / no TCP connection (shared by the connectivity path check and
// every request).
Finding dnsFailed(const QString &host, const QVariantMap &evidence);
Finding tcpFailed(const QString &host, int port, const QString &error, const QVariantMap &evidence);
// DNS, TCP, timeout, TLS, reset, too large, cleartext, malformed body (connectivity-owned).
std::optional<Finding> transport(const net::EasResponse &r);
// What the mailbox, account or device state explains (user-status-owned): EAS Status codes of
// 14.x+ bodies and the HTTP codes of 12.x; also 457/456/507 and 503 without throttling.
std::optional<Finding> mailbox(const net::EasResponse &r);
// 503 with X-MS-ASThrottle or Retry-After, 429 from a proxy.
std::optional<Finding> throttling(const net::EasResponse &r);
// 451 with X-MS-Location.
std::optional<Finding> redirect(const net::EasResponse &r);
// 401 after sending credentials in a scheme the server offers.
Finding credentialsRejected(const net::EasResponse &r);

} // namespace eas::EasFindings
