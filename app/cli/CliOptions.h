#pragma once

#include "core/DiagnosisTarget.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace eas::app {

enum class Command { Wizard, Diagnose, Simulate, AnalyzeLogs, CollectorScript, Help, Version };

enum class Verbosity { Quiet, Normal, Verbose };

// Where the password (or token) comes from. Never the command line itself.
enum class SecretSource { None, PasswordStdin, PasswordEnv, TokenEnv };

// Everything the command line said, validated. Holds no secret, only where to read it from.
struct CliOptions
{
    Command command = Command::Wizard;
    QString helpText; // for Command::Help
    Verbosity verbosity = Verbosity::Normal;
    QString lang;

    // wizard and diagnose
    bool demo = false;
    QString scenario;

    // diagnose
    DiagnosisTarget target;
    SecretSource secretSource = SecretSource::None;
    QString secretEnvVar;
    QString jsonOut;   // "-" = stdout
    QString reportOut; // .html or .pdf

    // simulate
    bool listScenarios = false;
    quint16 port = 0;
    QString printCaFile;
    QString simUser;
    QString simPasswordEnv;

    // analyze-logs
    QStringList paths;
    QString logUser;
    QDateTime from;
    QDateTime to;
    int threads = 0; // 0 = one per core

    // collector-script
    QString email;
    QString outFile;
};

} // namespace eas::app
