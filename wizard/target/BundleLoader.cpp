#include "BundleLoader.h"

#include <QThread>

#include <memory>

namespace eas::wizard {

void BundleLoader::load(const QString &path)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    auto result = std::make_shared<report::BundleLoad>();
    QThread *worker
        = QThread::create([path, result] { *result = report::BundleImporter::load(path); });
    // The thread deletes itself; the loader may be gone by then (the wizard closed).
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, generation, path, result] {
        if (generation != m_generation)
            return;
        m_loading = false;
        Q_EMIT loaded(path, *result);
    });
    worker->start();
}

void BundleLoader::cancel()
{
    ++m_generation;
    m_loading = false;
}

} // namespace eas::wizard
