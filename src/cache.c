/*
 * cache.c: a scan's results kept on disk, so that the next scan of the
 * same folders parses only the files that changed, and an editor opens
 * with its corpus at once.
 *
 * One file per set of scanned folders (dsc_cache_path). It holds each
 * file's packed block as the corpus keeps it (corpus.c: strings, entity
 * records, claim records), then an index of the files: path, stamp (size,
 * mtime and ctime in nanoseconds, inode), where its block is and the
 * block's checksum. A scan with the cache looks each file it walks up in
 * the index: same path and stamp, and its block is read back (and
 * verified) instead of the file being read and parsed.
 *
 * Never trusted: the header says which format, engine build (the sources
 * and data it was compiled from, hashed by the Makefile), parse key
 * (dictionary entries and words, markdown option) and folders it was made
 * for, and carries a checksum of itself and of the index; every block has
 * its own. Anything that does not match or verify is ignored and the file
 * parsed again. A file changed in the same clock tick as the scan read it
 * could change again unseen with the same mtime, so an entry whose times
 * are within a second of its read is not used (git's "racily clean").
 *
 * Written whole to path.tmp and renamed over path, under the flock lock of
 * fileops.c (path.lock): a reader sees the old file or the new one, never
 * half, and two editors never write at once. Not fsync'd: a cache a crash
 * cuts short fails its checksums and is rebuilt, and syncing 200 MB would
 * hold the scan for seconds.
 */
#include "internal.h"
#include "lexicon.h"
#include "fileops.h"
#include "engine_id.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#define FORMAT 1u
#define HEADER 128u
#define MAGIC "DSCCACHE"
#define ENGINE (DSC_VERSION "+" DSC_ENGINE_ID)
#define ENGINE_FIELD 48u
#define RACY_NS 1000000000          /* a second: coarse file system clocks tick slower */
#define LOCK_WAIT_MS 1000u

/* the engine's name must fit its field of the header */
typedef char dsc_engine_name_fits[sizeof ENGINE <= ENGINE_FIELD ? 1 : -1];

/* ===================================================================== */
/* Hashing                                                                */
/* ===================================================================== */

#define H1 UINT64_C(0x9E3779B185EBCA87)
#define H2 UINT64_C(0xC2B2AE3D27D4EB4F)
#define H3 UINT64_C(0x165667B19E3779F9)
#define H4 UINT64_C(0x85EBCA77C2B2AE63)

static uint64_t rotl(uint64_t x, unsigned r) { return (x << r) | (x >> (64 - r)); }
static uint64_t lane(uint64_t acc, uint64_t v) { return rotl(acc + v * H2, 31) * H1; }

/* Four independent lanes over 32-byte stripes keep the multiplier busy:
 * a checksum of the 200 MB bench cache costs what reading it does. */
uint64_t dsc_hash64(const void *data, size_t n, uint64_t seed) {
    const unsigned char *p = data;
    uint64_t a = seed + H1 + H2, b = seed + H2, c = seed, d = seed - H1, h;
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        a = lane(a, dsc_load_le64(p + i));
        b = lane(b, dsc_load_le64(p + i + 8));
        c = lane(c, dsc_load_le64(p + i + 16));
        d = lane(d, dsc_load_le64(p + i + 24));
    }
    h = rotl(a, 1) + rotl(b, 7) + rotl(c, 12) + rotl(d, 18) + (uint64_t)n;
    for (; i + 8 <= n; i += 8) h = rotl(h ^ lane(0, dsc_load_le64(p + i)), 27) * H1 + H4;
    for (; i < n; i++) h = rotl(h ^ (p[i] * H3), 11) * H1;
    h ^= h >> 33; h *= H2; h ^= h >> 29; h *= H3; h ^= h >> 32;   /* every bit moves every bit */
    return h;
}

static uint64_t hash_str(const char *s, uint64_t h) { return dsc_hash64(s, s ? strlen(s) + 1 : 0, h); }
static uint64_t hash_u64(uint64_t v, uint64_t h) {
    unsigned char b[8];
    int k;
    for (k = 0; k < 8; k++) b[k] = (unsigned char)(v >> (8 * k));
    return dsc_hash64(b, 8, h);
}

/* ===================================================================== */
/* The parse key and the roots                                            */
/* ===================================================================== */

static uint64_t hash_classes(dsc_lx_cls c, uint64_t h) {
    int k;
    h = hash_u64(c.lo, h);
    for (k = 0; k < DSC_LX_HI_WORDS; k++) h = hash_u64(c.hi[k], h);
    return h;
}

/* The user's words: every entry of a lexicon that is not the built-in one. */
static uint64_t hash_lexicon(const dsc_lexicon *lx, uint64_t h) {
    size_t id, k, n = dsc_lex_size(lx);
    for (id = 1; id <= n; id++) {
        const dsc_lx_entry *e = dsc_lex_entry(lx, (uint32_t)id);
        h = hash_str(e->word, h);
        h = hash_classes(e->cls, h);
        h = hash_str(e->label ? e->label : "", h);
        for (k = 0; k < e->n_spell; k++) h = hash_classes(e->spell[k].cls, hash_str(e->spell[k].s, h));
    }
    return h;
}

uint64_t dsc_cache_key(const dsc_dict *d, int markdown) {
    const double probe = 1.5;       /* blocks hold doubles as the machine stores them */
    uint64_t h = hash_str(markdown ? "markdown" : "plain", 0);
    size_t i, k;
    h = dsc_hash64(&probe, sizeof probe, h);
    if (!d) return hash_str("the built-in dictionary", h);
    for (i = 0; i < dsc_dict_size(d); i++) {
        const char *const *al = dsc_dict_aliases(d, i);
        h = hash_str(dsc_dict_name(d, i), h);
        h = hash_u64((uint64_t)dsc_dict_kind(d, i) << 2 | (uint64_t)dsc_dict_is_outlet(d, i) << 1 |
                     (uint64_t)dsc_dict_is_word(d, i), h);
        h = hash_str(dsc_dict_country(d, i), h);
        for (k = 0; al && al[k]; k++) h = hash_str(al[k], h);
        h = hash_u64(k, h);
    }
    if (dsc_dict_lexicon(d)) h = hash_lexicon(dsc_dict_lexicon(d), hash_str("lexicon", h));
    return h;
}

/* A root as the scan will walk it: relative ones with the working folder
 * in front (the paths the corpus keeps stay relative), no trailing '/'. */
static uint64_t hash_root(const char *p, uint64_t h) {
    size_t n = strlen(p);
    while (n > 1 && p[n - 1] == '/') n--;
    if (p[0] != '/') {
        char cwd[4096];
        h = hash_str(getcwd(cwd, sizeof cwd) ? cwd : "?", h);
    }
    return dsc_hash64(p, n, hash_u64(n, h));
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

uint64_t dsc_cache_roots(const char *const *paths, size_t n) {
    const char **sorted = malloc((n + 1) * sizeof *sorted);
    uint64_t h = hash_str("roots", 0);
    size_t i;
    if (!sorted) {                            /* order matters then: a miss, not a wrong hit */
        for (i = 0; i < n; i++) h = hash_root(paths[i], h);
        return h;
    }
    memcpy(sorted, paths, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, cmp_str);
    for (i = 0; i < n; i++)
        if (i == 0 || strcmp(sorted[i], sorted[i - 1]) != 0) h = hash_root(sorted[i], h);
    free(sorted);
    return h;
}

char *dsc_cache_path(const char *dir, const char *const *paths, size_t n) {
    char name[40], *out;
    const char *base = "scan";
    size_t bn = 4, dn = strlen(dir), k, cap;
    if (n > 0) {                              /* the last part of the first root, sorted */
        const char *p = paths[0], *end, *start;
        for (k = 1; k < n; k++) if (strcmp(paths[k], p) < 0) p = paths[k];
        end = p + strlen(p);
        while (end > p + 1 && end[-1] == '/') end--;
        for (start = end; start > p && start[-1] != '/'; start--) {}
        if (end > start) { base = start; bn = (size_t)(end - start); }
    }
    if (bn > sizeof name - 1) bn = sizeof name - 1;
    for (k = 0; k < bn; k++) {                /* a file name of safe characters */
        unsigned char c = (unsigned char)base[k];
        name[k] = (char)(dsc_is_alnum(c) || c == '-' || c == '_' || c == '.' ? c : '_');
    }
    name[0] = name[0] == '.' ? '_' : name[0];
    name[bn] = '\0';
    cap = dn + bn + 32;
    if (!(out = malloc(cap))) return NULL;
    while (dn > 1 && dir[dn - 1] == '/') dn--;
    snprintf(out, cap, "%.*s/%s-%016llx.dsc", (int)dn, dir, name,
             (unsigned long long)dsc_cache_roots(paths, n));
    return out;
}

/* ===================================================================== */
/* Little-endian numbers                                                  */
/* ===================================================================== */

static void le64(unsigned char *p, uint64_t v) {
    int k;
    for (k = 0; k < 8; k++) p[k] = (unsigned char)(v >> (8 * k));
}
static uint64_t get64(const unsigned char *p) { return dsc_load_le64(p); }
static uint32_t get32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* A reader over [p, end): every read checks the end (the index is read
 * from disk; its checksum is checked first, but a reader never runs off). */
typedef struct { const unsigned char *p, *end; int bad; } reader;

static uint64_t rd_uint(reader *r) {
    uint64_t v = 0;
    unsigned shift = 0;
    while (r->p < r->end && shift < 64) {
        unsigned char c = *r->p++;
        v |= (uint64_t)(c & 0x7F) << shift;
        if (!(c & 0x80)) return v;
        shift += 7;
    }
    r->bad = 1;
    return 0;
}

static int64_t rd_int(reader *r) {
    uint64_t z = rd_uint(r);
    return (z & 1) ? -(int64_t)(z >> 1) - 1 : (int64_t)(z >> 1);
}

/* ===================================================================== */
/* The header                                                             */
/* ===================================================================== */

typedef struct {
    uint32_t format;
    char engine[ENGINE_FIELD + 1];
    uint64_t key, roots, n_files, index_off, index_len, index_sum, file_size;
} header;

static void put_header(unsigned char *b, const header *h) {
    memset(b, 0, HEADER);
    memcpy(b, MAGIC, 8);
    b[8] = (unsigned char)h->format;
    b[12] = (unsigned char)HEADER;
    memcpy(b + 16, h->engine, strlen(h->engine) < ENGINE_FIELD ? strlen(h->engine) : ENGINE_FIELD);
    le64(b + 64, h->key);
    le64(b + 72, h->roots);
    le64(b + 80, h->n_files);
    le64(b + 88, h->index_off);
    le64(b + 96, h->index_len);
    le64(b + 104, h->index_sum);
    le64(b + 112, h->file_size);
    le64(b + 120, dsc_hash64(b, 120, 0));
}

/* Reads the header's fields; why says what is wrong with it, if anything. */
static int get_header(const unsigned char *b, header *h, char *why, size_t n) {
    if (memcmp(b, MAGIC, 8) != 0) return snprintf(why, n, "not a cache file"), -1;
    if (get64(b + 120) != dsc_hash64(b, 120, 0)) return snprintf(why, n, "corrupt (its header does not verify)"), -1;
    h->format = get32(b + 8);
    if (h->format != FORMAT || get32(b + 12) != HEADER)
        return snprintf(why, n, "written in another format (%u, this engine reads %u)", h->format, FORMAT), -1;
    memcpy(h->engine, b + 16, ENGINE_FIELD);
    h->engine[ENGINE_FIELD] = '\0';
    h->key = get64(b + 64);
    h->roots = get64(b + 72);
    h->n_files = get64(b + 80);
    h->index_off = get64(b + 88);
    h->index_len = get64(b + 96);
    h->index_sum = get64(b + 104);
    h->file_size = get64(b + 112);
    return 0;
}

/* ===================================================================== */
/* Opening                                                                */
/* ===================================================================== */

typedef struct {
    const char *path;         /* in the index, NUL-terminated */
    dsc_body_info info;
    uint64_t off;             /* of its body */
} entry;

struct dsc_lazy {
    dsc_cache *cache;
    long entry;
    int state;                /* 0: not read yet, 1: read, -1: does not verify */
    unsigned char *body;
};

struct dsc_cache {
    int fd;
    unsigned char *index;
    entry *entries;
    size_t n;
    uint32_t *slots;          /* entry numbers by path hash; UINT32_MAX: empty */
    size_t cap;
    struct dsc_lazy *lazy;    /* one per entry once restored */
    uv_mutex_t lock;          /* over the lazy bodies */
};

static int read_at(int fd, void *buf, size_t n, uint64_t off) {
    unsigned char *p = buf;
    while (n > 0) {
        ssize_t got = pread(fd, p, n, (off_t)off);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return -1;
        p += got; n -= (size_t)got; off += (uint64_t)got;
    }
    return 0;
}

/* One index entry, its body within [HEADER, index_off). */
static int get_entry(reader *r, entry *e, uint64_t index_off) {
    uint64_t len = rd_uint(r), body;
    dsc_body_info *in = &e->info;
    if (r->bad || len == 0 || (uint64_t)(r->end - r->p) < len + 1 || r->p[len] != '\0' ||
        memchr(r->p, '\0', (size_t)len))
        return -1;
    e->path = (const char *)r->p;
    r->p += len + 1;
    in->stamp.size = rd_uint(r);
    in->stamp.ino = rd_uint(r);
    in->stamp.mtime_ns = rd_int(r);
    in->stamp.ctime_ns = rd_int(r);
    in->stamp.seen_ns = rd_int(r);
    e->off = rd_uint(r);
    in->strings = (size_t)rd_uint(r);
    in->entities = (size_t)rd_uint(r);
    in->claims = (size_t)rd_uint(r);
    in->n_entities = (size_t)rd_uint(r);
    in->n_claims = (size_t)rd_uint(r);
    in->bytes = (size_t)rd_uint(r);
    if (r->bad || r->end - r->p < 8) return -1;
    in->sum = get64(r->p);
    r->p += 8;
    body = (uint64_t)in->strings + in->entities + in->claims;
    if (in->strings > UINT32_MAX || in->entities > UINT32_MAX || in->claims > UINT32_MAX) return -1;
    if (e->off < HEADER || e->off > index_off || body > index_off - e->off) return -1;
    /* every record takes a byte at least: counts beyond that are not real */
    if (in->n_entities > in->entities || in->n_claims > in->claims) return -1;
    return 0;
}

static size_t slot_of(const dsc_cache *c, const char *path) {
    return (size_t)dsc_hash64(path, strlen(path), 0) & (c->cap - 1);
}

static int index_entries(dsc_cache *c, const header *h, char *why, size_t n) {
    reader r;
    size_t i;
    r.p = c->index; r.end = c->index + h->index_len; r.bad = 0;
    if (h->n_files > h->index_len) return snprintf(why, n, "corrupt (its index is cut short)"), -1;
    c->n = (size_t)h->n_files;
    for (c->cap = 16; c->cap < 2 * c->n; c->cap *= 2) {}
    c->entries = calloc(c->n + 1, sizeof *c->entries);
    c->slots = malloc(c->cap * sizeof *c->slots);
    if (!c->entries || !c->slots) return snprintf(why, n, "out of memory"), -1;
    memset(c->slots, 0xFF, c->cap * sizeof *c->slots);
    for (i = 0; i < c->n; i++) {
        size_t k;
        if (get_entry(&r, &c->entries[i], h->index_off) < 0)
            return snprintf(why, n, "corrupt (entry %zu of its index)", i + 1), -1;
        for (k = slot_of(c, c->entries[i].path); c->slots[k] != UINT32_MAX; k = (k + 1) & (c->cap - 1))
            if (strcmp(c->entries[c->slots[k]].path, c->entries[i].path) == 0)
                return snprintf(why, n, "corrupt (%s listed twice)", c->entries[i].path), -1;
        c->slots[k] = (uint32_t)i;
    }
    if (r.p != r.end) return snprintf(why, n, "corrupt (bytes after its index)"), -1;
    return 0;
}

/* Checks the header against what this scan needs. */
static int usable(const header *h, uint64_t key, uint64_t roots, uint64_t size, char *why, size_t n) {
    if (strcmp(h->engine, ENGINE) != 0)
        return snprintf(why, n, "made by another engine build (%s, this is %s)", h->engine, ENGINE), -1;
    if (h->file_size != size)
        return snprintf(why, n, "%s (%llu bytes of %llu)", size < h->file_size ? "cut short" : "corrupt",
                        (unsigned long long)size, (unsigned long long)h->file_size), -1;
    if (h->key != key) return snprintf(why, n, "made with another dictionary, lexicon or markdown option"), -1;
    if (h->roots != roots) return snprintf(why, n, "made for other folders"), -1;
    if (h->index_off < HEADER || h->index_off > size || h->index_len != size - h->index_off)
        return snprintf(why, n, "corrupt (its index is out of place)"), -1;
    return 0;
}

static dsc_cache *open_fail(dsc_cache *c) {
    if (c->fd >= 0) close(c->fd);
    free(c->index); free(c->entries); free(c->slots); free(c->lazy);
    free(c);
    return NULL;
}

/* The lazy slot of every entry, for the files a restore or a rescan takes
 * from the cache without reading their bodies. */
static int make_lazy(dsc_cache *c) {
    size_t i;
    if (!(c->lazy = calloc(c->n + 1, sizeof *c->lazy))) return -1;
    for (i = 0; i < c->n; i++) {
        c->lazy[i].cache = c;
        c->lazy[i].entry = (long)i;
    }
    return 0;
}

dsc_cache *dsc_cache_open(const char *path, uint64_t key, uint64_t roots, char *why, size_t n) {
    unsigned char b[HEADER];
    struct stat st;
    header h;
    dsc_cache *c = calloc(1, sizeof *c);
    if (n) why[0] = '\0';
    if (!c) return snprintf(why, n, "out of memory"), NULL;
    c->fd = open(path, O_RDONLY | O_CLOEXEC);
    if (c->fd < 0) {
        if (errno != ENOENT) snprintf(why, n, "cannot be read (%s)", strerror(errno));
        return open_fail(c);
    }
    if (fstat(c->fd, &st) != 0 || !S_ISREG(st.st_mode)) return snprintf(why, n, "not a regular file"), open_fail(c);
    if ((uint64_t)st.st_size < HEADER || read_at(c->fd, b, HEADER, 0) < 0)
        return snprintf(why, n, "cut short (%lld bytes)", (long long)st.st_size), open_fail(c);
    if (get_header(b, &h, why, n) < 0 || usable(&h, key, roots, (uint64_t)st.st_size, why, n) < 0) return open_fail(c);
    if (!(c->index = malloc((size_t)h.index_len + 1))) return snprintf(why, n, "out of memory"), open_fail(c);
    if (read_at(c->fd, c->index, (size_t)h.index_len, h.index_off) < 0)
        return snprintf(why, n, "cut short while read"), open_fail(c);
    if (dsc_hash64(c->index, (size_t)h.index_len, 0) != h.index_sum)
        return snprintf(why, n, "corrupt (its index does not verify)"), open_fail(c);
    if (index_entries(c, &h, why, n) < 0) return open_fail(c);
    if (make_lazy(c) < 0 || uv_mutex_init(&c->lock) != 0) return snprintf(why, n, "out of memory"), open_fail(c);
    return c;
}

size_t dsc_cache_count(const dsc_cache *c) { return c ? c->n : 0; }

void dsc_cache_close(dsc_cache *c) {
    size_t i;
    if (!c) return;
    for (i = 0; c->lazy && i < c->n; i++) free(c->lazy[i].body);
    uv_mutex_destroy(&c->lock);
    open_fail(c);
}

/* ===================================================================== */
/* Reading entries                                                        */
/* ===================================================================== */

static int same_stamp(const dsc_stamp *a, const dsc_stamp *b) {
    return a->size == b->size && a->ino == b->ino && a->mtime_ns == b->mtime_ns && a->ctime_ns == b->ctime_ns;
}

long dsc_cache_lookup(const dsc_cache *c, const char *path, const dsc_stamp *st) {
    size_t k;
    if (!c || !c->n) return -1;
    for (k = slot_of(c, path); c->slots[k] != UINT32_MAX; k = (k + 1) & (c->cap - 1)) {
        const entry *e = &c->entries[c->slots[k]];
        const dsc_stamp *was = &e->info.stamp;
        if (strcmp(e->path, path) != 0) continue;
        if (!same_stamp(was, st)) return -1;
        /* changed within a second of its read: it may have changed since
         * in the same clock tick, with the same mtime */
        if (was->mtime_ns >= was->seen_ns - RACY_NS) return -1;
        return (long)c->slots[k];
    }
    return -1;
}

static size_t body_len(const dsc_body_info *in) { return in->strings + in->entities + in->claims; }

/* Reads entry e's body into buf (body_len bytes) and verifies it. */
static int read_body(const dsc_cache *c, const entry *e, unsigned char *buf) {
    size_t n = body_len(&e->info);
    return read_at(c->fd, buf, n, e->off) == 0 && dsc_hash64(buf, n, 0) == e->info.sum ? 0 : -1;
}

/* A rescan reads an unchanged file's body only to verify it, into the
 * worker's scratch buffer: the corpus keeps the file lazy, and its body is
 * read again when first used. Copying every body into a block of its own
 * (264 MB for the bench's 200 MB folder, in fresh pages) was most of the
 * rescan's time, for bodies most sessions never read. */
dsc_corpus_file *dsc_cache_take(dsc_cache *c, long i, dsc_bytes *scratch) {
    const entry *e;
    size_t n;
    if (!c || i < 0 || (size_t)i >= c->n) return NULL;
    e = &c->entries[i];
    n = body_len(&e->info);
    if (scratch->cap < n + 1) {
        unsigned char *p = realloc(scratch->p, n + 1);
        if (!p) return NULL;
        scratch->p = p;
        scratch->cap = n + 1;
    }
    if (read_body(c, e, scratch->p) < 0) return NULL;
    return dsc_corpus_file_lazy(e->path, &e->info, &c->lazy[i]);
}

int dsc_cache_restore(dsc_cache *c, dsc_corpus *corpus) {
    size_t i;
    dsc_corpus_keep_cache(corpus, c);         /* from here on the corpus closes it */
    for (i = 0; i < c->n; i++) {
        dsc_corpus_file *f = dsc_corpus_file_lazy(c->entries[i].path, &c->entries[i].info, &c->lazy[i]);
        if (!f) return -1;
        if (dsc_corpus_add_file(corpus, f) < 0) { dsc_corpus_file_free(f); return -1; }
    }
    return 0;
}

const unsigned char *dsc_cache_fetch(struct dsc_lazy *lz) {
    const unsigned char *out;
    dsc_cache *c = lz->cache;
    uv_mutex_lock(&c->lock);
    if (lz->state == 0) {
        const entry *e = &c->entries[lz->entry];
        lz->body = malloc(body_len(&e->info) + 1);
        lz->state = lz->body && read_body(c, e, lz->body) == 0 ? 1 : -1;
        if (lz->state < 0) { free(lz->body); lz->body = NULL; }
    }
    out = lz->body;
    uv_mutex_unlock(&c->lock);
    return out;
}

/* ===================================================================== */
/* Writing                                                                */
/* ===================================================================== */

static void buf_int(dsc_bytes *b, int64_t v) {
    dsc_bytes_uint(b, v >= 0 ? (uint64_t)v << 1 : (((uint64_t)(-(v + 1))) << 1) | 1u);
}

static void put_entry(dsc_bytes *b, const char *path, const dsc_body_info *in, uint64_t off) {
    unsigned char sum[8];
    size_t n = strlen(path);
    dsc_bytes_uint(b, n);
    dsc_bytes_put(b, path, n + 1);
    dsc_bytes_uint(b, in->stamp.size);
    dsc_bytes_uint(b, in->stamp.ino);
    buf_int(b, in->stamp.mtime_ns);
    buf_int(b, in->stamp.ctime_ns);
    buf_int(b, in->stamp.seen_ns);
    dsc_bytes_uint(b, off);
    dsc_bytes_uint(b, in->strings);
    dsc_bytes_uint(b, in->entities);
    dsc_bytes_uint(b, in->claims);
    dsc_bytes_uint(b, in->n_entities);
    dsc_bytes_uint(b, in->n_claims);
    dsc_bytes_uint(b, in->bytes);
    le64(sum, in->sum);
    dsc_bytes_put(b, sum, 8);
}

static int write_all(int fd, const void *data, size_t n) {
    const unsigned char *p = data;
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) return -1;
        p += w; n -= (size_t)w;
    }
    return 0;
}

/* Creates path's folder and the folders above it (0700: the cache holds
 * the text of the user's notes). */
static int make_dirs(const char *path) {
    char *p = malloc(strlen(path) + 1), *s;
    int rc = 0;
    if (!p) return -1;
    strcpy(p, path);
    if ((s = strrchr(p, '/')) != NULL && s != p) {
        *s = '\0';
        for (s = p + 1; rc == 0 && *s; s++) {
            if (*s != '/') continue;
            *s = '\0';
            if (mkdir(p, 0700) != 0 && errno != EEXIST) rc = -1;
            *s = '/';
        }
        if (rc == 0 && mkdir(p, 0700) != 0 && errno != EEXIST) rc = -1;
    }
    free(p);
    return rc;
}

typedef struct {
    int fd;
    uint64_t off;             /* bytes written so far */
    dsc_bytes index;
    size_t files;
} writer;

/* The bodies, each file's index entry, then the index; files whose body
 * cannot be had (a lazy one that no longer verifies) are left out. */
static int write_files(writer *w, const dsc_corpus *corpus, int (*stop)(void *), void *arg) {
    size_t i;
    for (i = 0; i < dsc_corpus_file_count(corpus); i++) {
        const dsc_corpus_file *f = dsc_corpus_file_at(corpus, i);
        const unsigned char *body;
        dsc_body_info in;
        if (stop && stop(arg)) return -2;
        if (dsc_corpus_file_body(f, &in, &body) < 0) continue;
        if (write_all(w->fd, body, body_len(&in)) < 0) return -1;
        put_entry(&w->index, f->path, &in, w->off);
        w->off += body_len(&in);
        w->files++;
    }
    if (w->index.failed) { errno = ENOMEM; return -1; }
    return write_all(w->fd, w->index.p, w->index.len);
}

/* Writes the cache into the open temporary file fd. 0, -1 (errno), -2 stopped. */
static int write_cache(int fd, uint64_t key, uint64_t roots, const dsc_corpus *corpus,
                       int (*stop)(void *), void *arg) {
    unsigned char b[HEADER];
    writer w;
    header h;
    int rc;
    memset(&w, 0, sizeof w);
    memset(b, 0, sizeof b);
    w.fd = fd;
    w.off = HEADER;
    if (write_all(fd, b, HEADER) < 0) return -1;   /* the header last, once all is known */
    rc = write_files(&w, corpus, stop, arg);
    if (rc == 0) {
        memset(&h, 0, sizeof h);
        h.format = FORMAT;
        snprintf(h.engine, sizeof h.engine, "%s", ENGINE);
        h.key = key; h.roots = roots; h.n_files = w.files;
        h.index_off = w.off; h.index_len = w.index.len;
        h.index_sum = dsc_hash64(w.index.p, w.index.len, 0);
        h.file_size = w.off + w.index.len;
        put_header(b, &h);
        rc = pwrite(fd, b, HEADER, 0) == (ssize_t)HEADER ? 0 : -1;
    }
    free(w.index.p);
    return rc;
}

/* Writes path.tmp and renames it over path; the caller holds the lock. */
static int replace_cache(const char *path, const char *tmp, uint64_t key, uint64_t roots,
                         const dsc_corpus *corpus, int (*stop)(void *), void *arg, char *why, size_t n) {
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600), rc;
    if (fd < 0) return snprintf(why, n, "cannot create %s: %s", tmp, strerror(errno)), -1;
    rc = write_cache(fd, key, roots, corpus, stop, arg);
    if (rc == -1) snprintf(why, n, "cannot write %s: %s", tmp, strerror(errno));
    if (close(fd) != 0 && rc == 0) { rc = -1; snprintf(why, n, "cannot write %s: %s", tmp, strerror(errno)); }
    if (rc == 0 && rename(tmp, path) != 0) { rc = -1; snprintf(why, n, "cannot replace %s: %s", path, strerror(errno)); }
    if (rc != 0) unlink(tmp);
    if (rc == -2) snprintf(why, n, "cancelled");
    return rc == 0 ? 0 : -1;
}

int dsc_cache_write(const char *path, uint64_t key, uint64_t roots, const dsc_corpus *corpus,
                    int (*stop)(void *), void *arg, char *why, size_t n) {
    size_t pn = strlen(path);
    char *lock = malloc(pn + 6), *tmp = malloc(pn + 5);
    dsc_ferr e;
    int lfd = -1, rc;
    if (n) why[0] = '\0';
    if (!lock || !tmp) { free(lock); free(tmp); return snprintf(why, n, "out of memory"), -1; }
    snprintf(lock, pn + 6, "%s.lock", path);
    snprintf(tmp, pn + 5, "%s.tmp", path);
    if (make_dirs(path) != 0) {
        rc = -1;
        snprintf(why, n, "cannot create the folder of %s: %s", path, strerror(errno));
    } else if (dsc_file_lock(lock, LOCK_WAIT_MS, &lfd, &e) != 0) {
        rc = e.err == EWOULDBLOCK ? 1 : -1;  /* another process writes it: as good as ours */
        if (rc < 0) snprintf(why, n, "cannot lock %s: %s", lock, strerror(e.err));
    } else {
        rc = replace_cache(path, tmp, key, roots, corpus, stop, arg, why, n);
        dsc_file_unlock(lfd, lock);
    }
    free(lock);
    free(tmp);
    return rc;
}
