/*
 * lexicon.c: looking words up in the compiled lexicon, and a user's
 * additions to it (a private copy of the built-in table, extended).
 */
#include "lexicon.h"
#include "lexicon_hash.h"
#include "internal.h"
#include <stdio.h>

struct dsc_lexicon {
    dsc_lx_entry *entries;    /* entry 0 empty, then the built-in words, then the user's */
    char **owned;             /* the words and labels this lexicon allocated */
    size_t n, cap, n_owned, cap_owned;
    uint32_t *slots;          /* 1 + entry index; 0: empty */
    uint32_t mask;
};

/* Lowercases s[0..n) into w; 0 when it cannot be a lexicon word. */
static int fold(const char *s, size_t n, unsigned char *w) {
    size_t i;
    if (n == 0 || n > DSC_LX_MAX_WORD) return 0;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        w[i] = c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
    }
    return 1;
}

/* ===================================================================== */
/* Looking a word up                                                      */
/* ===================================================================== */

/* Every token of every sentence is looked up once (cl_read_sentence), so
 * the lookup works on 8-byte chunks (lexicon_hash.h): a chunk is folded
 * to lowercase, hashed and compared with the entry's word at once. An
 * entry's word is NUL-padded to a multiple of 8 bytes (the generator's
 * pool, own_word() here), so its chunks can be read whole. */

/* The chunks of u[0..n) (1 <= n <= 31), folded, into c; returns how
 * many. u[0..avail) may be read (avail >= n): a short word inside a
 * longer text is read in one load and masked. */
static inline size_t word_chunks(const unsigned char *u, size_t n, size_t avail, uint64_t *c) {
    size_t k = 0, i;
    for (; k + 8 <= n; k += 8) *c++ = dsc_lx_fold_chunk(dsc_load_le64(u + k));
    if (k == n) return n / 8;
    if (n >= 8) {
        /* the last 8 bytes of the word, shifted down past those read */
        *c = dsc_lx_fold_chunk(dsc_load_le64(u + n - 8) >> (8 * (8 - (n - k))));
    } else if (avail >= 8) {
        *c = dsc_lx_fold_chunk(dsc_load_le64(u) & ((UINT64_C(1) << (8 * n)) - 1));
    } else {
        uint64_t x = 0;
        for (i = 0; i < n; i++) x |= (uint64_t)u[i] << (8 * i);
        *c = dsc_lx_fold_chunk(x);
    }
    return n / 8 + 1;
}

/* Is the entry's word the one of the chunks c (nc of them, n bytes)? */
static inline int same_word(const dsc_lx_entry *e, const uint64_t *c, size_t nc, size_t n) {
    const unsigned char *w = (const unsigned char *)e->word;
    size_t k;
    if (e->len != n) return 0;
    for (k = 0; k < nc; k++)
        if (dsc_load_le64(w + 8 * k) != c[k]) return 0;
    return 1;
}

uint32_t dsc_lex_find_in(const dsc_lexicon *lx, const char *s, size_t n, size_t avail) {
    uint64_t c[4];
    size_t nc;
    uint32_t h;
    if (n - 1 >= DSC_LX_MAX_WORD) return 0;          /* n == 0 or too long */
    /* a word under 8 bytes with 8 bytes readable at it (most words of a
     * text): read in one load, looked up with no array */
    if (!lx && n < 8 && avail >= 8) {
        c[0] = dsc_lx_fold_chunk(dsc_load_le64((const unsigned char *)s) & ((UINT64_C(1) << (8 * n)) - 1));
        return dsc_lex_find_hashed(c[0], n, dsc_lx_hash_chunks(c, n));
    }
    nc = word_chunks((const unsigned char *)s, n, avail > n ? avail : n, c);
    h = dsc_lx_hash_chunks(c, n);
    if (!lx) {
        /* a word under 8 bytes is its key; a longer one is told by its
         * entry, among those whose first 8 bytes are its own */
        uint64_t key = n < 8 ? c[0] | (uint64_t)n << 56 : c[0];
        uint64_t k;
        for (h &= dsc_lx_builtin_mask; (k = dsc_lx_builtin_slot_key[h]) != 0; h = (h + 1) & dsc_lx_builtin_mask)
            if (k == key && (n < 8 || same_word(&dsc_lx_builtin[dsc_lx_builtin_slots[h]], c, nc, n)))
                return dsc_lx_builtin_slots[h];
        return 0;
    }
    for (h &= lx->mask; lx->slots[h]; h = (h + 1) & lx->mask)
        if (same_word(&lx->entries[lx->slots[h] - 1], c, nc, n)) return lx->slots[h] - 1;
    return 0;
}

uint32_t dsc_lex_find(const dsc_lexicon *lx, const char *s, size_t n) { return dsc_lex_find_in(lx, s, n, n); }

dsc_lx_cls dsc_lex_spelled_at(const dsc_lexicon *lx, uint32_t id, const char *s, size_t n) {
    dsc_lx_cls c = {0, {0, 0, 0}};
    const dsc_lx_entry *e;
    size_t k;
    if (!id) return c;
    e = lx ? &lx->entries[id] : &dsc_lx_builtin[id];
    for (k = 0; k < e->n_spell && e->len == n; k++)
        if (memcmp(e->spell[k].s, s, n) == 0) {
            c.lo |= e->spell[k].cls.lo;
            c.hi[0] |= e->spell[k].cls.hi[0]; c.hi[1] |= e->spell[k].cls.hi[1]; c.hi[2] |= e->spell[k].cls.hi[2];
        }
    return c;
}

dsc_lx_cls dsc_lex_spelled(const dsc_lexicon *lx, const char *s, size_t n) {
    return dsc_lex_spelled_at(lx, dsc_lex_find(lx, s, n), s, n);
}

const dsc_lx_entry *dsc_lex_entry(const dsc_lexicon *lx, uint32_t id) {
    return lx ? &lx->entries[id] : &dsc_lx_builtin[id];
}

const dsc_lx_entry *dsc_lex_entries(const dsc_lexicon *lx) { return lx ? lx->entries : dsc_lx_builtin; }

size_t dsc_lex_size(const dsc_lexicon *lx) { return lx ? lx->n - 1 : dsc_lx_builtin_n; }

static int class_in(const char *const *names, const char *name, size_t n) {
    int k;
    for (k = 0; names[k]; k++)
        if (strlen(names[k]) == n && memcmp(names[k], name, n) == 0) return k;
    return -1;
}

int dsc_lex_class(const char *name, size_t n) { return class_in(dsc_lx_class_names, name, n); }
int dsc_lex_cased_class(const char *name, size_t n) { return class_in(dsc_lxc_class_names, name, n); }

/* ===================================================================== */
/* A user's lexicon                                                       */
/* ===================================================================== */

static int rehash(dsc_lexicon *lx, size_t want) {
    size_t slots = 1, i;
    uint32_t *t;
    while (slots < want * 2) slots *= 2;
    t = calloc(slots, sizeof *t);
    if (!t) return -1;
    free(lx->slots);
    lx->slots = t;
    lx->mask = (uint32_t)(slots - 1);
    for (i = 1; i < lx->n; i++) {
        const dsc_lx_entry *e = &lx->entries[i];
        uint32_t h = dsc_lx_hash_bytes((const unsigned char *)e->word, e->len) & lx->mask;
        while (t[h]) h = (h + 1) & lx->mask;
        t[h] = (uint32_t)(i + 1);
    }
    return 0;
}

dsc_lexicon *dsc_lex_new(void) {
    dsc_lexicon *lx = calloc(1, sizeof *lx);
    if (!lx) return NULL;
    lx->n = dsc_lx_builtin_n + 1;
    lx->cap = lx->n + 64;
    lx->entries = malloc(lx->cap * sizeof *lx->entries);
    if (!lx->entries) { free(lx); return NULL; }
    memcpy(lx->entries, dsc_lx_builtin, lx->n * sizeof *lx->entries);
    if (rehash(lx, lx->cap) < 0) { dsc_lex_free(lx); return NULL; }
    return lx;
}

void dsc_lex_free(dsc_lexicon *lx) {
    size_t i;
    if (!lx) return;
    for (i = 0; i < lx->n_owned; i++) free(lx->owned[i]);
    free(lx->owned);
    free(lx->entries);
    free(lx->slots);
    free(lx);
}

/* A block of n bytes this lexicon frees with it; NULL: no memory. */
static void *own_block(dsc_lexicon *lx, size_t n) {
    char *p;
    if (lx->n_owned == lx->cap_owned) {
        size_t cap = lx->cap_owned ? lx->cap_owned * 2 : 16;
        char **o = realloc(lx->owned, cap * sizeof *o);
        if (!o) return NULL;
        lx->owned = o; lx->cap_owned = cap;
    }
    p = malloc(n);
    if (!p) return NULL;
    lx->owned[lx->n_owned++] = p;
    return p;
}

static char *own(dsc_lexicon *lx, const char *s, size_t n) {
    char *p = own_block(lx, n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

static int has_spelling(const dsc_lx_entry *e, const char *s) {
    size_t k;
    for (k = 0; k < e->n_spell; k++)
        if (memcmp(e->spell[k].s, s, e->len) == 0) return 1;
    return 0;
}

/* A copy of the word w[0..n), NUL-padded to a multiple of 8 bytes (with
 * at least one NUL): dsc_lex_find() reads an entry's word 8 bytes at a
 * time. */
static char *own_word(dsc_lexicon *lx, const unsigned char *w, size_t n) {
    size_t size = (n / 8 + 1) * 8;
    char *p = own_block(lx, size);
    if (!p) return NULL;
    memset(p, 0, size);
    memcpy(p, w, n);
    return p;
}

/* The classes of spelling s of entry e, to change: the entry gets its own
 * copy of its spellings (the built-in ones are read-only), with s added
 * when new. NULL: no memory. */
static dsc_lx_cls *spelling_cls(dsc_lexicon *lx, dsc_lx_entry *e, const char *s) {
    dsc_lx_spelling *sp;
    size_t k, at = e->n_spell;
    for (k = 0; k < e->n_spell; k++)
        if (memcmp(e->spell[k].s, s, e->len) == 0) at = k;
    if (at == e->n_spell && e->n_spell == UINT8_MAX) return NULL;
    sp = own_block(lx, (e->n_spell + 1) * sizeof *sp);
    if (!sp) return NULL;
    if (e->n_spell) memcpy(sp, e->spell, e->n_spell * sizeof *sp);
    if (at == e->n_spell) {
        if (!(sp[at].s = own(lx, s, e->len))) return NULL;
        memset(&sp[at].cls, 0, sizeof sp[at].cls);
        e->n_spell++;
    }
    e->spell = sp;
    return &sp[at].cls;
}

/* The entry for word w (folded, length n), added when new; NULL: no memory. */
static dsc_lx_entry *entry_for(dsc_lexicon *lx, const unsigned char *w, size_t n) {
    uint32_t id = dsc_lex_find(lx, (const char *)w, n);
    dsc_lx_entry *e;
    if (id) return &lx->entries[id];
    if (lx->n == lx->cap) {
        size_t cap = lx->cap * 2;
        dsc_lx_entry *ne = realloc(lx->entries, cap * sizeof *ne);
        if (!ne) return NULL;
        lx->entries = ne; lx->cap = cap;
        if (rehash(lx, cap) < 0) return NULL;
    }
    e = &lx->entries[lx->n];
    memset(e, 0, sizeof *e);
    if (!(e->word = own_word(lx, w, n))) return NULL;
    e->len = (uint8_t)n;
    {
        uint32_t h = dsc_lx_hash_bytes(w, n) & lx->mask;
        while (lx->slots[h]) h = (h + 1) & lx->mask;
        lx->slots[h] = (uint32_t)(lx->n + 1);
    }
    lx->n++;
    return e;
}

/* A word a token can be: letters and digits of any script, and '-', '\''
 * or '.' between them. */
static int word_shape(const unsigned char *w, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        unsigned char c = w[i];
        if (dsc_is_alnum(c) || c >= 0x80) continue;
        if ((c == '-' || c == '\'' || c == '.') && i > 0 && i + 1 < n) continue;
        return 0;
    }
    return 1;
}

static void cls_add(dsc_lx_cls *c, unsigned k) {
    uint64_t bit = UINT64_C(1) << (k & 63);
    if (k < 64) c->lo |= bit; else c->hi[(k - 64) >> 6] |= bit;
}

/* Trims the word [*word, *word + *wn) of its blanks and folds it into w;
 * 0 with a message in err when it cannot be a lexicon word. */
static int word_ok(const char **word, size_t *wn, unsigned char *w, char *err, size_t errlen) {
    while (*wn > 0 && ((*word)[*wn - 1] == ' ' || (*word)[*wn - 1] == '\t')) (*wn)--;
    while (*wn > 0 && (**word == ' ' || **word == '\t')) { (*word)++; (*wn)--; }
    if (fold(*word, *wn, w) && word_shape(w, *wn)) return 1;
    snprintf(err, errlen, "'%.*s' is not a word (1 to %d letters or digits, '-', '\\'' or '.' inside)",
             (int)(*wn > 40 ? 40 : *wn), *word, DSC_LX_MAX_WORD);
    return 0;
}

int dsc_lex_set(dsc_lexicon *lx, const char *word, size_t wn, const char *spec, size_t sn,
                char *err, size_t errlen) {
    unsigned char w[DSC_LX_MAX_WORD];
    dsc_lx_cls cls, *cased = NULL, spelled = {0, {0, 0, 0}};
    dsc_lx_entry *e;
    size_t i = 0;
    int any_cased = 0, clears = 0;
    if (!word_ok(&word, &wn, w, err, errlen)) return -1;
    /* check the whole spec before changing anything */
    while (i < sn) {
        size_t j;
        int neg = 0;
        while (i < sn && (spec[i] == ' ' || spec[i] == ',')) i++;
        if (i >= sn) break;
        if (spec[i] == '=') { clears = 1; i++; continue; }
        if (spec[i] == '-') { neg = 1; i++; }
        for (j = i; j < sn && spec[j] != ' ' && spec[j] != ','; j++) {}
        if (dsc_lex_class(spec + i, j - i) < 0) {
            if (dsc_lex_cased_class(spec + i, j - i) < 0) {
                snprintf(err, errlen, "'%.*s': unknown class '%.*s'", (int)wn, word, (int)(j - i > 40 ? 40 : j - i),
                         spec + i);
                return -1;
            }
            any_cased = 1;
        }
        (void)neg;
        i = j;
    }
    if (!(e = entry_for(lx, w, wn))) { snprintf(err, errlen, "out of memory"); return -1; }
    /* cased classes change the spelling as written, the others the word */
    if (any_cased || (clears && has_spelling(e, word))) {
        if (!(cased = spelling_cls(lx, e, word))) { snprintf(err, errlen, "out of memory"); return -1; }
        spelled = *cased;
    }
    cls = e->cls;
    for (i = 0; i < sn;) {
        size_t j;
        int neg = 0, k;
        uint64_t bit, *slot;
        while (i < sn && (spec[i] == ' ' || spec[i] == ',')) i++;
        if (i >= sn) break;
        if (spec[i] == '=') { memset(&cls, 0, sizeof cls); memset(&spelled, 0, sizeof spelled); i++; continue; }
        if (spec[i] == '-') { neg = 1; i++; }
        for (j = i; j < sn && spec[j] != ' ' && spec[j] != ','; j++) {}
        k = dsc_lex_class(spec + i, j - i);
        {
            dsc_lx_cls *to = &cls;
            if (k < 0) { k = dsc_lex_cased_class(spec + i, j - i); to = &spelled; }
            bit = UINT64_C(1) << (k & 63);
            slot = k < 64 ? &to->lo : &to->hi[(k - 64) >> 6];
            *slot = neg ? *slot & ~bit : *slot | bit;
        }
        i = j;
    }
    /* a verb of saying is a reporting verb (saying is the part of report
     * the attribution prefers): "quipped saying" needs no "report" too */
    if (dsc_lx_has(cls, LX_SAYING) && !dsc_lx_has(e->cls, LX_SAYING)) cls_add(&cls, LX_REPORT);
    e->cls = cls;
    if (cased) *cased = spelled;
    return 0;
}

/* Is the label printable UTF-8 text of at most DSC_LX_MAX_LABEL bytes?
 * It goes into claims as written (a claimant), so no control byte, no
 * broken sequence. */
static int label_shape(const char *s, size_t n) {
    size_t i = 0, l;
    if (n > DSC_LX_MAX_LABEL) return 0;
    while (i < n) {
        uint32_t cp = dsc_utf8_at(s, n, i, &l);
        if (cp < 0x20 || cp == 0x7F || (cp == 0xFFFD && l == 1)) return 0;
        i += l;
    }
    return 1;
}

/* Trims the label [*s, *s + *n) of its spaces; 0 with a message in err
 * when it is no label. */
static int label_ok(const char *word, size_t wn, const char **s, size_t *n, char *err, size_t errlen) {
    while (*n > 0 && (*s)[*n - 1] == ' ') (*n)--;
    while (*n > 0 && **s == ' ') { (*s)++; (*n)--; }
    if (label_shape(*s, *n)) return 1;
    snprintf(err, errlen, "'%.*s': a label is text of at most %d bytes, no control characters",
             (int)(wn > 40 ? 40 : wn), word, DSC_LX_MAX_LABEL);
    return 0;
}

int dsc_lex_set_label(dsc_lexicon *lx, const char *word, size_t wn, const char *label, size_t ln,
                      char *err, size_t errlen) {
    unsigned char w[DSC_LX_MAX_WORD];
    dsc_lx_entry *e;
    if (!word_ok(&word, &wn, w, err, errlen)) return -1;
    if (!label_ok(word, wn, &label, &ln, err, errlen)) return -1;
    if (!(e = entry_for(lx, w, wn))) { snprintf(err, errlen, "out of memory"); return -1; }
    if (ln == 0) { e->label = NULL; return 0; }
    if (!(e->label = own(lx, label, ln))) { snprintf(err, errlen, "out of memory"); return -1; }
    return 0;
}

/* One "word<TAB>spec[<TAB>label]" line, [s, e). */
static int load_line(dsc_lexicon *lx, const char *s, const char *e, char *err, size_t errlen) {
    const char *tab = memchr(s, '\t', (size_t)(e - s)), *spec, *tab2;
    if (!tab) return dsc_lex_set(lx, s, (size_t)(e - s), "", 0, err, errlen);
    spec = tab + 1;
    tab2 = memchr(spec, '\t', (size_t)(e - spec));
    if (tab2) {               /* a bad label refuses the line before its classes change anything */
        const char *l = tab2 + 1;
        size_t ln = (size_t)(e - l);
        if (!label_ok(s, (size_t)(tab - s), &l, &ln, err, errlen)) return -1;
    }
    if (dsc_lex_set(lx, s, (size_t)(tab - s), spec, (size_t)((tab2 ? tab2 : e) - spec), err, errlen) < 0) return -1;
    return tab2 ? dsc_lex_set_label(lx, s, (size_t)(tab - s), tab2 + 1, (size_t)(e - tab2 - 1), err, errlen) : 0;
}

int dsc_lex_load_tsv(dsc_lexicon *lx, const char *text, size_t n, char *err, size_t errlen) {
    size_t i = 0, line = 0;
    int applied = 0;
    while (i < n) {
        size_t e = i, tab;
        char why[200];
        while (e < n && text[e] != '\n') e++;
        line++;
        if (e > i && text[e - 1] == '\r') e--;
        for (tab = i; tab < e && (text[tab] == ' ' || text[tab] == '\t'); tab++) {}
        if (tab < e && text[i] != '#') {
            if (load_line(lx, text + i, text + e, why, sizeof why) < 0) {
                snprintf(err, errlen, "line %zu: %s", line, why);
                return -1;
            }
            applied++;
        }
        while (e < n && text[e] != '\n') e++;
        i = e + 1;
    }
    return applied;
}
