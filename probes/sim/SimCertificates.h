#pragma once

#include "tls/CertificateFactory.h"

namespace eas::sim {

// The simulator's certificates: one root and intermediate per process (key generation is the
// slow part of starting a simulator), and the leaf each scenario presents (spec/cli.md: every
// leaf but the wrong-name one names 127.0.0.1 and localhost; only the cert-* scenarios present
// a defective one). Made on first use, on the thread that runs the simulators.
namespace SimCertificates {

QSslCertificate root();
tls::ServerIdentity identityFor(const QString &scenario);
tls::LeafSpec specFor(const QString &scenario, const QDateTime &now);

} // namespace SimCertificates

} // namespace eas::sim
