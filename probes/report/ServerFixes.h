#pragma once

#include "FixFacts.h"

#include "core/FixScript.h"

#include <QStringList>

// The server-side scripts: reconfigure (solution 1) or recreate (solution 2, destructive) the
// ActiveSync virtual directory, its authentication (solution 3), the IIS certificate
// (solution 4), and the verification script. iisreset only runs with -Apply; destructive lines
// carry -WhatIf. findingIds are left for FixCatalog to fill.
namespace eas::report::ServerFixes {

FixScript reconfigureVirtualDirectory(const FixFacts &facts);
FixScript recreateVirtualDirectory(const FixFacts &facts);
FixScript fixAuthentication(const FixFacts &facts);
// `findingIds`: the run's problem findings (each certificate defect adds its own advice).
FixScript enableCertificate(const FixFacts &facts, const QStringList &findingIds);
FixScript verify(const FixFacts &facts);

} // namespace eas::report::ServerFixes
