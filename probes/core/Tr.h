#pragma once

#include <QCoreApplication>

namespace eas {

// Translation context for user-facing text in non-QObject engine code (Qt Creator's
// updateinfotr.h pattern).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EasDoctor)
};

} // namespace eas
