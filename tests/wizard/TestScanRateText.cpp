#include "logs/ScanRateText.h"

#include <QLocale>
#include <QTest>

using namespace eas::wizard;

class TestScanRateText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void bytesRateAndLines()
    {
        const QVariantMap detail{{"bytesDone", qint64(312'400'000)},
                                 {"bytesTotal", qint64(1'000'000'000)},
                                 {"lines", qint64(1'000'000)},
                                 {"bytesPerSecond", 1.9e9},
                                 {"linesPerSecond", 4.1e6}};
        QCOMPARE(ScanRateText::text(detail),
                 QStringLiteral("312.4 MB of 1.0 GB · 1.9 GB/s · 4.1 M lines/s"));
    }

    void smallRates()
    {
        const QVariantMap detail{{"bytesDone", qint64(2'500)},
                                 {"bytesTotal", qint64(9'000)},
                                 {"bytesPerSecond", 900.0},
                                 {"linesPerSecond", 12'345.0}};
        QCOMPARE(ScanRateText::text(detail),
                 QStringLiteral("2.5 kB of 9.0 kB · 900 bytes/s · 12.3 k lines/s"));
        QVERIFY(ScanRateText::text(QVariantMap{{"linesPerSecond", 12.0}, {"bytesTotal", qint64(1)}})
                    .endsWith(QStringLiteral("12 lines/s")));
    }

    void nothingBeforeTheSizeIsKnown()
    {
        QVERIFY(ScanRateText::text({}).isEmpty());
        QVERIFY(
            ScanRateText::text({{"bytesDone", qint64(5)}, {"bytesTotal", qint64(0)}}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScanRateText)
#include "TestScanRateText.moc"
