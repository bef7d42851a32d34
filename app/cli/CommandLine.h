#pragma once

#include "CliOptions.h"

#include <QProcessEnvironment>

namespace eas::app {

struct ParseOutcome
{
    bool ok = false;
    CliOptions options;
    QString error; // what was wrong and what to do; exit code 3
};

// spec/cli.md with QCommandLineParser: the first word that is not an option picks the command,
// each command has its own option set; every value is validated here so the commands never see
// bad input. Pure: no I/O but reading the environment given and checking that input files exist.
namespace CommandLine {

ParseOutcome parse(const QStringList &arguments,
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
QString commandName(Command command);

} // namespace CommandLine

} // namespace eas::app
