#pragma once

#include <QColor>

class QPalette;
class QString;

namespace eas::wizard {

// Text colours for the status words (PASS, WARN, FAIL, ...) and warnings that keep WCAG AA
// contrast (4.5:1) against the palette's Window and Base colours, light or dark. Each status
// keeps its hue (green, blue, amber, red, purple, grey); only the lightness moves, away from the
// background, until the contrast holds. A palette where no lightness works gets WindowText.
class StatusColors
{
public:
    static constexpr double kMinimumContrast = 4.5;

    // "pass", "info", "warn", "fail", "skip", "error"; anything else is WindowText.
    static QColor text(const QString &statusName, const QPalette &palette);

    // WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
    static double luminance(const QColor &color);
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace eas::wizard
