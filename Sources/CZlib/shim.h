#include <zlib.h>

// inflateInit2 is a macro passing the library's version and stream size, which Swift cannot import.
static inline int czlib_inflate_init2(z_streamp stream, int window_bits) {
    return inflateInit2(stream, window_bits);
}

// deflateInit2 likewise (tests make gzip data with it).
static inline int czlib_deflate_init2(z_streamp stream, int level, int window_bits) {
    return deflateInit2(stream, level, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY);
}
