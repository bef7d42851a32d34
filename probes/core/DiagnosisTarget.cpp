#include "DiagnosisTarget.h"

#include <QRegularExpression>

namespace eas {

bool DeviceIdentity::isValidDeviceId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]{1,32}$"));
    return re.match(id).hasMatch();
}

bool DeviceIdentity::isValidDeviceType(const QString &type)
{
    static const QRegularExpression re(QStringLiteral("^[!-~]{1,32}$"));
    return re.match(type).hasMatch() && !type.contains(QLatin1Char('&'))
           && !type.contains(QLatin1Char('=')) && !type.contains(QLatin1Char('?'));
}

QString DiagnosisTarget::emailDomain() const
{
    const int at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1).toLower();
}

QUrl DiagnosisTarget::normalizeActiveSyncUrl(const QUrl &url)
{
    if (!url.isValid() || url.isEmpty())
        return url;
    QUrl out = url;
    const QString path = url.path();
    if (path.isEmpty() || path == QLatin1String("/"))
        out.setPath(QStringLiteral("/Microsoft-Server-ActiveSync"));
    return out;
}

bool DiagnosisTarget::isValidEmail(const QString &email)
{
    // Deliberately simple: one '@', a non-empty local part without spaces, and a host name.
    static const QRegularExpression re(
        QStringLiteral("^[^@\\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return email.size() <= 320 && re.match(email).hasMatch();
}

} // namespace eas
