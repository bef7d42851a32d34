#include "AppMain.h"

#include "cli/CommandLine.h"
#include "commands/Commands.h"
#include "i18n/Translations.h"
#include "logging/Logging.h"
#include "settings/AppSettings.h"

#include "core/Severity.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

namespace eas::app {

namespace {

bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
           || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

bool wantsWizard(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--scenario" || a == "--lang") {
            ++i; // its value is not a command word
            continue;
        }
        if (!a.startsWith('-'))
            return false; // a command word
        if (a == "--help" || a == "-h" || a == "--version" || a == "-v")
            return false;
    }
    return true;
}

// `diagnose --report x.pdf` renders with QtGui: it needs a QGuiApplication, offscreen when
// there is no display.
bool wantsPdf(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        const QByteArray value
            = a.startsWith("--report=")
                  ? a.mid(9)
                  : (a == "--report" && i + 1 < argc ? QByteArray(argv[i + 1]) : QByteArray());
        if (value.toLower().endsWith(".pdf"))
            return true;
    }
    return false;
}

// The value of --lang CODE / --lang=CODE, read before the parser so that its messages and the
// help text are already in that language.
QString langArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a.startsWith("--lang="))
            return QString::fromLocal8Bit(a.mid(7));
        if (a == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return {};
}

} // namespace

int run(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    const bool gui = wantsWizard(argc, argv) && hasDisplay();
    if (gui) {
        app = std::make_unique<QApplication>(argc, argv);
    } else if (wantsPdf(argc, argv)) {
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("EAS Doctor"));
    QCoreApplication::setApplicationName(QStringLiteral("eas-doctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EAS_VERSION));
    // The wizard follows the system's language unless --lang says otherwise; the headless
    // commands speak English unless --lang asks, so scripts see the same text everywhere.
    const QString lang = langArgument(argc, argv);
    const bool shipped = Translations::isAvailable(lang);
    if (gui || shipped)
        Translations::install(shipped ? lang : QString());

    const ParseOutcome parsed = CommandLine::parse(QCoreApplication::arguments());
    if (!parsed.ok) {
        QTextStream(stderr) << "eas-doctor: " << parsed.error << Qt::endl;
        return ExitUsage;
    }
    Logging::install(parsed.options.verbosity, AppSettings::logDir());
    const int code = Commands::run(parsed.options, gui);
    Logging::shutdown();
    return code;
}

} // namespace eas::app
