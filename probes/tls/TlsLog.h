#pragma once

#include <QLoggingCategory>

// eas.tls: certificate factory, TLS inspection and certificate analysis.
Q_DECLARE_LOGGING_CATEGORY(lcTls)
