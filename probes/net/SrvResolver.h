#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace eas::net {

struct SrvRecord
{
    QString target;
    quint16 port = 443;
    quint16 priority = 0;
    quint16 weight = 0;
};

// DNS SRV lookups behind an interface: the real one uses QDnsLookup; tests inject a fake
// (Qt 6.4's QDnsLookup cannot be pointed at a loopback name server on another port).
class SrvResolver
{
public:
    virtual ~SrvResolver() = default;
    // Calls `done` once, on `context`'s thread, with the records sorted by priority (empty on
    // failure). Nothing is called after `context` is destroyed.
    virtual void
    lookup(const QString &name, QObject *context, std::function<void(QList<SrvRecord>)> done)
        = 0;
};

class DnsSrvResolver : public SrvResolver
{
public:
    void lookup(const QString &name,
                QObject *context,
                std::function<void(QList<SrvRecord>)> done) override;
};

} // namespace eas::net
