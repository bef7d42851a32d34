#include "RecentTargets.h"

#include <QSettings>

namespace eas::wizard {

namespace {

const QString kArray = QStringLiteral("recentTargets");
const QString kEmail = QStringLiteral("email");
const QString kUser = QStringLiteral("user");
const QString kUrl = QStringLiteral("url");
const QString kInternalUrl = QStringLiteral("internalUrl");
const QString kBundle = QStringLiteral("bundle");
const QString kLogs = QStringLiteral("logs");
const QString kEvents = QStringLiteral("events");
const QString kSymptoms = QStringLiteral("symptoms");

} // namespace

RecentTargets::RecentTargets(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

QList<RecentTarget> RecentTargets::list() const
{
    QList<RecentTarget> out;
    if (!m_settings)
        return out;
    const int size = m_settings->beginReadArray(kArray);
    for (int i = 0; i < size && out.size() < kLimit; ++i) {
        m_settings->setArrayIndex(i);
        RecentTarget t;
        t.email = m_settings->value(kEmail).toString();
        t.user = m_settings->value(kUser).toString();
        t.url = QUrl(m_settings->value(kUrl).toString());
        t.internalUrl = QUrl(m_settings->value(kInternalUrl).toString());
        t.bundlePath = m_settings->value(kBundle).toString();
        t.logPaths = m_settings->value(kLogs).toStringList();
        t.eventFiles = m_settings->value(kEvents).toStringList();
        t.symptoms = m_settings->value(kSymptoms).toStringList();
        if (!t.isEmpty())
            out.append(t);
    }
    m_settings->endArray();
    return out;
}

void RecentTargets::remember(const RecentTarget &target)
{
    if (!m_settings || target.isEmpty())
        return;
    QList<RecentTarget> targets = list();
    targets.removeIf([&](const RecentTarget &t) { return t.isSameTarget(target); });
    targets.prepend(target);
    write(targets.mid(0, kLimit));
}

void RecentTargets::forget(int index)
{
    QList<RecentTarget> targets = list();
    if (index < 0 || index >= targets.size())
        return;
    targets.removeAt(index);
    write(targets);
}

void RecentTargets::clear()
{
    if (m_settings && !list().isEmpty())
        write({});
}

void RecentTargets::write(const QList<RecentTarget> &targets)
{
    m_settings->remove(kArray);
    m_settings->beginWriteArray(kArray, int(targets.size()));
    for (int i = 0; i < targets.size(); ++i) {
        const RecentTarget &t = targets.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(kEmail, t.email);
        m_settings->setValue(kUser, t.user);
        m_settings->setValue(kUrl, t.url.toString());
        m_settings->setValue(kInternalUrl, t.internalUrl.toString());
        m_settings->setValue(kBundle, t.bundlePath);
        m_settings->setValue(kLogs, t.logPaths);
        m_settings->setValue(kEvents, t.eventFiles);
        m_settings->setValue(kSymptoms, t.symptoms);
    }
    m_settings->endArray();
    Q_EMIT changed();
}

} // namespace eas::wizard
