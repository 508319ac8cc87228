/*
 * util.c: the arena every document allocates from, growable arrays, and
 * the character classes the other modules agree on (what a word is, what a
 * quote is), so that "whole word" means the same thing everywhere.
 */
#include "internal.h"

/* ===================================================================== */
/* Arena                                                                  */
/* ===================================================================== */

struct dsc_arena_block {
    dsc_arena_block *next;
    size_t cap;
    /* data follows, 8-aligned */
};

#define ARENA_MIN 16384u      /* the first block, unless sized */
#define ARENA_GROWTH (1u << 20)
#define ALIGN8(x) (((x) + 7u) & ~(size_t)7u)
#define BLOCK_DATA(b) ((char *)(b) + ALIGN8(sizeof(dsc_arena_block)))

void dsc_arena_init(dsc_arena *a) { a->head = NULL; a->first = 0; a->cur = NULL; a->room = 0; }
void dsc_arena_init_sized(dsc_arena *a, size_t first) {
    dsc_arena_init(a);
    a->first = ALIGN8(first ? first : 1);
}

/* The capacity of the arena's next block, to hold at least n bytes. An
 * arena sized to its input takes that first, then blocks of half of it
 * (4 KiB to 1 MiB): the estimate was short, but not by much, most likely.
 * Unsized, blocks start at 16 KiB and double up to 1 MiB, so a big
 * arena makes few of them. */
static size_t next_block_cap(const dsc_arena *a, size_t n) {
    const dsc_arena_block *b = a->head;
    size_t cap;
    if (a->first) {
        cap = !b ? a->first : a->first / 2;
        if (b && cap < 4096) cap = 4096;
    } else {
        cap = !b ? ARENA_MIN : b->cap * 2;
    }
    if (b && cap > ARENA_GROWTH) cap = ARENA_GROWTH;
    return cap < n ? n : cap;
}

/* One freed first block, kept for the next arena's first block. A
 * document's arena is sized to it (a few MiB for a long one): freed and
 * allocated again for every document of a scan or a bench run, glibc gave
 * it back to the system and faulted it in again, page by page, whenever the
 * block fell at the top of the heap (76,564 page faults for the 64 MB bench
 * corpus against 20,901 when it did not). Taken and given by atomic
 * exchange: the corpus scan parses on several threads. Blocks over
 * SPARE_MAX are not kept, so that one huge document does not hold its
 * memory after it is freed. */
#define SPARE_MAX ((size_t)16 << 20)
/* Under valgrind, a spare taken again reads as never written, as a new
 * block from malloc would: a read of arena memory the document did not
 * write is still found. */
#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#endif
#endif
#ifndef VALGRIND_MAKE_MEM_UNDEFINED
#define VALGRIND_MAKE_MEM_UNDEFINED(p, n) ((void)(p), (void)(n))
#endif
#if defined(__GNUC__)
static dsc_arena_block *spare;
static dsc_arena_block *swap_spare(dsc_arena_block *b) { return __atomic_exchange_n(&spare, b, __ATOMIC_ACQ_REL); }
#else
static dsc_arena_block *swap_spare(dsc_arena_block *b) { return b; }   /* no cache without atomics */
#endif

/* A block of at least cap bytes for an arena's first block: the spare when
 * it fits (large enough, and not over 8 times the size: a small arena
 * would hold a document's block), else a new one. A spare too small is
 * freed; one too large is kept. */
static dsc_arena_block *first_block(size_t cap) {
    dsc_arena_block *b = swap_spare(NULL);
    if (b && b->cap >= cap && b->cap / 8 <= cap) {
        VALGRIND_MAKE_MEM_UNDEFINED(BLOCK_DATA(b), b->cap);
        return b;
    }
    if (b && b->cap >= cap) b = swap_spare(b);   /* (another may have come meanwhile) */
    free(b);
    if ((b = malloc(ALIGN8(sizeof(dsc_arena_block)) + cap)) != NULL) b->cap = cap;
    return b;
}

/* The allocation that does not fit in the newest block's room (internal.h's
 * inline functions take the rest): a new block, the newest, n bytes from
 * its start. The room left in the block before is not used again. */
void *dsc_arena_grow(dsc_arena *a, size_t n) {
    size_t cap = next_block_cap(a, n);
    dsc_arena_block *b;
    if (a->head) {
        if (!(b = malloc(ALIGN8(sizeof(dsc_arena_block)) + cap))) return NULL;
        b->cap = cap;
    } else {
        if (!(b = first_block(cap))) return NULL;
        cap = b->cap;                   /* a spare larger than asked: all of it */
    }
    b->next = a->head;
    a->head = b;
    a->cur = BLOCK_DATA(b) + n;
    a->room = cap - n;
    return BLOCK_DATA(b);
}

void dsc_arena_free(dsc_arena *a) {
    dsc_arena_block *b = a->head;
    while (b) {
        dsc_arena_block *next = b->next;
        /* the first block (the last in the list) becomes the spare */
        if (!next && b->cap <= SPARE_MAX) b = swap_spare(b);
        free(b);
        b = next;
    }
    a->head = NULL; a->cur = NULL; a->room = 0;
}

/* ===================================================================== */
/* Growable arrays                                                        */
/* ===================================================================== */

void *dsc_vec_push_grow(dsc_vec *v) {
    char *p;
    size_t cap = v->cap ? v->cap * 2 : 16;
    void *d = realloc(v->data, cap * v->elem);
    if (!d) return NULL;
    v->data = d; v->cap = cap;
    p = (char *)v->data + v->len++ * v->elem;
    memset(p, 0, v->elem);
    return p;
}

void dsc_vec_free(dsc_vec *v) {
    free(v->data);
    v->data = NULL; v->len = v->cap = 0;
}

/* ===================================================================== */
/* UTF-8 and character classes                                            */
/* ===================================================================== */

#define W_(c) [c] = DSC_BYTE_WORD
#define U4_(x) [x] = DSC_BYTE_UTF8, [x + 1] = DSC_BYTE_UTF8, [x + 2] = DSC_BYTE_UTF8, [x + 3] = DSC_BYTE_UTF8
#define U16_(x) U4_(x), U4_(x + 4), U4_(x + 8), U4_(x + 12)
const unsigned char dsc_byte_class[256] = {
    W_('0'), W_('1'), W_('2'), W_('3'), W_('4'), W_('5'), W_('6'), W_('7'), W_('8'), W_('9'),
    W_('A'), W_('B'), W_('C'), W_('D'), W_('E'), W_('F'), W_('G'), W_('H'), W_('I'), W_('J'),
    W_('K'), W_('L'), W_('M'), W_('N'), W_('O'), W_('P'), W_('Q'), W_('R'), W_('S'), W_('T'),
    W_('U'), W_('V'), W_('W'), W_('X'), W_('Y'), W_('Z'),
    W_('a'), W_('b'), W_('c'), W_('d'), W_('e'), W_('f'), W_('g'), W_('h'), W_('i'), W_('j'),
    W_('k'), W_('l'), W_('m'), W_('n'), W_('o'), W_('p'), W_('q'), W_('r'), W_('s'), W_('t'),
    W_('u'), W_('v'), W_('w'), W_('x'), W_('y'), W_('z'),
    U16_(0x80), U16_(0x90), U16_(0xA0), U16_(0xB0), U16_(0xC0), U16_(0xD0), U16_(0xE0), U16_(0xF0)
};
#undef U16_
#undef U4_
#undef W_

uint32_t dsc_utf8_at(const char *s, size_t n, size_t i, size_t *len) {
    const unsigned char *u = (const unsigned char *)s + i;
    size_t left = n - i, need, k;
    uint32_t cp;
    if (u[0] < 0x80) { *len = 1; return u[0]; }
    if ((u[0] & 0xE0) == 0xC0) { need = 2; cp = u[0] & 0x1Fu; }
    else if ((u[0] & 0xF0) == 0xE0) { need = 3; cp = u[0] & 0x0Fu; }
    else if ((u[0] & 0xF8) == 0xF0) { need = 4; cp = u[0] & 0x07u; }
    else { *len = 1; return 0xFFFD; }
    if (left < need) { *len = 1; return 0xFFFD; }
    for (k = 1; k < need; k++) {
        if ((u[k] & 0xC0) != 0x80) { *len = 1; return 0xFFFD; }
        cp = (cp << 6) | (u[k] & 0x3Fu);
    }
    *len = need;
    return cp;
}

uint32_t dsc_utf8_before(const char *s, size_t i, size_t *len) {
    const unsigned char *u = (const unsigned char *)s;
    size_t j = i - 1, k;
    uint32_t cp;
    /* Step back over at most three continuation bytes, then decode. */
    while (j > 0 && i - j < 4 && (u[j] & 0xC0) == 0x80) j--;
    cp = dsc_utf8_at(s, i, j, &k);
    if (j + k == i) { *len = k; return cp; }
    *len = 1;
    return 0xFFFD;
}

int dsc_cp_is_word(uint32_t cp) {
    if (cp < 0x80) return dsc_is_alnum((int)cp);
    if (cp == 0xFFFD) return 0;
    if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
    if (cp == 0xD7 || cp == 0xF7) return 0;
    /* General punctuation, currency, letterlike arrows and math symbols,
     * box drawing, CJK punctuation and full-width punctuation are not
     * letters; everything else above Latin-1 is treated as a letter. */
    if (cp >= 0x2000 && cp <= 0x2BFF) return 0;
    if (cp >= 0x3000 && cp <= 0x303F) return 0;
    if (cp >= 0xFE30 && cp <= 0xFE4F) return 0;
    if (cp >= 0xFF00 && cp <= 0xFF0F) return 0;
    if (cp >= 0xFF1A && cp <= 0xFF20) return 0;
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return 0;   /* emoji */
    return 1;
}

int dsc_word_cp_at(const char *s, size_t n, size_t i) {
    size_t l;
    return dsc_cp_is_word(dsc_utf8_at(s, n, i, &l));
}

int dsc_word_cp_before(const char *s, size_t i) {
    size_t l;
    return dsc_cp_is_word(dsc_utf8_before(s, i, &l));
}

size_t dsc_quote_at(const char *s, size_t n, size_t i, int *opening) {
    const unsigned char *u = (const unsigned char *)s;
    *opening = -1;   /* straight quotes: unknown, the caller decides */
    if (i >= n) return 0;
    if (u[i] == '"') return 1;
    if (i + 2 < n && u[i] == 0xE2 && u[i + 1] == 0x80) {
        if (u[i + 2] == 0x9C) { *opening = 1; return 3; }   /* “ */
        if (u[i + 2] == 0x9D) { *opening = 0; return 3; }   /* ” */
    }
    if (i + 1 < n && u[i] == 0xC2 && (u[i + 1] == 0xAB || u[i + 1] == 0xBB)) {
        *opening = u[i + 1] == 0xAB;                        /* « » */
        return 2;
    }
    return 0;
}

int dsc_ieq(const char *s, size_t n, const char *word) {
    size_t i;
    for (i = 0; i < n; i++) {
        int a = (unsigned char)s[i], b = (unsigned char)word[i];
        if (!b) return 0;
        if (a >= 'A' && a <= 'Z') a += 32;
        if (b >= 'A' && b <= 'Z') b += 32;
        if (a != b) return 0;
    }
    return word[n] == '\0';
}
