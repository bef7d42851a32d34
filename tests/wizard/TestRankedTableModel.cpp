#include "logs/RankedTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace eas::wizard;

namespace {

QStringList column(const QAbstractItemModel &model, int c)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, c).data().toString());
    return out;
}

} // namespace

class TestRankedTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsColumnsAndHeaders()
    {
        RankedTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHeaders({"Status", "Reason", "Requests"});
        model.setRows({{{"403", "UserDisabledForSync"}, 6}, {{"500", "ServerError"}, 2}});
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.countColumn(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Reason"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("UserDisabledForSync"));
        QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("UserDisabledForSync"));
        const QVariant count = model.index(0, 2).data();
        QCOMPARE(count.typeId(), QMetaType::LongLong); // a number, not text
        QCOMPARE(count.toLongLong(), 6);
        QCOMPARE(Qt::Alignment(model.index(0, 2).data(Qt::TextAlignmentRole).toInt()),
                 Qt::AlignRight | Qt::AlignVCenter);
        QVERIFY(!model.index(0, 0).data(Qt::TextAlignmentRole).isValid());
    }

    void retranslatedHeadersKeepTheRows()
    {
        RankedTableModel model;
        model.setHeaders({"User", "Failures"});
        model.setRows({{{"contoso\\jdoe"}, 16}});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.setHeaders({"Benutzer", "Fehler"});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(headers.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Benutzer"));
    }

    void proxySortsCountsAsNumbers()
    {
        RankedTableModel model;
        model.setHeaders({"Device", "Failures"});
        model.setRows({{{"DEV1"}, 9}, {{"dev2"}, 10}, {{"DEV3"}, 100}, {{"Dev4"}, 2}});
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
        proxy.sort(1, Qt::DescendingOrder);
        QCOMPARE(column(proxy, 1), (QStringList{"100", "10", "9", "2"})); // text would give 9 first
        proxy.sort(1, Qt::AscendingOrder);
        QCOMPARE(column(proxy, 0), (QStringList{"Dev4", "DEV1", "dev2", "DEV3"}));
        proxy.sort(0, Qt::AscendingOrder);
        QCOMPARE(column(proxy, 0), (QStringList{"DEV1", "dev2", "DEV3", "Dev4"}));
        model.setRows({{{"DEV5"}, 1}, {{"DEV6"}, 3}}); // a new analysis keeps the sort
        QCOMPARE(column(proxy, 0), (QStringList{"DEV5", "DEV6"}));
    }
};

QTEST_GUILESS_MAIN(TestRankedTableModel)
#include "TestRankedTableModel.moc"
