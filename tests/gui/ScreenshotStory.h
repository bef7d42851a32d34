#pragma once

#include "FakeRunnerFactory.h"

namespace eas::test {

// A believable run for the screenshots when the simulator is not built in: the certificate
// has expired, the rest is healthy, no logs were given. Real finding ids, readable texts.
FakeRunnerFactory screenshotStory();

} // namespace eas::test
