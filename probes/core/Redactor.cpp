#include "Redactor.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

namespace eas::Redactor {

namespace {

QMutex &secretsMutex()
{
    static QMutex m;
    return m;
}

QStringList &secrets()
{
    static QStringList s;
    return s;
}

} // namespace

void registerSecret(const QString &secret)
{
    if (secret.size() < 3)
        return;
    QMutexLocker lock(&secretsMutex());
    if (!secrets().contains(secret))
        secrets().append(secret);
}

QString redact(const QString &text)
{
    static const QRegularExpression header(
        QStringLiteral("((?:proxy-)?authorization)(\\s*[:=]\\s*)[^\\r\\n,;]*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scheme(QStringLiteral(
        "\\b((?i:basic|bearer|negotiate|ntlm))(\\s+)"
        // an ordinary word ("Basic authentication", "realm=") is not a credential
        "(?![A-Z]?[a-z]+(?![A-Za-z0-9+/=._~-]))(?!(?i:realm)=)[A-Za-z0-9+/=._~-]{6,}"));
    static const QRegularExpression keyValue(
        QStringLiteral("\\b(password|passwd|pwd|passw0rd|token|access_token|refresh_token|secret|"
                       "client_secret)(\"?\\s*[:=]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s&,;]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString mask = QString::fromLatin1(kMask);
    QString out = text;
    out.replace(header, QStringLiteral("\\1\\2") + mask);
    out.replace(scheme, QStringLiteral("\\1\\2") + mask);
    out.replace(keyValue, QStringLiteral("\\1\\2") + mask);
    QMutexLocker lock(&secretsMutex());
    for (const QString &s : std::as_const(secrets()))
        out.replace(s, mask);
    return out;
}

} // namespace eas::Redactor
