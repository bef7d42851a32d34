#pragma once

#include "EasProbe.h"

namespace eas {

// Step 5: throttling and autoblock as a phone meets them: one authenticated FolderSync, read for
// 503 + X-MS-ASThrottle / Retry-After and 429 from a proxy. It never retries (and so never
// before Retry-After), which keeps the diagnosis from feeding the budget it measures.
class ThrottlingProbe : public EasProbe
{
    Q_OBJECT
public:
    ThrottlingProbe(std::shared_ptr<StepContext> context, QObject *parent = nullptr);

protected:
    void doStart() override;
};

} // namespace eas
