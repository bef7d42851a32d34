#include "TargetValidation.h"

#include "core/DiagnosisTarget.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace eas::wizard {

FieldCheck TargetValidation::email(const QString &text, bool required)
{
    const QString email = text.trimmed();
    if (email.isEmpty()) {
        return required ? FieldCheck::error(tr("Enter the mailbox's e-mail address, for example "
                                               "jdoe@contoso.com."))
                        : FieldCheck::ok();
    }
    if (!DiagnosisTarget::isValidEmail(email))
        return FieldCheck::error(tr("This is not an e-mail address: it needs a name, one @ and a "
                                    "domain, for example jdoe@contoso.com."));
    return FieldCheck::ok();
}

FieldCheck TargetValidation::logonName(const QString &text)
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return FieldCheck::ok();
    if (name.contains(QRegularExpression(QStringLiteral("\\s"))))
        return FieldCheck::error(tr("A logon name has no spaces. Use DOMAIN\\user or "
                                    "user@domain."));
    const int slash = name.indexOf(QLatin1Char('\\'));
    if (slash >= 0 && (slash == 0 || slash == name.size() - 1 || name.count(QLatin1Char('\\')) > 1))
        return FieldCheck::error(tr("Write the logon name as DOMAIN\\user, with one backslash "
                                    "between the domain and the user."));
    return FieldCheck::ok();
}

FieldCheck TargetValidation::password(const QString &text)
{
    if (text.isEmpty())
        return FieldCheck::note(tr("Without a password, the checks that need a sign-in are "
                                   "skipped."));
    return FieldCheck::ok();
}

QUrl TargetValidation::parseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString full
        = trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("https://") + trimmed;
    return QUrl(full, QUrl::StrictMode);
}

FieldCheck TargetValidation::activeSyncUrl(const QString &text, bool required)
{
    if (text.trimmed().isEmpty()) {
        return required ? FieldCheck::error(tr("Enter the ActiveSync URL, for example "
                                               "https://mail.contoso.com, or choose "
                                               "Autodiscover."))
                        : FieldCheck::ok();
    }
    const QUrl url = parseUrl(text);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return FieldCheck::error(tr("This is not a web address.\nType it like "
                                    "https://mail.contoso.com"));
    if (scheme == QLatin1String("http"))
        return FieldCheck::note(tr("http:// is not encrypted: the check reports it and never "
                                   "sends the password there."));
    return FieldCheck::ok();
}

FieldCheck TargetValidation::internalUrl(const QString &text)
{
    return activeSyncUrl(text, false);
}

FieldCheck TargetValidation::bundleFile(const QString &path)
{
    if (path.trimmed().isEmpty())
        return FieldCheck::ok();
    const QFileInfo info(path.trimmed());
    if (!info.exists())
        return FieldCheck::error(tr("There is no file %1. Choose the .json bundle the collector "
                                    "script wrote.")
                                     .arg(QDir::toNativeSeparators(info.filePath())));
    if (!info.isFile() || !info.isReadable())
        return FieldCheck::error(tr("%1 cannot be read. Choose the .json bundle the collector "
                                    "script wrote.")
                                     .arg(QDir::toNativeSeparators(info.filePath())));
    return FieldCheck::ok();
}

FieldCheck TargetValidation::logFolder(const QString &path)
{
    if (path.trimmed().isEmpty())
        return FieldCheck::ok();
    const QFileInfo info(path.trimmed());
    if (!info.exists())
        return FieldCheck::error(tr("There is no folder %1. Choose the W3SVC folder that holds "
                                    "the u_ex*.log files.")
                                     .arg(QDir::toNativeSeparators(info.filePath())));
    if (!info.isReadable())
        return FieldCheck::error(
            tr("%1 cannot be read.").arg(QDir::toNativeSeparators(info.filePath())));
    return FieldCheck::ok();
}

FieldCheck TargetValidation::eventFiles(const QString &text)
{
    for (const QString &path : splitPaths(text)) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable())
            return FieldCheck::error(tr("%1 is not a readable file. Export the log from Event "
                                        "Viewer as .evtx and choose that file.")
                                         .arg(QDir::toNativeSeparators(path)));
    }
    return FieldCheck::ok();
}

QStringList TargetValidation::splitPaths(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString path = part.trimmed();
        if (!path.isEmpty())
            out.append(path);
    }
    return out;
}

} // namespace eas::wizard
