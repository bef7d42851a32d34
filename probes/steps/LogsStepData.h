#pragma once

#include "logs/LogReport.h"

#include <QJsonObject>

namespace eas {

// What the logs step shows besides its findings, kept as ProbeResult::data: the ActiveSync
// failures of the diagnosed user's traffic by user, device and client IP (the biggest first),
// the Log= error reasons by HTTP status, and the 401/403/500/503 of every hour. Built on the
// worker from the IIS analysis; read back by the wizard's logs page, the report's chart and a
// restored session. The JSON uses the key names of schema eas-doctor/logs/1.
struct LogsStepData
{
    struct Reason
    {
        int status = 0;
        QString reason;
        std::int64_t count = 0;
    };

    static constexpr int kTopRows = 25;

    QList<logs::Ranked> users;
    QList<logs::Ranked> devices;
    QList<logs::Ranked> clientIps;
    QList<Reason> reasons; // biggest first
    QList<logs::TimelinePoint> timeline;

    bool isEmpty() const;
    static LogsStepData fromReport(const logs::LogReport &report);
    QJsonObject toJson() const;
    // Leaves out what does not parse; an empty object gives empty data.
    static LogsStepData fromJson(const QJsonObject &json);
};

} // namespace eas
