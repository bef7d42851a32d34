#pragma once

#include <QLoggingCategory>

// One category per engine module (eas.probe.*, eas.runner, ...). The app attaches spdlog to
// these through one Qt message handler; the engine never includes spdlog.
Q_DECLARE_LOGGING_CATEGORY(lcProbe)
Q_DECLARE_LOGGING_CATEGORY(lcRunner)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcSim)
Q_DECLARE_LOGGING_CATEGORY(lcLogs)
