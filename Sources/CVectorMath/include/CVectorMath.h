// Element functions over arrays, compiled for the wider vector units of x86-64 (AVX2, AVX-512)
// that Swift code, built for the baseline, cannot use. NablaNumerics calls a variant only after
// checking that the CPU and the operating system support it (VectorMath.swift). Elsewhere than
// x86-64 the variants do not exist and NablaNumerics uses its own loops.
#ifndef NABLA_VECTOR_MATH_H
#define NABLA_VECTOR_MATH_H

/// out[i] = tanh(x[i]) for i < count, bit for bit what VectorMath.tanh computes one element at a
/// time. out must not overlap x. Returns 0 (and writes nothing) where the variant does not exist.
int nabla_tanh_avx2(const double *x, double *out, long count);
int nabla_tanh_avx512(const double *x, double *out, long count);

#endif
