#pragma once

#include "report/BundleImporter.h"

#include <QObject>

namespace eas::wizard {

// Reads and validates the server bundle (report::BundleImporter::load, up to 64 MB of JSON) on
// a worker thread, so the target page never waits on the disk. Only the newest request
// reports: a path asked for earlier and finished later is dropped.
class BundleLoader : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void load(const QString &path);
    // Forgets the pending request (the field was cleared).
    void cancel();
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded(const QString &path, const eas::report::BundleLoad &load);

private:
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace eas::wizard
