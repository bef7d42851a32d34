#include "SecretReader.h"

#include <QCoreApplication>
#include <QFile>

namespace eas::app::SecretReader {

bool read(const CliOptions &o, const QString &user, Credentials *out, QString *error)
{
    switch (o.secretSource) {
    case SecretSource::None:
        *out = Credentials();
        return true;
    case SecretSource::PasswordEnv:
        *out = Credentials::password(user, qEnvironmentVariable(qPrintable(o.secretEnvVar)));
        return true;
    case SecretSource::TokenEnv:
        *out = Credentials::bearer(qEnvironmentVariable(qPrintable(o.secretEnvVar)).trimmed());
        return true;
    case SecretSource::PasswordStdin: {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("SecretReader",
                                                 "Cannot read the password from stdin.");
            return false;
        }
        QByteArray line = in.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            *error = QCoreApplication::translate(
                "SecretReader",
                "--password-stdin: stdin had no password line. Pipe it in, "
                "e.g. printf '%s\\n' \"$PW\" | eas-doctor diagnose ...");
            return false;
        }
        *out = Credentials::password(user, QString::fromUtf8(line));
        line.fill('\0');
        return true;
    }
    }
    return false;
}

} // namespace eas::app::SecretReader
