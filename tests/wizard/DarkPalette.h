#pragma once

#include <QPalette>

namespace eas::test {

// A dark palette like the ones desktop themes ship (light text on #2d2d2d windows, slightly
// lighter #3a3a3a fields, as GNOME's dark theme has them), for the contrast test and the dark
// screenshots with the Fusion style: Fusion draws check box and radio button rims darker than
// the window, so on fields darker than the window they would vanish.
QPalette darkPalette();

} // namespace eas::test
