#include "Credentials.h"

#include "Redactor.h"

namespace eas {

Credentials Credentials::password(const QString &user, const QString &password)
{
    Credentials c;
    c.m_kind = Kind::Password;
    c.m_user = user;
    c.m_secret = password;
    Redactor::registerSecret(password);
    Redactor::registerSecret(
        QString::fromLatin1((user + QLatin1Char(':') + password).toUtf8().toBase64()));
    return c;
}

Credentials Credentials::bearer(const QString &token)
{
    Credentials c;
    c.m_kind = Kind::Bearer;
    c.m_secret = token;
    Redactor::registerSecret(token);
    return c;
}

Credentials::Credentials(const Credentials &other) = default;
Credentials &Credentials::operator=(const Credentials &other)
{
    if (this != &other) {
        wipe();
        m_kind = other.m_kind;
        m_user = other.m_user;
        m_secret = other.m_secret;
    }
    return *this;
}

Credentials::~Credentials()
{
    wipe();
}

void Credentials::wipe()
{
    // QString is implicitly shared: only overwrite a buffer we own alone.
    if (!m_secret.isEmpty() && m_secret.isDetached())
        std::fill(m_secret.begin(), m_secret.end(), QChar(u'\0'));
    m_secret.clear();
}

QByteArray Credentials::revealAuthorizationHeader() const
{
    switch (m_kind) {
    case Kind::Password:
        return "Basic " + (m_user + QLatin1Char(':') + m_secret).toUtf8().toBase64();
    case Kind::Bearer:
        return "Bearer " + m_secret.toUtf8();
    case Kind::None:
        break;
    }
    return {};
}

QString Credentials::revealSecret() const
{
    return m_secret;
}

} // namespace eas
