// zlib (Debian's zlib1g-dev), for the compressed variables of MATLAB .mat files.
// inflateInit is a C macro, which Swift cannot call; this wrapper is the macro.
#include <zlib.h>

static inline int nabla_inflate_init(z_stream *stream) {
    return inflateInit(stream);
}
