/*
 * lexicon_hash.h: the hash of a lexicon word, shared by the module
 * (lexicon.c) and the generator that lays out the built-in table
 * (tools/lexgen.c), which must agree on it bit for bit.
 *
 * A word (lowercase, at most 31 bytes) is hashed as 8-byte chunks, the
 * first byte of each in its low byte and the last chunk padded with zero
 * bytes: every token of every sentence is looked up, and a chunk costs
 * about what one byte costs hashed a byte at a time.
 */
#ifndef DSC_LEXICON_HASH_H
#define DSC_LEXICON_HASH_H

#include <stddef.h>
#include <stdint.h>

/* The hash of a word of n bytes given as its chunks c[0 .. (n + 7) / 8). */
static inline uint32_t dsc_lx_hash_chunks(const uint64_t *c, size_t n) {
    uint64_t h = (uint64_t)n * UINT64_C(0x9E3779B97F4A7C15);
    size_t k;
    for (k = 0; k < (n + 7) / 8; k++) h = (h ^ c[k]) * UINT64_C(0xFF51AFD7ED558CCD);
    return (uint32_t)(h >> 32) ^ (uint32_t)h;
}

/* The same hash of a word of 1 to 8 bytes, its one chunk c: the loop
 * above unrolled for the word pass, which hashes every short word of a text
 * and cannot tell the compiler that n is not 0. */
static inline uint32_t dsc_lx_hash_chunk1(uint64_t c, size_t n) {
    uint64_t h = ((uint64_t)n * UINT64_C(0x9E3779B97F4A7C15) ^ c) * UINT64_C(0xFF51AFD7ED558CCD);
    return (uint32_t)(h >> 32) ^ (uint32_t)h;
}

/* The same hash of the word w[0..n) (n <= 31), read a byte at a time. */
static inline uint32_t dsc_lx_hash_bytes(const unsigned char *w, size_t n) {
    uint64_t c[4] = {0, 0, 0, 0};
    size_t i;
    for (i = 0; i < n && i < 32; i++) c[i / 8] |= (uint64_t)w[i] << (8 * (i % 8));
    return dsc_lx_hash_chunks(c, n);
}

#endif
