#include "Tally.h"

#include <algorithm>

namespace eas::events {

Tally::Tally(int maxKeys)
    : m_maxKeys(maxKeys)
{
}

void Tally::add(const QString &key, qint64 count)
{
    m_total += count;
    const auto it = m_counts.find(key);
    if (it != m_counts.end())
        *it += count;
    else if (m_counts.size() < m_maxKeys)
        m_counts.insert(key, count);
    else
        m_counts[OtherKey] += count;
}

QList<QPair<QString, qint64>> Tally::top(int limit) const
{
    QList<QPair<QString, qint64>> entries;
    entries.reserve(m_counts.size());
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        entries.append({it.key(), it.value()});
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return entries.mid(0, limit);
}

QJsonObject Tally::toJson() const
{
    QJsonObject object;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace eas::events
