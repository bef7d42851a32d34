#pragma once

// SSE2 where the compiler targets it (every x86-64): EAS_LOGS_SSE2 is defined and its intrinsics
// are available; elsewhere the byte loops are used.
#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define EAS_LOGS_SSE2 1
#endif
