#include "TlsLog.h"

Q_LOGGING_CATEGORY(lcTls, "eas.tls", QtInfoMsg)
