#include "DarkPalette.h"

#include "style/StatusColors.h"
#include "summary/FixScriptRow.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using namespace eas;
using namespace eas::test;
using namespace eas::wizard;

namespace {

const QStringList kStatuses{"pass", "info", "warn", "fail", "skip", "error"};

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create("Fusion"));
    return fusion->standardPalette();
}

// Windows' and GNOME's light palettes: pure white fields, light grey windows.
QPalette whiteFieldsPalette()
{
    QPalette palette = lightPalette();
    palette.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
    palette.setColor(QPalette::Base, Qt::white);
    return palette;
}

double hueDegrees(const QColor &color)
{
    return color.toHsl().hslHueF() * 360.0;
}

} // namespace

// The status colours keep WCAG AA contrast for text on light and dark palettes, and the widgets
// that colour text take them from the palette instead of a fixed colour.
class TestStatusColors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contrastFollowsWcag()
    {
        QCOMPARE(qRound(StatusColors::contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(StatusColors::contrast(Qt::white, Qt::white), 1.0);
        QCOMPARE(StatusColors::contrast(QColor(0x77, 0x77, 0x77), Qt::white),
                 StatusColors::contrast(Qt::white, QColor(0x77, 0x77, 0x77)));
        // #767676 is the lightest grey that passes AA on white, #777777 just fails.
        QVERIFY(StatusColors::contrast(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(StatusColors::contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    }

    void everyStatusReadsOnTheWindowAndInFields_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("Fusion light") << lightPalette();
        QTest::newRow("white fields") << whiteFieldsPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void everyStatusReadsOnTheWindowAndInFields()
    {
        QFETCH(QPalette, palette);
        QSet<QRgb> seen;
        for (const QString &status : kStatuses) {
            const QColor color = StatusColors::text(status, palette);
            const double onWindow = StatusColors::contrast(color, palette.color(QPalette::Window));
            const double onBase = StatusColors::contrast(color, palette.color(QPalette::Base));
            QVERIFY2(onWindow >= 4.5 && onBase >= 4.5,
                     qPrintable(QStringLiteral("%1 %2: %3:1 on the window, %4:1 in fields")
                                    .arg(status, color.name())
                                    .arg(onWindow, 0, 'f', 2)
                                    .arg(onBase, 0, 'f', 2)));
            QVERIFY2(color != palette.color(QPalette::WindowText), qPrintable(status));
            seen.insert(color.rgb());
        }
        QCOMPARE(seen.size(), kStatuses.size()); // six different colours
        // The hues stay those of the traffic lights.
        const double fail = hueDegrees(StatusColors::text("fail", palette));
        QVERIFY2(fail < 15 || fail > 345, qPrintable(QString::number(fail)));
        const double pass = hueDegrees(StatusColors::text("pass", palette));
        QVERIFY2(pass > 90 && pass < 160, qPrintable(QString::number(pass)));
        const double warn = hueDegrees(StatusColors::text("warn", palette));
        QVERIFY2(warn > 20 && warn < 60, qPrintable(QString::number(warn)));
    }

    void darkPalettesGetLightColoursAndLightOnesDark()
    {
        const QColor onDark = StatusColors::text("fail", darkPalette());
        const QColor onLight = StatusColors::text("fail", lightPalette());
        QVERIFY(StatusColors::luminance(onDark) > StatusColors::luminance(onLight));
        QVERIFY(StatusColors::luminance(onDark) > 0.18);
        QVERIFY(StatusColors::luminance(onLight) < 0.18);
    }

    void otherStatusesUseTheTextColour()
    {
        const QPalette palette = darkPalette();
        QCOMPARE(StatusColors::text("pending", palette), palette.color(QPalette::WindowText));
        QCOMPARE(StatusColors::text(QString(), palette), palette.color(QPalette::WindowText));
    }

    void theDestructiveWarningFollowsThePalette_data()
    {
        everyStatusReadsOnTheWindowAndInFields_data();
    }

    void theDestructiveWarningFollowsThePalette()
    {
        QFETCH(QPalette, palette);
        FixScript fix;
        fix.id = "remove-device";
        fix.title = "Remove the device partnership";
        fix.destructive = true;
        fix.script = "Remove-MobileDevice -Identity x";
        FixScriptRow row(fix);
        row.setPalette(palette);
        auto *warning = row.findChild<QLabel *>("destructiveLabel");
        QVERIFY(warning);
        QVERIFY(warning->styleSheet().isEmpty());
        const QColor text = warning->palette().color(warning->foregroundRole());
        QCOMPARE(text, StatusColors::text("fail", palette));
        QVERIFY(StatusColors::contrast(text, palette.color(QPalette::Window)) >= 4.5);
    }
};

QTEST_MAIN(TestStatusColors)
#include "TestStatusColors.moc"
