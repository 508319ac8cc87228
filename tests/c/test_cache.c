/* test_cache.c: the scan cache (src/cache.c). A rescan takes unchanged
 * files from the cache and parses the rest; a restore gives the corpus as
 * the cache holds it; a cache that is cut short, has a byte flipped, comes
 * from another engine build, dictionary or markdown option, or is no cache
 * at all is ignored and rebuilt, and the results are those of a scan
 * without a cache every time. Also run under ThreadSanitizer (two scans
 * writing one cache at once) and valgrind. */
#include "check.h"
#include "dsc.h"
#include "internal.h"
#include "fileops.h"
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <uv.h>

static char root[256], cache[300];

static const char *const articles[] = {
    "# Chips\n\nNvidia shares fell 17% on Monday, analysts said.\n\n"
    "DeepSeek said its V3 model cost \\$5.6 million to train on 2,048 H800s.\n",
    "Meta said it would spend $65 billion on AI this year, Zuckerberg wrote.\n\n"
    "OpenAI raised $6.6 billion at a valuation of $157 billion, the company said.\n",
    "| Model | MMLU |\n|---|---|\n| DeepSeek-V3 | **88.5** |\n| GPT-4o | 87.2 |\n\n"
    "Alibaba said Qwen 2.5-Max beat DeepSeek-V3 on most benchmarks.\n",
};
#define N_FILES 12

/* Writes a file and dates it an hour back: a file written in the second
 * a scan reads it is read again by the next (cache.c), and these must not. */
static void put_file(const char *rel, const char *text) {
    char path[512];
    struct timespec t[2];
    FILE *f;
    snprintf(path, sizeof path, "%s/%s", root, rel);
    if (!(f = fopen(path, "wb"))) { perror(path); exit(2); }
    fputs(text, f);
    fclose(f);
    clock_gettime(CLOCK_REALTIME, &t[0]);
    t[0].tv_sec -= 3600;
    t[1] = t[0];
    if (utimensat(AT_FDCWD, path, t, 0) != 0) { perror(path); exit(2); }
}

static void make_corpus(void) {
    char name[64], text[600];
    int i;
    for (i = 0; i < N_FILES; i++) {
        snprintf(name, sizeof name, "%s%02d.md", i % 3 ? "" : "sub/", i);
        snprintf(text, sizeof text, "%s\nStory %d: Moonshot AI said Kimi cost $%d million to train.\n",
                 articles[i % 3], i, 3 + i);
        put_file(name, text);
    }
}

/* ===================================================================== */
/* What a corpus says, as one number                                      */
/* ===================================================================== */

static uint64_t mix(uint64_t h, const void *p, size_t n) { return dsc_hash64(p, n, h); }
static uint64_t mix_str(uint64_t h, const char *s) { return s ? mix(h, s, strlen(s) + 1) : mix(h, "\1", 1); }
static uint64_t mix_num(uint64_t h, double v) { return mix(h, &v, sizeof v); }

static uint64_t mix_span(uint64_t h, const dsc_span *s) {
    uint32_t v[6];
    v[0] = s->byte; v[1] = s->len; v[2] = s->line; v[3] = s->col; v[4] = s->end_line; v[5] = s->end_col;
    return mix(h, v, sizeof v);
}

static uint64_t mix_claim(uint64_t h, dsc_corpus_claim *c) {
    const char *a;
    dsc_quantity q;
    h = mix_span(h, &c->span);
    h = mix(h, c->text, c->text_len);
    h = mix_num(mix_num(mix_num(h, c->kind), c->hedged), c->claimant_type);
    h = mix_str(mix_str(h, c->claimant), c->benchmark);
    h = mix_str(mix_str(mix_str(mix_str(h, c->why.claim), c->why.claimant), c->why.kind), c->why.hedge);
    while ((a = dsc_corpus_next_about(&c->about)) != NULL) h = mix_str(h, a);
    while (dsc_corpus_next_quantity(&c->quantities, &q)) {
        h = mix_num(mix_num(mix_num(h, q.value), q.value_max), q.qualifier);
        h = mix_str(mix_str(mix_num(h, q.kind), q.unit), q.currency);
    }
    return h;
}

/* Every file, entity and claim of c, in order. */
static uint64_t digest(const dsc_corpus *c) {
    uint64_t h = 0;
    size_t i;
    for (i = 0; c && i < dsc_corpus_file_count(c); i++) {
        const dsc_corpus_file *f = dsc_corpus_file_at(c, i);
        dsc_corpus_cursor cur = dsc_corpus_entities(f);
        dsc_corpus_entity e;
        dsc_corpus_claim cl;
        h = mix_num(mix_num(mix_num(mix_str(h, f->path), (double)f->bytes), (double)f->n_claims),
                    (double)f->n_entities);
        while (dsc_corpus_next_entity(&cur, &e)) h = mix_span(mix_num(mix_num(mix_str(h, e.name), e.kind), e.count), &e.first);
        cur = dsc_corpus_claims(f);
        while (dsc_corpus_next_claim(&cur, &cl)) h = mix_claim(h, &cl);
    }
    return h;
}

/* ===================================================================== */
/* Scans                                                                  */
/* ===================================================================== */

typedef struct {
    dsc_progress p;
    dsc_cache_report r;
    uint64_t digest;
    size_t files, claims;
} outcome;

static outcome scan_with(const dsc_dict *d, const char *cache_path, int restore, int plain) {
    const char *paths[1];
    dsc_scan_options o;
    dsc_scan *s;
    dsc_corpus *c;
    outcome out;
    size_t i;
    memset(&o, 0, sizeof o);
    memset(&out, 0, sizeof out);
    o.jobs = 2;
    o.cache = cache_path;
    o.restore = restore;
    o.plain = plain;
    paths[0] = root;
    s = dsc_scan_start(d, paths, 1, &o);
    c = dsc_scan_take(s);
    dsc_scan_progress(s, &out.p);
    dsc_scan_cache_report(s, &out.r);
    out.digest = digest(c);
    out.files = c ? dsc_corpus_file_count(c) : 0;
    for (i = 0; i < out.files; i++) out.claims += dsc_corpus_file_at(c, i)->n_claims;
    dsc_corpus_free(c);
    dsc_scan_free(s);
    return out;
}

static outcome scan(const dsc_dict *d) { return scan_with(d, cache, 0, 0); }

static int has(const char *s, const char *sub) { return s && strstr(s, sub) != NULL; }

/* ===================================================================== */
/* Corrupting the cache                                                   */
/* ===================================================================== */

static long file_size(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

static void flip_byte(const char *path, long at) {
    int fd = open(path, O_RDWR);
    unsigned char b = 0;
    if (fd < 0 || pread(fd, &b, 1, at) != 1) { perror(path); exit(2); }
    b ^= 0x5A;
    if (pwrite(fd, &b, 1, at) != 1) { perror(path); exit(2); }
    close(fd);
}

/* The cache header's engine name replaced, its checksum made right again:
 * a well-formed cache from another build. */
static void other_engine(const char *path) {
    unsigned char h[128];
    int fd = open(path, O_RDWR);
    if (fd < 0 || pread(fd, h, sizeof h, 0) != (ssize_t)sizeof h) { perror(path); exit(2); }
    memcpy(h + 16, "0.0.1+an-older-build", 21);
    {
        uint64_t sum = dsc_hash64(h, 120, 0);
        int k;
        for (k = 0; k < 8; k++) h[120 + k] = (unsigned char)(sum >> (8 * k));
    }
    if (pwrite(fd, h, sizeof h, 0) != (ssize_t)sizeof h) { perror(path); exit(2); }
    close(fd);
}

static void write_bytes(const char *path, const char *text, size_t n) {
    FILE *f = fopen(path, "wb");
    if (!f) { perror(path); exit(2); }
    fwrite(text, 1, n, f);
    fclose(f);
}

/* The cache is rebuilt: this scan ignored it (why names want), parsed
 * everything, gave the results of a scan without a cache, and wrote a
 * cache the next scan takes every file from. */
static void check_rebuilt(const dsc_dict *d, const char *what, const char *want, uint64_t fresh) {
    outcome a = scan(d), b;
    CHECK(a.r.read == DSC_CACHE_IGNORED, "%s: ignored (read %d)", what, (int)a.r.read);
    CHECK(has(a.r.why, want), "%s: why \"%s\" names \"%s\"", what, a.r.why, want);
    CHECK(a.p.files_cached == 0, "%s: nothing taken from it (%zu)", what, a.p.files_cached);
    CHECK(a.digest == fresh, "%s: the results of a scan without a cache", what);
    CHECK(a.r.wrote == 1, "%s: rewritten (%d %s)", what, a.r.wrote, a.r.why);
    b = scan(d);
    CHECK(b.r.read == DSC_CACHE_USED && b.p.files_cached == N_FILES && b.digest == fresh,
          "%s: the next scan takes every file from the rebuilt cache (%zu)", what, b.p.files_cached);
}

static void test_corruption(const dsc_dict *d, uint64_t fresh) {
    long size = file_size(cache);
    outcome a, b;
    CHECK(size > 200, "a cache of some size (%ld)", size);
    if (truncate(cache, size / 2) != 0) perror("truncate");
    check_rebuilt(d, "cut in half", "cut short", fresh);
    if (truncate(cache, 100) != 0) perror("truncate");
    check_rebuilt(d, "shorter than its header", "cut short", fresh);
    flip_byte(cache, 40);
    check_rebuilt(d, "a byte of the header flipped", "corrupt", fresh);
    flip_byte(cache, file_size(cache) - 20);
    check_rebuilt(d, "a byte of the index flipped", "corrupt", fresh);
    other_engine(cache);
    check_rebuilt(d, "another engine build", "another engine build", fresh);
    write_bytes(cache, "hello, world\n", 13);
    check_rebuilt(d, "not a cache", "cut short", fresh);
    {
        char junk[4096];
        memset(junk, 'x', sizeof junk);
        write_bytes(cache, junk, sizeof junk);
        check_rebuilt(d, "junk", "not a cache file", fresh);
    }
    /* a flipped byte in one file's block: that file is parsed again, the
     * others still come from the cache */
    flip_byte(cache, 200);
    a = scan(d);
    CHECK(a.r.read == DSC_CACHE_USED, "a block's byte flipped: the cache is used");
    CHECK(a.p.files_cached == N_FILES - 1, "... but not that block (%zu cached)", a.p.files_cached);
    CHECK(a.digest == fresh, "... and the results are unchanged");
    CHECK(a.r.wrote == 1, "... and the cache is rewritten");
    b = scan(d);
    CHECK(b.p.files_cached == N_FILES && b.digest == fresh, "... whole again (%zu)", b.p.files_cached);
}

/* A cache made with other entities, words or markdown option is ignored. */
static void test_other_parse(const dsc_dict *d, uint64_t fresh) {
    char err[200];
    const char *alias[] = { "Kimi" };
    dsc_dict *other = dsc_dict_new(1), *words = dsc_dict_new(1);
    outcome a, b;
    CHECK(dsc_dict_add(other, "Kimi Chat", DSC_PRODUCT, alias, 1, err, sizeof err) == 0, "a dictionary entry");
    dsc_dict_freeze(other);
    a = scan(other);
    CHECK(a.r.read == DSC_CACHE_IGNORED && has(a.r.why, "another dictionary"), "another dictionary: ignored (%s)",
          a.r.why);
    CHECK(a.p.files_cached == 0 && a.digest != fresh, "... everything parsed, with the new entity");
    CHECK(dsc_dict_lexicon_set(words, "opined", 6, "report", 6, err, sizeof err) == 0, "a lexicon word");
    dsc_dict_freeze(words);
    a = scan(words);
    CHECK(a.r.read == DSC_CACHE_IGNORED && has(a.r.why, "lexicon"), "another lexicon: ignored (%s)", a.r.why);
    a = scan_with(d, cache, 0, 1);
    CHECK(a.r.read == DSC_CACHE_IGNORED && has(a.r.why, "markdown"), "plain text: ignored (%s)", a.r.why);
    b = scan_with(d, cache, 0, 1);
    CHECK(b.p.files_cached == N_FILES && b.digest == a.digest, "... then used for plain text");
    check_rebuilt(d, "back to the first dictionary", "another dictionary", fresh);
    dsc_dict_free(other);
    dsc_dict_free(words);
}

/* Files changed, added and removed: only those are parsed. */
static void test_changes(const dsc_dict *d) {
    char path[512];
    outcome a, fresh;
    put_file("01.md", "Zhipu AI said GLM-4 cost $40 million to train, a spokesperson said.\n");
    put_file("new.md", "Baidu said Ernie has 300 million users, the company said.\n");
    snprintf(path, sizeof path, "%s/02.md", root);
    unlink(path);
    a = scan(d);
    fresh = scan_with(d, NULL, 0, 0);
    CHECK(a.r.read == DSC_CACHE_USED, "changes: the cache is used");
    CHECK(a.p.files_cached == N_FILES - 2, "changes: the 10 unchanged files from it (%zu)", a.p.files_cached);
    CHECK(a.files == N_FILES && a.digest == fresh.digest, "changes: the results of a fresh scan");
    CHECK(a.r.wrote == 1, "changes: the cache rewritten");
    a = scan(d);
    CHECK(a.p.files_cached == N_FILES && a.r.wrote == 0, "changes: then all cached, nothing written (%zu, %d)",
          a.p.files_cached, a.r.wrote);
    /* the same size and a new mtime: parsed again */
    put_file("new.md", "Baidu said Ernie has 400 million users, the company said.\n");
    a = scan(d);
    CHECK(a.p.files_cached == N_FILES - 1 && a.digest == scan_with(d, NULL, 0, 0).digest,
          "same size, new content: parsed again (%zu)", a.p.files_cached);
    /* written in the second of the scan: read again next time, not trusted */
    snprintf(path, sizeof path, "%s/racy.md", root);
    write_bytes(path, "Tencent said it spent $1 billion.\n", 34);
    a = scan(d);
    a = scan(d);
    CHECK(a.p.files_cached == a.files - 1, "a file changed as it was read is read again (%zu of %zu)",
          a.p.files_cached, a.files);
    unlink(path);
    a = scan(d);
}

/* A restore: the corpus as the cache holds it, read lazily. */
static void test_restore(const dsc_dict *d, uint64_t fresh) {
    outcome a = scan_with(d, cache, 1, 0), b;
    CHECK(a.r.read == DSC_CACHE_USED && a.files == N_FILES, "restore: every file (%zu)", a.files);
    CHECK(a.digest == fresh, "restore: the results of the scan");
    CHECK(a.r.wrote == 0, "restore: nothing written");
    /* a block that no longer verifies reads as empty, never as garbage */
    flip_byte(cache, 200);
    b = scan_with(d, cache, 1, 0);
    CHECK(b.files == N_FILES && b.digest != fresh, "restore of a flipped block: the file reads empty");
    b = scan(d);
    CHECK(b.digest == fresh && b.p.files_cached == N_FILES - 1, "... and the next scan parses it again");
    remove(cache);
    b = scan_with(d, cache, 1, 0);
    CHECK(b.r.read == DSC_CACHE_MISSING && b.files == 0, "restore without a cache: an empty corpus");
    scan(d);
}

/* ===================================================================== */
/* Two writers                                                            */
/* ===================================================================== */

static void *scan_thread_dict;
static void scan_thread(void *arg) {
    outcome *o = arg;
    *o = scan(scan_thread_dict);
}

static void test_two_writers(const dsc_dict *d, uint64_t fresh) {
    uv_thread_t t[2];
    outcome o[2], after;
    int i;
    char lock[320];
    scan_thread_dict = (void *)(uintptr_t)d;
    for (i = 0; i < 3; i++) {
        remove(cache);
        uv_thread_create(&t[0], scan_thread, &o[0]);
        uv_thread_create(&t[1], scan_thread, &o[1]);
        uv_thread_join(&t[0]);
        uv_thread_join(&t[1]);
        CHECK(o[0].digest == fresh && o[1].digest == fresh, "two scans at once: both right");
        after = scan(d);
        CHECK(after.r.read == DSC_CACHE_USED && after.p.files_cached == N_FILES,
              "two scans writing at once: the cache is whole (%s)", after.r.why);
    }
    /* another process holds the lock all along: the scan finishes, unwritten */
    snprintf(lock, sizeof lock, "%s.lock", cache);
    remove(cache);
    {
        int fds[2];
        pid_t pid;
        char c;
        if (pipe(fds) != 0) { perror("pipe"); return; }
        pid = fork();
        if (pid == 0) {
            int fd;
            dsc_ferr e;
            if (dsc_file_lock(lock, 0, &fd, &e) != 0) _exit(1);
            if (write(fds[1], "x", 1) != 1) _exit(1);
            sleep(30);
            _exit(0);
        }
        if (read(fds[0], &c, 1) == 1) {
            outcome held = scan(d);
            CHECK(held.digest == fresh && held.r.wrote == 0, "lock held elsewhere: right, not written (%d)",
                  held.r.wrote);
            CHECK(file_size(cache) < 0, "... and no cache file");
        }
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        close(fds[0]);
        close(fds[1]);
        after = scan(d);
        CHECK(after.r.wrote == 1, "the holder dead: written (%s)", after.r.why);
    }
}

/* Writers rewriting the cache over and over (a file's mtime changed each
 * time, so each scan finds it stale) while a reader restores from it: the
 * reader sees the old file or the new one, whole, every time, never one
 * half written (the write goes to path.tmp, renamed over path). */
typedef struct { const dsc_dict *d; int rounds, wrote; } writer_arg;
static uv_mutex_t writers_lock;
static int writers_left;

static void rewrite_cache(void *arg) {
    writer_arg *w = arg;
    char path[512];
    int i;
    snprintf(path, sizeof path, "%s/sub/00.md", root);
    for (i = 0; i < w->rounds; i++) {
        struct timespec t[2];
        outcome o;
        clock_gettime(CLOCK_REALTIME, &t[0]);
        t[0].tv_sec -= 3600;
        t[1] = t[0];
        if (utimensat(AT_FDCWD, path, t, 0) != 0) perror(path);
        o = scan(w->d);
        if (o.r.wrote == 1) w->wrote++;
    }
    uv_mutex_lock(&writers_lock);
    writers_left--;
    uv_mutex_unlock(&writers_lock);
}

static int writing(void) {
    int n;
    uv_mutex_lock(&writers_lock);
    n = writers_left;
    uv_mutex_unlock(&writers_lock);
    return n > 0;
}

static void test_read_while_written(const dsc_dict *d, uint64_t fresh) {
    uv_thread_t t[2];
    writer_arg w[2];
    int i, reads = 0, whole = 0, right = 0;
    char why[sizeof ((dsc_cache_report *)0)->why] = "";
    (void)scan(d);                            /* a cache to start from */
    uv_mutex_init(&writers_lock);
    writers_left = 2;
    for (i = 0; i < 2; i++) {
        w[i].d = d; w[i].rounds = 40; w[i].wrote = 0;
        uv_thread_create(&t[i], rewrite_cache, &w[i]);
    }
    /* restores as long as they write */
    do {
        outcome o = scan_with(d, cache, 1, 0);
        reads++;
        if (o.r.read == DSC_CACHE_USED) whole++;
        else if (!why[0]) memcpy(why, o.r.why, sizeof why);
        if (o.digest == fresh) right++;
    } while (writing());
    uv_thread_join(&t[0]);
    uv_thread_join(&t[1]);
    uv_mutex_destroy(&writers_lock);
    CHECK(whole == reads, "a restore during writes: %d of %d read a whole cache (%s)", whole, reads, why);
    CHECK(right == reads, "... and %d of %d gave the claims of a fresh scan", right, reads);
    CHECK(w[0].wrote + w[1].wrote > 10, "... while it was rewritten %d times", w[0].wrote + w[1].wrote);
}

/* Two threads reading one restored corpus at once: each lazy file is read
 * from the cache once, under its lock (TSan), and both see it whole. */
typedef struct { const dsc_corpus *c; uint64_t digest; } reader_arg;
static void read_corpus(void *arg) {
    reader_arg *r = arg;
    r->digest = digest(r->c);
}

static void test_shared_restore(const dsc_dict *d, uint64_t fresh) {
    const char *paths[1];
    dsc_scan_options o;
    dsc_scan *s;
    dsc_corpus *c;
    uv_thread_t t[2];
    reader_arg r[2];
    memset(&o, 0, sizeof o);
    o.cache = cache;
    o.restore = 1;
    paths[0] = root;
    s = dsc_scan_start(d, paths, 1, &o);
    c = dsc_scan_take(s);
    dsc_scan_free(s);                         /* the corpus outlives its scan */
    r[0].c = r[1].c = c;
    uv_thread_create(&t[0], read_corpus, &r[0]);
    uv_thread_create(&t[1], read_corpus, &r[1]);
    uv_thread_join(&t[0]);
    uv_thread_join(&t[1]);
    CHECK(r[0].digest == fresh && r[1].digest == fresh, "a restored corpus read by two threads at once");
    dsc_corpus_free(c);
}

/* Scans cancelled at any moment, their cache write too: never a crash,
 * never a cache that is trusted half written. */
static void test_cancel(const dsc_dict *d, uint64_t fresh) {
    int i;
    outcome after;
    for (i = 0; i < 24; i++) {
        const char *paths[1];
        dsc_scan_options o;
        dsc_scan *s;
        struct timespec pause;
        memset(&o, 0, sizeof o);
        o.cache = cache;
        o.jobs = 2;
        paths[0] = root;
        if (i % 3 == 0) remove(cache);        /* a write to cancel */
        s = dsc_scan_start(d, paths, 1, &o);
        pause.tv_sec = 0;
        pause.tv_nsec = (long)(i % 8) * 250000L;
        nanosleep(&pause, NULL);
        dsc_scan_cancel(s);
        if (i % 2) dsc_corpus_free(dsc_scan_take(s));
        dsc_scan_free(s);
    }
    after = scan(d);
    CHECK(after.digest == fresh && after.r.read != DSC_CACHE_IGNORED,
          "after cancelled scans: the cache is whole or absent (%d, %s)", (int)after.r.read, after.r.why);
}

/* ===================================================================== */

static void test_names(void) {
    const char *a[] = { "notes", "/x/y" }, *b[] = { "/x/y", "notes/" }, *c[] = { "/x/y" };
    char *p = dsc_cache_path("/tmp/c/", a, 2), *q = dsc_cache_path("/tmp/c", b, 2), *r = dsc_cache_path("/tmp/c", c, 1);
    CHECK(p && q && strcmp(p, q) == 0, "the roots' order and a trailing slash name the same cache (%s, %s)", p, q);
    CHECK(p && strncmp(p, "/tmp/c/y-", 9) == 0 && strstr(p, ".dsc"), "named after the first root, sorted: %s", p);
    CHECK(r && strcmp(p, r) != 0 && strncmp(r, "/tmp/c/y-", 9) == 0, "other roots, another cache: %s", r);
    free(p); free(q); free(r);
}

int main(void) {
    dsc_dict *d = dsc_dict_new(1);
    outcome first, fresh, again;
    char sub[300], dir[300];
    dsc_dict_freeze(d);
    snprintf(root, sizeof root, "/tmp/dsc-cache-test-%ld", (long)getpid());
    snprintf(dir, sizeof dir, "%s-cache/a/b", root);
    snprintf(cache, sizeof cache, "%s/test.dsc", dir);
    mkdir(root, 0755);
    snprintf(sub, sizeof sub, "%s/sub", root);
    mkdir(sub, 0755);
    make_corpus();
    test_names();

    fresh = scan_with(d, NULL, 0, 0);
    CHECK(fresh.r.read == DSC_CACHE_OFF && fresh.files == N_FILES && fresh.claims > N_FILES,
          "a scan without a cache (%zu files, %zu claims)", fresh.files, fresh.claims);
    first = scan(d);
    CHECK(first.r.read == DSC_CACHE_MISSING && first.r.wrote == 1, "first scan: no cache, then written (%s)",
          first.r.why);
    CHECK(first.digest == fresh.digest && first.p.files_cached == 0, "first scan: parsed");
    CHECK(file_size(cache) > 0, "the cache file and its folders made");
    again = scan(d);
    CHECK(again.r.read == DSC_CACHE_USED && again.p.files_cached == N_FILES && again.p.files_done == N_FILES,
          "rescan: every file from the cache (%zu)", again.p.files_cached);
    CHECK(again.digest == fresh.digest, "rescan: the same results");
    CHECK(again.r.wrote == 0, "rescan of nothing changed: nothing written");
    {
        struct stat st;
        CHECK(stat(cache, &st) == 0 && (st.st_mode & 077) == 0, "the cache is private (%o)", (unsigned)st.st_mode);
    }

    test_corruption(d, fresh.digest);
    test_other_parse(d, fresh.digest);
    test_restore(d, fresh.digest);
    test_read_while_written(d, fresh.digest);
    test_shared_restore(d, fresh.digest);
    test_cancel(d, fresh.digest);
    test_two_writers(d, fresh.digest);
    test_changes(d);
    {
        char cmd[900];
        snprintf(cmd, sizeof cmd, "rm -rf '%s' '%s'-cache", root, root);
        if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", root);
    }
    dsc_dict_free(d);
    return check_report("cache");
}
