/* test_scan.c: corpus scans on worker threads: what is found and skipped
 * (and why), links and loops, progress, cancellation and freeing mid-scan.
 * Also run under ThreadSanitizer by tools/sanitize.sh tsan. */
#include "check.h"
#include "dsc.h"
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char root[256];

static void put_in(const char *dir, const char *rel, const char *text, size_t n) {
    char path[512];
    FILE *f;
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    f = fopen(path, "wb");
    if (!f) { perror(path); exit(2); }
    fwrite(text, 1, n, f);
    fclose(f);
}

static void put(const char *rel, const char *text, size_t n) { put_in(root, rel, text, n); }

/* A fresh folder beside root: root-NAME. */
static void fresh_dir(char *out, size_t cap, const char *name) {
    snprintf(out, cap, "%s-%s", root, name);
    mkdir(out, 0755);
}

static void make_link(const char *target, const char *dir, const char *name) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (symlink(target, path) != 0) { perror(path); exit(2); }
}

static const char article[] =
    "# Chips\n\nNvidia shares fell 17% on Monday, analysts said.\n\n"
    "DeepSeek said its V3 model cost \\$5.6 million to train on 2,048 H800s.\n";

static int ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static const dsc_corpus_file *find(const dsc_corpus *c, const char *suffix) {
    size_t i;
    for (i = 0; i < dsc_corpus_file_count(c); i++)
        if (ends_with(dsc_corpus_file_at(c, i)->path, suffix)) return dsc_corpus_file_at(c, i);
    return NULL;
}

/* The skipped path ending in suffix, or NULL. */
static const dsc_corpus_skip *find_skip(const dsc_corpus *c, const char *suffix) {
    size_t i;
    for (i = 0; i < dsc_corpus_skipped_count(c); i++)
        if (ends_with(dsc_corpus_skipped_at(c, i)->path, suffix)) return dsc_corpus_skipped_at(c, i);
    return NULL;
}

static int has(const char *s, const char *sub) { return s && strstr(s, sub) != NULL; }

/* Scans paths to the end with max bytes per file (0: the default). */
static dsc_corpus *scan_paths(const dsc_dict *d, const char *const *paths, size_t n, size_t max,
                              dsc_progress *p) {
    dsc_scan_options o;
    dsc_scan *s;
    dsc_corpus *c;
    memset(&o, 0, sizeof o);
    o.max_file_bytes = max;
    s = dsc_scan_start(d, paths, n, &o);
    c = dsc_scan_take(s);
    dsc_scan_progress(s, p);
    dsc_scan_free(s);
    return c;
}

static dsc_corpus *scan_all(const dsc_dict *d, unsigned jobs, dsc_progress *p) {
    const char *paths[2];
    char missing[300];
    dsc_scan_options o;
    dsc_scan *s;
    dsc_corpus *c;
    memset(&o, 0, sizeof o);
    o.jobs = jobs;
    o.max_file_bytes = 4096;
    snprintf(missing, sizeof missing, "%s/no-such-file.md", root);
    paths[0] = root; paths[1] = missing;
    s = dsc_scan_start(d, paths, 2, &o);
    c = dsc_scan_take(s);
    dsc_scan_progress(s, p);
    dsc_scan_free(s);
    return c;
}

/* The claims of `article` as the corpus keeps them, read back in order. */
static void check_claims_of_article(const dsc_corpus_file *a, unsigned jobs) {
    dsc_corpus_cursor cur = dsc_corpus_claims(a);
    dsc_corpus_claim c0, c1, extra;
    dsc_quantity q;
    const char *name;
    int about_deepseek = 0, usd = 0;
    CHECK(dsc_corpus_next_claim(&cur, &c0) && dsc_corpus_next_claim(&cur, &c1), "jobs=%u: two claims read", jobs);
    CHECK(!dsc_corpus_next_claim(&cur, &extra), "jobs=%u: no third", jobs);
    CHECK(c0.span.line == 3 && c0.span.col == 1 && c1.span.line == 5, "jobs=%u: lines kept", jobs);
    CHECK(c0.claimant && strcmp(c0.claimant, "analysts") == 0, "jobs=%u: first claimant", jobs);
    CHECK(c1.claimant && strcmp(c1.claimant, "DeepSeek") == 0, "jobs=%u: claimant kept", jobs);
    CHECK(strlen(c1.text) == c1.text_len && strncmp(c1.text, "DeepSeek said its V3", 20) == 0, "jobs=%u: text", jobs);
    while ((name = dsc_corpus_next_about(&c1.about)) != NULL) about_deepseek |= strcmp(name, "DeepSeek") == 0;
    CHECK(about_deepseek, "jobs=%u: about names kept", jobs);
    while (dsc_corpus_next_quantity(&c1.quantities, &q))
        usd |= strcmp(q.unit, "USD") == 0 && q.value == 5600000 && q.value_max == q.value;
    CHECK(usd, "jobs=%u: the $5.6 million kept", jobs);
}

/* max_bytes: a file over it is skipped with the reason, never cut; one of
 * exactly that size is read whole (a 5-byte cap read every file as 5 bytes). */
static void test_max_bytes(const dsc_dict *d) {
    char dir[300];
    const char *paths[1];
    dsc_progress p;
    dsc_corpus *c;
    const dsc_corpus_skip *k;
    fresh_dir(dir, sizeof dir, "max");
    put_in(dir, "five.md", "Hello", 5);
    put_in(dir, "long.md", article, sizeof article - 1);
    paths[0] = dir;
    c = scan_paths(d, paths, 1, 5, &p);
    CHECK(c && dsc_corpus_file_count(c) == 1, "max 5: only the 5-byte file is read (got %zu)",
          c ? dsc_corpus_file_count(c) : 0);
    CHECK(c && find(c, "/five.md") && find(c, "/five.md")->bytes == 5, "max 5: five.md read whole");
    k = c ? find_skip(c, "/long.md") : NULL;
    CHECK(k && !k->error && has(k->reason, "size limit"), "max 5: long.md skipped, not cut (%s)",
          k ? k->reason : "not listed");
    CHECK(p.files_skipped == 1 && p.errors == 0, "max 5: one skip, no error");
    dsc_corpus_free(c);
}

/* Links: loops end, a folder or file reached twice is read once, and each
 * path left out is named with the reason. With the old walk, two links to
 * "." took time exponential in the depth cap: alarm() ends that as a
 * failure instead of a hang. */
static void test_links(const dsc_dict *d) {
    char dir[300], real[400], hard[400], orig[400];
    const char *paths[1];
    dsc_progress p;
    dsc_corpus *c;
    const dsc_corpus_skip *k;
    const dsc_corpus_file *a;
    fresh_dir(dir, sizeof dir, "links");
    snprintf(real, sizeof real, "%s/real", dir); mkdir(real, 0755);
    put_in(dir, "a.md", article, sizeof article - 1);
    put_in(real, "x.md", article, sizeof article - 1);
    make_link(".", dir, "self");
    make_link(".", dir, "s1");
    make_link(".", dir, "s2");
    make_link("a.md", dir, "b.md");          /* a file through a link */
    make_link("real", dir, "alias");         /* a folder through a link */
    make_link("..", real, "up");             /* a loop one level down */
    make_link("nowhere.md", dir, "dangling.md");
    snprintf(orig, sizeof orig, "%s/a.md", dir);
    snprintf(hard, sizeof hard, "%s/c.md", dir);
    if (link(orig, hard) != 0) perror(hard);  /* one file, two names */
    paths[0] = dir;
    alarm(60);
    c = scan_paths(d, paths, 1, 0, &p);
    alarm(0);
    CHECK(c && dsc_corpus_file_count(c) == 2, "links: 2 files, each read once (got %zu)",
          c ? dsc_corpus_file_count(c) : 0);
    if (!c) return;
    a = find(c, "-links/a.md");
    CHECK(a && a->n_claims == 2, "links: a.md read once, its 2 claims once");
    CHECK(find(c, "-links/real/x.md") != NULL, "links: real/x.md under its real path");
    CHECK(p.files_total == 2, "links: 2 files listed (got %zu)", p.files_total);
    k = find_skip(c, "-links/self");
    CHECK(k && !k->error && has(k->reason, "loop"), "links: self is a loop (%s)", k ? k->reason : "not listed");
    CHECK(find_skip(c, "-links/s1") && find_skip(c, "-links/s2"), "links: s1 and s2 named");
    k = find_skip(c, "-links/real/up");
    CHECK(k && has(k->reason, "loop"), "links: real/up is a loop (%s)", k ? k->reason : "not listed");
    k = find_skip(c, "-links/b.md");
    CHECK(k && !k->error && has(k->reason, "same file as") && has(k->reason, "-links/a.md"),
          "links: b.md is a.md (%s)", k ? k->reason : "not listed");
    k = find_skip(c, "-links/c.md");
    CHECK(k && has(k->reason, "same file as"), "links: the hard link c.md is a.md (%s)", k ? k->reason : "not listed");
    k = find_skip(c, "-links/alias");
    CHECK(k && !k->error && has(k->reason, "already scanned") && has(k->reason, "-links/real"),
          "links: alias is real, scanned under its own name (%s)", k ? k->reason : "not listed");
    k = find_skip(c, "-links/dangling.md");
    CHECK(k && k->error && has(k->reason, "broken link"), "links: a broken link is an error (%s)",
          k ? k->reason : "not listed");
    CHECK(p.errors == 1, "links: one error (got %zu)", p.errors);
    dsc_corpus_free(c);
    {   /* the same folder named twice, and a folder inside another root */
        const char *twice[3];
        twice[0] = dir; twice[1] = dir; twice[2] = real;
        c = scan_paths(d, twice, 3, 0, &p);
        CHECK(c && dsc_corpus_file_count(c) == 2, "roots given twice: each file once (got %zu)",
              c ? dsc_corpus_file_count(c) : 0);
        dsc_corpus_free(c);
    }
}

/* A FIFO with an article's name, in a folder and named as a root: skipped
 * with the reason, never opened (it would block until a writer came). */
static void test_special_files(const dsc_dict *d) {
    char dir[300], fifo[400];
    const char *paths[2];
    dsc_progress p;
    dsc_corpus *c;
    const dsc_corpus_skip *k;
    fresh_dir(dir, sizeof dir, "special");
    put_in(dir, "a.md", article, sizeof article - 1);
    snprintf(fifo, sizeof fifo, "%s/pipe.md", dir);
    mkfifo(fifo, 0644);
    paths[0] = dir;
    paths[1] = fifo;                          /* named, too: still not opened */
    alarm(60);
    c = scan_paths(d, paths, 2, 0, &p);
    alarm(0);
    CHECK(c && dsc_corpus_file_count(c) == 1, "special: a.md read (got %zu)", c ? dsc_corpus_file_count(c) : 0);
    k = c ? find_skip(c, "-special/pipe.md") : NULL;
    CHECK(k && !k->error && has(k->reason, "FIFO"), "special: the FIFO named with the reason (%s)",
          k ? k->reason : "not listed");
    CHECK(c && dsc_corpus_skipped_count(c) == 1, "special: the FIFO listed once (got %zu)",
          c ? dsc_corpus_skipped_count(c) : 0);
    dsc_corpus_free(c);
}

/* A folder the scan may not read is an error with the reason. As root,
 * permissions do not apply, so the scan runs in a child as nobody. */
static void test_unreadable_folder(const dsc_dict *d) {
    char dir[300], locked[400];
    pid_t pid;
    int status = 0;
    fresh_dir(dir, sizeof dir, "perm");
    snprintf(locked, sizeof locked, "%s/locked", dir);
    mkdir(locked, 0755);
    put_in(locked, "a.md", article, sizeof article - 1);
    put_in(dir, "b.md", article, sizeof article - 1);
    chmod(locked, 0);
    fflush(stdout); fflush(stderr);
    pid = fork();
    if (pid == 0) {
        const char *paths[1];
        dsc_progress p;
        dsc_corpus *c;
        const dsc_corpus_skip *k;
        int ok;
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) _exit(3);
        paths[0] = dir;
        c = scan_paths(d, paths, 1, 0, &p);
        k = c ? find_skip(c, "-perm/locked") : NULL;
        ok = c && dsc_corpus_file_count(c) == 1 && k && k->error && has(k->reason, "Permission denied") &&
             p.errors == 1;
        if (!ok) fprintf(stderr, "unreadable: %s\n", k ? k->reason : "not listed");
        dsc_corpus_free(c);                   /* valgrind checks the child too */
        _exit(ok ? 0 : 1);
    }
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0,
          "an unreadable folder is an error named with its reason (child status %d)", status);
    chmod(locked, 0755);
}

/* /proc holds links to every process's working folder and root and files
 * that stat as empty: the scan names it and does not walk it. */
static void test_pseudo_file_systems(const dsc_dict *d) {
#ifdef __linux__
    const char *paths[2];
    dsc_progress p;
    dsc_corpus *c;
    const dsc_corpus_skip *k;
    paths[0] = "/proc";
    paths[1] = "/proc/self/status";
    alarm(60);
    c = scan_paths(d, paths, 2, 0, &p);
    alarm(0);
    CHECK(c && dsc_corpus_file_count(c) == 0, "/proc: nothing read (got %zu files)", c ? dsc_corpus_file_count(c) : 0);
    k = c ? find_skip(c, "/proc") : NULL;
    CHECK(k && !k->error && has(k->reason, "pseudo file system"), "/proc named with the reason (%s)",
          k ? k->reason : "not listed");
    k = c ? find_skip(c, "/proc/self/status") : NULL;
    CHECK(k && has(k->reason, "pseudo file system"), "a file in /proc too (%s)", k ? k->reason : "not listed");
    dsc_corpus_free(c);
#else
    (void)d;                                  /* no /proc on this system */
#endif
}

int main(void) {
    dsc_dict *d = dsc_dict_new(1);
    char big[20000], sub[300], git[300], *bin;
    size_t i;
    unsigned jobs;
    dsc_dict_freeze(d);
    snprintf(root, sizeof root, "/tmp/dsc-scan-test-%ld", (long)getpid());
    mkdir(root, 0755);
    snprintf(sub, sizeof sub, "%s/sub", root); mkdir(sub, 0755);
    snprintf(git, sizeof git, "%s/.git", root); mkdir(git, 0755);
    put("a.md", article, sizeof article - 1);
    put("sub/b.txt", article, sizeof article - 1);
    put("sub/c.markdown", article, sizeof article - 1);
    put("sub/E.MD", article, sizeof article - 1);        /* extensions in any case */
    put(".git/d.md", article, sizeof article - 1);       /* skipped: hidden */
    put("notes.json", article, sizeof article - 1);      /* skipped: extension */
    bin = calloc(1, 100); memcpy(bin, "Nvidia", 6);
    put("binary.md", bin, 100);                          /* skipped: binary */
    free(bin);
    memset(big, 'x', sizeof big);
    memcpy(big, "Nvidia ", 7);
    put("big.md", big, sizeof big);                      /* skipped: over the cap */
    put("cap.md", big, 4096);                            /* exactly the cap: read whole */

    for (jobs = 1; jobs <= 2; jobs++) {
        dsc_progress p;
        dsc_corpus *c = scan_all(d, jobs, &p);
        const dsc_corpus_file *a, *cap;
        const dsc_corpus_skip *k;
        CHECK(c != NULL, "jobs=%u: a corpus", jobs);
        if (!c) continue;
        CHECK(p.finished && p.listing_done && !p.cancelled, "jobs=%u: finished", jobs);
        CHECK(p.files_total == 6, "jobs=%u: 6 files listed (got %zu)", jobs, p.files_total);
        CHECK(p.files_skipped == 2, "jobs=%u: the binary and the big file skipped (got %zu)", jobs, p.files_skipped);
        CHECK(dsc_corpus_file_count(c) == 5, "jobs=%u: 5 files kept (got %zu)", jobs, dsc_corpus_file_count(c));
        a = find(c, "/a.md");
        CHECK(a && a->n_claims == 2, "jobs=%u: a.md has 2 claims", jobs);
        CHECK(find(c, "/sub/b.txt") && find(c, "/sub/c.markdown"), "jobs=%u: recursive", jobs);
        CHECK(find(c, "/sub/E.MD") != NULL, "jobs=%u: .MD is markdown too", jobs);
        CHECK(!find(c, "/d.md") && !find(c, "notes.json"), "jobs=%u: hidden and foreign files skipped", jobs);
        CHECK(!find(c, "/big.md") && !find(c, "/binary.md"), "jobs=%u: big and binary files not read", jobs);
        cap = find(c, "/cap.md");
        CHECK(cap && cap->bytes == 4096, "jobs=%u: a file of exactly the cap is read whole", jobs);
        k = find_skip(c, "/big.md");
        CHECK(k && !k->error && has(k->reason, "size limit"), "jobs=%u: big.md skipped for its size (%s)", jobs,
              k ? k->reason : "not listed");
        k = find_skip(c, "/binary.md");
        CHECK(k && !k->error && has(k->reason, "binary"), "jobs=%u: binary.md skipped as binary", jobs);
        k = find_skip(c, "/no-such-file.md");
        CHECK(k && k->error && has(k->reason, "No such file"), "jobs=%u: a missing path is reported", jobs);
        CHECK(!find(c, "/no-such-file.md"), "jobs=%u: ... and not listed as a file", jobs);
        CHECK(p.errors == 1, "jobs=%u: one error counted (got %zu)", jobs, p.errors);
        CHECK(dsc_corpus_skipped_count(c) == 3, "jobs=%u: 3 paths skipped (got %zu)", jobs, dsc_corpus_skipped_count(c));
        if (a && a->n_claims == 2) check_claims_of_article(a, jobs);
        for (i = 1; i < dsc_corpus_file_count(c); i++)
            CHECK(strcmp(dsc_corpus_file_at(c, i - 1)->path, dsc_corpus_file_at(c, i)->path) < 0, "sorted by path");
        for (i = 1; i < dsc_corpus_skipped_count(c); i++)
            CHECK(strcmp(dsc_corpus_skipped_at(c, i - 1)->path, dsc_corpus_skipped_at(c, i)->path) < 0,
                  "skipped paths sorted");
        dsc_corpus_free(c);
    }
    test_max_bytes(d);
    test_links(d);
    test_special_files(d);
    test_unreadable_folder(d);
    test_pseudo_file_systems(d);

    /* cancel and free mid-scan, many times: no leak, no crash, no hang */
    for (i = 0; i < 200; i++) {
        char name[64];
        snprintf(name, sizeof name, "sub/many-%03zu.md", i);
        put(name, article, sizeof article - 1);
    }
    for (i = 0; i < 20; i++) {
        const char *paths[1];
        dsc_scan *s;
        paths[0] = root;
        s = dsc_scan_start(d, paths, 1, NULL);
        if (i % 2) dsc_scan_cancel(s);
        dsc_scan_free(s);                 /* without taking the corpus */
    }
    CHECK(1, "cancelled and freed scans");
    {
        const char *paths[1];
        dsc_progress p;
        dsc_scan *s;
        paths[0] = root;
        s = dsc_scan_start(d, paths, 1, NULL);
        dsc_scan_cancel(s);
        dsc_scan_wait(s);
        dsc_scan_progress(s, &p);
        CHECK(p.cancelled && p.finished, "a cancelled scan finishes");
        dsc_corpus_free(dsc_scan_take(s));
        CHECK(dsc_scan_take(s) == NULL, "the corpus is handed over once");
        dsc_scan_free(s);
    }
    /* files deleted, growing, turned into folders and FIFOs while a scan
     * reads them: each ends up read, reported or skipped; no crash, no
     * hang (a FIFO is never opened: it would block), no race (TSan) */
    {
        const char *paths[1];
        dsc_progress p;
        dsc_scan_options o;
        dsc_scan *s;
        dsc_corpus *c;
        size_t n, seen;
        char name[64], path[512];
        memset(&o, 0, sizeof o);
        o.jobs = 2;
        paths[0] = root;
        s = dsc_scan_start(d, paths, 1, &o);
        for (i = 0; i < 200; i++) {
            snprintf(name, sizeof name, "sub/many-%03zu.md", i);
            snprintf(path, sizeof path, "%s/%s", root, name);
            switch (i % 4) {
            case 0: unlink(path); break;                                  /* deleted */
            case 1: { FILE *f = fopen(path, "ab");                         /* growing */
                      if (f) { fputs("Meta said it spent $65 billion.\n", f); fclose(f); } } break;
            case 2: unlink(path); mkdir(path, 0755); break;               /* now a folder */
            default: unlink(path); mkfifo(path, 0644); break;             /* now a FIFO */
            }
        }
        c = dsc_scan_take(s);
        dsc_scan_progress(s, &p);
        CHECK(c != NULL && p.finished, "a scan of files changing under it finishes");
        n = c ? dsc_corpus_file_count(c) : 0;
        for (i = 0, seen = 0; i < n; i++) {
            const dsc_corpus_file *f = dsc_corpus_file_at(c, i);
            if (strstr(f->path, "/sub/many-")) seen++;
            CHECK(f->bytes > 0 || f->n_claims == 0, "%s: read or empty", f->path);
            CHECK(!find_skip(c, f->path), "%s: read and skipped at once", f->path);
        }
        for (i = 0; c && i < dsc_corpus_skipped_count(c); i++) {
            const dsc_corpus_skip *k = dsc_corpus_skipped_at(c, i);
            if (strstr(k->path, "/sub/many-")) seen++;
            CHECK(k->reason && k->reason[0], "%s: skipped with a reason", k->path);
        }
        CHECK(seen <= 200, "no file twice (%zu of 200 changing files kept or skipped)", seen);
        dsc_corpus_free(c);
        dsc_scan_free(s);
    }
    {
        char cmd[900];
        snprintf(cmd, sizeof cmd, "chmod -R u+rwx '%s'-* 2>/dev/null; rm -rf '%s' '%s'-*", root, root, root);
        if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", root);
    }
    dsc_dict_free(d);
    return check_report("scan");
}
