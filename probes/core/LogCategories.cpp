#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcProbe, "eas.probe", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRunner, "eas.runner", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "eas.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "eas.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLogs, "eas.logs", QtInfoMsg)
