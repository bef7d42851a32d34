#include "StatusProxyModel.h"

#include "core/ResultsModel.h"

#include <QFont>

namespace eas::wizard {

StatusProxyModel::StatusProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

QString StatusProxyModel::statusLabel(const QString &statusName)
{
    if (statusName == QLatin1String("pass"))
        return tr("PASS");
    if (statusName == QLatin1String("info"))
        return tr("INFO");
    if (statusName == QLatin1String("warn"))
        return tr("WARN");
    if (statusName == QLatin1String("fail"))
        return tr("FAIL");
    if (statusName == QLatin1String("skip"))
        return tr("SKIP");
    if (statusName == QLatin1String("error"))
        return tr("ERROR");
    if (statusName == QLatin1String("running"))
        return tr("Running");
    return tr("Pending");
}

QString StatusProxyModel::iconPath(const QString &statusName)
{
    static const QStringList known = {QStringLiteral("pass"),
                                      QStringLiteral("info"),
                                      QStringLiteral("warn"),
                                      QStringLiteral("fail"),
                                      QStringLiteral("skip"),
                                      QStringLiteral("error"),
                                      QStringLiteral("running"),
                                      QStringLiteral("pending")};
    const QString name = known.contains(statusName) ? statusName : QStringLiteral("pending");
    return QStringLiteral(":/eas/icons/%1.svg").arg(name);
}

QIcon StatusProxyModel::icon(const QString &statusName)
{
    static QHash<QString, QIcon> cache;
    const QString path = iconPath(statusName);
    auto it = cache.constFind(path);
    if (it == cache.constEnd())
        it = cache.insert(path, QIcon(path));
    return *it;
}

QVariant StatusProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QString status
        = QIdentityProxyModel::data(index, ResultsModel::StatusNameRole).toString();
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(
            statusLabel(status), QIdentityProxyModel::data(index, Qt::DisplayRole).toString());
    case Qt::DecorationRole:
        return icon(status);
    case Qt::FontRole:
        if (QIdentityProxyModel::data(index, ResultsModel::IsRootCauseRole).toBool()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2").arg(
            statusLabel(status), QIdentityProxyModel::data(index, Qt::DisplayRole).toString());
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

} // namespace eas::wizard
