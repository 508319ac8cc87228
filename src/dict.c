/*
 * dict.c: the entity dictionary and its multi-pattern matcher.
 *
 * Entries (canonical name, kind, aliases) come from TSV text, the built-in
 * one compiled in from data/entities.tsv first, then the user's, which
 * override by canonical name and win alias collisions. Freezing builds:
 *   - a hash of every name and alias -> entry, for lookups;
 *   - a byte trie of the surface forms matched in text, with a 256-way
 *     table at the root, a bitmap of the first two bytes of the forms and
 *     a hashed one of their first three (most word starts stop there, at
 *     one or two loads from 8 KB, before a walk down the trie), dense rows
 *     indexed by byte class for the wide nodes and short edge lists for
 *     the rest, packed for the walk: a node and its edges in one record
 *     (see "Trie").
 * Matching walks the trie only from word starts, keeps the longest form
 * that ends on a word boundary (or before a possessive 's, or a plural s
 * for chips, models and products), and resumes after it: leftmost-longest,
 * one pass, each byte visited at most (longest form) times.
 */
#include "internal.h"
#include "lexicon.h"
#include <stdio.h>

extern const char dsc_builtin_tsv[];
extern const size_t dsc_builtin_tsv_len;

/* ===================================================================== */
/* Kinds                                                                  */
/* ===================================================================== */

static const char *const entity_kinds[DSC_ENTITY_KINDS] = {
    "org", "person", "model", "chip", "product", "place"
};
static const char *const claim_kinds[DSC_CLAIM_KINDS] = {
    "cost", "time", "hardware", "benchmark", "market", "funding", "policy", "quote", "other"
};
static const char *const qualifiers[DSC_QUALIFIERS] = {
    "exact", "about", "less_than", "more_than", "range"
};
static const char *const quantity_kinds[DSC_Q_KINDS] = {
    "other", "money", "price", "percent", "count", "duration", "parameters", "tokens", "compute",
    "power", "bandwidth", "multiplier", "rank", "ratio", "score"
};
static const char *const claimant_types[DSC_CLAIMANT_TYPES] = { "named", "article", "unnamed", "passive" };

const char *dsc_entity_kind_name(dsc_entity_kind k) {
    return (unsigned)k < DSC_ENTITY_KINDS ? entity_kinds[k] : "org";
}
const char *dsc_claim_kind_name(dsc_claim_kind k) {
    return (unsigned)k < DSC_CLAIM_KINDS ? claim_kinds[k] : "other";
}
const char *dsc_qualifier_name(dsc_qualifier q) {
    return (unsigned)q < DSC_QUALIFIERS ? qualifiers[q] : "exact";
}
const char *dsc_quantity_kind_name(dsc_quantity_kind k) {
    return (unsigned)k < DSC_Q_KINDS ? quantity_kinds[k] : "other";
}
const char *dsc_claimant_type_name(dsc_claimant_type t) {
    return (unsigned)t < DSC_CLAIMANT_TYPES ? claimant_types[t] : "article";
}
int dsc_entity_kind_parse(const char *s, size_t n) {
    int k;
    for (k = 0; k < DSC_ENTITY_KINDS; k++)
        if (strlen(entity_kinds[k]) == n && memcmp(entity_kinds[k], s, n) == 0) return k;
    return -1;
}

/* ===================================================================== */
/* Structures                                                             */
/* ===================================================================== */

typedef struct {
    char *name;
    dsc_entity_kind kind;
    char **aliases;           /* NULL-terminated */
    int outlet;
    int word;                 /* a form that is also an English word opening sentences ("Benchmark") */
    int hidden;               /* the canonical name is a key, not a form */
    char country[3];          /* tag country=JP: its ISO 3166 code; "" untagged */
} entry;

typedef struct {
    const char *key;
    uint32_t len;
    int32_t entry;
    uint8_t matched;          /* a surface form searched for in text */
} slot;

/* Wider trie nodes than this have a dense row; see make_trie(). */
#define LINEAR_EDGES 8

struct dsc_dict {
    dsc_arena arena;          /* names and aliases */
    dsc_vec entries;          /* entry */
    uint32_t *by_name;        /* entry index + 1 by canonical name (0: empty),
                                 power of two, at most half full */
    size_t by_name_cap;
    int frozen;
    slot *slots; size_t n_slots;          /* hash, power of two */
    uint32_t *walk;           /* the trie, packed (see "Trie"), NULL: no form */
    uint32_t *dense; size_t n_classes;    /* dense rows of the wide nodes */
    uint8_t cls[256];         /* byte -> class (0: on no edge) */
    uint8_t pair[8192];       /* bit (b0 << 8 | b1): a form may start with the
                                 bytes b0 b1, or is the one byte b0 */
    uint8_t pair_form[8192];  /* bit (b0 << 8 | b1): a form is b0 b1, or b0 */
    uint8_t triple[8192];     /* bit triple_bit(b0, b1, b2): a form may start
                                 with those three bytes (a hash: sometimes
                                 set where none does) */
    uint8_t first_lo, first_hi;   /* range of the forms' first bytes */
    int sparse;               /* no form starts with a lowercase letter or a
                                 byte above 0x7F: scan 8 bytes at a time */
    int alnum_first;          /* no form starts with ASCII other than a
                                 letter or digit: find word starts 8 bytes
                                 at a time (a form starting above 0x7F,
                                 "Ürümqi", cannot start in 8 ASCII bytes) */
    uint32_t root[256];       /* child of the root per first byte (its
                                 place in walk), 0: none */
    dsc_lexicon *lexicon;     /* the user's words over the built-in ones; NULL: none */
};

/* ===================================================================== */
/* Building                                                               */
/* ===================================================================== */

dsc_dict *dsc_dict_new(int builtin) {
    dsc_dict *d = calloc(1, sizeof *d);
    if (!d) return NULL;
    dsc_arena_init(&d->arena);
    d->entries.elem = sizeof(entry);
    if (builtin) {
        char err[128];
        if (dsc_dict_load_tsv(d, dsc_builtin_tsv, dsc_builtin_tsv_len, err, sizeof err) < 0) {
            dsc_dict_free(d);
            return NULL;
        }
    }
    return d;
}

void dsc_dict_free(dsc_dict *d) {
    if (!d) return;
    dsc_arena_free(&d->arena);
    dsc_vec_free(&d->entries);
    free(d->by_name);
    free(d->slots); free(d->walk); free(d->dense);
    dsc_lex_free(d->lexicon);
    free(d);
}

static int set_err(char *err, size_t errlen, const char *msg) {
    if (err && errlen) snprintf(err, errlen, "%s", msg);
    return -1;
}

static int valid_form(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > 200) return 0;
    if (dsc_is_space(s[0]) || dsc_is_space(s[n - 1])) return 0;
    return strchr(s, '\t') == NULL && strchr(s, '\n') == NULL;
}

static uint32_t hash(const char *s, size_t n);

/* The entries by canonical name, while the dictionary is built: an entry
 * that names an existing one overrides it, and a dictionary of 40,000
 * lines must not compare each with all before it. */
static size_t name_slot(const dsc_dict *d, const char *name) {
    size_t mask = d->by_name_cap - 1, i = hash(name, strlen(name)) & mask;
    while (d->by_name[i] && strcmp(DSC_AT(d->entries, entry, d->by_name[i] - 1).name, name) != 0)
        i = (i + 1) & mask;
    return i;
}

static long entry_named(const dsc_dict *d, const char *name) {
    if (!d->by_name) return -1;
    return (long)d->by_name[name_slot(d, name)] - 1;
}

/* Indexes the last entry added; grows the table to stay half empty. */
static int index_entry(dsc_dict *d) {
    size_t i;
    if (d->entries.len * 2 > d->by_name_cap) {
        uint32_t *old = d->by_name;
        size_t cap = d->by_name_cap ? d->by_name_cap * 2 : 1024;
        d->by_name = calloc(cap, sizeof *d->by_name);
        if (!d->by_name) { d->by_name = old; return -1; }
        d->by_name_cap = cap;
        free(old);
        for (i = 0; i + 1 < d->entries.len; i++)
            d->by_name[name_slot(d, DSC_AT(d->entries, entry, i).name)] = (uint32_t)i + 1;
    }
    i = d->entries.len - 1;
    d->by_name[name_slot(d, DSC_AT(d->entries, entry, i).name)] = (uint32_t)i + 1;
    return 0;
}

/* dsc_dict_add(), returning the entry's index or -1. */
static long add_entry(dsc_dict *d, const char *name, dsc_entity_kind kind,
                      const char *const *aliases, size_t n_aliases, char *err, size_t errlen) {
    entry *e = NULL;
    size_t i;
    long at;
    if (d->frozen) return set_err(err, errlen, "dictionary already in use: add entries before parsing");
    if (!name || !valid_form(name)) return set_err(err, errlen, "invalid name: empty, too long, or with tabs or surrounding spaces");
    if ((unsigned)kind >= DSC_ENTITY_KINDS) return set_err(err, errlen, "invalid kind");
    for (i = 0; i < n_aliases; i++)
        if (!aliases[i] || !valid_form(aliases[i])) {
            if (err && errlen) snprintf(err, errlen, "invalid alias %zu of \"%s\"", i + 1, name);
            return -1;
        }
    at = entry_named(d, name);
    if (at >= 0) e = &DSC_AT(d->entries, entry, (size_t)at);
    else {
        e = dsc_vec_push(&d->entries);
        if (!e) return set_err(err, errlen, "out of memory");
        e->name = dsc_arena_strndup(&d->arena, name, strlen(name));
        if (!e->name || index_entry(d) < 0) { d->entries.len--; return set_err(err, errlen, "out of memory"); }
        at = (long)d->entries.len - 1;
    }
    e->kind = kind;
    e->aliases = dsc_arena_alloc(&d->arena, (n_aliases + 1) * sizeof(char *));
    if (!e->aliases) return set_err(err, errlen, "out of memory");
    for (i = 0; i < n_aliases; i++) {
        e->aliases[i] = dsc_arena_strndup(&d->arena, aliases[i], strlen(aliases[i]));
        if (!e->aliases[i]) return set_err(err, errlen, "out of memory");
    }
    return at;
}

int dsc_dict_add(dsc_dict *d, const char *name, dsc_entity_kind kind,
                 const char *const *aliases, size_t n_aliases, char *err, size_t errlen) {
    return add_entry(d, name, kind, aliases, n_aliases, err, errlen) < 0 ? -1 : 0;
}

/* Is tag one of the comma-separated words of the tags field? */
static int tag_in(const char *f, size_t n, const char *tag) {
    size_t i = 0, l = strlen(tag);
    while (i < n) {
        size_t j = i;
        while (j < n && f[j] != ',') j++;
        while (i < j && f[i] == ' ') i++;
        if (j - i >= l && memcmp(f + i, tag, l) == 0 && (j - i == l || f[i + l] == ' ')) return 1;
        i = j + 1;
    }
    return 0;
}

/* The value of the tag key=VALUE among the comma-separated tags of f, as
 * [*v, *v + *vn); 0 when no tag has that key. */
static int tag_value(const char *f, size_t n, const char *key, const char **v, size_t *vn) {
    size_t i = 0, l = strlen(key);
    while (i < n) {
        size_t j = i, e;
        while (j < n && f[j] != ',') j++;
        while (i < j && f[i] == ' ') i++;
        for (e = j; e > i && f[e - 1] == ' '; e--) {}
        if (e - i > l && memcmp(f + i, key, l) == 0 && f[i + l] == '=') {
            *v = f + i + l + 1; *vn = e - i - l - 1;
            return 1;
        }
        i = j + 1;
    }
    return 0;
}

/* The tags of an entry: outlet, word, country=XX. */
typedef struct { int outlet, word; char country[3]; } tags;

/* Reads the tags field; -1 with a message for a malformed country. */
static int read_tags(const char *f, size_t n, tags *t, char *err, size_t errlen) {
    const char *v;
    size_t vn;
    memset(t, 0, sizeof *t);
    t->outlet = tag_in(f, n, "outlet");
    t->word = tag_in(f, n, "word");
    if (tag_value(f, n, "country", &v, &vn)) {
        if (vn != 2 || !(v[0] >= 'A' && v[0] <= 'Z') || !(v[1] >= 'A' && v[1] <= 'Z')) {
            if (err && errlen)
                snprintf(err, errlen, "tag country=%.*s: a two-letter ISO 3166 code in capitals (country=JP)",
                         (int)(vn < 16 ? vn : 16), v);
            return -1;
        }
        memcpy(t->country, v, 2);
    }
    return 0;
}

/* One TSV line: name, kind, optional aliases, optional tags ("outlet",
 * "word", "country=JP"). */
static int tsv_line(dsc_dict *d, const char *s, size_t n, char *err, size_t errlen) {
    const char *field[4] = {0};
    size_t flen[4] = {0}, nf = 0, i, start = 0;
    char name[256], kind_s[32];
    char *alias_buf;
    const char *aliases[64];
    size_t n_al = 0;
    int kind;
    long at;
    tags tg;
    for (i = 0; i <= n && nf < 4; i++) {
        if (i == n || s[i] == '\t') {
            field[nf] = s + start; flen[nf] = i - start; nf++;
            start = i + 1;
        }
    }
    if (nf < 2) return set_err(err, errlen, "expected name<TAB>kind<TAB>aliases");
    if (flen[0] == 0 || flen[0] >= sizeof name) return set_err(err, errlen, "empty or too long name");
    memcpy(name, field[0], flen[0]); name[flen[0]] = '\0';
    if (flen[1] >= sizeof kind_s || (kind = dsc_entity_kind_parse(field[1], flen[1])) < 0) {
        if (err && errlen) snprintf(err, errlen, "unknown kind \"%.*s\" (org, person, model, chip, product, place)",
                                    (int)(flen[1] < 32 ? flen[1] : 32), field[1]);
        return -1;
    }
    if (read_tags(field[3] ? field[3] : "", flen[3], &tg, err, errlen) < 0) return -1;
    alias_buf = dsc_arena_strndup(&d->arena, field[2] ? field[2] : "", field[2] ? flen[2] : 0);
    if (!alias_buf) return set_err(err, errlen, "out of memory");
    if (flen[2]) {
        char *p = alias_buf;
        for (;;) {
            char *bar = strchr(p, '|');
            if (bar) *bar = '\0';
            if (*p) {
                if (n_al == sizeof aliases / sizeof aliases[0]) return set_err(err, errlen, "too many aliases (64 at most)");
                aliases[n_al++] = p;
            }
            if (!bar) break;
            p = bar + 1;
        }
    }
    if ((at = add_entry(d, name, (dsc_entity_kind)kind, aliases, n_al, err, errlen)) < 0) return -1;
    {   /* a tag is added, never taken away by a later line for the entry */
        entry *e = &DSC_AT(d->entries, entry, (size_t)at);
        if (tg.outlet) e->outlet = 1;
        if (tg.word) e->word = 1;
        if (tg.country[0]) memcpy(e->country, tg.country, 3);
    }
    return 0;
}

int dsc_dict_load_tsv(dsc_dict *d, const char *text, size_t n, char *err, size_t errlen) {
    size_t ls = 0, line = 0;
    int added = 0;
    while (ls < n) {
        size_t le = ls, e;
        while (le < n && text[le] != '\n') le++;
        e = le;
        if (e > ls && text[e - 1] == '\r') e--;
        line++;
        if (e > ls && text[ls] != '#') {
            size_t k = ls;
            while (k < e && dsc_is_space(text[k])) k++;
            if (k < e) {
                char why[200];
                if (tsv_line(d, text + ls, e - ls, why, sizeof why) < 0) {
                    if (err && errlen) snprintf(err, errlen, "line %zu: %s", line, why);
                    return -1;
                }
                added++;
            }
        }
        ls = le + 1;
    }
    return added;
}

/* ===================================================================== */
/* Hash of names                                                          */
/* ===================================================================== */

static uint32_t hash(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    size_t i;
    for (i = 0; i < n; i++) { h ^= (unsigned char)s[i]; h *= 16777619u; }
    return h;
}

static slot *find_slot(const dsc_dict *d, const char *s, size_t n) {
    size_t mask = d->n_slots - 1, i = hash(s, n) & mask;
    while (d->slots[i].key) {
        if (d->slots[i].len == n && memcmp(d->slots[i].key, s, n) == 0) return &d->slots[i];
        i = (i + 1) & mask;
    }
    return &d->slots[i];
}

static void put_name(dsc_dict *d, const char *s, size_t n, int32_t e, int matched) {
    slot *sl = find_slot(d, s, n);
    if (!sl->key) { sl->key = s; sl->len = (uint32_t)n; }
    sl->entry = e;                     /* later entries win collisions */
    sl->matched = (uint8_t)matched;
}

/* "Nvidia H800" whose alias is "H800", where "Nvidia" names an org: the
 * text "Nvidia H800" is two mentions, so the canonical is not searched. */
static int composite_name(const dsc_dict *d, const entry *e) {
    const char *sp = strchr(e->name, ' ');
    size_t i;
    slot *org;
    if (!sp || e->kind == DSC_ORG) return 0;     /* "Google DeepMind" is one org */
    for (i = 0; e->aliases[i]; i++)
        if (strcmp(e->aliases[i], sp + 1) == 0) break;
    if (!e->aliases[i]) return 0;
    org = find_slot(d, e->name, (size_t)(sp - e->name));
    return org->key && org->entry >= 0 &&
           DSC_AT(d->entries, entry, (size_t)org->entry).kind == DSC_ORG;
}

/* Places also match in capitals, as datelines write them (HONG KONG). */
static char *upper_form(dsc_dict *d, const char *s) {
    size_t n = strlen(s), i;
    int lower = 0;
    char *u;
    for (i = 0; i < n; i++) {
        if ((unsigned char)s[i] >= 0x80) return NULL;
        if (dsc_is_lower(s[i])) lower = 1;
    }
    if (!lower || n < 4) return NULL;
    u = dsc_arena_strndup(&d->arena, s, n);
    if (!u) return NULL;
    for (i = 0; i < n; i++) if (dsc_is_lower(u[i])) u[i] = (char)(u[i] - 32);
    return u;
}

/* ===================================================================== */
/* Trie                                                                   */
/* ===================================================================== */

/* The trie is packed for the walk in uint32 words (walk), one record per
 * node in preorder:
 *   entry + 1 (0: no form ends here);
 *   the count of edges n and then their n bytes, in (n + 4) / 4 words, or
 *   WIDE (more than LINEAR_EDGES edges) and then, in the next word, the
 *   node's dense row (its offset in dense: n_classes children indexed by
 *   byte class);
 *   for a short list, the places of the children but the first, which is
 *   the next record.
 * A step down a chain of one-edge nodes (most of the trie) reads the next
 * 8 bytes: a walk stays in a cache line or two, where separate node, edge
 * and child arrays cost a miss in each. The root's record (at 0, where no
 * edge leads: 0 = none) has no edges: a walk starts at root[first byte].
 *
 * It is built from the surface forms sorted bytewise: the forms under one
 * node are a contiguous run whose next bytes come in order, so each node
 * is written as it is visited, depth first, with no allocation per node
 * (a dictionary is built for every user dictionary, so its transient
 * memory matters as much as its size). */
typedef struct { const char *s; uint32_t len; int32_t entry; } tkey;

#define WIDE 0xFF

static int cmp_tkey(const void *a, const void *b) {
    const tkey *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->s, y->s, n);
    if (c) return c;
    return x->len < y->len ? -1 : x->len > y->len;
}

/* The packed trie while it is written: the words and dense rows in use. */
typedef struct { size_t words, rows; } tfill;

static size_t record_words(size_t kids) {
    if (kids > LINEAR_EDGES) return 3;
    return 1 + (kids + 4) / 4 + (kids > 1 ? kids - 1 : 0);
}

/* The packed trie's size, in words (the root's record has no edges) and
 * dense rows, from the sorted forms in one pass, so that it is allocated
 * once: a form shares its first l bytes with the one before, whose nodes
 * deeper than l then have all their children. Its bytes past l are new
 * edges: their bytes get byte classes (d->cls, n_classes) on the way. */
static void trie_size(dsc_dict *d, const tkey *keys, size_t n, size_t *words, size_t *rows) {
    uint16_t kids[202] = {0}; /* children so far of the last form's node at each depth */
    size_t i, k, l, last = 0; /* last: the last form's length */
    *words = record_words(0); *rows = 0;
    memset(d->cls, 0, sizeof d->cls);
    d->n_classes = 1;
    for (i = 0; i < n; last = keys[i].len, i++) {
        const unsigned char *s = (const unsigned char *)keys[i].s;
        for (l = 0; i && l < last && keys[i].s[l] == keys[i - 1].s[l]; l++) {}
        for (k = last; k > l; k--) { *words += record_words(kids[k]); *rows += kids[k] > LINEAR_EDGES; }
        kids[l]++;                /* sorted and distinct: l < keys[i].len */
        for (k = l + 1; k <= keys[i].len; k++) {
            kids[k] = k < keys[i].len;
            if (!d->cls[s[k - 1]]) d->cls[s[k - 1]] = (uint8_t)d->n_classes++;
        }
    }
    for (k = last; k > 0; k--) { *words += record_words(kids[k]); *rows += kids[k] > LINEAR_EDGES; }
}

/* Writes the record of the node whose forms are keys[lo, hi), which share
 * their first `depth` bytes, at the end of walk, then its children's
 * subtrees (depth is at most the longest form: 200 bytes). */
static void trie_fill(dsc_dict *d, tfill *f, const tkey *keys, size_t lo, size_t hi, size_t depth) {
    size_t i, j, kids = 0, at = f->words, row = 0;
    uint32_t e1 = 0;    /* its entry + 1 */
    if (lo < hi && keys[lo].len == depth) { e1 = (uint32_t)keys[lo].entry + 1; lo++; }
    for (i = lo; i < hi; i = j, kids++)
        for (j = i + 1; j < hi && keys[j].s[depth] == keys[i].s[depth]; j++) {}
    if (depth == 0) kids = 0;                 /* the root: left through root[] */
    f->words += record_words(kids);
    d->walk[at] = e1;
    d->walk[at + 1] = 0;                      /* the count, bytes, padding */
    if (kids > 3 && kids <= LINEAR_EDGES) d->walk[at + 2] = 0;
    if (kids > 7 && kids <= LINEAR_EDGES) d->walk[at + 3] = 0;
    if (kids > LINEAR_EDGES) {
        row = f->rows++ * d->n_classes;
        ((uint8_t *)(d->walk + at + 1))[0] = WIDE;
        d->walk[at + 2] = (uint32_t)row;
    } else {
        ((uint8_t *)(d->walk + at + 1))[0] = (uint8_t)kids;
    }
    for (i = lo, kids = 0; i < hi; i = j, kids++) {
        unsigned b = (unsigned char)keys[i].s[depth];
        uint8_t *eb = (uint8_t *)(d->walk + at + 1);
        size_t n = eb[0];
        for (j = i + 1; j < hi && keys[j].s[depth] == keys[i].s[depth]; j++) {}
        if (depth == 0) d->root[b] = (uint32_t)f->words;
        else if (n == WIDE) d->dense[row + d->cls[b]] = (uint32_t)f->words;
        else {
            eb[1 + kids] = (uint8_t)b;
            if (kids) d->walk[at + 1 + (n + 4) / 4 + kids - 1] = (uint32_t)f->words;
        }
        trie_fill(d, f, keys, i, j, depth + 1);
    }
}

/* The child on byte c of the record r (at w) with a list of ne edges, 2
 * to 8; 0: none. */
static inline uint32_t list_step(const uint32_t *r, uint32_t w, unsigned ne, unsigned c) {
    /* c among the list's bytes (read at once: walk has room past its
     * last record), their zero after the xor */
    uint64_t x = dsc_load_le64((const uint8_t *)(r + 1) + 1) ^ (DSC_ONES * c);
    uint64_t z = (x - DSC_ONES) & ~x & (DSC_HIGH_BYTES >> (64 - 8 * ne));
    if (!z) return 0;
    z = dsc_lowest_bit(z) >> 3;
    /* the first child is the next record */
    return z ? r[1 + (ne + 4) / 4 + z - 1] : w + (uint32_t)record_words(ne);
}

/* The child of the record at w on byte c, 0: none. */
static uint32_t trie_step(const dsc_dict *d, uint32_t w, unsigned c) {
    const uint32_t *r = d->walk + w;
    unsigned ne = ((const uint8_t *)(r + 1))[0];
    if (!ne) return 0;
    if (ne == 1) return ((const uint8_t *)(r + 1))[1] == c ? w + 2 : 0;
    if (ne == WIDE) return d->dense[r[2] + d->cls[c]];
    return list_step(r, w, ne, c);
}

/* The bytes the record at w has edges on, into out; their count. */
static size_t edge_bytes(const dsc_dict *d, uint32_t w, uint8_t out[256]) {
    const uint8_t *eb = (const uint8_t *)(d->walk + w + 1);
    size_t n = 0, c;
    if (eb[0] != WIDE) { memcpy(out, eb + 1, eb[0]); return eb[0]; }
    for (c = 0; c < 256; c++)
        if (d->cls[c] && d->dense[d->walk[w + 2] + d->cls[c]]) out[n++] = (uint8_t)c;
    return n;
}

/* The bit of the three bytes b0 b1 b2 in triple (a multiplicative hash
 * of the 24 bits to 16). */
static unsigned triple_bit(unsigned b0, unsigned b1, unsigned b2) {
    return ((b0 << 16 | b1 << 8 | b2) * 2654435761u) >> 16;
}

/* The prefixes through the root's child b0 (at w): each pair b0 b1,
 * whether it is a form, and the third bytes after it. */
static void mark_prefixes(dsc_dict *d, unsigned b0, uint32_t w) {
    uint8_t b1s[256], b2s[256];
    size_t n1 = edge_bytes(d, w, b1s), i, k;
    for (i = 0; i < n1; i++) {
        unsigned p = b0 << 8 | b1s[i];
        uint32_t w1 = trie_step(d, w, b1s[i]);
        size_t n2 = edge_bytes(d, w1, b2s);
        d->pair[p >> 3] |= (uint8_t)(1u << (p & 7));
        if (d->walk[w1]) d->pair_form[p >> 3] |= (uint8_t)(1u << (p & 7));
        for (k = 0; k < n2; k++) {
            unsigned b = triple_bit(b0, b1s[i], b2s[k]);
            d->triple[b >> 3] |= (uint8_t)(1u << (b & 7));
        }
    }
}

/* The filters before the walk (pair, pair_form, triple) and what the
 * forms' first bytes allow (first_lo/hi, sparse, alnum_first). */
static void build_filters(dsc_dict *d) {
    unsigned b0;
    memset(d->pair, 0, sizeof d->pair);
    memset(d->pair_form, 0, sizeof d->pair_form);
    memset(d->triple, 0, sizeof d->triple);
    d->first_lo = 0xFF; d->first_hi = 0; d->sparse = 1; d->alnum_first = 1;
    for (b0 = 0; b0 < 256; b0++) {
        uint32_t w = d->root[b0];
        if (!w) continue;
        if (b0 < d->first_lo) d->first_lo = (uint8_t)b0;
        if (b0 > d->first_hi) d->first_hi = (uint8_t)b0;
        if (b0 == 0 || b0 >= 0x80 || dsc_is_lower((int)b0)) d->sparse = 0;
        if (b0 < 0x80 && dsc_byte_class[b0] != DSC_BYTE_WORD) d->alnum_first = 0;
        if (d->walk[w]) {         /* the one byte b0 is a form: any second byte */
            memset(d->pair + (b0 << 5), 0xFF, 32);
            memset(d->pair_form + (b0 << 5), 0xFF, 32);
        } else {
            mark_prefixes(d, b0, w);
        }
    }
}

/* The packed trie of the surface forms (the slots marked matched), its
 * byte classes and the filters before it; no memory: no form matches. */
static void make_trie(dsc_dict *d) {
    tkey *keys;
    tfill f;
    size_t i, n = 0, words, rows;
    memset(&f, 0, sizeof f);
    memset(d->root, 0, sizeof d->root);
    for (i = 0; i < d->n_slots; i++)
        if (d->slots[i].key && d->slots[i].matched) n++;
    if (!n || !(keys = malloc(n * sizeof *keys))) return;
    for (i = 0, n = 0; i < d->n_slots; i++) {
        const slot *s = &d->slots[i];
        if (s->key && s->matched) { keys[n].s = s->key; keys[n].len = s->len; keys[n].entry = s->entry; n++; }
    }
    qsort(keys, n, sizeof *keys, cmp_tkey);
    trie_size(d, keys, n, &words, &rows);
    d->walk = words + 2 <= UINT32_MAX ? malloc((words + 2) * sizeof *d->walk) : NULL;   /* + the last list's 8-byte read */
    d->dense = calloc(rows ? rows * d->n_classes : 1, sizeof *d->dense);
    if (!d->walk || !d->dense || rows * d->n_classes > UINT32_MAX) {
        free(keys); free(d->walk); free(d->dense);
        d->walk = NULL; d->dense = NULL;
        return;
    }
    trie_fill(d, &f, keys, 0, n, 0);
    free(keys);
    d->walk[words] = d->walk[words + 1] = 0;
    build_filters(d);
}

void dsc_dict_freeze(dsc_dict *d) {
    size_t i, k, names = 0;
    if (d->frozen) return;
    d->frozen = 1;
    for (i = 0; i < d->entries.len; i++) {
        entry *e = &DSC_AT(d->entries, entry, i);
        size_t forms = 1;
        for (k = 0; e->aliases[k]; k++) forms++;
        names += e->kind == DSC_PLACE ? 2 * forms : forms;   /* places: also in capitals */
    }
    d->n_slots = 64;
    while (d->n_slots < names * 2) d->n_slots *= 2;
    d->slots = calloc(d->n_slots, sizeof(slot));
    if (!d->slots) { d->n_slots = 0; return; }
    /* canonical names first (so composite_name can see orgs), then aliases */
    for (i = 0; i < d->entries.len; i++) {
        entry *e = &DSC_AT(d->entries, entry, i);
        put_name(d, e->name, strlen(e->name), (int32_t)i, 1);
    }
    for (i = 0; i < d->entries.len; i++) {
        entry *e = &DSC_AT(d->entries, entry, i);
        for (k = 0; e->aliases[k]; k++) put_name(d, e->aliases[k], strlen(e->aliases[k]), (int32_t)i, 1);
    }
    for (i = 0; i < d->entries.len; i++) {
        entry *e = &DSC_AT(d->entries, entry, i);
        slot *s = find_slot(d, e->name, strlen(e->name));
        if (s->entry == (int32_t)i && (e->hidden || composite_name(d, e))) s->matched = 0;
        if (e->kind == DSC_PLACE) {
            char *u = upper_form(d, e->name);
            if (u && !find_slot(d, u, strlen(u))->key) put_name(d, u, strlen(u), (int32_t)i, 1);
            for (k = 0; e->aliases[k]; k++) {
                u = upper_form(d, e->aliases[k]);
                if (u && !find_slot(d, u, strlen(u))->key) put_name(d, u, strlen(u), (int32_t)i, 1);
            }
        }
    }
    make_trie(d);
}

/* ===================================================================== */
/* Lookups                                                                */
/* ===================================================================== */

size_t dsc_dict_size(const dsc_dict *d) { return d->entries.len; }
const char *dsc_dict_name(const dsc_dict *d, size_t i) { return DSC_AT(d->entries, entry, i).name; }
dsc_entity_kind dsc_dict_kind(const dsc_dict *d, size_t i) { return DSC_AT(d->entries, entry, i).kind; }
const char *const *dsc_dict_aliases(const dsc_dict *d, size_t i) {
    return (const char *const *)DSC_AT(d->entries, entry, i).aliases;
}
/* ===================================================================== */
/* The words the dictionary's documents are read with                     */
/* ===================================================================== */

const dsc_lexicon *dsc_dict_lexicon(const dsc_dict *d) { return d ? d->lexicon : NULL; }

/* The dictionary's own lexicon, made on the first change; NULL with a
 * message when the dictionary is already in use (frozen). */
static dsc_lexicon *own_lexicon(dsc_dict *d, char *err, size_t errlen) {
    if (d->frozen) { set_err(err, errlen, "the dictionary is in use: add words before the first parse"); return NULL; }
    if (!d->lexicon && !(d->lexicon = dsc_lex_new())) set_err(err, errlen, "out of memory");
    return d->lexicon;
}

int dsc_dict_lexicon_set(dsc_dict *d, const char *word, size_t wn, const char *classes, size_t cn,
                         char *err, size_t errlen) {
    dsc_lexicon *lx = own_lexicon(d, err, errlen);
    return lx ? dsc_lex_set(lx, word, wn, classes, cn, err, errlen) : -1;
}

int dsc_dict_lexicon_label(dsc_dict *d, const char *word, size_t wn, const char *label, size_t ln,
                           char *err, size_t errlen) {
    dsc_lexicon *lx = own_lexicon(d, err, errlen);
    return lx ? dsc_lex_set_label(lx, word, wn, label, ln, err, errlen) : -1;
}

int dsc_dict_load_lexicon(dsc_dict *d, const char *text, size_t n, char *err, size_t errlen) {
    dsc_lexicon *lx = own_lexicon(d, err, errlen);
    return lx ? dsc_lex_load_tsv(lx, text, n, err, errlen) : -1;
}

int dsc_dict_is_outlet(const dsc_dict *d, size_t i) { return DSC_AT(d->entries, entry, i).outlet; }
int dsc_dict_is_word(const dsc_dict *d, size_t i) { return DSC_AT(d->entries, entry, i).word; }
const char *dsc_dict_country(const dsc_dict *d, size_t i) { return DSC_AT(d->entries, entry, i).country; }
void dsc_dict_hide_name(dsc_dict *d, size_t i) { DSC_AT(d->entries, entry, i).hidden = 1; }

long dsc_dict_lookup(const dsc_dict *d, const char *s, size_t n) {
    const slot *sl;
    if (!d->frozen || !d->n_slots) {
        size_t i, k;
        for (i = 0; i < d->entries.len; i++) {
            const entry *e = &DSC_AT(d->entries, entry, i);
            if (strlen(e->name) == n && memcmp(e->name, s, n) == 0) return (long)i;
            for (k = 0; e->aliases[k]; k++)
                if (strlen(e->aliases[k]) == n && memcmp(e->aliases[k], s, n) == 0) return (long)i;
        }
        return -1;
    }
    sl = find_slot(d, s, n);
    return sl->key ? (long)sl->entry : -1;
}

/* ===================================================================== */
/* Matching                                                               */
/* ===================================================================== */

/* Where a form ending at j may end: returns the mention's length past i
 * (with a plural s) or 0 when the form does not end a word there. */
static size_t form_end(const dsc_dict *d, int32_t e, const char *t, size_t n, size_t i, size_t j) {
    const unsigned char *u = (const unsigned char *)t;
    dsc_entity_kind kind;
    if (j >= n) return j - i;
    if (t[j] == '$') return 0;                            /* US$, HK$: a currency */
    if (!dsc_word_char_at(t, n, j)) {
        /* a form ending in a letter followed by a word char is inside a
         * word; a form ending in '.' (U.S.) is fine whatever follows */
        return j - i;
    }
    if (!dsc_word_char_before(t, j)) return j - i;        /* "U.S." + word */
    kind = DSC_AT(d->entries, entry, (size_t)e).kind;
    if (t[j] == 's' && !dsc_word_char_at(t, n, j + 1) &&
        (kind == DSC_CHIP || kind == DSC_MODEL || kind == DSC_PRODUCT))
        return j + 1 - i;                                 /* H800s */
    (void)u;
    return 0;
}

/* The longest form starting at i (a word start whose first byte leads to
 * the record at w in walk) that ends where a form may end; sets *len,
 * returns its entry or -1. */
static int32_t longest_at(const dsc_dict *d, const unsigned char *u, size_t n, size_t i,
                          uint32_t w, size_t *len) {
    const uint32_t *walk = d->walk;     /* held here: the compiler read d->walk again at every step */
    size_t j = i + 1;
    int32_t best = -1;
    for (;;) {
        const uint32_t *r = walk + w;
        unsigned ne = ((const uint8_t *)(r + 1))[0];
        if (r[0]) {
            size_t l = form_end(d, (int32_t)(r[0] - 1), (const char *)u, n, i, j);
            if (l) { best = (int32_t)(r[0] - 1); *len = l; }
        }
        if (j >= n || !ne) break;
        /* trie_step(), inline */
        if (ne == 1) {            /* a chain, most of the trie */
            if (((const uint8_t *)(r + 1))[1] != u[j]) break;
            w += 2;
        } else {
            w = ne == WIDE ? d->dense[r[2] + d->cls[u[j]]] : list_step(r, w, ne, u[j]);
            if (!w) break;
        }
        j++;
    }
    return best;
}

/* May a form start at i, judging by the bytes at i, i + 1 and i + 2, all
 * three in the text (the 8-byte loop, away from the text's end: no bounds
 * to test)? Most word starts stop here, before the walk down the trie,
 * whose nodes are scattered over half a megabyte for the built-in
 * dictionary: a miss in the cache at each step. */
static inline int pair_may_start_in(const dsc_dict *d, const unsigned char *u, size_t i) {
    unsigned p = (unsigned)u[i] << 8 | u[i + 1], b;
    if (!(d->pair[p >> 3] & (1u << (p & 7)))) return 0;
    if (d->pair_form[p >> 3] & (1u << (p & 7))) return 1;
    b = triple_bit(u[i], u[i + 1], u[i + 2]);
    return (d->triple[b >> 3] >> (b & 7)) & 1;
}

/* pair_may_start_in() anywhere in a text of n bytes. */
static inline int pair_may_start(const dsc_dict *d, const unsigned char *u, size_t n, size_t i) {
    unsigned p;
    if (i + 2 < n) return pair_may_start_in(d, u, i);
    if (i + 1 >= n) return 1;
    p = (unsigned)u[i] << 8 | u[i + 1];        /* the last two bytes: the pair alone */
    return (d->pair[p >> 3] >> (p & 7)) & 1;
}

static int push_match(dsc_vec *out, size_t start, size_t len, int32_t e) {
    dsc_match *m = dsc_vec_push(out);
    if (!m) return -1;
    m->start = (uint32_t)start; m->len = (uint32_t)len; m->entry = e;
    return 0;
}

/* 0x80 in each of the 8 bytes of x that lies strictly between m and n (m,
 * n <= 128; bytes above 0x7F never count), 0 elsewhere: Bit Twiddling
 * Hacks' hasbetween(), exact per byte when no byte is above 0x7F (the
 * others do not count and carry into none). */
static uint64_t bytes_between(uint64_t x, unsigned m, unsigned n) {
    return (DSC_ONES * (127 + n) - (x & DSC_ONES * 127)) & ~x &
           ((x & DSC_ONES * 127) + DSC_ONES * (127 - m)) & DSC_HIGH_BYTES;
}

/* A form may start at p, a byte in the range of first bytes: the longest
 * there, pushed; its end, or 0 when none starts there (or -1: no memory). */
static inline long sparse_at(const dsc_dict *d, const char *text, size_t n, size_t p, dsc_vec *out) {
    const unsigned char *u = (const unsigned char *)text;
    size_t len = 0;
    int32_t best;
    if (!d->root[u[p]] || !pair_may_start(d, u, n, p) || dsc_word_char_before(text, p)) return 0;
    best = longest_at(d, u, n, p, d->root[u[p]], &len);
    if (best < 0) return 0;
    return push_match(out, p, len, best) < 0 ? -1 : (long)(p + len);
}

/* dsc_dict_match() for a dictionary whose forms all start with ASCII
 * capitals, digits or punctuation (the names a document finds for itself,
 * their surnames): 8 bytes at a time, the bytes in the range of first
 * bytes found at once and looked at alone. */
static int match_sparse(const dsc_dict *d, const char *text, size_t n, dsc_vec *out) {
    const unsigned char *u = (const unsigned char *)text;
    unsigned lo = d->first_lo - 1u, hi = d->first_hi + 1u;
    size_t i = 0;
    long end = 0;
    while (i + 8 <= n) {
        uint64_t m = bytes_between(dsc_load_le64(u + i), lo, hi);
        /* most 16 bytes hold no first byte: passed at once */
        if (!m && i + 16 <= n && !bytes_between(dsc_load_le64(u + i + 8), lo, hi)) { i += 16; continue; }
        for (end = 0; m && !end; m &= m - 1) end = sparse_at(d, text, n, i + (dsc_lowest_bit(m) >> 3), out);
        if (end < 0) return -1;
        i = end ? (size_t)end : i + 8;
    }
    for (; i < n; i++) {
        if ((end = sparse_at(d, text, n, i, out)) < 0) return -1;
        if (end) i = (size_t)end - 1;
    }
    return 0;
}

int dsc_dict_match(const dsc_dict *d, const char *text, size_t n, dsc_vec *out) {
    const unsigned char *u = (const unsigned char *)text;
    size_t i = 0;
    int word_before = 0;      /* is the character ending at i a word character */
    /* the 8-byte loop starts before blocks_to (keeping 10 bytes in the
     * text), or nowhere: held here, not read from d at every step */
    size_t blocks_to = d->alnum_first && n >= 10 ? n - 9 : 0;
    if (!d->walk) return 0;   /* no form at all */
    if (d->sparse) return match_sparse(d, text, n, out);
    while (i < n) {
        unsigned char c;
        uint32_t node;
        if (i < blocks_to) {
            /* 8 ASCII bytes at once: the candidates are the letters and
             * digits after no word character (the forms that can start
             * there start with one) */
            uint64_t x = dsc_load_le64(u + i), w, starts;
            if (!(x & DSC_HIGH_BYTES)) {
                w = dsc_alnum_bytes(x);
                starts = w & ~(w << 8 | (word_before ? UINT64_C(0x80) : 0));
                while (starts) {
                    size_t p = i + (dsc_lowest_bit(starts) >> 3);
                    starts &= starts - 1;
                    /* the pair bitmap first: it rejects most, and a pair
                     * it holds has a root child */
                    if (pair_may_start_in(d, u, p) && (node = d->root[u[p]]) != 0) {
                        size_t len = 0;
                        int32_t best = longest_at(d, u, n, p, node, &len);
                        if (best >= 0) {
                            if (push_match(out, p, len, best) < 0) return -1;
                            i = p + len;
                            word_before = dsc_word_char_before(text, i);
                            goto next;
                        }
                    }
                }
                word_before = (int)(w >> 63);
                i += 8;
                continue;
            }
        }
        c = u[i];
        /* a form starts only where no word character precedes */
        if (!word_before && (node = d->root[c]) != 0 && pair_may_start(d, u, n, i)) {
            size_t len = 0;
            int32_t best = longest_at(d, u, n, i, node, &len);
            if (best >= 0) {
                if (push_match(out, i, len, best) < 0) return -1;
                i += len;
                word_before = dsc_word_char_before(text, i);
                continue;
            }
        }
        switch (dsc_byte_class[c]) {
        case 0: word_before = 0; break;
        case DSC_BYTE_WORD:   /* inside a word: skip to its end */
            i++;
            while (i < n && dsc_byte_class[u[i]] == DSC_BYTE_WORD) i++;
            word_before = 1;
            continue;
        default: word_before = dsc_word_cp_before(text, i + 1); break;
        }
        i++;
    next:;
    }
    return 0;
}
