#include "SrvResolver.h"

#include <QDnsLookup>

#include <algorithm>

namespace eas::net {

void DnsSrvResolver::lookup(const QString &name,
                            QObject *context,
                            std::function<void(QList<SrvRecord>)> done)
{
    auto *dns = new QDnsLookup(QDnsLookup::SRV, name, context);
    QObject::connect(dns, &QDnsLookup::finished, context, [dns, done = std::move(done)] {
        QList<SrvRecord> out;
        if (dns->error() == QDnsLookup::NoError) {
            for (const QDnsServiceRecord &r : dns->serviceRecords())
                out.append({r.target(), r.port(), r.priority(), r.weight()});
        }
        std::stable_sort(out.begin(), out.end(), [](const SrvRecord &a, const SrvRecord &b) {
            return a.priority != b.priority ? a.priority < b.priority : a.weight > b.weight;
        });
        dns->deleteLater();
        done(out);
    });
    dns->lookup();
}

} // namespace eas::net
