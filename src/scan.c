/*
 * scan.c: a corpus scan on worker threads (libuv threads, mutexes and
 * condition variables), so the caller never waits on the disk or a parse.
 *
 * One walker thread lists the files under the given paths into a queue;
 * `jobs` workers take files from it, read and parse each one, and keep
 * only what the corpus needs (claims and entity counts, packed: corpus.c),
 * so memory grows with the claims kept, not with the bytes read. The
 * caller polls progress, may cancel at any time, and takes the corpus when
 * the scan has finished. Freeing a scan cancels it and joins its threads
 * first.
 *
 * Every path the scan does not read is kept with the reason (the corpus's
 * skipped list): the walker follows links, but reads each folder and file
 * once (known by device and inode), so a link loop ends and a file reached
 * by two paths is one file; a file over the size limit is skipped whole,
 * never cut.
 */
#include "internal.h"
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <uv.h>
#ifdef __linux__
#include <sys/vfs.h>
#endif

/* ===================================================================== */
/* Scan state                                                             */
/* ===================================================================== */

/* A file to read, or (cached >= 0) to take from the cache's entry. */
typedef struct qnode { struct qnode *next; char *path; long cached; } qnode;

/* Folders and files seen by the walker, by identity (device and inode),
 * each with the first path it was reached by: an open-addressing set. */
typedef struct { dev_t dev; ino_t ino; char *path; } seen_entry;
typedef struct { seen_entry *slots; size_t cap, len; } seen_set;

/* A link the walker follows once the real folders are walked. */
typedef struct { char *path; int depth; } deferred_link;

struct dsc_scan {
    const dsc_dict *dict;
    dsc_scan_options opt;
    char **roots; size_t n_roots;
    char *cache_path;         /* opt.cache, copied */
    uv_mutex_t lock;
    uv_cond_t more;           /* a file was queued, or the listing ended */
    qnode *head, *tail;       /* files waiting to be parsed */
    int listing_done, cancelled;
    size_t files_total, files_done, files_skipped, bytes_done, errors;
    unsigned running;         /* workers still going */
    dsc_corpus *corpus;
    uv_thread_t walker;
    seen_set dirs, files;     /* the walker's alone: no lock */
    dsc_vec links;            /* deferred_link, the walker's alone */
    uv_thread_t *workers;
    unsigned n_workers;
    int joined;
    /* the cache (cache.c): read by the walker and the workers, written by
     * the worker that ends last, before the scan says it has finished */
    dsc_cache *cache;
    uint64_t key, roots_hash;
    int64_t started_ns;       /* the stamp's seen_ns of every file read */
    size_t files_cached, cache_misses;   /* cache_misses: cached entries that did not verify */
    int sealing, sealed;      /* the last worker's ending: once */
    dsc_cache_report report;
};

static int cancelled(dsc_scan *s) {
    int c;
    uv_mutex_lock(&s->lock);
    c = s->cancelled;
    uv_mutex_unlock(&s->lock);
    return c;
}

/* ===================================================================== */
/* Skipped paths                                                          */
/* ===================================================================== */

/* Records that path was not read, and why (error: it could not be). */
static void skip(dsc_scan *s, const char *path, int error, const char *reason) {
    uv_mutex_lock(&s->lock);
    if (error) s->errors++; else s->files_skipped++;
    if (s->corpus) (void)dsc_corpus_add_skip(s->corpus, path, reason, error);   /* counted even without memory */
    uv_mutex_unlock(&s->lock);
}

/* strerror's text, from strerror_r: the walker and the workers may ask at once. */
static const char *error_text(int err, char *buf, size_t n) {
    if (strerror_r(err, buf, n) != 0) snprintf(buf, n, "error %d", err);
    return buf;
}

static void skip_errno(dsc_scan *s, const char *path, int err) {
    char why[128];
    skip(s, path, 1, error_text(err, why, sizeof why));
}

/* "16 MiB", "20.3 MiB", "5 bytes". */
static void size_text(char *out, size_t n, uint64_t bytes) {
    const uint64_t mib = 1u << 20;
    if (bytes < mib) snprintf(out, n, "%llu bytes", (unsigned long long)bytes);
    else if (bytes % mib == 0) snprintf(out, n, "%llu MiB", (unsigned long long)(bytes / mib));
    else snprintf(out, n, "%.1f MiB", (double)bytes / (double)mib);
}

/* bytes: the size stat gave, or 0 when it said less than a read gave. */
static void skip_size(dsc_scan *s, const char *path, uint64_t bytes) {
    char have[32], limit[32], why[96];
    size_text(limit, sizeof limit, s->opt.max_file_bytes);
    if (bytes) {
        size_text(have, sizeof have, bytes);
        snprintf(why, sizeof why, "over the size limit of %s (%s)", limit, have);
    } else {
        snprintf(why, sizeof why, "over the size limit of %s (it grew while read)", limit);
    }
    skip(s, path, 0, why);
}

static const char *file_type(mode_t m) {
    if (S_ISFIFO(m)) return "a FIFO";
    if (S_ISSOCK(m)) return "a socket";
    if (S_ISCHR(m) || S_ISBLK(m)) return "a device";
    return "not a file or folder";
}

static void skip_special(dsc_scan *s, const char *path, mode_t m) {
    char why[64];
    snprintf(why, sizeof why, "not a regular file (%s)", file_type(m));
    skip(s, path, 0, why);
}

/* ===================================================================== */
/* Folders and files already seen                                         */
/* ===================================================================== */

static size_t seen_slot(const seen_set *set, dev_t dev, ino_t ino) {
    uint64_t h = ((uint64_t)dev * 0x9E3779B97F4A7C15u) ^ (uint64_t)ino;
    h ^= h >> 29; h *= 0xBF58476D1CE4E5B9u; h ^= h >> 32;
    return (size_t)h & (set->cap - 1);
}

static int seen_grow(seen_set *set) {
    seen_set bigger;
    size_t i;
    bigger.cap = set->cap ? set->cap * 2 : 64;
    bigger.len = set->len;
    bigger.slots = calloc(bigger.cap, sizeof *bigger.slots);
    if (!bigger.slots) return -1;
    for (i = 0; i < set->cap; i++) {
        const seen_entry *e = &set->slots[i];
        size_t k;
        if (!e->path) continue;
        for (k = seen_slot(&bigger, e->dev, e->ino); bigger.slots[k].path; k = (k + 1) & (bigger.cap - 1)) {}
        bigger.slots[k] = *e;
    }
    free(set->slots);
    *set = bigger;
    return 0;
}

/* Adds st's identity, first reached by path. Returns the path it was
 * first reached by when it was there already, else NULL (also when out
 * of memory: the file is then read, not lost). */
static const char *seen_add(seen_set *set, const struct stat *st, const char *path) {
    size_t k, n = strlen(path) + 1;
    if ((set->len + 1) * 2 > set->cap && seen_grow(set) < 0) return NULL;
    for (k = seen_slot(set, st->st_dev, st->st_ino); set->slots[k].path; k = (k + 1) & (set->cap - 1))
        if (set->slots[k].dev == st->st_dev && set->slots[k].ino == st->st_ino) return set->slots[k].path;
    if (!(set->slots[k].path = malloc(n))) return NULL;
    memcpy(set->slots[k].path, path, n);
    set->slots[k].dev = st->st_dev;
    set->slots[k].ino = st->st_ino;
    set->len++;
    return NULL;
}

static void seen_free(seen_set *set) {
    size_t i;
    for (i = 0; i < set->cap; i++) free(set->slots[i].path);
    free(set->slots);
    set->slots = NULL; set->cap = set->len = 0;
}

/* ===================================================================== */
/* Pseudo file systems                                                    */
/* ===================================================================== */

/* The kind of pseudo file system path is on (/proc, /sys, ...), or NULL.
 * They hold no articles: /proc links to every process's working folder
 * and root (a scan of /proc walked the whole disk, and /proc/self/fd
 * 60,000 times), and their files stat as empty. */
static const char *pseudo_fs(const char *path) {
#ifdef __linux__
    static const struct { uint32_t magic; const char *name; } kinds[] = {
        { 0x9fa0u, "proc" }, { 0x62656572u, "sysfs" }, { 0x1cd1u, "devpts" },
        { 0x64626720u, "debugfs" }, { 0x74726163u, "tracefs" }, { 0x27e0ebu, "cgroup" },
        { 0x63677270u, "cgroup2" }, { 0x73636673u, "securityfs" }, { 0xcafe4a11u, "bpf" },
        { 0x6165676cu, "pstore" }, { 0x62656570u, "configfs" }, { 0x42494e4du, "binfmt_misc" },
        { 0xde5e81e4u, "efivarfs" }, { 0x6e736673u, "nsfs" }, { 0x65735543u, "fusectl" },
        { 0xf97cff8cu, "selinuxfs" },
    };
    struct statfs fs;
    size_t i;
    if (statfs(path, &fs) != 0) return NULL;
    for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if ((uint32_t)fs.f_type == kinds[i].magic) return kinds[i].name;
#else
    (void)path;
#endif
    return NULL;
}

/* Whether path is on a pseudo file system; if so it is recorded as skipped. */
static int skip_pseudo(dsc_scan *s, const char *path) {
    const char *kind = pseudo_fs(path);
    char why[96];
    if (!kind) return 0;
    snprintf(why, sizeof why, "on a pseudo file system (%s), not scanned", kind);
    skip(s, path, 0, why);
    return 1;
}

/* ===================================================================== */
/* Walking                                                                */
/* ===================================================================== */

#define MAX_DEPTH 128         /* folders inside folders: beyond, skipped */

static int wanted(const dsc_scan *s, const char *name) {
    const char *dot = strrchr(name, '.');
    size_t i;
    if (!dot) return 0;
    /* notes.MD is a markdown file too */
    for (i = 0; i < s->opt.n_extensions; i++)
        if (dsc_ieq(dot + 1, strlen(dot + 1), s->opt.extensions[i])) return 1;
    return 0;
}

static void enqueue(dsc_scan *s, const char *path, long cached) {
    qnode *q = malloc(sizeof *q);
    size_t n = strlen(path);
    if (!q || !(q->path = malloc(n + 1))) { free(q); skip(s, path, 1, "out of memory"); return; }
    memcpy(q->path, path, n + 1);
    q->next = NULL;
    q->cached = cached;
    uv_mutex_lock(&s->lock);
    if (s->tail) s->tail->next = q; else s->head = q;
    s->tail = q;
    s->files_total++;
    uv_cond_signal(&s->more);
    uv_mutex_unlock(&s->lock);
}

/* Whether st, reached by path, is new to the walk (seen: the folders or
 * the files so far). If not, it is recorded as skipped, unless path is the
 * very name it was first reached by (a root given twice): that is listed
 * already. A folder reached again inside itself is a loop. */
static int first_visit(dsc_scan *s, seen_set *seen, const char *path, const struct stat *st) {
    const char *first = seen_add(seen, st, path);
    size_t n, k;
    char *why;
    if (!first) return 1;
    if (strcmp(first, path) == 0) return 0;
    k = strlen(first);
    n = k + 32;
    if ((why = malloc(n)) != NULL) {
        if (seen == &s->files) snprintf(why, n, "same file as %s", first);
        else if (strncmp(first, path, k) == 0 && (path[k] == '/' || first[k - 1] == '/'))
            snprintf(why, n, "a link loop back to %s", first);
        else snprintf(why, n, "already scanned as %s", first);
    }
    skip(s, path, 0, why ? why : "reached twice");
    free(why);
    return 0;
}

/* Nanoseconds since the epoch of a stat time. */
static int64_t ns_of(struct timespec t) { return (int64_t)t.tv_sec * 1000000000 + (int64_t)t.tv_nsec; }

static dsc_stamp stamp_of(const dsc_scan *s, const struct stat *st) {
    dsc_stamp t;
    t.size = (uint64_t)st->st_size;
    t.ino = (uint64_t)st->st_ino;
    t.mtime_ns = ns_of(st->st_mtim);
    t.ctime_ns = ns_of(st->st_ctim);
    t.seen_ns = s->started_ns;
    return t;
}

/* A file with an article's name (or named as a root): queued to be read,
 * or taken from the cache when it has not changed since, unless it was
 * reached before, is too big or is not a regular file. */
static void add_file(dsc_scan *s, const char *path, const struct stat *st) {
    if (!first_visit(s, &s->files, path, st)) return;
    if (!S_ISREG(st->st_mode)) skip_special(s, path, st->st_mode);
    else if ((uint64_t)st->st_size > s->opt.max_file_bytes) skip_size(s, path, (uint64_t)st->st_size);
    else {
        dsc_stamp t = stamp_of(s, st);
        enqueue(s, path, dsc_cache_lookup(s->cache, path, &t));
    }
}

static int cmp_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The names in folder path, hidden ones (., .., .git) left out, sorted so
 * that every scan walks in the same order. NULL with errno on failure. */
static char **list_dir(const char *path, size_t *count) {
    DIR *dir = opendir(path);
    struct dirent *e;
    char **names = NULL;
    size_t n = 0, cap = 0;
    int err = 0;
    if (!dir) return NULL;
    errno = 0;
    while ((e = readdir(dir)) != NULL) {
        size_t l = strlen(e->d_name) + 1;
        if (e->d_name[0] == '.') continue;
        if (n == cap) {
            char **more = realloc(names, (cap = cap ? cap * 2 : 32) * sizeof *names);
            if (!more) { err = ENOMEM; break; }
            names = more;
        }
        if (!(names[n] = malloc(l))) { err = ENOMEM; break; }
        memcpy(names[n++], e->d_name, l);
        errno = 0;
    }
    if (!err) err = errno;                    /* readdir's own failure */
    closedir(dir);
    if (err) {
        while (n) free(names[--n]);
        free(names);
        errno = err;
        return NULL;
    }
    if (n) qsort(names, n, sizeof *names, cmp_name);
    *count = n;
    return names ? names : calloc(1, sizeof *names);
}

static char *join(const char *dir, const char *name) {
    size_t a = strlen(dir), b = strlen(name);
    int slash = a && dir[a - 1] != '/';
    char *p = malloc(a + (size_t)slash + b + 1);
    if (!p) return NULL;
    memcpy(p, dir, a);
    if (slash) p[a] = '/';
    memcpy(p + a + (size_t)slash, name, b + 1);
    return p;
}

static void walk_dir(dsc_scan *s, const char *path, const struct stat *st, int depth);

/* One name in a folder: links wait until the real folders are walked (so
 * a file is named by its real path, and a link to it is the one skipped). */
static void walk_entry(dsc_scan *s, const char *dir, const struct stat *dir_st, const char *name, int depth) {
    struct stat st;
    char *path = join(dir, name);
    if (!path) { skip(s, dir, 1, "out of memory"); return; }
    if (lstat(path, &st) != 0) {
        if (errno != ENOENT) skip_errno(s, path, errno);   /* ENOENT: gone since the listing */
    } else if (S_ISLNK(st.st_mode)) {
        deferred_link *l = dsc_vec_push(&s->links);
        if (l) { l->path = path; l->depth = depth; path = NULL; }
        else skip(s, path, 1, "out of memory");
    } else if (S_ISDIR(st.st_mode)) {
        /* a mount point may lead to a pseudo file system */
        if (st.st_dev == dir_st->st_dev || !skip_pseudo(s, path)) walk_dir(s, path, &st, depth);
    } else if (wanted(s, name)) {
        add_file(s, path, &st);
    }
    free(path);
}

static void walk_dir(dsc_scan *s, const char *path, const struct stat *st, int depth) {
    char **names;
    size_t n = 0, i;
    if (!first_visit(s, &s->dirs, path, st)) return;
    if (depth > MAX_DEPTH) {
        char why[64];
        snprintf(why, sizeof why, "more than %d folders deep", MAX_DEPTH);
        skip(s, path, 0, why);
        return;
    }
    if (!(names = list_dir(path, &n))) { skip_errno(s, path, errno); return; }
    for (i = 0; i < n; i++) {
        if (!cancelled(s)) walk_entry(s, path, st, names[i], depth + 1);
        free(names[i]);
    }
    free(names);
}

/* A path given to the scan, or a link met on the walk (followed). Files
 * named as roots are read whatever their extension. */
static void walk_path(dsc_scan *s, const char *path, int depth, int root) {
    struct stat st;
    const char *name = strrchr(path, '/');
    name = name ? name + 1 : path;
    if (stat(path, &st) != 0) {
        int err = errno;
        struct stat link;
        if (!root && !wanted(s, name)) return;            /* not an article: no word */
        if (lstat(path, &link) == 0 && S_ISLNK(link.st_mode)) {
            char why[160], text[128];
            snprintf(why, sizeof why, "broken link (%s)", error_text(err, text, sizeof text));
            skip(s, path, 1, why);
        } else {
            skip_errno(s, path, err);
        }
        return;
    }
    if (S_ISDIR(st.st_mode)) {
        if (!skip_pseudo(s, path)) walk_dir(s, path, &st, depth);
    } else if (!root && !wanted(s, name)) {
        return;
    } else if (!skip_pseudo(s, path)) {
        add_file(s, path, &st);
    }
}

/* Opens the cache (on the walker: it reads from disk, and the key hashes
 * the whole dictionary). */
static void open_cache(dsc_scan *s) {
    char why[sizeof s->report.why];
    s->key = dsc_cache_key(s->dict, !s->opt.plain);
    s->roots_hash = dsc_cache_roots((const char *const *)s->roots, s->n_roots);
    s->cache = dsc_cache_open(s->opt.cache, s->key, s->roots_hash, why, sizeof why);
    uv_mutex_lock(&s->lock);
    s->report.read = s->cache ? DSC_CACHE_USED : why[0] ? DSC_CACHE_IGNORED : DSC_CACHE_MISSING;
    memcpy(s->report.why, why, sizeof why);
    uv_mutex_unlock(&s->lock);
}

/* A restore: the cache's files as the corpus, each read when first used. */
static void restore(dsc_scan *s) {
    size_t n = dsc_cache_count(s->cache);
    if (s->cache && dsc_cache_restore(s->cache, s->corpus) < 0) skip(s, s->opt.cache, 1, "out of memory");
    s->cache = NULL;                          /* the corpus has it now */
    uv_mutex_lock(&s->lock);
    s->files_total = s->files_done = s->files_cached = n;
    uv_mutex_unlock(&s->lock);
}

static int last_out(dsc_scan *s);
static void seal(dsc_scan *s);

static void walker_main(void *arg) {
    dsc_scan *s = arg;
    size_t i;
    int last;
    if (s->opt.cache) open_cache(s);
    if (s->opt.cache && s->opt.restore) restore(s);
    for (i = 0; i < s->n_roots && !cancelled(s) && !s->opt.restore; i++) walk_path(s, s->roots[i], 0, 1);
    /* links, in the order met; those inside them join the end of the list */
    for (i = 0; i < s->links.len; i++) {
        deferred_link l = DSC_AT(s->links, deferred_link, i);
        if (!cancelled(s)) walk_path(s, l.path, l.depth, 0);
        free(l.path);
    }
    dsc_vec_free(&s->links);
    seen_free(&s->dirs);
    seen_free(&s->files);
    uv_mutex_lock(&s->lock);
    s->listing_done = 1;
    uv_cond_broadcast(&s->more);
    last = last_out(s);
    uv_mutex_unlock(&s->lock);
    if (last) seal(s);                        /* the workers ended first (cancelled) */
}

/* ===================================================================== */
/* Reading                                                                */
/* ===================================================================== */

typedef enum { READ_OK, READ_SKIPPED, READ_FAILED } read_result;

/* Reads the whole of a regular file into a buffer sized to it. The walker
 * saw a regular file, but it may have become a FIFO (or a device) since:
 * opened without O_NONBLOCK, a FIFO would block until a writer came, so it
 * is opened non-blocking and skipped unless fstat says it is still a
 * regular file. A file over the size limit (by stat, or by what a read
 * gives: files of pseudo file systems stat as empty) is skipped whole. */
static read_result read_whole(dsc_scan *s, const char *path, char **out, size_t *len, dsc_stamp *stamp) {
    size_t cap = s->opt.max_file_bytes, n = 0, size;
    int fd = open(path, O_RDONLY | O_NONBLOCK);
    struct stat st;
    char *buf;
    if (fd < 0) { skip_errno(s, path, errno); return READ_FAILED; }
    if (fstat(fd, &st) != 0) { skip_errno(s, path, errno); close(fd); return READ_FAILED; }
    if (!S_ISREG(st.st_mode)) { skip_special(s, path, st.st_mode); close(fd); return READ_SKIPPED; }
    if ((uint64_t)st.st_size > cap) { skip_size(s, path, (uint64_t)st.st_size); close(fd); return READ_SKIPPED; }
    *stamp = stamp_of(s, &st);                /* as it was opened: a change after shows next time */
    size = (size_t)st.st_size + 1;            /* + 1: a read that fills it is not at the end */
    if (!(buf = malloc(size))) { skip(s, path, 1, "out of memory"); close(fd); return READ_FAILED; }
    for (;;) {
        ssize_t got;
        if (n == size) {                      /* it grew: read on, up to the cap and one byte */
            char *more;
            if (size > cap) { skip_size(s, path, 0); break; }
            size = size > cap / 2 ? cap + 1 : size * 2;
            if (!(more = realloc(buf, size))) { skip(s, path, 1, "out of memory"); break; }
            buf = more;
        }
        got = read(fd, buf + n, size - n);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) { skip_errno(s, path, errno); break; }
        if (got == 0) { close(fd); *out = buf; *len = n; return READ_OK; }
        n += (size_t)got;
    }
    close(fd);
    free(buf);
    return READ_FAILED;
}

/* A file with a NUL byte early on is binary, not an article. */
static int binary(const char *buf, size_t n) {
    return memchr(buf, '\0', n < 8192 ? n : 8192) != NULL;
}

/* Adds f to the corpus (NULL, or no memory: an error for path). */
static void keep(dsc_scan *s, const char *path, dsc_corpus_file *f) {
    int kept = 0;
    if (f) {
        uv_mutex_lock(&s->lock);
        kept = dsc_corpus_add_file(s->corpus, f) == 0;
        uv_mutex_unlock(&s->lock);
    }
    if (!kept) {
        dsc_corpus_file_free(f);
        skip(s, path, 1, "out of memory");
    }
}

/* Parses a file read whole and keeps what the corpus needs of it. */
static void keep_file(dsc_scan *s, const char *path, const char *buf, size_t len, const dsc_stamp *st) {
    dsc_options o;
    dsc_doc *doc;
    dsc_corpus_file *f = NULL;
    o.markdown = !s->opt.plain;
    doc = dsc_parse(s->dict, buf, len, &o);
    if (doc) f = dsc_corpus_pack(path, len, doc, st);
    dsc_doc_free(doc);
    keep(s, path, f);
}

/* A file unchanged since the cache was written: its block verified (read
 * into the worker's scratch) and kept lazy, read again when first used.
 * 0, or -1 when it does not verify (then it is parsed). */
static int take_cached(dsc_scan *s, const char *path, long entry, dsc_bytes *scratch) {
    dsc_corpus_file *f = dsc_cache_take(s->cache, entry, scratch);
    if (!f) {
        uv_mutex_lock(&s->lock);
        s->cache_misses++;
        uv_mutex_unlock(&s->lock);
        return -1;
    }
    keep(s, path, f);
    uv_mutex_lock(&s->lock);
    s->files_done++;
    s->files_cached++;
    s->bytes_done += f->bytes;
    uv_mutex_unlock(&s->lock);
    return 0;
}

static void parse_one(dsc_scan *s, const qnode *q, dsc_bytes *scratch) {
    char *buf = NULL;
    size_t len = 0;
    dsc_stamp st;
    if (q->cached >= 0 && take_cached(s, q->path, q->cached, scratch) == 0) return;
    memset(&st, 0, sizeof st);
    if (read_whole(s, q->path, &buf, &len, &st) == READ_OK) {
        if (binary(buf, len)) skip(s, q->path, 0, "binary (a NUL byte in its first 8 KiB)");
        else keep_file(s, q->path, buf, len, &st);
    }
    free(buf);
    uv_mutex_lock(&s->lock);
    s->files_done++;
    s->bytes_done += len;
    uv_mutex_unlock(&s->lock);
}

/* ===================================================================== */
/* The end of a scan: the cache written back                              */
/* ===================================================================== */

static int stop_writing(void *arg) { return cancelled(arg); }

/* Whether the cache on disk no longer says what the corpus does: a file
 * parsed (new or changed), an entry not used (a file gone), a block that
 * did not verify, or no usable cache at all. */
static int cache_stale(const dsc_scan *s) {
    return !s->cache || s->cache_misses > 0 || s->files_cached != dsc_cache_count(s->cache) ||
           dsc_corpus_file_count(s->corpus) != s->files_cached;
}

/* With the lock held, by the walker or a worker that has ended its part:
 * whether it is the last of them, and so seals the scan. The cache is
 * written, and closed, only once nothing else uses it. */
static int last_out(dsc_scan *s) {
    if (s->running || !s->listing_done || s->sealing) return 0;
    s->sealing = 1;
    return 1;
}

/* Run once, by the thread that ends last: writes the cache when it is
 * stale and the scan ran to its end, then marks the scan finished. */
static void seal(dsc_scan *s) {
    char why[sizeof s->report.why];
    int wrote = 0;
    why[0] = '\0';
    if (s->opt.cache && !s->opt.restore && !cancelled(s) && s->corpus && cache_stale(s)) {
        int rc;
        dsc_corpus_sort(s->corpus);
        rc = dsc_cache_write(s->opt.cache, s->key, s->roots_hash, s->corpus, stop_writing, s, why, sizeof why);
        wrote = rc == 0 ? 1 : rc == 1 || cancelled(s) ? 0 : -1;
    }
    /* the files taken from the cache read their bodies from it later */
    if (s->cache && s->corpus && s->files_cached > 0) dsc_corpus_keep_cache(s->corpus, s->cache);
    else dsc_cache_close(s->cache);
    s->cache = NULL;
    uv_mutex_lock(&s->lock);
    s->report.wrote = wrote;
    if (wrote < 0) memcpy(s->report.why, why, sizeof why);
    s->sealed = 1;
    uv_mutex_unlock(&s->lock);
}

static void worker_main(void *arg) {
    dsc_scan *s = arg;
    dsc_bytes scratch;                        /* the cached bodies it verifies */
    memset(&scratch, 0, sizeof scratch);
    for (;;) {
        qnode *q;
        uv_mutex_lock(&s->lock);
        while (!s->head && !s->listing_done && !s->cancelled) uv_cond_wait(&s->more, &s->lock);
        if (s->cancelled || !s->head) {
            int last;
            s->running--;
            last = last_out(s);
            uv_mutex_unlock(&s->lock);
            free(scratch.p);
            if (last) seal(s);
            return;
        }
        q = s->head;
        s->head = q->next;
        if (!s->head) s->tail = NULL;
        uv_mutex_unlock(&s->lock);
        parse_one(s, q, &scratch);
        free(q->path);
        free(q);
    }
}

/* ===================================================================== */
/* The job                                                                */
/* ===================================================================== */

static const char *const default_exts[] = { "md", "markdown", "txt" };

static int64_t now_ns(void) {
    struct timespec t;
    if (clock_gettime(CLOCK_REALTIME, &t) != 0) return 0;
    return ns_of(t);
}

dsc_scan *dsc_scan_start(const dsc_dict *d, const char *const *paths, size_t n,
                         const dsc_scan_options *opt) {
    dsc_scan *s = calloc(1, sizeof *s);
    size_t i;
    unsigned w;
    if (!s) return NULL;
    s->dict = d;
    if (opt) s->opt = *opt;
    if (!s->opt.jobs) s->opt.jobs = 2;
    if (s->opt.jobs > 64) s->opt.jobs = 64;
    if (!s->opt.max_file_bytes) s->opt.max_file_bytes = 16u << 20;
    /* a document's offsets are 32-bit: dsc_parse would cut a bigger file */
    if (s->opt.max_file_bytes > UINT32_MAX - 16) s->opt.max_file_bytes = UINT32_MAX - 16;
    if (!s->opt.extensions) { s->opt.extensions = default_exts; s->opt.n_extensions = 3; }
    if (s->opt.cache && !(s->cache_path = malloc(strlen(s->opt.cache) + 1))) goto fail;
    if (s->opt.cache) s->opt.cache = strcpy(s->cache_path, s->opt.cache);
    s->started_ns = now_ns();
    s->corpus = dsc_corpus_new();
    s->roots = calloc(n + 1, sizeof *s->roots);
    s->workers = calloc(s->opt.jobs, sizeof *s->workers);
    if (!s->corpus || !s->roots || !s->workers) goto fail;
    s->links.elem = sizeof(deferred_link);
    for (i = 0; i < n; i++) {
        size_t l = strlen(paths[i]);
        if (!(s->roots[i] = malloc(l + 1))) goto fail;
        memcpy(s->roots[i], paths[i], l + 1);
        s->n_roots++;
    }
    dsc_dict_freeze((dsc_dict *)(uintptr_t)d);
    if (uv_mutex_init(&s->lock) != 0) goto fail;
    if (uv_cond_init(&s->more) != 0) { uv_mutex_destroy(&s->lock); goto fail; }
    /* every worker counted before any thread runs: the last one out seals */
    s->running = s->opt.jobs;
    if (uv_thread_create(&s->walker, walker_main, s) != 0) {
        uv_cond_destroy(&s->more); uv_mutex_destroy(&s->lock);
        goto fail;
    }
    for (w = 0; w < s->opt.jobs; w++) {
        if (uv_thread_create(&s->workers[w], worker_main, s) != 0) break;
        s->n_workers++;
    }
    if (s->n_workers == 0) {                /* no thread at all: parse here */
        uv_thread_join(&s->walker);
        uv_mutex_lock(&s->lock);
        s->running = 1;
        uv_mutex_unlock(&s->lock);
        worker_main(s);
        s->joined = 1;
    } else if (s->n_workers < s->opt.jobs) {  /* fewer threads than asked: not counted */
        int last;
        uv_mutex_lock(&s->lock);
        s->running -= s->opt.jobs - s->n_workers;
        last = last_out(s);
        uv_mutex_unlock(&s->lock);
        if (last) seal(s);
    }
    return s;
fail:
    if (s->roots) for (i = 0; i < s->n_roots; i++) free(s->roots[i]);
    free(s->roots); free(s->workers); free(s->cache_path);
    dsc_corpus_free(s->corpus);
    free(s);
    return NULL;
}

void dsc_scan_progress(dsc_scan *s, dsc_progress *p) {
    uv_mutex_lock(&s->lock);
    p->files_done = s->files_done;
    p->files_total = s->files_total;
    p->files_skipped = s->files_skipped;
    p->bytes = s->bytes_done;
    p->errors = s->errors;
    p->files_cached = s->files_cached;
    p->listing_done = s->listing_done;
    p->cancelled = s->cancelled;
    p->finished = s->sealed;                  /* the last worker has ended (and written the cache) */
    uv_mutex_unlock(&s->lock);
}

void dsc_scan_cache_report(dsc_scan *s, dsc_cache_report *r) {
    uv_mutex_lock(&s->lock);
    *r = s->report;
    if (!s->opt.cache) r->read = DSC_CACHE_OFF;
    uv_mutex_unlock(&s->lock);
}

void dsc_scan_cancel(dsc_scan *s) {
    uv_mutex_lock(&s->lock);
    s->cancelled = 1;
    uv_cond_broadcast(&s->more);
    uv_mutex_unlock(&s->lock);
}

void dsc_scan_wait(dsc_scan *s) {
    unsigned w;
    if (s->joined) return;
    uv_thread_join(&s->walker);
    for (w = 0; w < s->n_workers; w++) uv_thread_join(&s->workers[w]);
    s->joined = 1;
}

dsc_corpus *dsc_scan_take(dsc_scan *s) {
    dsc_corpus *c;
    dsc_scan_wait(s);
    c = s->corpus;
    s->corpus = NULL;
    if (c) dsc_corpus_sort(c);
    return c;
}

void dsc_scan_free(dsc_scan *s) {
    size_t i;
    qnode *q;
    if (!s) return;
    dsc_scan_cancel(s);
    dsc_scan_wait(s);
    for (q = s->head; q;) { qnode *next = q->next; free(q->path); free(q); q = next; }
    for (i = 0; i < s->n_roots; i++) free(s->roots[i]);
    free(s->roots); free(s->workers); free(s->cache_path);
    dsc_cache_close(s->cache);
    dsc_corpus_free(s->corpus);
    uv_cond_destroy(&s->more);
    uv_mutex_destroy(&s->lock);
    free(s);
}
