#pragma once

#include "Bundle.h"

#include "core/DiagnosisTarget.h"
#include "core/Finding.h"

#include <QDateTime>
#include <QVariantMap>

// Shared by the bundle evaluators (BundleFindings.cpp, BundleCertificateFindings.cpp).
namespace eas::report::BundleFindings::detail {

// A finding with the catalog's owning step (or `fallbackStep` for ids outside the catalog)
// and "source": "bundle" in its evidence.
Finding make(const QString &id,
             Severity severity,
             const QString &title,
             const QString &detail,
             QVariantMap evidence,
             const QString &fallbackStep = {});

// The ActiveSync host name the run was about (target URL, else the bundle's external URL).
QString activeSyncHost(const Bundle &bundle, const DiagnosisTarget &target);

void certificateFindings(const Bundle &bundle,
                         const DiagnosisTarget &target,
                         const QString &wireThumbprint,
                         const QDateTime &now,
                         Findings &out);

} // namespace eas::report::BundleFindings::detail
