#include "Logging.h"

#include "core/Redactor.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace eas::app::Logging {

namespace {

std::shared_ptr<spdlog::logger> s_logger;

spdlog::level::level_enum levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString safe = Redactor::redact(message);
    const char *category = context.category ? context.category : "default";
    if (s_logger)
        s_logger->log(levelOf(type), "[{}] {}", category, safe.toStdString());
    else
        fprintf(stderr, "%s\n", qPrintable(safe));
    if (type == QtFatalMsg) {
        if (s_logger)
            s_logger->flush();
        abort();
    }
}

} // namespace

QString install(Verbosity verbosity, const QString &logDir)
{
    auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    switch (verbosity) {
    case Verbosity::Quiet:
        err->set_level(spdlog::level::err);
        break;
    case Verbosity::Normal:
        err->set_level(spdlog::level::warn);
        break;
    case Verbosity::Verbose:
        err->set_level(spdlog::level::debug);
        break;
    }
    err->set_pattern("%^%l%$: %v");
    std::vector<spdlog::sink_ptr> sinks{err};

    QString path;
    if (!logDir.isEmpty() && QDir().mkpath(logDir)) {
        path = QDir(logDir).filePath(QStringLiteral("eas-doctor.log"));
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QDir::toNativeSeparators(path).toStdString(), 5 * 1024 * 1024, 3);
            file->set_level(spdlog::level::debug);
            file->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l %v");
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex &) {
            path.clear();
        }
    }
    s_logger = std::make_shared<spdlog::logger>("eas-doctor", sinks.begin(), sinks.end());
    s_logger->set_level(spdlog::level::debug);
    s_logger->flush_on(spdlog::level::warn);
    qInstallMessageHandler(handleMessage);
    return path;
}

void shutdown()
{
    qInstallMessageHandler(nullptr);
    if (s_logger)
        s_logger->flush();
    s_logger.reset();
}

} // namespace eas::app::Logging
