/*
 * bytescan.h: 16 bytes at a time, for the scans that read every byte of a
 * document looking for a few rare ones (the cleaner's markup, the URL
 * cutter's marks, the sentence splitter's ends).
 *
 * Most bytes of news prose are letters and spaces that start nothing: a
 * scan's cost is the test of those. With SSE2 (every x86-64) one compare
 * tests 16 bytes against one value and one movemask turns the result into
 * 16 bits, a bit a byte, first byte lowest: a set of three bytes costs
 * about 8 instructions per 16 bytes where the 8-byte SWAR tests of
 * internal.h cost about 25 per 8. Without SSE2 the same functions read 8
 * bytes at a time with those SWAR tests; the answers are the same.
 *
 * dsc_scan_any3/4(t, i, e, ...): the index of the first byte of t[i, e)
 * equal to one of the values, or e; dsc_scan_set(t, i, e, set) the same
 * for up to 8 values known at run time (dsc_scan_set_init). t is where the
 * caller's buffer starts: the last bytes before e are read as one 16-byte
 * block ending at e when e >= 16 (none before t, none at e or after), the
 * bits of those before i shifted off, instead of one at a time.
 */
#ifndef DSC_BYTESCAN_H
#define DSC_BYTESCAN_H

#include "internal.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#define DSC_HAVE_SSE2 1

/* The 16 bytes at u, unaligned. */
static inline __m128i dsc_v16_load(const unsigned char *u) { return _mm_loadu_si128((const __m128i *)(const void *)u); }
static inline __m128i dsc_v16_eq(__m128i x, unsigned char c) { return _mm_cmpeq_epi8(x, _mm_set1_epi8((char)c)); }
static inline unsigned dsc_v16_bits(__m128i m) { return (unsigned)_mm_movemask_epi8(m); }
#endif

static inline size_t dsc_scan_any4(const char *t, size_t i, size_t e, unsigned char a, unsigned char b,
                                   unsigned char c, unsigned char d) {
    const unsigned char *u = (const unsigned char *)t;
#if defined(DSC_HAVE_SSE2)
    while (i + 16 <= e) {
        __m128i x = dsc_v16_load(u + i);
        unsigned m = dsc_v16_bits(_mm_or_si128(_mm_or_si128(dsc_v16_eq(x, a), dsc_v16_eq(x, b)),
                                               _mm_or_si128(dsc_v16_eq(x, c), dsc_v16_eq(x, d))));
        if (m) return i + dsc_lowest_bit(m);
        i += 16;
    }
    if (i < e && e >= 16) {   /* the last 16 bytes of t[0, e), those before i masked off */
        __m128i x = dsc_v16_load(u + e - 16);
        unsigned m = dsc_v16_bits(_mm_or_si128(_mm_or_si128(dsc_v16_eq(x, a), dsc_v16_eq(x, b)),
                                               _mm_or_si128(dsc_v16_eq(x, c), dsc_v16_eq(x, d))));
        m >>= i - (e - 16);
        return m ? i + dsc_lowest_bit(m) : e;
    }
#else
    while (i + 8 <= e) {
        uint64_t x = dsc_load_le64(u + i);
        uint64_t m = dsc_bytes_eq(x, a) | dsc_bytes_eq(x, b) | dsc_bytes_eq(x, c) | dsc_bytes_eq(x, d);
        if (m) return i + (dsc_lowest_bit(m) >> 3);
        i += 8;
    }
#endif
    while (i < e && u[i] != a && u[i] != b && u[i] != c && u[i] != d) i++;
    return i;
}

/* Three values: the fourth repeats the third. */
static inline size_t dsc_scan_any3(const char *t, size_t i, size_t e, unsigned char a, unsigned char b,
                                   unsigned char c) {
    return dsc_scan_any4(t, i, e, a, b, c, c);
}

/* Up to DSC_SCAN_SET_MAX byte values known only at run time (a phrase
 * list's first bytes), for dsc_scan_set(). */
#define DSC_SCAN_SET_MAX 8
typedef struct {
    unsigned char v[DSC_SCAN_SET_MAX];
    size_t n;                 /* 1..DSC_SCAN_SET_MAX; v[n..] repeat v[0] */
#if defined(DSC_HAVE_SSE2)
    __m128i x[DSC_SCAN_SET_MAX];
#endif
} dsc_scan_set_t;

/* A set of the n (1..DSC_SCAN_SET_MAX) values v. */
static inline void dsc_scan_set_init(dsc_scan_set_t *set, const unsigned char *v, size_t n) {
    size_t k;
    set->n = n;
    for (k = 0; k < DSC_SCAN_SET_MAX; k++) {
        set->v[k] = v[k < n ? k : 0];
#if defined(DSC_HAVE_SSE2)
        set->x[k] = _mm_set1_epi8((char)set->v[k]);
#endif
    }
}

#if defined(DSC_HAVE_SSE2)
/* A bit for each of the 16 bytes at u that is in the set: 4 compares
 * for a set of up to 4 values (wide 0), 8 for more. */
static inline unsigned dsc_scan_set_bits(const unsigned char *u, const dsc_scan_set_t *set, int wide) {
    __m128i x = dsc_v16_load(u);
    __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, set->x[0]), _mm_cmpeq_epi8(x, set->x[1])),
                             _mm_or_si128(_mm_cmpeq_epi8(x, set->x[2]), _mm_cmpeq_epi8(x, set->x[3])));
    if (wide)
        m = _mm_or_si128(m, _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, set->x[4]), _mm_cmpeq_epi8(x, set->x[5])),
                                         _mm_or_si128(_mm_cmpeq_epi8(x, set->x[6]), _mm_cmpeq_epi8(x, set->x[7]))));
    return dsc_v16_bits(m);
}
#endif

/* The index of the first byte of t[i, e) in the set, or e. */
static inline size_t dsc_scan_set(const char *t, size_t i, size_t e, const dsc_scan_set_t *set) {
    const unsigned char *u = (const unsigned char *)t;
#if defined(DSC_HAVE_SSE2)
    const int wide = set->n > 4;
    while (i + 16 <= e) {
        unsigned bits = dsc_scan_set_bits(u + i, set, wide);
        if (bits) return i + dsc_lowest_bit(bits);
        i += 16;
    }
    if (i < e && e >= 16) {   /* the last 16 bytes of t[0, e), those before i masked off */
        unsigned bits = dsc_scan_set_bits(u + e - 16, set, wide) >> (i - (e - 16));
        return bits ? i + dsc_lowest_bit(bits) : e;
    }
#endif
    for (; i < e; i++) {
        size_t k;
        for (k = 0; k < set->n; k++)
            if (u[i] == set->v[k]) return i;
    }
    return e;
}

#endif
