#pragma once

#include "core/ProbeResult.h"

#include <QString>
#include <QStringList>

// Reading the evidence the steps recorded, whatever spelling a step used for a key: keys are
// compared lower-cased with every character other than a letter or digit dropped, so
// "X-FEServer", "xFeServer" and "fe_server" are the same key.
namespace eas::report::Evidence {

// The first non-empty value under any of `keys` (given normalised: "xfeserver").
QString find(const StepResults &steps, const QStringList &keys);

// The front-end server that answered (X-FEServer), and the back end behind it (X-BEServer).
QString frontEndServer(const StepResults &steps);
QString backEndServer(const StepResults &steps);
// The SHA-1 thumbprint of the leaf certificate the server sent, as Exchange writes it (40
// upper-case hex digits); empty when no step recorded one. Keys read: thumbprint,
// leafThumbprint, certificateThumbprint, sha1, leafSha1, sha1Fingerprint.
QString wireThumbprint(const StepResults &steps);

// A thumbprint in Exchange's form, or empty when `text` is not a SHA-1 thumbprint.
QString normalizeThumbprint(const QString &text);

} // namespace eas::report::Evidence
