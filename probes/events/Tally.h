#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace eas::events {

// Counts per key, with a bound on the number of distinct keys so that a file full of distinct
// values cannot grow memory: once full, new keys count under OtherKey.
class Tally
{
public:
    static constexpr int DefaultMaxKeys = 1000;
    static inline const QString OtherKey = QStringLiteral("(other)");

    explicit Tally(int maxKeys = DefaultMaxKeys);

    void add(const QString &key, qint64 count = 1);
    qint64 value(const QString &key) const { return m_counts.value(key); }
    qint64 total() const { return m_total; }
    bool isEmpty() const { return m_counts.isEmpty(); }
    int size() const { return int(m_counts.size()); }
    // Keys by count, largest first (equal counts by key), at most `limit` of them.
    QList<QPair<QString, qint64>> top(int limit) const;
    QJsonObject toJson() const;

private:
    QHash<QString, qint64> m_counts;
    int m_maxKeys;
    qint64 m_total = 0;
};

} // namespace eas::events
