/* test_scan.c: corpus scans on worker threads: what is found and skipped,
 * progress, cancellation and freeing mid-scan. Also run under
 * ThreadSanitizer by tools/sanitize.sh tsan. */
#include "check.h"
#include "dsc.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char root[256];

static void put(const char *rel, const char *text, size_t n) {
    char path[512];
    FILE *f;
    snprintf(path, sizeof path, "%s/%s", root, rel);
    f = fopen(path, "wb");
    if (!f) { perror(path); exit(2); }
    fwrite(text, 1, n, f);
    fclose(f);
}

static const char article[] =
    "# Chips\n\nNvidia shares fell 17% on Monday, analysts said.\n\n"
    "DeepSeek said its V3 model cost \\$5.6 million to train on 2,048 H800s.\n";

static const dsc_corpus_file *find(const dsc_corpus *c, const char *suffix) {
    size_t i;
    for (i = 0; i < dsc_corpus_file_count(c); i++) {
        const dsc_corpus_file *f = dsc_corpus_file_at(c, i);
        size_t n = strlen(f->path), m = strlen(suffix);
        if (n >= m && strcmp(f->path + n - m, suffix) == 0) return f;
    }
    return NULL;
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
    put("big.md", big, sizeof big);                      /* read up to the cap */

    for (jobs = 1; jobs <= 2; jobs++) {
        dsc_progress p;
        dsc_corpus *c = scan_all(d, jobs, &p);
        const dsc_corpus_file *a, *big_f, *missing;
        CHECK(c != NULL, "jobs=%u: a corpus", jobs);
        if (!c) continue;
        CHECK(p.finished && p.listing_done && !p.cancelled, "jobs=%u: finished", jobs);
        CHECK(p.files_total == 7, "jobs=%u: 7 files listed (got %zu)", jobs, p.files_total);
        CHECK(p.files_skipped == 1, "jobs=%u: the binary file skipped (got %zu)", jobs, p.files_skipped);
        CHECK(dsc_corpus_file_count(c) == 6, "jobs=%u: 6 files kept (got %zu)", jobs, dsc_corpus_file_count(c));
        a = find(c, "/a.md");
        CHECK(a && a->n_claims == 2 && !a->error, "jobs=%u: a.md has 2 claims", jobs);
        CHECK(find(c, "/sub/b.txt") && find(c, "/sub/c.markdown"), "jobs=%u: recursive", jobs);
        CHECK(find(c, "/sub/E.MD") != NULL, "jobs=%u: .MD is markdown too", jobs);
        CHECK(!find(c, "/d.md") && !find(c, "notes.json"), "jobs=%u: hidden and foreign files skipped", jobs);
        big_f = find(c, "/big.md");
        CHECK(big_f && big_f->bytes == 4096, "jobs=%u: size cap", jobs);
        missing = find(c, "/no-such-file.md");
        CHECK(missing && missing->error != NULL, "jobs=%u: a missing path is reported", jobs);
        CHECK(p.errors >= 1, "jobs=%u: errors counted", jobs);
        if (a && a->n_claims == 2) {
            CHECK(a->claims[0].span.line == 3 && a->claims[1].n_quantities >= 1, "jobs=%u: claim details kept", jobs);
            CHECK(a->claims[1].claimant && strcmp(a->claims[1].claimant, "DeepSeek") == 0, "jobs=%u: claimant kept", jobs);
        }
        for (i = 1; i < dsc_corpus_file_count(c); i++)
            CHECK(strcmp(dsc_corpus_file_at(c, i - 1)->path, dsc_corpus_file_at(c, i)->path) < 0, "sorted by path");
        dsc_corpus_free(c);
    }

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
            CHECK(f->error != NULL || f->bytes > 0 || f->n_claims == 0, "%s: read, reported or empty", f->path);
        }
        CHECK(seen <= 200, "no file twice (%zu of 200 changing files kept)", seen);
        dsc_corpus_free(c);
        dsc_scan_free(s);
    }
    {
        char cmd[300];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
        if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", root);
    }
    dsc_dict_free(d);
    return check_report("scan");
}
