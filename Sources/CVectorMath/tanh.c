// tanh over arrays for AVX2 and AVX-512: the same formula, the same IEEE operations in the same
// order as VectorMath.tanh in Swift, so the same bits; only more elements at a time. Products and
// sums must stay separate operations: a fused multiply-add rounds once instead of twice and would
// change the result, so contraction is off.
#pragma STDC FP_CONTRACT OFF

#include "CVectorMath.h"

#if defined(__x86_64__)
#include <stdint.h>
#include <string.h>

// tanh|x| = t / (t + 2), t = e^{2|x|} − 1 from 2|x| = k·ln 2 + r: see VectorMath.tanh.
static inline __attribute__((always_inline)) double element(double x) {
    uint64_t xbits;
    memcpy(&xbits, &x, 8);
    uint64_t mbits = xbits & 0x7fffffffffffffffULL;
    double magnitude;
    memcpy(&magnitude, &mbits, 8);
    double y = 2 * (magnitude < 20 ? magnitude : 20);
    const double shifter = 6755399441055744.0;
    double shifted = y * 1.4426950408889634 + shifter;
    double k = shifted - shifter;
    double r = (y - k * 6.93147180369123816490e-01) - k * 1.90821492927058770002e-10;
    double r2 = r * r, r4 = r2 * r2, r8 = r4 * r4;
    double q0 = 1.0 / 2 + r * (1.0 / 6), q1 = 1.0 / 24 + r * (1.0 / 120);
    double q2 = 1.0 / 720 + r * (1.0 / 5040), q3 = 1.0 / 40320 + r * (1.0 / 362880);
    double q4 = 1.0 / 3628800 + r * (1.0 / 39916800), q5 = 1.0 / 479001600 + r * (1.0 / 6227020800);
    double q = (q0 + q1 * r2) + r4 * (q2 + q3 * r2) + r8 * (q4 + q5 * r2);
    double expm1r = r + r2 * q;
    uint64_t sbits, hbits;
    memcpy(&sbits, &shifted, 8);
    memcpy(&hbits, &shifter, 8);
    uint64_t scaleBits = (sbits - hbits + 1023) << 52;
    double scale;
    memcpy(&scale, &scaleBits, 8);
    double t = scale * expm1r + (scale - 1);
    double quotient = t / (t + 2);
    uint64_t qbits;
    memcpy(&qbits, &quotient, 8);
    uint64_t rbits = (qbits & 0x7fffffffffffffffULL) | (xbits & 0x8000000000000000ULL);
    double result;
    memcpy(&result, &rbits, 8);
    return x != x ? x : result;
}

__attribute__((target("avx2"))) int nabla_tanh_avx2(const double *x, double *out, long count) {
    for (long i = 0; i < count; i++) out[i] = element(x[i]);
    return 1;
}

__attribute__((target("avx512f"))) int nabla_tanh_avx512(const double *x, double *out, long count) {
    for (long i = 0; i < count; i++) out[i] = element(x[i]);
    return 1;
}
#else
int nabla_tanh_avx2(const double *x, double *out, long count) {
    (void)x; (void)out; (void)count;
    return 0;
}
int nabla_tanh_avx512(const double *x, double *out, long count) {
    (void)x; (void)out; (void)count;
    return 0;
}
#endif
