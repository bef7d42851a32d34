#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

namespace eas::logs {

// Which lines count: a time window (IIS logs are UTC) and the diagnosed user. A user matches when
// the logged name (lower-cased) equals it, or when both name the same account in the forms
// DOMAIN\name, name@domain and name (so "contoso\jdoe" finds "jdoe@contoso.com").
class LogFilter
{
public:
    LogFilter() = default;
    LogFilter(const QString &user, const QDateTime &from, const QDateTime &to);

    bool hasTimeRange() const { return m_from != INT64_MIN || m_to != INT64_MAX; }
    bool inRange(std::int64_t secs) const { return secs >= m_from && secs <= m_to; }
    bool hasUser() const { return !m_user.empty(); }
    // `user` is already normalized (RequestParser::normalizeUser).
    bool matchesUser(std::string_view user) const;

    QString user() const { return QString::fromStdString(m_user); }
    QDateTime from() const;
    QDateTime to() const;

private:
    static std::string_view accountOf(std::string_view user);

    std::string m_user;
    std::string m_account;
    std::int64_t m_from = INT64_MIN;
    std::int64_t m_to = INT64_MAX;
};

} // namespace eas::logs
