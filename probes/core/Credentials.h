#pragma once

#include <QByteArray>
#include <QDebug>
#include <QString>

#include <iosfwd>

class QDebug;

namespace eas {

// A password or an OAuth token, in memory only. It cannot be printed (no QDebug / ostream
// operators: they are deleted), converted to QVariant or JSON, or copied into a Finding by
// accident: the secret is reachable only through the explicitly named reveal...() calls the
// HTTP layer uses. Construction registers the secret with the Redactor, so even a secret that
// slips into a log line is masked. The buffer is wiped on destruction.
class Credentials
{
public:
    enum class Kind { None, Password, Bearer };

    Credentials() = default;
    static Credentials password(const QString &user, const QString &password);
    static Credentials bearer(const QString &token);

    Credentials(const Credentials &other);
    Credentials &operator=(const Credentials &other);
    ~Credentials();

    Kind kind() const { return m_kind; }
    bool isEmpty() const { return m_kind == Kind::None; }
    QString user() const { return m_user; }

    // "Basic base64(user:password)" or "Bearer token", for the Authorization header only.
    QByteArray revealAuthorizationHeader() const;
    // The plain secret, for QAuthenticator (NTLM/Negotiate) only.
    QString revealSecret() const;

private:
    void wipe();

    Kind m_kind = Kind::None;
    QString m_user;
    QString m_secret;
};

QDebug operator<<(QDebug, const Credentials &) = delete;
std::ostream &operator<<(std::ostream &, const Credentials &) = delete;

} // namespace eas
