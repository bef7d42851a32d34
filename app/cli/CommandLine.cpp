#include "CommandLine.h"

#include "i18n/Translations.h"

#include "core/Steps.h"
#include "core/Tr.h"
#include "sim/ScenarioCatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace eas::app::CommandLine {

namespace {

struct CommandName
{
    Command command;
    const char *name;
};
constexpr CommandName kCommands[] = {{Command::Diagnose, "diagnose"},
                                     {Command::Simulate, "simulate"},
                                     {Command::AnalyzeLogs, "analyze-logs"},
                                     {Command::CollectorScript, "collector-script"}};

QString overview()
{
    return Tr::tr("Finds out why Exchange ActiveSync connections are blocked.\n\n"
                  "Commands:\n"
                  "  (none)            the wizard; --demo starts the built-in simulated Exchange\n"
                  "  diagnose          the six steps, headless (--help for its options)\n"
                  "  simulate          run the built-in simulated Exchange on 127.0.0.1\n"
                  "  analyze-logs      IIS W3C logs and .evtx exports, headless\n"
                  "  collector-script  the read-only server-side collector (.ps1)\n\n"
                  "Exit status: 0 pass/info/skip, 1 warn, 2 fail, 3 usage or input error, "
                  "4 internal error.");
}

// Options every command understands.
void addCommon(QCommandLineParser &p)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({QStringLiteral("lang"),
                 Tr::tr("Language of titles and details (en, de)."),
                 Tr::tr("CODE")});
    p.addOption({QStringLiteral("quiet"), Tr::tr("Less on stderr.")});
    p.addOption({QStringLiteral("verbose"), Tr::tr("More on stderr.")});
}

void addDiagnoseOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("email"), Tr::tr("The mailbox (SMTP address or UPN)."), Tr::tr("ADDR")},
        {QStringLiteral("url"),
         Tr::tr("ActiveSync endpoint; default: Autodiscover."),
         Tr::tr("URL")},
        {QStringLiteral("internal-url"),
         Tr::tr("Internal ActiveSync URL to check as well."),
         Tr::tr("URL")},
        {QStringLiteral("autodiscover-url"),
         Tr::tr("Start Autodiscover at this URL."),
         Tr::tr("URL")},
        {QStringLiteral("user"), Tr::tr("Logon name (UPN or DOMAIN\\user)."), Tr::tr("NAME")},
        {QStringLiteral("password-stdin"),
         Tr::tr("Read the password from the first line of stdin.")},
        {QStringLiteral("password-env"),
         Tr::tr("Read the password from this environment variable."),
         Tr::tr("VAR")},
        {QStringLiteral("token-env"),
         Tr::tr("OAuth bearer token from this environment variable."),
         Tr::tr("VAR")},
        {QStringLiteral("no-credentials"), Tr::tr("Anonymous probes only.")},
        {QStringLiteral("ca-file"), Tr::tr("Extra trusted CA certificates (PEM)."), Tr::tr("PEM")},
        {QStringLiteral("trust-any-certificate"),
         Tr::tr("Go on after certificate errors (still reported).")},
        {QStringLiteral("bundle"), Tr::tr("Server-side evidence bundle (JSON)."), Tr::tr("FILE")},
        {QStringLiteral("logs"), Tr::tr("IIS log file or folder (repeatable)."), Tr::tr("PATH")},
        {QStringLiteral("events"),
         Tr::tr("Exported event log .evtx/.xml (repeatable)."),
         Tr::tr("FILE")},
        {QStringLiteral("steps"), Tr::tr("Comma list of step ids to run."), Tr::tr("LIST")},
        {QStringLiteral("timeout"),
         Tr::tr("Hard cap for each step (default 15)."),
         Tr::tr("SECONDS")},
        {QStringLiteral("provision-full"),
         Tr::tr("Also acknowledge the policy (creates a device partnership).")},
        {QStringLiteral("device-id"), Tr::tr("Present as this DeviceId."), Tr::tr("ID")},
        {QStringLiteral("device-type"), Tr::tr("Present as this DeviceType."), Tr::tr("T")},
        {QStringLiteral("user-agent"), Tr::tr("Present with this User-Agent."), Tr::tr("UA")},
        {QStringLiteral("json"), Tr::tr("Write the result as JSON (- = stdout)."), Tr::tr("FILE")},
        {QStringLiteral("report"), Tr::tr("Write the report (.html or .pdf)."), Tr::tr("FILE")},
        {QStringLiteral("demo"), Tr::tr("Diagnose the built-in simulated Exchange.")},
        {QStringLiteral("scenario"), Tr::tr("Simulator scenario for --demo."), Tr::tr("NAME")},
    });
}

Verbosity verbosityOf(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("verbose")))
        return Verbosity::Verbose;
    if (p.isSet(QStringLiteral("quiet")))
        return Verbosity::Quiet;
    return Verbosity::Normal;
}

// Returns an error message, or an empty string when `text` is an acceptable URL.
QString checkUrl(const QString &option, const QString &text, QUrl *out)
{
    const QUrl strict(text.trimmed(), QUrl::StrictMode);
    if (!strict.isValid() || strict.host().isEmpty()
        || (strict.scheme() != QLatin1String("https")
            && strict.scheme() != QLatin1String("http"))) {
        return Tr::tr("--%1: '%2' is not an http(s) URL. Give the full address, for example "
                      "https://mail.contoso.com/Microsoft-Server-ActiveSync.")
            .arg(option, text);
    }
    if (!strict.userInfo().isEmpty())
        return Tr::tr("--%1: do not put a user name or password into the URL; use --user and "
                      "--password-stdin.")
            .arg(option);
    *out = strict;
    return {};
}

QString checkExisting(const QString &option, const QString &path, bool directoryAllowed)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return Tr::tr("--%1: '%2' does not exist. Check the path.").arg(option, path);
    if (fi.isDir() && !directoryAllowed)
        return Tr::tr("--%1: '%2' is a folder; give a file.").arg(option, path);
    if (!fi.isReadable())
        return Tr::tr("--%1: '%2' cannot be read (permissions?).").arg(option, path);
    return {};
}

QString
parseSecretSource(const QCommandLineParser &p, const QProcessEnvironment &env, CliOptions &o)
{
    int sources = 0;
    for (const char *name : {"password-stdin", "password-env", "token-env", "no-credentials"})
        sources += p.isSet(QString::fromLatin1(name)) ? 1 : 0;
    if (sources > 1)
        return Tr::tr("Choose one of --password-stdin, --password-env, --token-env and "
                      "--no-credentials.");
    auto envVar = [&](const char *option, SecretSource source) -> QString {
        const QString var = p.value(QString::fromLatin1(option));
        if (var.isEmpty() || !env.contains(var) || env.value(var).isEmpty())
            return Tr::tr("--%1: the environment variable '%2' is not set or empty.")
                .arg(QString::fromLatin1(option), var);
        o.secretSource = source;
        o.secretEnvVar = var;
        return {};
    };
    if (p.isSet(QStringLiteral("password-stdin")))
        o.secretSource = SecretSource::PasswordStdin;
    else if (p.isSet(QStringLiteral("password-env")))
        return envVar("password-env", SecretSource::PasswordEnv);
    else if (p.isSet(QStringLiteral("token-env")))
        return envVar("token-env", SecretSource::TokenEnv);
    return {};
}

QString parseDeviceIdentity(const QCommandLineParser &p, DeviceIdentity &device)
{
    if (p.isSet(QStringLiteral("device-id"))) {
        device.deviceId = p.value(QStringLiteral("device-id"));
        if (!DeviceIdentity::isValidDeviceId(device.deviceId))
            return Tr::tr("--device-id: '%1' is not a DeviceId: use 1 to 32 letters and digits.")
                .arg(device.deviceId);
    }
    if (p.isSet(QStringLiteral("device-type"))) {
        device.deviceType = p.value(QStringLiteral("device-type"));
        if (!DeviceIdentity::isValidDeviceType(device.deviceType))
            return Tr::tr("--device-type: '%1' is not a DeviceType: use 1 to 32 printable "
                          "characters without spaces, '&', '=' or '?'.")
                .arg(device.deviceType);
    }
    if (p.isSet(QStringLiteral("user-agent"))) {
        device.userAgent = p.value(QStringLiteral("user-agent")).trimmed();
        if (device.userAgent.isEmpty() || device.userAgent.contains(QLatin1Char('\n'))
            || device.userAgent.contains(QLatin1Char('\r')) || device.userAgent.size() > 256)
            return Tr::tr("--user-agent: give one line of at most 256 characters.");
    }
    return {};
}

QString parseTarget(const QCommandLineParser &p, CliOptions &o)
{
    DiagnosisTarget &t = o.target;
    t.email = p.value(QStringLiteral("email")).trimmed();
    if (!t.email.isEmpty() && !DiagnosisTarget::isValidEmail(t.email))
        return Tr::tr("--email: '%1' is not an e-mail address (name@domain).").arg(t.email);
    t.user = p.value(QStringLiteral("user")).trimmed();
    for (const auto &[option, url] : {std::pair{"url", &t.url},
                                      std::pair{"internal-url", &t.internalUrl},
                                      std::pair{"autodiscover-url", &t.autodiscoverUrl}}) {
        if (!p.isSet(QString::fromLatin1(option)))
            continue;
        const QString error
            = checkUrl(QString::fromLatin1(option), p.value(QString::fromLatin1(option)), url);
        if (!error.isEmpty())
            return error;
    }
    t.url = DiagnosisTarget::normalizeActiveSyncUrl(t.url);
    t.internalUrl = DiagnosisTarget::normalizeActiveSyncUrl(t.internalUrl);
    if (!o.demo && t.email.isEmpty() && (t.url.isEmpty() || t.user.isEmpty()))
        return Tr::tr("Give --email ADDR (or --url and --user), or --demo to try the built-in "
                      "simulated Exchange.");
    if (t.autodiscoverUrl.isValid() && !t.autodiscoverUrl.isEmpty() && t.email.isEmpty())
        return Tr::tr("--autodiscover-url needs --email: Autodiscover asks for a mailbox.");
    return {};
}

QString parseInputs(const QCommandLineParser &p, CliOptions &o)
{
    DiagnosisTarget &t = o.target;
    for (const QString &path : p.values(QStringLiteral("ca-file"))) {
        if (QString e = checkExisting(QStringLiteral("ca-file"), path, false); !e.isEmpty())
            return e;
        t.caFiles.append(path);
    }
    if (p.isSet(QStringLiteral("bundle"))) {
        t.bundlePath = p.value(QStringLiteral("bundle"));
        if (QString e = checkExisting(QStringLiteral("bundle"), t.bundlePath, false); !e.isEmpty())
            return e;
    }
    for (const QString &path : p.values(QStringLiteral("logs"))) {
        if (QString e = checkExisting(QStringLiteral("logs"), path, true); !e.isEmpty())
            return e;
        t.logPaths.append(path);
    }
    for (const QString &path : p.values(QStringLiteral("events"))) {
        if (QString e = checkExisting(QStringLiteral("events"), path, false); !e.isEmpty())
            return e;
        t.eventFiles.append(path);
    }
    return {};
}

QString parseRunOptions(const QCommandLineParser &p, CliOptions &o)
{
    DiagnosisTarget &t = o.target;
    if (p.isSet(QStringLiteral("steps"))) {
        for (const QString &raw : p.value(QStringLiteral("steps")).split(QLatin1Char(','))) {
            const QString id = raw.trimmed();
            if (!steps::isKnown(id))
                return Tr::tr("--steps: '%1' is not a step. Use a comma list of: %2.")
                    .arg(id, steps::all().join(QStringLiteral(", ")));
            if (!t.steps.contains(id))
                t.steps.append(id);
        }
    }
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = p.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds < 0.1 || seconds > 3600)
            return Tr::tr("--timeout: '%1' is not a number of seconds between 0.1 and 3600.")
                .arg(p.value(QStringLiteral("timeout")));
        t.stepTimeout = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    t.trustAnyCertificate = p.isSet(QStringLiteral("trust-any-certificate"));
    t.provisionFull = p.isSet(QStringLiteral("provision-full"));
    t.noCredentials = p.isSet(QStringLiteral("no-credentials"));
    o.jsonOut = p.value(QStringLiteral("json"));
    o.reportOut = p.value(QStringLiteral("report"));
    if (!o.reportOut.isEmpty()) {
        const QString suffix = QFileInfo(o.reportOut).suffix().toLower();
        if (suffix != QLatin1String("html") && suffix != QLatin1String("htm")
            && suffix != QLatin1String("pdf"))
            return Tr::tr("--report: '%1' must end in .html or .pdf.").arg(o.reportOut);
    }
    return {};
}

QString parseScenario(const QCommandLineParser &p, CliOptions &o, bool required)
{
    o.scenario = p.value(QStringLiteral("scenario"));
    if (o.scenario.isEmpty()) {
        if (required)
            return Tr::tr("Give --scenario NAME (see 'simulate --list').");
        o.scenario = QStringLiteral("healthy");
    }
    if (!sim::ScenarioCatalog::isKnown(o.scenario))
        return Tr::tr("--scenario: '%1' is not a scenario. Known: %2.")
            .arg(o.scenario, sim::ScenarioCatalog::names().join(QStringLiteral(", ")));
    return {};
}

QString parseDiagnose(const QCommandLineParser &p, const QProcessEnvironment &env, CliOptions &o)
{
    o.demo = p.isSet(QStringLiteral("demo"));
    if (p.isSet(QStringLiteral("scenario")) && !o.demo)
        return Tr::tr("--scenario goes with --demo.");
    if (o.demo) {
        if (QString e = parseScenario(p, o, false); !e.isEmpty())
            return e;
    }
    for (auto step : {parseTarget, parseInputs, parseRunOptions}) {
        if (QString e = step(p, o); !e.isEmpty())
            return e;
    }
    if (QString e = parseSecretSource(p, env, o); !e.isEmpty())
        return e;
    return parseDeviceIdentity(p, o.target.device);
}

QString parseSimulate(const QCommandLineParser &p, const QProcessEnvironment &env, CliOptions &o)
{
    o.listScenarios = p.isSet(QStringLiteral("list"));
    if (o.listScenarios)
        return {};
    if (QString e = parseScenario(p, o, true); !e.isEmpty())
        return e;
    if (p.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = p.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535)
            return Tr::tr("--port: '%1' is not a port number (0-65535; 0 picks a free one).")
                .arg(p.value(QStringLiteral("port")));
        o.port = quint16(port);
    }
    o.printCaFile = p.value(QStringLiteral("print-ca"));
    o.simUser = p.value(QStringLiteral("user"));
    o.simPasswordEnv = p.value(QStringLiteral("password-env"));
    if (!o.simPasswordEnv.isEmpty() && env.value(o.simPasswordEnv).isEmpty())
        return Tr::tr("--password-env: the environment variable '%1' is not set or empty.")
            .arg(o.simPasswordEnv);
    return {};
}

QString parseIsoTime(const QString &option, const QString &text, QDateTime *out)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return Tr::tr("--%1: '%2' is not an ISO-8601 time such as 2026-11-24T08:00:00Z.")
            .arg(option, text);
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // IIS logs are UTC: a time without zone means UTC
    *out = t.toUTC();
    return {};
}

QString parseAnalyzeLogs(const QCommandLineParser &p, CliOptions &o)
{
    const QStringList positional = p.positionalArguments().mid(1);
    if (positional.isEmpty())
        return Tr::tr(
            "analyze-logs needs at least one PATH (an IIS log file or folder, an .evtx or "
            ".xml export).");
    for (const QString &path : positional) {
        if (QString e = checkExisting(QStringLiteral("PATH"), path, true); !e.isEmpty())
            return e.mid(2); // no "--" before PATH
        o.paths.append(path);
    }
    o.jsonOut = p.value(QStringLiteral("json"));
    o.logUser = p.value(QStringLiteral("user")).trimmed();
    for (const auto &[option, out] : {std::pair{"from", &o.from}, std::pair{"to", &o.to}}) {
        if (!p.isSet(QString::fromLatin1(option)))
            continue;
        if (QString e
            = parseIsoTime(QString::fromLatin1(option), p.value(QString::fromLatin1(option)), out);
            !e.isEmpty())
            return e;
    }
    if (o.from.isValid() && o.to.isValid() && o.from > o.to)
        return Tr::tr("--from is after --to.");
    if (p.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        o.threads = p.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || o.threads < 1 || o.threads > 256)
            return Tr::tr("--threads: '%1' is not a number from 1 to 256.")
                .arg(p.value(QStringLiteral("threads")));
    }
    return {};
}

QString parseCollector(const QCommandLineParser &p, CliOptions &o)
{
    o.email = p.value(QStringLiteral("email")).trimmed();
    if (o.email.isEmpty())
        return Tr::tr("collector-script needs --email ADDR (the mailbox to collect evidence for).");
    if (!DiagnosisTarget::isValidEmail(o.email))
        return Tr::tr("--email: '%1' is not an e-mail address (name@domain).").arg(o.email);
    o.outFile = p.value(QStringLiteral("out"));
    return {};
}

void addCommandOptions(QCommandLineParser &p, Command command)
{
    switch (command) {
    case Command::Diagnose:
        addDiagnoseOptions(p);
        break;
    case Command::Simulate:
        p.addOptions(
            {{QStringLiteral("scenario"), Tr::tr("Scenario to serve."), Tr::tr("NAME")},
             {QStringLiteral("list"), Tr::tr("List the scenarios.")},
             {QStringLiteral("port"), Tr::tr("Port on 127.0.0.1 (0 = any free)."), Tr::tr("N")},
             {QStringLiteral("print-ca"), Tr::tr("Write the root CA (PEM) here."), Tr::tr("FILE")},
             {QStringLiteral("user"),
              Tr::tr("Test user (default user@contoso.test)."),
              Tr::tr("NAME")},
             {QStringLiteral("password-env"),
              Tr::tr("Test password from this variable."),
              Tr::tr("VAR")}});
        break;
    case Command::AnalyzeLogs:
        p.addPositionalArgument(
            QStringLiteral("PATH"), Tr::tr("Log files or folders."), Tr::tr("PATH..."));
        p.addOptions(
            {{QStringLiteral("json"), Tr::tr("Write JSON (- = stdout)."), Tr::tr("FILE")},
             {QStringLiteral("user"), Tr::tr("Only this user."), Tr::tr("U")},
             {QStringLiteral("from"), Tr::tr("Only lines at or after (ISO-8601)."), Tr::tr("ISO")},
             {QStringLiteral("to"), Tr::tr("Only lines at or before (ISO-8601)."), Tr::tr("ISO")},
             {QStringLiteral("threads"), Tr::tr("Worker threads."), Tr::tr("N")}});
        break;
    case Command::CollectorScript:
        p.addOptions({{QStringLiteral("email"), Tr::tr("The mailbox."), Tr::tr("ADDR")},
                      {QStringLiteral("out"), Tr::tr("Write the script here."), Tr::tr("FILE")}});
        break;
    case Command::Wizard:
        p.addOptions({{QStringLiteral("demo"), Tr::tr("Start the built-in simulated Exchange.")},
                      {QStringLiteral("scenario"),
                       Tr::tr("Simulator scenario for --demo."),
                       Tr::tr("NAME")}});
        break;
    case Command::Help:
    case Command::Version:
        break;
    }
}

} // namespace

QString commandName(Command command)
{
    for (const CommandName &c : kCommands) {
        if (c.command == command)
            return QString::fromLatin1(c.name);
    }
    return {};
}

ParseOutcome parse(const QStringList &arguments, const QProcessEnvironment &env)
{
    ParseOutcome out;
    CliOptions &o = out.options;

    // The command is the first argument that is not an option.
    Command command = Command::Wizard;
    if (arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-'))) {
        const QString word = arguments.at(1);
        bool known = false;
        for (const CommandName &c : kCommands) {
            if (word == QLatin1String(c.name)) {
                command = c.command;
                known = true;
            }
        }
        if (!known) {
            out.error
                = Tr::tr("'%1' is not a command. Run 'eas-doctor --help' for the list.").arg(word);
            return out;
        }
    }

    QCommandLineParser p;
    p.setApplicationDescription(overview());
    addCommon(p);
    addCommandOptions(p, command);
    if (command != Command::Wizard && command != Command::AnalyzeLogs)
        p.addPositionalArgument(commandName(command), Tr::tr("The command."));
    if (!p.parse(arguments)) {
        out.error
            = p.errorText() + QLatin1Char('\n')
              + Tr::tr("Run 'eas-doctor %1 --help' for the options.").arg(commandName(command));
        return out;
    }
    o.verbosity = verbosityOf(p);
    o.lang = p.value(QStringLiteral("lang"));
    if (!o.lang.isEmpty() && !Translations::isAvailable(o.lang)) {
        out.error = Tr::tr("--lang: there is no translation for '%1'; use one of: %2.")
                        .arg(o.lang, Translations::available().join(QLatin1String(", ")));
        return out;
    }
    if (p.isSet(QStringLiteral("help"))) {
        o.command = Command::Help;
        o.helpText = p.helpText();
        out.ok = true;
        return out;
    }
    if (p.isSet(QStringLiteral("version"))) {
        o.command = Command::Version;
        out.ok = true;
        return out;
    }
    const int expectedPositional = command == Command::Wizard ? 0 : 1;
    if (command != Command::AnalyzeLogs && p.positionalArguments().size() > expectedPositional) {
        out.error = Tr::tr("Unexpected argument '%1'.").arg(p.positionalArguments().last());
        return out;
    }
    o.command = command;
    QString error;
    switch (command) {
    case Command::Diagnose:
        error = parseDiagnose(p, env, o);
        break;
    case Command::Simulate:
        error = parseSimulate(p, env, o);
        break;
    case Command::AnalyzeLogs:
        error = parseAnalyzeLogs(p, o);
        break;
    case Command::CollectorScript:
        error = parseCollector(p, o);
        break;
    case Command::Wizard:
        o.demo = p.isSet(QStringLiteral("demo"));
        if (p.isSet(QStringLiteral("scenario")) && !o.demo)
            error = Tr::tr("--scenario goes with --demo.");
        else if (o.demo)
            error = parseScenario(p, o, false);
        break;
    case Command::Help:
    case Command::Version:
        break;
    }
    out.error = error;
    out.ok = error.isEmpty();
    return out;
}

} // namespace eas::app::CommandLine
