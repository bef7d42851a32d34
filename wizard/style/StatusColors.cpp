#include "StatusColors.h"

#include <QPalette>
#include <QString>

#include <algorithm>
#include <cmath>

namespace eas::wizard {

namespace {

struct Hue
{
    const char *status;
    float hue; // 0..1
    float saturation;
};

// The hues of the traffic-light icons in resources/icons.
constexpr Hue kHues[] = {
    {"pass", 133.0f / 360.0f, 0.60f},
    {"info", 216.0f / 360.0f, 0.65f},
    {"warn", 40.0f / 360.0f, 1.00f},
    {"fail", 0.0f, 0.70f},
    {"skip", 219.0f / 360.0f, 0.06f},
    {"error", 288.0f / 360.0f, 0.50f},
};

double linear(float channel)
{
    return channel <= 0.04045f ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double StatusColors::luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF())
           + 0.0722 * linear(rgb.blueF());
}

double StatusColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor StatusColors::text(const QString &statusName, const QPalette &palette)
{
    const QColor fallback = palette.color(QPalette::WindowText);
    const auto *hue = std::find_if(std::begin(kHues), std::end(kHues), [&](const Hue &h) {
        return statusName == QLatin1String(h.status);
    });
    if (hue == std::end(kHues))
        return fallback;
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    // Dark text on light backgrounds, light text on dark ones: start near the middle and move
    // away from the backgrounds until both contrasts hold.
    const bool darkBackground = luminance(window) + luminance(base) < 2 * 0.18;
    const float step = darkBackground ? 0.01f : -0.01f;
    for (float lightness = darkBackground ? 0.55f : 0.45f; lightness >= 0.0f && lightness <= 1.0f;
         lightness += step) {
        const QColor candidate = QColor::fromHslF(hue->hue, hue->saturation, lightness);
        if (contrast(candidate, window) >= kMinimumContrast
            && contrast(candidate, base) >= kMinimumContrast)
            return candidate;
    }
    return fallback;
}

} // namespace eas::wizard
