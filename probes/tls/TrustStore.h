#pragma once

#include <QList>
#include <QSslCertificate>

namespace eas::tls::TrustStore {

// The system store's certificates whose subject is `certificate`'s issuer, read on demand from
// OpenSSL's hashed certificate directory (SSL_CERT_DIR, else /usr/lib/ssl/certs on Debian):
// one or two small files, never the whole bundle, so it is cheap enough for the GUI thread.
// Whether one of them really signed `certificate` is for CertificateAnalysis::isIssuedBy.
QList<QSslCertificate> issuerCandidates(const QSslCertificate &certificate);

} // namespace eas::tls::TrustStore
