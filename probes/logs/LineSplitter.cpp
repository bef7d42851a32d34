#include "LineSplitter.h"

#if defined(EAS_LOGS_SSE2) && defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#define EAS_LOGS_AVX2 1
#endif

namespace eas::logs {

#ifdef EAS_LOGS_AVX2
namespace {

struct Avx2Block
{
    static constexpr std::ptrdiff_t kWidth = 32;
    using Masks = Sse2Block::Masks;
    __attribute__((target("avx2"))) static Masks scan(const char *b)
    {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(b));
        const __m256i lastControl = _mm256_set1_epi8(0x1f);
        return {std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(' ')))),
                std::uint32_t(_mm256_movemask_epi8(
                    _mm256_cmpeq_epi8(_mm256_max_epu8(v, lastControl), lastControl))),
                std::uint32_t(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('\n'))))};
    }
};

__attribute__((target("avx2"))) std::ptrdiff_t
splitLineAvx2(const char *p, const char *end, SplitLine &out)
{
    return splitLineWith<Avx2Block>(p, end, out);
}

} // namespace
#endif

LineSplitter fastestLineSplitter()
{
#ifdef EAS_LOGS_AVX2
    if (__builtin_cpu_supports("avx2"))
        return splitLineAvx2;
#endif
    return splitLine;
}

} // namespace eas::logs
