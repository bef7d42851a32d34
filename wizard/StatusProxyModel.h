#pragma once

#include <QIcon>
#include <QIdentityProxyModel>

namespace eas::wizard {

// The traffic-light look of the engine's ResultsModel: an icon and a text label for each status
// (never colour alone), the status word in front of the title, bold for the root cause.
class StatusProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit StatusProxyModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "PASS", "FAIL", ... (translated); "Running", "Pending" for steps not finished.
    static QString statusLabel(const QString &statusName);
    // ":/eas/icons/<status>.svg"
    static QString iconPath(const QString &statusName);
    // The icon of a status, made once: parsing the SVG again for every paint would stall.
    static QIcon icon(const QString &statusName);
};

} // namespace eas::wizard
