#pragma once

#include "TlsInspection.h"

#include "core/Finding.h"

#include <QDateTime>

// Pure mapping from a TlsInspection to the spec's findings (spec/cli.md "Finding IDs"):
// certificate-expired, -not-yet-valid, -name-mismatch, -untrusted, -chain-incomplete,
// -expiring-soon, tls-protocol-outdated, tls-handshake-failed, plus the info finding
// tls-client-certificate-requested and the pass finding certificate-ok. Each finding says in
// plain words what was seen, why it matters for phones and what to do, and carries the
// evidence of evidence().
namespace eas::tls::CertificateFindings {

inline constexpr int kExpiringSoonDays = 30;

// Did the server answer TLS at all? False when the host did not resolve, refused, or accepted
// TCP but never answered the handshake: connectivity owns those.
bool reachedTls(const TlsInspection &inspection);

// host, port, address, peerName, tcpConnectMs, handshakeMs, protocol, cipher, tlsVersions
// (accepted by the scan), clientCertificateRequested, sslErrors, chainAsSent (subjects), and
// for the leaf: subject, issuer, notBefore/notAfter (ISO 8601 UTC), daysLeft, thumbprint
// (SHA-1 uppercase hex), subjectAltNames ("DNS:x", "IP:y"), key ("RSA 2048"),
// signatureAlgorithm; trustAnyCertificate when it was used.
QVariantMap evidence(const TlsInspection &inspection, const QDateTime &now);

// The findings of one inspection that reached TLS. `knownCas` is what the client trusts
// (system store and extra CAs), used by the chain rule; `now` is injected for tests.
Findings analyze(const TlsInspection &inspection,
                 const QList<QSslCertificate> &knownCas,
                 const QDateTime &now);

} // namespace eas::tls::CertificateFindings
