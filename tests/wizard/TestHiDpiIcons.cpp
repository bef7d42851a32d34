#include "StatusProxyModel.h"
#include "style/StatusIconLabel.h"

#include <QDirIterator>
#include <QIcon>
#include <QPixmap>
#include <QTest>

using namespace eas::wizard;

namespace {

const QStringList kStatuses{"pass", "info", "warn", "fail", "skip", "error", "running", "pending"};

} // namespace

// Run with QT_SCALE_FACTOR=2 (see CMakeLists.txt): every icon is an SVG from the resources,
// drawn at the screen's device pixels, never a small pixmap scaled up.
class TestHiDpiIcons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theScreenIsAt200Percent() { QCOMPARE(qApp->devicePixelRatio(), 2.0); }

    void everyIconIsAnSvgResource()
    {
        QStringList icons;
        for (QDirIterator it(":/eas/icons"); it.hasNext();)
            icons.append(it.next());
        QVERIFY(icons.contains(":/eas/icons/show-password.svg"));
        QVERIFY(icons.contains(":/eas/icons/hide-password.svg"));
        for (const QString &status : kStatuses)
            QVERIFY2(icons.contains(StatusProxyModel::iconPath(status)), qPrintable(status));
        for (const QString &path : icons)
            QVERIFY2(path.endsWith(".svg"), qPrintable(path));
    }

    void iconsScaleUpWithoutLoss()
    {
        // A pixmap-backed icon never grows past its file's size; an SVG one renders any size.
        for (const QString &status : kStatuses) {
            const QIcon icon = StatusProxyModel::icon(status);
            QCOMPARE(icon.pixmap(QSize(96, 96), 1.0).size(), QSize(96, 96));
            const QPixmap sharp = icon.pixmap(QSize(16, 16), 2.0);
            QCOMPARE(sharp.size(), QSize(32, 32));
            QCOMPARE(sharp.devicePixelRatio(), 2.0);
        }
    }

    void statusIconsAreMadeForTheScreen()
    {
        StatusIconLabel label;
        label.setStatus("fail", 2.0);
        const QPixmap pixmap = label.pixmap();
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        const int logical = 2 * label.fontMetrics().height() + 2;
        QCOMPARE(pixmap.size(), QSize(2 * logical, 2 * logical));
        QCOMPARE(label.accessibleName(), QStringLiteral("FAIL"));
    }
};

QTEST_MAIN(TestHiDpiIcons)
#include "TestHiDpiIcons.moc"
