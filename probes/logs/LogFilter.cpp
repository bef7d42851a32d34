#include "LogFilter.h"

#include "RequestParser.h"

namespace eas::logs {

LogFilter::LogFilter(const QString &user, const QDateTime &from, const QDateTime &to)
{
    const QByteArray utf8 = user.trimmed().toUtf8();
    char buffer[256];
    const std::size_t n
        = RequestParser::normalizeUser(std::string_view(utf8.constData(), std::size_t(utf8.size())),
                                       UserForm::Logged,
                                       buffer,
                                       sizeof buffer);
    m_user.assign(buffer, n);
    m_account = std::string(accountOf(m_user));
    if (from.isValid())
        m_from = from.toSecsSinceEpoch();
    if (to.isValid())
        m_to = to.toSecsSinceEpoch();
}

bool LogFilter::matchesUser(std::string_view user) const
{
    return user == m_user || (!m_account.empty() && accountOf(user) == m_account);
}

QDateTime LogFilter::from() const
{
    return m_from == INT64_MIN ? QDateTime() : QDateTime::fromSecsSinceEpoch(m_from, Qt::UTC);
}

QDateTime LogFilter::to() const
{
    return m_to == INT64_MAX ? QDateTime() : QDateTime::fromSecsSinceEpoch(m_to, Qt::UTC);
}

std::string_view LogFilter::accountOf(std::string_view user)
{
    const std::size_t slash = user.rfind('\\');
    if (slash != std::string_view::npos)
        return user.substr(slash + 1);
    return user.substr(0, user.find('@'));
}

} // namespace eas::logs
