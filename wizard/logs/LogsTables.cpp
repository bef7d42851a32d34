#include "LogsTables.h"

#include "RankedTable.h"

#include "steps/LogsStepData.h"

#include <QEvent>
#include <QGridLayout>

namespace eas::wizard {

namespace {

QList<RankedTableModel::Row> rowsOf(const QList<logs::Ranked> &ranked)
{
    QList<RankedTableModel::Row> rows;
    for (const logs::Ranked &r : ranked)
        rows.append({{r.key}, r.count});
    return rows;
}

} // namespace

LogsTables::LogsTables(QWidget *parent)
    : QWidget(parent)
    , m_users(new RankedTable(QStringLiteral("users"), this))
    , m_devices(new RankedTable(QStringLiteral("devices"), this))
    , m_clientIps(new RankedTable(QStringLiteral("clientIps"), this))
    , m_reasons(new RankedTable(QStringLiteral("reasons"), this))
{
    setObjectName(QStringLiteral("logsTablesWidget"));
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_users, 0, 0);
    layout->addWidget(m_devices, 0, 1);
    layout->addWidget(m_clientIps, 1, 0);
    layout->addWidget(m_reasons, 1, 1);
    retranslateUi();
}

void LogsTables::setData(const LogsStepData &data)
{
    m_users->setRows(rowsOf(data.users));
    m_devices->setRows(rowsOf(data.devices));
    m_clientIps->setRows(rowsOf(data.clientIps));
    QList<RankedTableModel::Row> reasons;
    for (const LogsStepData::Reason &r : data.reasons)
        reasons.append({{QString::number(r.status), r.reason}, r.count});
    m_reasons->setRows(reasons);
}

void LogsTables::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LogsTables::retranslateUi()
{
    const QString sortHint = tr("Click a column header to sort by it.");
    m_users->setTexts(tr("&Users with the most failures"),
                      tr("ActiveSync requests that failed, per user as logged. %1").arg(sortHint),
                      {tr("User"), tr("Failures")});
    m_devices->setTexts(tr("&Devices with the most failures"),
                        tr("ActiveSync requests that failed, per DeviceId. %1").arg(sortHint),
                        {tr("Device ID"), tr("Failures")});
    m_clientIps->setTexts(
        tr("Client &IPs with the most failures"),
        tr("ActiveSync requests that failed, per client address (c-ip). %1").arg(sortHint),
        {tr("Client IP"), tr("Failures")});
    m_reasons->setTexts(
        tr("Failure reas&ons"),
        tr("The reasons Exchange logged (Log= Error:) with each HTTP status. %1").arg(sortHint),
        {tr("Status"), tr("Reason"), tr("Requests")});
}

} // namespace eas::wizard
