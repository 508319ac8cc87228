/*
 * words.c: the words of every sentence, found once and looked up in the
 * lexicon once. The name finder (names.c) and the claim reader
 * (claim/read.c) both read a sentence word by word; they read this array
 * instead of splitting the text and asking the lexicon again each.
 */
#include "internal.h"
#include "bytescan.h"
#include "lexicon.h"

/* ===================================================================== */
/* One sentence                                                           */
/* ===================================================================== */

/* Does a typographic apostrophe (U+2019) start at byte j? */
static int curly_apostrophe(const unsigned char *u, size_t j) {
    return u[j] == 0xE2 && u[j + 1] == 0x80 && u[j + 2] == 0x99;
}

/* The end of the word that starts at i: letters, digits, inner hyphens,
 * apostrophes (' and ’) and periods (U.S.). *hyphen: one of its hyphens
 * joins two parts. */
static size_t word_end(const char *t, size_t i, size_t e, int *hyphen) {
    const unsigned char *u = (const unsigned char *)t;
    size_t j = i, l;
    for (;;) {
        int c;
        j = dsc_skip_ascii_alnum(u, j, e);
        if (j < e) {
            c = dsc_byte_class[u[j]];
            if (c == DSC_BYTE_WORD) { j++; continue; }
            if (c && dsc_word_cp_at(t, e, j)) { dsc_utf8_at(t, e, j, &l); j += l; continue; }
            /* (only a byte past ASCII, c != 0, may start a ’) */
            if (c && j + 3 < e && curly_apostrophe(u, j) && dsc_word_char_at(t, e, j + 3)) { j += 3; continue; }
        }
        if (j + 1 < e && (t[j] == '-' || t[j] == '\'' || t[j] == '.') && dsc_word_char_at(t, e, j + 1)) {
            *hyphen |= t[j] == '-';
            j++;
            continue;
        }
        return j;
    }
}

/* What the byte at i, between words of the sentence [s, e), tells the
 * claim reader (DSC_GAP_*): it reads the bytes between words itself only
 * where one may be a quotation mark. */
static int gap_byte(const char *t, size_t s, size_t e, size_t i) {
    unsigned char ch = (unsigned char)t[i];
    if (ch == ' ' || (ch > ')' && ch < ',') || (ch > ',' && ch < ':') || (ch > ';' && ch < 0x80)) return 0;
    if (ch == '"' || ch >= 0x80) return DSC_GAP_MARK;
    /* "10,000" and "3:1" group digits: no break in the sentence */
    if ((ch == ',' || ch == ':') && i > s && i + 1 < e && dsc_is_digit(t[i - 1]) && dsc_is_digit(t[i + 1])) return 0;
    return ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' ? DSC_GAP_COMMA : 0;
}

/* Looks word w (the bytes [w->start, w->end) of t, readable up to avail)
 * up in lx, and marks it qty_inert when inert (per lexicon entry, or
 * NULL: none marked) is given. A known word is asked once a document
 * (inert caches the answer per entry); one the lexicon does not know (a
 * name, mostly) is asked here, where its bytes were just read, so that
 * the quantity finder passes over it with the words around it. */
static void look_up(const char *t, size_t avail, const dsc_lexicon *lx, uint8_t *inert, dsc_word *w) {
    size_t i = w->start, n = w->end - i;
    w->qty_inert = 0;
    if (!lx && n - 1 < 7 && avail - i >= 8) {
        /* most words: short enough for one load, looked up inline; a word
         * of letters that the lexicon does not know has its chunk and hash
         * asked of the quantity finder's words as they are */
        uint64_t x = dsc_load_le64((const unsigned char *)t + i) & ((UINT64_C(1) << (8 * n)) - 1);
        uint64_t c = dsc_lx_fold_chunk(x);
        uint32_t h = dsc_lx_hash_chunks(&c, n);
        w->id = dsc_lex_find_hashed(c, n, h);
        if (inert && !w->id) { w->qty_inert = (uint8_t)dsc_quantity_chunk_inert(x, n, h); return; }
    } else {
        w->id = dsc_lex_find_in(lx, t + i, n, avail - i);
        if (inert && !w->id) { w->qty_inert = (uint8_t)dsc_quantity_word_inert_in(t + i, n, avail - i); return; }
    }
    if (inert && w->id) {
        if (!inert[w->id]) inert[w->id] = dsc_quantity_word_inert(t + i, n) ? 1 : 2;
        w->qty_inert = inert[w->id] == 1;
    }
}

#if defined(DSC_HAVE_SSE2)
/* ===================================================================== */
/* A plain word, 16 bytes at a time                                       */
/* ===================================================================== */

/* Most words of news are ASCII letters and digits ended by a space or a
 * mark, under 16 bytes: one 16-byte load tells where such a word ends,
 * folds it to lowercase and gives its chunks for the lexicon's hash, where
 * word_end and look_up read its bytes three times. */

/* A bit for each of the 16 bytes of x that is an ASCII letter or digit;
 * *alpha 0xFF in each byte that is a letter. A byte plus (128 - lo) is
 * below -128 + (hi - lo + 1) as a signed byte exactly when it is in
 * [lo, hi]; x | 0x20 is a lowercase letter exactly when x is a letter. */
static inline unsigned alnum16(__m128i x, __m128i *alpha) {
    __m128i low = _mm_or_si128(x, _mm_set1_epi8(0x20));
    __m128i a = _mm_cmplt_epi8(_mm_add_epi8(low, _mm_set1_epi8((char)(128 - 'a'))), _mm_set1_epi8(-128 + 26));
    __m128i d = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8((char)(128 - '0'))), _mm_set1_epi8(-128 + 10));
    *alpha = a;
    return dsc_v16_bits(_mm_or_si128(a, d));
}

/* The low n bytes of x (n < 8), the rest zero. */
static inline uint64_t low_bytes(uint64_t x, size_t n) { return x & ((UINT64_C(1) << (8 * n)) - 1); }

/* dsc_lex_find_in() of the built-in lexicon for a word of n (8 to 15)
 * bytes given as its two folded chunks (c1 0 when n is 8) and their hash
 * h: the slot's key is the first; an entry's word is NUL-padded to a
 * multiple of 8 bytes, so a longer one has a whole second chunk to compare. */
static uint32_t find_two_chunks(uint64_t c0, uint64_t c1, size_t n, uint32_t h) {
    uint64_t k;
    for (h &= dsc_lx_builtin_mask; (k = dsc_lx_builtin_slot_key[h]) != 0; h = (h + 1) & dsc_lx_builtin_mask) {
        const dsc_lx_entry *en = &dsc_lx_builtin[dsc_lx_builtin_slots[h]];
        if (k == c0 && en->len == n && (n == 8 || dsc_load_le64((const unsigned char *)en->word + 8) == c1))
            return dsc_lx_builtin_slots[h];
    }
    return 0;
}

/* Is the word of letters at u (n of them, 1 to 15, 16 bytes readable;
 * x0 its first 8 bytes as read, c0 and c1 its folded chunks, h their hash), one
 * the lexicon does not know, inert (dsc_quantity_word_inert)? The answer
 * depends on its letters folded only, and a document names the same few
 * people, firms and places again and again: memo (NULL: none) keeps the
 * last answer for each of its slots, by the hash. */
static int unknown_inert(dsc_word_memo *memo, const unsigned char *u, uint64_t x0, uint64_t c0, uint64_t c1,
                         size_t n, uint32_t h) {
    dsc_word_memo_slot *m = NULL;
    int inert;
    if (memo) {
        m = &memo->slot[(h >> 16) & memo->mask];
        if (m->n == n && m->c0 == c0 && m->c1 == c1) return m->inert;
    }
    inert = n < 8 ? dsc_quantity_chunk_inert(low_bytes(x0, n), n, h) : dsc_quantity_word_inert_in((const char *)u, n, 16);
    if (memo) { m->c0 = c0; m->c1 = c1; m->n = (uint32_t)n; m->inert = (uint32_t)inert; }
    return inert;
}

/* Does the byte at j (< e) go on with a word whose letters and digits end
 * there, or may it (word_end would tell): a hyphen, an apostrophe or a
 * period before a letter or digit, or a byte past ASCII? */
static inline int may_go_on(const unsigned char *u, size_t j, size_t e) {
    return u[j] >= 0x80 || ((u[j] == '-' || u[j] == '\'' || u[j] == '.') && j + 1 < e && dsc_byte_class[u[j + 1]] != 0);
}

/* The length of a word of letters and digits joined by hyphens,
 * apostrophes and periods ("DeepSeek-V3", "88.5", "OpenAI's") in the 16
 * bytes x, alnum the bits of its letters and digits before e (lim: the
 * bit of e, or 1 << 16): a joiner belongs to it before a letter or digit,
 * as word_end reads it. *hyphen: one of its hyphens joins two parts. */
static inline size_t joined_len(__m128i x, unsigned alnum, unsigned lim, unsigned *hyphen) {
    unsigned hy = dsc_v16_bits(dsc_v16_eq(x, '-'));
    unsigned joiner = hy | dsc_v16_bits(_mm_or_si128(dsc_v16_eq(x, '\''), dsc_v16_eq(x, '.')));
    unsigned word = alnum | (joiner & alnum >> 1);
    size_t n = dsc_lowest_bit(~word | lim);
    *hyphen = (hy & word & ((1u << n) - 1)) != 0;
    return n;
}

/* The word at i (an ASCII letter or digit, 16 bytes readable at it) of
 * [i, e), found and looked up in the built-in lexicon as look_up does
 * into w, given gap, when it ends within 16 bytes at a byte that cannot
 * continue it (word_end's answer, read in one load): returns its end as
 * written, or 0 when the caller must read it byte by byte (a byte past
 * ASCII, a longer word). Its letters and digits end most words; a word
 * whose joiners go on (see joined_len) is read again from the same load. */
static size_t plain_word(const unsigned char *u, size_t i, size_t e, uint8_t *inert, dsc_word_memo *memo,
                         dsc_word *w) {
    __m128i x = dsc_v16_load(u + i), alpha, fold;
    unsigned lim = e - i < 16 ? 1u << (e - i) : 0x10000u;
    unsigned alnum = alnum16(x, &alpha), letters, hyphen = 0, poss = 0;
    size_t n, j;
    uint64_t c0, c1 = 0, x0;
    uint32_t h;
    n = dsc_lowest_bit(~alnum | lim);
    j = i + n;
    if (n == 16) return 0;
    if (j < e && u[j] != ' ' && may_go_on(u, j, e)) {   /* (most words end at a space) */
        if (u[j] >= 0x80 || (n = joined_len(x, alnum & (lim - 1), lim, &hyphen)) == 16) return 0;
        j = i + n;
        if (j < e && u[j] != ' ' && may_go_on(u, j, e)) return 0;
        /* a trailing possessive is cut, as scan_sentence cuts it */
        if (n > 2 && u[j - 2] == '\'' && u[j - 1] == 's') poss = 2;
        n -= poss;
    }
    letters = dsc_v16_bits(alpha) | ~((1u << n) - 1);   /* all ones: only letters */
    fold = _mm_or_si128(x, _mm_and_si128(alpha, _mm_set1_epi8(0x20)));
    x0 = (uint64_t)_mm_cvtsi128_si64(x);
    c0 = (uint64_t)_mm_cvtsi128_si64(fold);
    w->start = (uint32_t)i; w->end = (uint32_t)(i + n); w->poss = (uint8_t)poss; w->hyphen = (uint8_t)hyphen;
    w->qty_inert = 0;
    if (n < 8) {
        c0 = low_bytes(c0, n);
        h = dsc_lx_hash_chunk1(c0, n);
        w->id = dsc_lex_find_hashed(c0, n, h);
    } else {
        uint64_t c[2];
        c[0] = c0;
        c[1] = c1 = low_bytes((uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(fold, fold)), n - 8);
        h = dsc_lx_hash_chunks(c, n);
        w->id = find_two_chunks(c0, c1, n, h);
    }
    if (inert && !w->id) {
        if (letters == ~0u) w->qty_inert = (uint8_t)unknown_inert(memo, u + i, x0, c0, c1, n, h);
        return j;
    }
    if (inert && w->id) {
        if (!inert[w->id]) inert[w->id] = dsc_quantity_word_inert((const char *)u + i, n) ? 1 : 2;
        w->qty_inert = inert[w->id] == 1;
    }
    return j;
}

/* Plain words one space apart, from the one at i (an ASCII letter or
 * digit) on, written at words[*len] and after while there is room, each
 * by plain_word: the loop of a sentence's prose with none of the general
 * loop's tests between its words. The first is given gap; the others
 * follow a space only (gap 0). Returns where the general loop goes on: the
 * byte after the last word written, or the start of the word plain_word
 * left to it (i when none was written). */
static size_t plain_run(const unsigned char *u, size_t i, size_t e, size_t avail, uint8_t *inert,
                        dsc_word_memo *memo, dsc_word *words, size_t *len, size_t cap, int gap) {
    size_t k = *len, j;
    while (k < cap && avail - i >= 16) {
        words[k].gap = (uint8_t)gap;
        if (!(j = plain_word(u, i, e, inert, memo, &words[k]))) break;
        k++;
        gap = 0;
        if (j + 1 >= e || u[j] != ' ' || dsc_byte_class[u[j + 1]] != DSC_BYTE_WORD) { i = j; break; }
        i = j + 1;
    }
    *len = k;
    return i;
}
#endif

/* ===================================================================== */
/* A sentence's words                                                     */
/* ===================================================================== */

/* The vector's length and data are held in locals while the words are
 * written (and stored back at the end): a field written through a word
 * pointer would otherwise make the compiler read them again from out. */
static int scan_sentence(const char *t, size_t s, size_t e, size_t avail, const struct dsc_lexicon *lx, uint8_t *inert,
                         dsc_word_memo *memo, dsc_vec *out) {
    const unsigned char *u = (const unsigned char *)t;
    size_t i = s, len = out->len, cap = out->cap;
    dsc_word *words = out->data;
    int gap = 0;
    while (i < e) {
        size_t j, l;
        int hyphen = 0, c;
        dsc_word *w;
        if (u[i] == ' ') { i++; continue; }     /* most bytes between words */
        c = dsc_byte_class[u[i]];
        if (c != DSC_BYTE_WORD && (c == 0 || !dsc_word_cp_at(t, e, i))) {
            gap |= gap_byte(t, s, e, i);
            if (c) dsc_utf8_at(t, e, i, &l); else l = 1;
            i += l;
            continue;
        }
#if defined(DSC_HAVE_SSE2)
        if (c == DSC_BYTE_WORD && !lx) {
            size_t before = len;
            i = plain_run(u, i, e, avail, inert, memo, words, &len, cap, gap);
            if (len > before) {
                gap = 0;
                continue;
            }
        }
#endif
        if (len == cap) {                       /* grow; words are written whole */
            out->len = len;
            if (!dsc_vec_push(out)) return -1;
            words = out->data;
            cap = out->cap;
        }
        w = words + len++;
        w->gap = (uint8_t)gap;
        gap = 0;
        j = word_end(t, i, e, &hyphen);
        w->start = (uint32_t)i; w->end = (uint32_t)j; w->poss = 0;
        /* a trailing possessive is cut: "OpenAI's", "People’s" */
        if (j - i > 2 && t[j - 2] == '\'' && t[j - 1] == 's') w->poss = 2;
        else if (j - i > 4 && curly_apostrophe(u, j - 4) && t[j - 1] == 's') w->poss = 4;
        w->end -= w->poss;
        w->hyphen = (uint8_t)hyphen;
        look_up(t, avail, lx, inert, w);
        i = j;
    }
    out->len = len;
    return 0;
}

int dsc_words_scan(const char *t, size_t s, size_t e, size_t avail, const struct dsc_lexicon *lx, uint8_t *inert,
                   dsc_vec *out) {
    return scan_sentence(t, s, e, avail, lx, inert, NULL, out);
}

/* ===================================================================== */
/* The document                                                           */
/* ===================================================================== */

int dsc_words_build(dsc_words *w, const char *t, size_t len, const dsc_vec *sents, const struct dsc_lexicon *lx) {
    size_t si;
    /* room for the words of news text at once (a word and the space after
     * it take 6 bytes on average), not doubled into a dozen times over */
    size_t cap = len / 5 + 16, slots = 64;
    w->words = (dsc_vec)DSC_VEC(dsc_word);
    w->first = malloc((sents->len + 1) * sizeof *w->first);
    w->inert = calloc(dsc_lex_size(lx) + 1, 1);
    /* a slot for every 128 bytes of text, 64 to 4096: room for the names
     * of a long document, little to clear for a short one */
    while (slots < 4096 && slots * 128 < len) slots *= 2;
    w->memo = calloc(1, sizeof *w->memo + slots * sizeof(dsc_word_memo_slot));
    if (!w->first || !w->inert || !w->memo) return -1;
    w->memo->mask = slots - 1;
    if (cap < SIZE_MAX / sizeof(dsc_word) && (w->words.data = malloc(cap * sizeof(dsc_word))) != NULL)
        w->words.cap = cap;
    for (si = 0; si < sents->len; si++) {
        const dsc_sent *s = &DSC_AT(*sents, dsc_sent, si);
        w->first[si] = (uint32_t)w->words.len;
        if (scan_sentence(t, s->start, s->end, len, lx, w->inert, w->memo, &w->words) < 0) return -1;
    }
    w->first[sents->len] = (uint32_t)w->words.len;
    return 0;
}

const dsc_word *dsc_words_of(const dsc_words *w, size_t si, size_t *n) {
    *n = w->first[si + 1] - w->first[si];
    return *n ? (const dsc_word *)w->words.data + w->first[si] : NULL;   /* (data is NULL without words) */
}

void dsc_words_free(dsc_words *w) {
    dsc_vec_free(&w->words);
    free(w->first);
    free(w->inert);
    free(w->memo);
    w->first = NULL;
    w->inert = NULL;
    w->memo = NULL;
}
