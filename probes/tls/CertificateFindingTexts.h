#pragma once

#include "TlsInspection.h"

#include "core/Finding.h"

#include <QDateTime>

// The words of the certificate findings (internal to eas_tls; CertificateFindings decides which
// apply): what was seen, why it matters for phones, what to do. Each returns the finding with
// the given evidence, plus what it names (expiredCertificate, missingIssuer).
namespace eas::tls::FindingTexts {

// ISO 8601 in UTC, "2026-11-25T10:00:00Z".
QString iso(const QDateTime &time);
QStringList versionNames(const QList<TlsVersion> &versions);

Finding expired(const TlsInspection &in, const QSslCertificate &certificate, QVariantMap evidence);
Finding notYetValid(const TlsInspection &in,
                    const QSslCertificate &certificate,
                    const QVariantMap &evidence);
Finding
nameMismatch(const TlsInspection &in, const QSslCertificate &leaf, const QVariantMap &evidence);
Finding
untrusted(const TlsInspection &in, const QSslCertificate &leaf, const QVariantMap &evidence);
Finding chainIncomplete(const TlsInspection &in, QVariantMap evidence);
Finding expiringSoon(const TlsInspection &in,
                     const QSslCertificate &certificate,
                     const QDateTime &now,
                     const QVariantMap &evidence);
Finding outdated(const TlsInspection &in, const QVariantMap &evidence);
Finding handshakeFailed(const TlsInspection &in, bool onlyOutdated, const QVariantMap &evidence);
Finding clientCertificateRequested(const TlsInspection &in, const QVariantMap &evidence);
Finding ok(const TlsInspection &in,
           const QSslCertificate &leaf,
           const QDateTime &now,
           const QVariantMap &evidence);

} // namespace eas::tls::FindingTexts
