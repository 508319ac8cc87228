/*
 * scan.c: a corpus scan on worker threads (libuv threads, mutexes and
 * condition variables), so the caller never waits on the disk or a parse.
 *
 * One walker thread lists the files under the given paths into a queue;
 * `jobs` workers take files from it, read and parse each one, and keep
 * only what the corpus needs (claims and entity counts, copied into the
 * file's own arena), so memory grows with the claims kept, not with the
 * bytes read. The caller polls progress, may cancel at any time, and
 * takes the corpus when the scan has finished. Freeing a scan cancels it
 * and joins its threads first.
 */
#include "internal.h"
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

/* ===================================================================== */
/* The corpus                                                             */
/* ===================================================================== */

struct dsc_corpus {
    dsc_vec files;            /* dsc_corpus_file* (each owns its arena) */
};

typedef struct {
    dsc_corpus_file pub;
    dsc_arena arena;
} file_result;

size_t dsc_corpus_file_count(const dsc_corpus *c) { return c->files.len; }
const dsc_corpus_file *dsc_corpus_file_at(const dsc_corpus *c, size_t i) {
    return i < c->files.len ? &DSC_AT(c->files, file_result *, i)->pub : NULL;
}

void dsc_corpus_free(dsc_corpus *c) {
    size_t i;
    if (!c) return;
    for (i = 0; i < c->files.len; i++) {
        file_result *f = DSC_AT(c->files, file_result *, i);
        dsc_arena_free(&f->arena);
        free(f);
    }
    dsc_vec_free(&c->files);
    free(c);
}

static int cmp_file(const void *a, const void *b) {
    return strcmp((*(file_result *const *)a)->pub.path, (*(file_result *const *)b)->pub.path);
}

/* ===================================================================== */
/* Scan state                                                             */
/* ===================================================================== */

typedef struct qnode { struct qnode *next; char *path; } qnode;

struct dsc_scan {
    const dsc_dict *dict;
    dsc_scan_options opt;
    char **roots; size_t n_roots;
    uv_mutex_t lock;
    uv_cond_t more;           /* a file was queued, or the listing ended */
    qnode *head, *tail;       /* files waiting to be parsed */
    int listing_done, cancelled;
    size_t files_total, files_done, files_skipped, bytes_done, errors;
    unsigned running;         /* workers still going */
    dsc_corpus *corpus;
    uv_thread_t walker;
    uv_thread_t *workers;
    unsigned n_workers;
    int joined;
};

static int cancelled(dsc_scan *s) {
    int c;
    uv_mutex_lock(&s->lock);
    c = s->cancelled;
    uv_mutex_unlock(&s->lock);
    return c;
}

/* ===================================================================== */
/* Walking                                                                */
/* ===================================================================== */

static int wanted(const dsc_scan *s, const char *name) {
    const char *dot = strrchr(name, '.');
    size_t i;
    if (!dot) return 0;
    /* notes.MD is a markdown file too */
    for (i = 0; i < s->opt.n_extensions; i++)
        if (dsc_ieq(dot + 1, strlen(dot + 1), s->opt.extensions[i])) return 1;
    return 0;
}

static void enqueue(dsc_scan *s, const char *path) {
    qnode *q = malloc(sizeof *q);
    size_t n = strlen(path);
    if (!q || !(q->path = malloc(n + 1))) { free(q); return; }
    memcpy(q->path, path, n + 1);
    q->next = NULL;
    uv_mutex_lock(&s->lock);
    if (s->tail) s->tail->next = q; else s->head = q;
    s->tail = q;
    s->files_total++;
    uv_cond_signal(&s->more);
    uv_mutex_unlock(&s->lock);
}

static void walk(dsc_scan *s, const char *path, int depth, int explicit_file) {
    struct stat st;
    DIR *dir;
    struct dirent *e;
    if (depth > 32 || cancelled(s)) return;
    if (stat(path, &st) != 0) {
        uv_mutex_lock(&s->lock);
        s->errors++;
        uv_mutex_unlock(&s->lock);
        if (explicit_file) enqueue(s, path);      /* reported as unreadable */
        return;
    }
    if (S_ISREG(st.st_mode)) {
        if (explicit_file || wanted(s, path)) enqueue(s, path);
        return;
    }
    if (!S_ISDIR(st.st_mode) || !(dir = opendir(path))) return;
    while ((e = readdir(dir)) != NULL && !cancelled(s)) {
        size_t n = strlen(path) + strlen(e->d_name) + 2;
        char *child;
        if (e->d_name[0] == '.') continue;        /* ., .., .git and hidden files */
        if (!(child = malloc(n))) break;
        snprintf(child, n, "%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/", e->d_name);
        walk(s, child, depth + 1, 0);
        free(child);
    }
    closedir(dir);
}

static void walker_main(void *arg) {
    dsc_scan *s = arg;
    size_t i;
    for (i = 0; i < s->n_roots; i++) walk(s, s->roots[i], 0, 1);
    uv_mutex_lock(&s->lock);
    s->listing_done = 1;
    uv_cond_broadcast(&s->more);
    uv_mutex_unlock(&s->lock);
}

/* ===================================================================== */
/* Parsing                                                                */
/* ===================================================================== */

/* Reads a regular file, up to cap bytes. The walker saw a regular file,
 * but it may have become a FIFO (or a device) since: opened without
 * O_NONBLOCK, a FIFO would block until a writer came, so it is opened
 * non-blocking and skipped unless fstat says it is still a regular file. */
static char *read_all(const char *path, size_t cap, size_t *len, const char **err) {
    int fd = open(path, O_RDONLY | O_NONBLOCK);
    struct stat st;
    FILE *f;
    char *buf = NULL;
    size_t n = 0, size = 0;
    *err = NULL;
    if (fd < 0) { *err = strerror(errno); return NULL; }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        *err = "not a regular file";
        return NULL;
    }
    f = fdopen(fd, "rb");
    if (!f) { *err = strerror(errno); close(fd); return NULL; }
    for (;;) {
        size_t got;
        if (n == size) {
            char *b;
            size = size ? size * 2 : 65536;
            if (size > cap + 1) size = cap + 1;
            if (n == size) break;                 /* the cap: the rest is ignored */
            b = realloc(buf, size);
            if (!b) { *err = "out of memory"; break; }
            buf = b;
        }
        got = fread(buf + n, 1, size - n, f);
        n += got;
        if (got == 0) break;
    }
    if (ferror(f) && !*err) *err = strerror(errno ? errno : EIO);
    fclose(f);
    if (*err) { free(buf); return NULL; }
    if (n > cap) n = cap;
    *len = n;
    return buf;
}

static const char *keep(dsc_arena *a, const char *s) {
    return s ? dsc_arena_strndup(a, s, strlen(s)) : NULL;
}

/* Copies what the corpus keeps of doc into f's arena. */
static int extract(file_result *f, const dsc_doc *doc) {
    dsc_arena *a = &f->arena;
    size_t i, ne = dsc_doc_entity_count(doc), nc = dsc_doc_claim_count(doc);
    dsc_corpus_entity *ents = dsc_arena_alloc(a, (ne + 1) * sizeof *ents);
    dsc_corpus_claim *claims = dsc_arena_alloc(a, (nc + 1) * sizeof *claims);
    if (!ents || !claims) return -1;
    for (i = 0; i < ne; i++) {
        const dsc_entity *e = dsc_doc_entity(doc, i);
        ents[i].name = keep(a, e->name);
        ents[i].kind = e->kind;
        ents[i].count = e->n_mentions;
        if (e->n_mentions) ents[i].first = dsc_doc_entity_mention(doc, i, 0)->span;
        if (!ents[i].name) return -1;
    }
    for (i = 0; i < nc; i++) {
        const dsc_claim *c = dsc_doc_claim(doc, i);
        dsc_corpus_claim *o = &claims[i];
        uint32_t k;
        o->span = c->span;
        o->text = dsc_arena_strndup(a, c->text, c->text_len);
        o->kind = c->kind;
        o->claimant = keep(a, c->claimant);
        o->claimant_type = c->claimant_type;
        o->why = c->why;
        o->why.hedge = keep(a, c->why.hedge);     /* the rest are static names */
        o->hedged = c->hedged;
        o->n_about = c->n_about;
        o->about = dsc_arena_alloc(a, (c->n_about + 1) * sizeof(char *));
        o->n_quantities = c->n_quantities;
        o->quantities = dsc_arena_alloc(a, (c->n_quantities + 1) * sizeof(dsc_quantity));
        if (!o->text || !o->about || !o->quantities || (c->claimant && !o->claimant) ||
            (c->why.hedge && !o->why.hedge))
            return -1;
        for (k = 0; k < c->n_about; k++)
            if (!(o->about[k] = keep(a, dsc_doc_entity(doc, c->about[k])->name))) return -1;
        if (c->n_quantities) memcpy(o->quantities, c->quantities, c->n_quantities * sizeof(dsc_quantity));
    }
    f->pub.entities = ents; f->pub.n_entities = ne;
    f->pub.claims = claims; f->pub.n_claims = nc;
    return 0;
}

/* A file with a NUL byte early on is binary, not an article. */
static int binary(const char *buf, size_t n) {
    return memchr(buf, '\0', n < 8192 ? n : 8192) != NULL;
}

static void parse_one(dsc_scan *s, const char *path) {
    file_result *f = calloc(1, sizeof *f);
    const char *err = NULL;
    size_t len = 0;
    char *buf;
    int skip = 0;
    if (!f) return;
    dsc_arena_init(&f->arena);
    f->pub.path = keep(&f->arena, path);
    buf = read_all(path, s->opt.max_file_bytes, &len, &err);
    if (buf && binary(buf, len)) skip = 1;
    else if (buf) {
        dsc_options o;
        dsc_doc *doc;
        o.markdown = !s->opt.plain;
        doc = dsc_parse(s->dict, buf, len, &o);
        if (!doc || extract(f, doc) < 0) err = "out of memory";
        dsc_doc_free(doc);
    }
    free(buf);
    f->pub.bytes = len;
    if (err) f->pub.error = keep(&f->arena, err);
    uv_mutex_lock(&s->lock);
    s->files_done++;
    s->bytes_done += len;
    if (err) s->errors++;
    if (skip) s->files_skipped++;
    if (skip || !f->pub.path || !dsc_vec_push(&s->corpus->files)) {
        uv_mutex_unlock(&s->lock);
        dsc_arena_free(&f->arena);
        free(f);
        return;
    }
    DSC_AT(s->corpus->files, file_result *, s->corpus->files.len - 1) = f;
    uv_mutex_unlock(&s->lock);
}

static void worker_main(void *arg) {
    dsc_scan *s = arg;
    for (;;) {
        qnode *q;
        uv_mutex_lock(&s->lock);
        while (!s->head && !s->listing_done && !s->cancelled) uv_cond_wait(&s->more, &s->lock);
        if (s->cancelled || !s->head) {
            s->running--;
            uv_mutex_unlock(&s->lock);
            return;
        }
        q = s->head;
        s->head = q->next;
        if (!s->head) s->tail = NULL;
        uv_mutex_unlock(&s->lock);
        parse_one(s, q->path);
        free(q->path);
        free(q);
    }
}

/* ===================================================================== */
/* The job                                                                */
/* ===================================================================== */

static const char *const default_exts[] = { "md", "markdown", "txt" };

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
    if (!s->opt.extensions) { s->opt.extensions = default_exts; s->opt.n_extensions = 3; }
    s->corpus = calloc(1, sizeof *s->corpus);
    s->roots = calloc(n + 1, sizeof *s->roots);
    s->workers = calloc(s->opt.jobs, sizeof *s->workers);
    if (!s->corpus || !s->roots || !s->workers) goto fail;
    s->corpus->files.elem = sizeof(file_result *);
    for (i = 0; i < n; i++) {
        size_t l = strlen(paths[i]);
        if (!(s->roots[i] = malloc(l + 1))) goto fail;
        memcpy(s->roots[i], paths[i], l + 1);
        s->n_roots++;
    }
    dsc_dict_freeze((dsc_dict *)(uintptr_t)d);
    if (uv_mutex_init(&s->lock) != 0) goto fail;
    if (uv_cond_init(&s->more) != 0) { uv_mutex_destroy(&s->lock); goto fail; }
    if (uv_thread_create(&s->walker, walker_main, s) != 0) {
        uv_cond_destroy(&s->more); uv_mutex_destroy(&s->lock);
        goto fail;
    }
    for (w = 0; w < s->opt.jobs; w++) {
        uv_mutex_lock(&s->lock);
        s->running++;
        uv_mutex_unlock(&s->lock);
        if (uv_thread_create(&s->workers[w], worker_main, s) != 0) {
            uv_mutex_lock(&s->lock);
            s->running--;
            uv_mutex_unlock(&s->lock);
            break;
        }
        s->n_workers++;
    }
    if (s->n_workers == 0) {                /* no thread at all: parse here */
        uv_thread_join(&s->walker);
        s->running = 1;
        worker_main(s);
        s->joined = 1;
    }
    return s;
fail:
    if (s->roots) for (i = 0; i < s->n_roots; i++) free(s->roots[i]);
    free(s->roots); free(s->workers);
    if (s->corpus) dsc_vec_free(&s->corpus->files);
    free(s->corpus);
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
    p->listing_done = s->listing_done;
    p->cancelled = s->cancelled;
    p->finished = s->listing_done && s->files_done == s->files_total && !s->head;
    if (s->cancelled) p->finished = s->running == 0;
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
    if (c && c->files.len) qsort(c->files.data, c->files.len, sizeof(file_result *), cmp_file);
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
    free(s->roots); free(s->workers);
    dsc_corpus_free(s->corpus);
    uv_cond_destroy(&s->more);
    uv_mutex_destroy(&s->lock);
    free(s);
}
