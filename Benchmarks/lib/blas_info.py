"""Say which BLAS library and which CPU kernel a peer's matrix product really runs on.

Usage:
  python3 blas_info.py numpy       the BLAS that NumPy loads, in this process's environment
  python3 blas_info.py lib PATH    the BLAS in the shared library PATH (e.g. the OpenBLAS that nabla or
                                   Octave links), in this process's environment

Why the kernel matters: OpenBLAS picks a kernel per CPU at load time, and OPENBLAS_CORETYPE overrides
that choice, so the same library can be much faster or slower depending on the environment. Run this
in exactly the environment the peer is timed in. Prints one line; never fails (unknown parts are
reported as unknown).
"""

import ctypes
import os
import sys


def openblas_summary(library: ctypes.CDLL) -> str | None:
    """Ask an OpenBLAS build for its version, kernel and threads, trying the symbol spellings of the
    plain build and of the 64-bit-integer builds that NumPy wheels ship (scipy_openblas64_)."""
    for prefix, suffix in (("", ""), ("scipy_", "64_"), ("", "64_")):
        try:
            corename = getattr(library, f"{prefix}openblas_get_corename{suffix}")
            config = getattr(library, f"{prefix}openblas_get_config{suffix}")
            threads = getattr(library, f"{prefix}openblas_get_num_threads{suffix}")
        except AttributeError:
            continue
        corename.restype = config.restype = ctypes.c_char_p
        version = config().decode().split()[1]
        return f"OpenBLAS {version}, kernel {corename().decode()}, {threads()} threads"
    return None


def describe_library(path: str) -> str:
    real = os.path.realpath(path)
    try:
        summary = openblas_summary(ctypes.CDLL(real))
    except OSError as error:
        return f"{real} (cannot load: {error})"
    return f"{summary} [{real}]" if summary else f"{real} (not OpenBLAS; kernel unknown)"


def describe_numpy() -> str:
    import numpy

    try:
        from threadpoolctl import threadpool_info

        blas = [info for info in threadpool_info() if info.get("user_api") == "blas"]
        if blas:
            info = blas[0]
            return (f"{info['internal_api']} {info['version']}, kernel {info['architecture']}, "
                    f"{info['num_threads']} threads (threadpoolctl)")
    except ImportError:
        pass

    # Without threadpoolctl: find the OpenBLAS that importing NumPy mapped into this process and ask it.
    with open("/proc/self/maps") as maps:
        loaded = {line.split()[-1] for line in maps if "openblas" in line.lower() and "/" in line}
    for path in sorted(loaded):
        try:
            summary = openblas_summary(ctypes.CDLL(path))
        except OSError:
            continue
        if summary:
            return f"{summary} (asked the loaded library)"

    # Last resort: the build configuration, which names the library but not the runtime kernel.
    try:
        blas = numpy.show_config(mode="dicts")["Build Dependencies"]["blas"]
        return f"{blas.get('name', '?')} {blas.get('version', '?')} (numpy.show_config; kernel unknown)"
    except Exception:  # show_config's shape differs across NumPy versions; this line is informational
        return "unknown BLAS"


def main() -> None:
    if len(sys.argv) == 2 and sys.argv[1] == "numpy":
        print(describe_numpy())
    elif len(sys.argv) == 3 and sys.argv[1] == "lib":
        print(describe_library(sys.argv[2]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
