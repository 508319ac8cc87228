/*
 * corpus.c: what a scan keeps of each file, packed, and the cursors that
 * read it back.
 *
 * A corpus keeps, per file, the claims and each entity's count and first
 * mention: in a 200 MB scan that is 1.3 million claims, and their text
 * alone is 176 MB. Everything else is packed around the text in one block
 * per file, sized to it: each string (entity names, claimants, units) once
 * per file, referred to by its offset; numbers as variable-length integers,
 * positions as differences from the record before. Fixed structs (a span is
 * 24 bytes, a quantity 64) and a 16 KiB arena block per file took 710 MB
 * for that scan; packed, the corpus is about 1.2 times the text it keeps.
 *
 * Records are read in order through cursors (dsc_corpus_next_claim and
 * friends), which decode one at a time into views: no allocation, so a
 * reader never has anything to free.
 *
 * The strings and records of a file, its body, are what the scan cache
 * stores (cache.c). A corpus restored from a cache keeps only each file's
 * public part until a cursor first asks for its records: the body is then
 * read from the cache and verified, and a body that does not verify reads
 * as no records.
 */
#include "internal.h"

/* ===================================================================== */
/* Files and skipped paths                                                */
/* ===================================================================== */

struct dsc_corpus {
    dsc_vec files;            /* packed_file* */
    dsc_vec skipped;          /* dsc_corpus_skip (path and reason: one malloc) */
    dsc_cache *cache;         /* the cache its lazy files are read from, or NULL */
};

/* One block per file: the public part, then the path, the strings, the
 * entity records and the claim records (the body: cache.c stores it as
 * it is). A file restored from a cache is lazy: its block holds the
 * public part only, and the body is read from the cache when first used. */
typedef struct {
    dsc_corpus_file pub;      /* first: a dsc_corpus_file* is a packed_file* */
    const char *strings;      /* NUL-terminated, each at its offset */
    const unsigned char *entities, *claims;
    dsc_body_info info;
    struct dsc_lazy *lazy;    /* not NULL: the body is in the cache */
} packed_file;

static const packed_file *packed(const dsc_corpus_file *f) { return (const packed_file *)(const void *)f; }

dsc_corpus *dsc_corpus_new(void) {
    dsc_corpus *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->files.elem = sizeof(packed_file *);
    c->skipped.elem = sizeof(dsc_corpus_skip);
    return c;
}

size_t dsc_corpus_file_count(const dsc_corpus *c) { return c->files.len; }
const dsc_corpus_file *dsc_corpus_file_at(const dsc_corpus *c, size_t i) {
    return i < c->files.len ? &DSC_AT(c->files, packed_file *, i)->pub : NULL;
}

size_t dsc_corpus_skipped_count(const dsc_corpus *c) { return c->skipped.len; }
const dsc_corpus_skip *dsc_corpus_skipped_at(const dsc_corpus *c, size_t i) {
    return i < c->skipped.len ? &DSC_AT(c->skipped, dsc_corpus_skip, i) : NULL;
}

int dsc_corpus_add_file(dsc_corpus *c, dsc_corpus_file *f) {
    packed_file **slot = dsc_vec_push(&c->files);
    if (!slot) return -1;
    *slot = (packed_file *)(void *)f;
    return 0;
}

int dsc_corpus_add_skip(dsc_corpus *c, const char *path, const char *reason, int error) {
    size_t np = strlen(path) + 1, nr = strlen(reason) + 1;
    char *mem = malloc(np + nr);
    dsc_corpus_skip *k;
    if (!mem || !(k = dsc_vec_push(&c->skipped))) { free(mem); return -1; }
    memcpy(mem, path, np);
    memcpy(mem + np, reason, nr);
    k->path = mem; k->reason = mem + np; k->error = error;
    return 0;
}

static int cmp_file(const void *a, const void *b) {
    return strcmp((*(packed_file *const *)a)->pub.path, (*(packed_file *const *)b)->pub.path);
}

static int cmp_skip(const void *a, const void *b) {
    return strcmp(((const dsc_corpus_skip *)a)->path, ((const dsc_corpus_skip *)b)->path);
}

void dsc_corpus_sort(dsc_corpus *c) {
    if (c->files.len) qsort(c->files.data, c->files.len, sizeof(packed_file *), cmp_file);
    if (c->skipped.len) qsort(c->skipped.data, c->skipped.len, sizeof(dsc_corpus_skip), cmp_skip);
}

void dsc_corpus_file_free(dsc_corpus_file *f) { free(f); }

void dsc_corpus_keep_cache(dsc_corpus *c, dsc_cache *cache) {
    if (c->cache && c->cache != cache) dsc_cache_close(c->cache);
    c->cache = cache;
}

void dsc_corpus_free(dsc_corpus *c) {
    size_t i;
    if (!c) return;
    for (i = 0; i < c->files.len; i++) free(DSC_AT(c->files, packed_file *, i));
    for (i = 0; i < c->skipped.len; i++) free((char *)(uintptr_t)DSC_AT(c->skipped, dsc_corpus_skip, i).path);
    dsc_vec_free(&c->files);
    dsc_vec_free(&c->skipped);
    dsc_cache_close(c->cache);                /* after the files: their paths live in it */
    free(c);
}

/* ===================================================================== */
/* Packing                                                                */
/* ===================================================================== */

void dsc_bytes_put(dsc_bytes *b, const void *src, size_t n) {
    if (b->failed) return;
    if (b->cap - b->len < n) {
        size_t cap = b->cap ? b->cap : 256;
        unsigned char *p;
        while (cap - b->len < n) cap *= 2;
        if (!(p = realloc(b->p, cap))) { b->failed = 1; return; }
        b->p = p; b->cap = cap;
    }
    memcpy(b->p + b->len, src, n);
    b->len += n;
}

static void put_byte(dsc_bytes *b, unsigned v) { unsigned char c = (unsigned char)v; dsc_bytes_put(b, &c, 1); }

/* LEB128: 7 bits a byte, the high bit set on all but the last. */
void dsc_bytes_uint(dsc_bytes *b, uint64_t v) {
    unsigned char out[10];
    size_t n = 0;
    do { out[n] = (unsigned char)(v & 0x7F); v >>= 7; if (v) out[n] |= 0x80; n++; } while (v);
    dsc_bytes_put(b, out, n);
}

/* A difference, as a small unsigned number either way (zigzag). */
static void put_delta(dsc_bytes *b, uint32_t now, uint32_t before) {
    int64_t d = (int64_t)now - (int64_t)before;
    dsc_bytes_uint(b, d >= 0 ? (uint64_t)d << 1 : ((uint64_t)(-d) << 1) - 1);
}

/* A span, as differences from the span before it (records are in order). */
static void put_span(dsc_bytes *b, const dsc_span *s, dsc_span *last) {
    put_delta(b, s->byte, last->byte);
    dsc_bytes_uint(b, s->len);
    put_delta(b, s->line, last->line);
    dsc_bytes_uint(b, s->col);
    put_delta(b, s->end_line, s->line);
    dsc_bytes_uint(b, s->end_col);
    *last = *s;
}

/* The strings of one file, each stored once: an open-addressing table of
 * offsets into the bytes, keyed by content. */
typedef struct { dsc_bytes text; uint32_t *slots; size_t cap, len; } string_table;

static uint64_t hash_str(const char *s, size_t n) {
    uint64_t h = 1469598103934665603u;      /* FNV-1a */
    size_t i;
    for (i = 0; i < n; i++) { h ^= (unsigned char)s[i]; h *= 1099511628211u; }
    return h;
}

static int strings_grow(string_table *t) {
    size_t cap = t->cap ? t->cap * 2 : 64, i;
    uint32_t *slots = malloc(cap * sizeof *slots);
    if (!slots) return -1;
    for (i = 0; i < cap; i++) slots[i] = UINT32_MAX;
    for (i = 0; i < t->cap; i++) {
        const char *s;
        size_t k;
        if (t->slots[i] == UINT32_MAX) continue;
        s = (const char *)t->text.p + t->slots[i];
        for (k = (size_t)hash_str(s, strlen(s)) & (cap - 1); slots[k] != UINT32_MAX; k = (k + 1) & (cap - 1)) {}
        slots[k] = t->slots[i];
    }
    free(t->slots);
    t->slots = slots; t->cap = cap;
    return 0;
}

/* The offset of s in the table, added if new; UINT32_MAX when out of memory. */
static uint32_t intern(string_table *t, const char *s) {
    size_t n = strlen(s), k;
    uint32_t off;
    if ((t->len + 1) * 2 > t->cap && strings_grow(t) < 0) return UINT32_MAX;
    for (k = (size_t)hash_str(s, n) & (t->cap - 1); t->slots[k] != UINT32_MAX; k = (k + 1) & (t->cap - 1))
        if (strcmp((const char *)t->text.p + t->slots[k], s) == 0) return t->slots[k];
    off = (uint32_t)t->text.len;
    dsc_bytes_put(&t->text, s, n + 1);
    if (t->text.failed) return UINT32_MAX;
    t->slots[k] = off;
    t->len++;
    return off;
}

typedef struct { string_table strings; dsc_bytes entities, claims; int failed; } packer;

static void put_string(packer *pk, dsc_bytes *b, const char *s) {
    uint32_t off = intern(&pk->strings, s);
    if (off == UINT32_MAX) pk->failed = 1; else dsc_bytes_uint(b, off);
}

/* A string that may be NULL: packed as "" (the rule names and cues it is
 * used for are never empty). */
static void put_opt_string(packer *pk, dsc_bytes *b, const char *s) { put_string(pk, b, s ? s : ""); }

/* kind, count, first mention, name */
static void pack_entities(packer *pk, const dsc_doc *doc) {
    dsc_span last;
    size_t i;
    memset(&last, 0, sizeof last);
    for (i = 0; i < dsc_doc_entity_count(doc); i++) {
        const dsc_entity *e = dsc_doc_entity(doc, i);
        const dsc_mention *m = dsc_doc_entity_mention(doc, i, 0);
        dsc_span none;
        memset(&none, 0, sizeof none);
        put_byte(&pk->entities, (unsigned)e->kind);
        dsc_bytes_uint(&pk->entities, e->n_mentions);
        put_span(&pk->entities, m ? &m->span : &none, &last);
        put_string(pk, &pk->entities, e->name);
    }
}

#define Q_HAS_MAX 0x80u       /* with the qualifier: value_max follows */
#define Q_VALUE_INT 0x40u     /* ... value is a whole number, as a varint */
#define Q_MAX_INT 0x20u       /* ... and so is value_max */
#define Q_QUALIFIER 0x1Fu
#define C_HEDGED 0x10u        /* after the claim kind */
#define C_CLAIMANT 0x20u      /* ... a claimant follows */
#define C_TABLE 0x40u         /* ... a benchmark (a claim from a table) follows */
#define C_BEST 0x80u          /* ... and its cell is bold */

/* Most amounts are whole numbers (2,048 GPUs, $5,600,000): those take a
 * varint, the others their 8 bytes. Exact both ways: -0.0 is not whole. */
static int whole(double v) {
    return v >= 0 && v <= 9007199254740992.0 && v == (double)(uint64_t)v && !(v == 0 && 1 / v < 0);
}

static void put_number(dsc_bytes *b, double v, int is_whole) {
    if (is_whole) dsc_bytes_uint(b, (uint64_t)v); else dsc_bytes_put(b, &v, sizeof v);
}

static void pack_quantity(packer *pk, const dsc_quantity *q) {
    dsc_bytes *b = &pk->claims;
    int has_max = memcmp(&q->value_max, &q->value, sizeof q->value) != 0;   /* bit for bit */
    int value_int = whole(q->value), max_int = has_max && whole(q->value_max);
    dsc_bytes_uint(b, q->start);
    dsc_bytes_uint(b, q->len);
    put_byte(b, (unsigned)q->qualifier | (has_max ? Q_HAS_MAX : 0u) | (value_int ? Q_VALUE_INT : 0u) |
                (max_int ? Q_MAX_INT : 0u));
    put_string(pk, b, q->unit);
    put_byte(b, (unsigned)q->kind);
    put_string(pk, b, q->currency);
    put_number(b, q->value, value_int);
    if (has_max) put_number(b, q->value_max, max_int);
}

/* span, kind and flags, claimant, benchmark, claimant type, why, text,
 * about, quantities */
static void pack_claims(packer *pk, const dsc_doc *doc) {
    dsc_bytes *b = &pk->claims;
    dsc_span last;
    size_t i;
    uint32_t k;
    memset(&last, 0, sizeof last);
    for (i = 0; i < dsc_doc_claim_count(doc); i++) {
        const dsc_claim *c = dsc_doc_claim(doc, i);
        put_span(b, &c->span, &last);
        put_byte(b, (unsigned)c->kind | (c->hedged ? C_HEDGED : 0u) | (c->claimant ? C_CLAIMANT : 0u) |
                    (c->benchmark ? C_TABLE : 0u) | (c->benchmark && c->best ? C_BEST : 0u));
        if (c->claimant) put_string(pk, b, c->claimant);
        if (c->benchmark) put_string(pk, b, c->benchmark);
        put_byte(b, (unsigned)c->claimant_type);
        put_opt_string(pk, b, c->why.claim);
        put_opt_string(pk, b, c->why.claimant);
        put_opt_string(pk, b, c->why.kind);
        put_opt_string(pk, b, c->why.hedge);
        dsc_bytes_uint(b, c->text_len);
        dsc_bytes_put(b, c->text, c->text_len);
        put_byte(b, 0);
        dsc_bytes_uint(b, c->n_about);
        for (k = 0; k < c->n_about; k++) put_string(pk, b, dsc_doc_entity(doc, c->about[k])->name);
        dsc_bytes_uint(b, c->n_quantities);
        for (k = 0; k < c->n_quantities; k++) pack_quantity(pk, &c->quantities[k]);
    }
}

/* Sets the public part and the section pointers of a block whose body
 * starts at body. */
static void set_block(packed_file *f, const char *path, const dsc_body_info *info, unsigned char *body) {
    f->pub.path = path;
    f->pub.bytes = info->bytes;
    f->pub.n_entities = info->n_entities;
    f->pub.n_claims = info->n_claims;
    f->info = *info;
    f->lazy = NULL;
    f->strings = NULL;
    f->entities = f->claims = NULL;
    if (!body) return;
    f->strings = (const char *)body;
    f->entities = body + info->strings;
    f->claims = body + info->strings + info->entities;
}

dsc_corpus_file *dsc_corpus_file_make(const char *path, const dsc_body_info *info, unsigned char **body) {
    size_t np = strlen(path) + 1, nb = info->strings + info->entities + info->claims;
    packed_file *f = malloc(sizeof(packed_file) + np + nb);
    char *p;
    if (!f) return NULL;
    p = (char *)(f + 1);
    memcpy(p, path, np);
    set_block(f, p, info, (unsigned char *)p + np);
    *body = (unsigned char *)p + np;
    return &f->pub;
}

dsc_corpus_file *dsc_corpus_file_lazy(const char *path, const dsc_body_info *info, struct dsc_lazy *lazy) {
    packed_file *f = malloc(sizeof(packed_file));
    if (!f) return NULL;
    set_block(f, path, info, NULL);
    f->lazy = lazy;
    return &f->pub;
}

/* The body's three sections of f (a lazy one read first); 0, or -1 when
 * its body cannot be had. */
static int sections(const packed_file *f, const char **strings, const unsigned char **entities,
                    const unsigned char **claims) {
    const unsigned char *body = f->lazy ? dsc_cache_fetch(f->lazy) : (const unsigned char *)f->strings;
    if (!body) return -1;
    *strings = (const char *)body;
    *entities = body + f->info.strings;
    *claims = body + f->info.strings + f->info.entities;
    return 0;
}

int dsc_corpus_file_body(const dsc_corpus_file *f, dsc_body_info *info, const unsigned char **body) {
    const char *strings;
    const unsigned char *entities, *claims;
    *info = packed(f)->info;
    if (sections(packed(f), &strings, &entities, &claims) < 0) { *body = NULL; return -1; }
    *body = (const unsigned char *)strings;
    return 0;
}

/* One block: the header, the path, the strings, the records. */
static dsc_corpus_file *pack_block(const packer *pk, const char *path, dsc_body_info *info) {
    unsigned char *body;
    dsc_corpus_file *f;
    info->strings = pk->strings.text.len;
    info->entities = pk->entities.len;
    info->claims = pk->claims.len;
    if (!(f = dsc_corpus_file_make(path, info, &body))) return NULL;
    if (info->strings) memcpy(body, pk->strings.text.p, info->strings);
    if (info->entities) memcpy(body + info->strings, pk->entities.p, info->entities);
    if (info->claims) memcpy(body + info->strings + info->entities, pk->claims.p, info->claims);
    /* the checksum the cache stores, made here, on the scan's workers */
    ((packed_file *)(void *)f)->info.sum = info->sum =
        dsc_hash64(body, info->strings + info->entities + info->claims, 0);
    return f;
}

dsc_corpus_file *dsc_corpus_pack(const char *path, size_t src_bytes, const dsc_doc *doc, const dsc_stamp *st) {
    packer pk;
    dsc_body_info info;
    dsc_corpus_file *f = NULL;
    memset(&pk, 0, sizeof pk);
    memset(&info, 0, sizeof info);
    info.bytes = src_bytes;
    info.n_entities = dsc_doc_entity_count(doc);
    info.n_claims = dsc_doc_claim_count(doc);
    if (st) info.stamp = *st;
    pack_entities(&pk, doc);
    pack_claims(&pk, doc);
    if (!pk.failed && !pk.entities.failed && !pk.claims.failed && !pk.strings.text.failed)
        f = pack_block(&pk, path, &info);
    free(pk.strings.text.p);
    free(pk.strings.slots);
    free(pk.entities.p);
    free(pk.claims.p);
    return f;
}

/* ===================================================================== */
/* Reading                                                                */
/* ===================================================================== */

static uint64_t get_uint(const unsigned char **p) {
    uint64_t v = 0;
    unsigned shift = 0;
    unsigned char c;
    do { c = *(*p)++; v |= (uint64_t)(c & 0x7F) << shift; shift += 7; } while ((c & 0x80) && shift < 64);
    return v;
}

static uint32_t get_delta(const unsigned char **p, uint32_t before) {
    uint64_t z = get_uint(p);
    int64_t d = (z & 1) ? -(int64_t)((z + 1) >> 1) : (int64_t)(z >> 1);
    return (uint32_t)((int64_t)before + d);
}

static void get_span(const unsigned char **p, dsc_span *s, dsc_span *last) {
    s->byte = get_delta(p, last->byte);
    s->len = (uint32_t)get_uint(p);
    s->line = get_delta(p, last->line);
    s->col = (uint32_t)get_uint(p);
    s->end_line = get_delta(p, s->line);
    s->end_col = (uint32_t)get_uint(p);
    *last = *s;
}

static const char *get_string(const unsigned char **p, const char *strings) {
    return strings + get_uint(p);
}

static const char *get_opt_string(const unsigned char **p, const char *strings) {
    const char *s = get_string(p, strings);
    return *s ? s : NULL;
}

/* A cursor over n records starting at p. */
static dsc_corpus_cursor cursor(const unsigned char *p, const char *strings, uint32_t n) {
    dsc_corpus_cursor c;
    memset(&c, 0, sizeof c);
    c.p = p;
    c.strings = strings;
    c.left = n;
    return c;
}

/* A file whose body cannot be read (a lazy one that no longer verifies)
 * reads as empty. */
dsc_corpus_cursor dsc_corpus_entities(const dsc_corpus_file *f) {
    const char *strings;
    const unsigned char *entities, *claims;
    if (sections(packed(f), &strings, &entities, &claims) < 0) return cursor(NULL, NULL, 0);
    return cursor(entities, strings, (uint32_t)f->n_entities);
}

int dsc_corpus_next_entity(dsc_corpus_cursor *c, dsc_corpus_entity *e) {
    if (!c->left) return 0;
    c->left--;
    e->kind = (dsc_entity_kind)*c->p++;
    e->count = (uint32_t)get_uint(&c->p);
    get_span(&c->p, &e->first, &c->last);
    e->name = get_string(&c->p, c->strings);
    return 1;
}

dsc_corpus_cursor dsc_corpus_claims(const dsc_corpus_file *f) {
    const char *strings;
    const unsigned char *entities, *claims;
    if (sections(packed(f), &strings, &entities, &claims) < 0) return cursor(NULL, NULL, 0);
    return cursor(claims, strings, (uint32_t)f->n_claims);
}

static double get_number(const unsigned char **p, int is_whole) {
    double v;
    if (is_whole) return (double)get_uint(p);
    memcpy(&v, *p, sizeof v);
    *p += sizeof v;
    return v;
}

/* Steps over one packed quantity. */
static void skip_quantity(const unsigned char **p) {
    unsigned flags;
    (void)get_uint(p); (void)get_uint(p);
    flags = *(*p)++;
    (void)get_uint(p);                        /* unit */
    (*p)++;                                   /* kind */
    (void)get_uint(p);                        /* currency */
    (void)get_number(p, (flags & Q_VALUE_INT) != 0);
    if (flags & Q_HAS_MAX) (void)get_number(p, (flags & Q_MAX_INT) != 0);
}

int dsc_corpus_next_claim(dsc_corpus_cursor *c, dsc_corpus_claim *out) {
    unsigned flags;
    uint32_t k;
    if (!c->left) return 0;
    c->left--;
    get_span(&c->p, &out->span, &c->last);
    flags = *c->p++;
    out->kind = (dsc_claim_kind)(flags & 0x0Fu);
    out->hedged = (flags & C_HEDGED) != 0;
    out->claimant = (flags & C_CLAIMANT) ? get_string(&c->p, c->strings) : NULL;
    out->benchmark = (flags & C_TABLE) ? get_string(&c->p, c->strings) : NULL;
    out->best = (flags & C_BEST) != 0;
    out->claimant_type = (dsc_claimant_type)*c->p++;
    out->why.claim = get_opt_string(&c->p, c->strings);
    out->why.claimant = get_opt_string(&c->p, c->strings);
    out->why.kind = get_opt_string(&c->p, c->strings);
    out->why.hedge = get_opt_string(&c->p, c->strings);
    out->text_len = (size_t)get_uint(&c->p);
    out->text = (const char *)c->p;
    c->p += out->text_len + 1;
    out->n_about = (uint32_t)get_uint(&c->p);
    out->about = cursor(c->p, c->strings, out->n_about);
    for (k = 0; k < out->n_about; k++) (void)get_uint(&c->p);
    out->n_quantities = (uint32_t)get_uint(&c->p);
    out->quantities = cursor(c->p, c->strings, out->n_quantities);
    for (k = 0; k < out->n_quantities; k++) skip_quantity(&c->p);
    return 1;
}

const char *dsc_corpus_next_about(dsc_corpus_cursor *c) {
    if (!c->left) return NULL;
    c->left--;
    return get_string(&c->p, c->strings);
}

int dsc_corpus_next_quantity(dsc_corpus_cursor *c, dsc_quantity *q) {
    unsigned flags;
    const char *unit;
    size_t n;
    if (!c->left) return 0;
    c->left--;
    q->start = (uint32_t)get_uint(&c->p);
    q->len = (uint32_t)get_uint(&c->p);
    flags = *c->p++;
    q->qualifier = (dsc_qualifier)(flags & Q_QUALIFIER);
    unit = get_string(&c->p, c->strings);
    n = strlen(unit);
    if (n >= sizeof q->unit) n = sizeof q->unit - 1;
    memcpy(q->unit, unit, n);
    q->unit[n] = '\0';
    q->kind = (dsc_quantity_kind)*c->p++;
    unit = get_string(&c->p, c->strings);    /* the currency: 3 letters or none */
    n = strlen(unit);
    if (n >= sizeof q->currency) n = sizeof q->currency - 1;
    memcpy(q->currency, unit, n);
    q->currency[n] = '\0';
    q->value = get_number(&c->p, (flags & Q_VALUE_INT) != 0);
    q->value_max = (flags & Q_HAS_MAX) ? get_number(&c->p, (flags & Q_MAX_INT) != 0) : q->value;
    return 1;
}
