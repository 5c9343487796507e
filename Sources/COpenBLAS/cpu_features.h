// The CPU's identity and vector features, read with the cpuid and xgetbv instructions, which Swift
// cannot issue itself. NablaNumerics decodes the raw registers (CPUFeatures.swift) to choose an
// OpenBLAS kernel when the library does not recognise the CPU. Elsewhere than x86-64 both report
// nothing (return 0).
#ifndef NABLA_CPU_FEATURES_H
#define NABLA_CPU_FEATURES_H

#if defined(__x86_64__)
#include <cpuid.h>

/// Fills regs with EAX, EBX, ECX, EDX of cpuid(leaf, subleaf); returns 0 when the CPU lacks the leaf.
static inline int nabla_cpuid(unsigned leaf, unsigned subleaf, unsigned regs[4]) {
    regs[0] = regs[1] = regs[2] = regs[3] = 0;
    return __get_cpuid_count(leaf, subleaf, &regs[0], &regs[1], &regs[2], &regs[3]);
}

/// XCR0: which register states the operating system saves (bits 1–2 XMM/YMM, 5–7 the AVX-512
/// state). Only valid when cpuid(1).ECX has OSXSAVE (bit 27); the caller checks it first.
static inline unsigned long long nabla_xgetbv0(void) {
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((unsigned long long)hi << 32) | lo;
}
#else
static inline int nabla_cpuid(unsigned leaf, unsigned subleaf, unsigned regs[4]) {
    (void)leaf; (void)subleaf;
    regs[0] = regs[1] = regs[2] = regs[3] = 0;
    return 0;
}
static inline unsigned long long nabla_xgetbv0(void) { return 0; }
#endif

#endif
