#pragma once

#include "logs/IisLogAnalyzer.h"

#include <QByteArray>
#include <QString>

// An in-memory IIS log (LogSamples) analysed as the file u_ex261124.log.
namespace LogSamples {

inline eas::logs::LogReport analyze(const QByteArray &log, eas::logs::AnalysisOptions options = {})
{
    eas::logs::IisLogAnalyzer analyzer(options);
    return analyzer.run(std::vector<eas::logs::LogInput>{
        eas::logs::LogInput::fromMemory(QStringLiteral("u_ex261124.log"), log)});
}

// Filtered to `user`, as the logs step does for the diagnosed user.
inline eas::logs::LogReport analyze(const QByteArray &log, const QString &user)
{
    eas::logs::AnalysisOptions options;
    options.user = user;
    return analyze(log, options);
}

} // namespace LogSamples
