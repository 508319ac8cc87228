/* bench.c: full extraction throughput over files, parsed one document per
 * file with one shared dictionary, files read before the clock starts.
 * Prints "engine: BYTES bytes in SECONDS s = MB/s (N claims, M mentions)".
 *
 * bench --hostile [-c CASE] [-r ROUNDS] [-s BYTES] FILE...: the hostile
 * suite of tests/c/hostile.h (or its case CASE), each case at BYTES
 * (default 1 MiB), timed against
 * the same number of bytes of ordinary news text (the FILEs, joined) in
 * the same run, in CPU time; a case over 3x the news time is flagged.
 * Then the TSV loader on 40,000 entries and the built-in dictionary's
 * load. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "dsc.h"
#include "hostile.h"

#define HOSTILE_FLAG 3.0

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU time of the process: the hostile suite's ratios, on a machine
 * other work shares, count only the parse's own time. */
static double cpu_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The file's bytes (malloc'd), or NULL. */
static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    long n;
    char *buf;
    if (!f) { perror(path); return NULL; }
    fseek(f, 0, SEEK_END); n = ftell(f); fseek(f, 0, SEEK_SET);
    buf = malloc((size_t)(n > 0 ? n : 0) + 1);
    *len = buf ? fread(buf, 1, (size_t)(n > 0 ? n : 0), f) : 0;
    fclose(f);
    return buf;
}

/* Seconds of the quickest of `rounds` parses of s. */
static double best_parse(const dsc_dict *d, const char *s, size_t n, int markdown, int rounds) {
    double best = 1e30;
    dsc_options opt;
    opt.markdown = markdown;
    while (rounds-- > 0) {
        double t = cpu_now();
        dsc_doc *doc = dsc_parse(d, s, n, &opt);
        t = cpu_now() - t;
        dsc_doc_free(doc);
        if (t < best) best = t;
    }
    return best;
}

/* ===================================================================== */
/* The hostile suite                                                      */
/* ===================================================================== */

/* size bytes of news: the files joined, over again if they are short. */
static char *news_text(char **files, int n_files, size_t size) {
    char *out = malloc(size + 1);
    size_t len = 0;
    int i, any = 0;
    if (!out) return NULL;
    while (len < size) {
        for (i = 0; i < n_files && len < size; i++) {
            size_t n;
            char *buf = read_file(files[i], &n);
            if (!buf) continue;
            if (n > size - len) n = size - len;
            memcpy(out + len, buf, n);
            len += n;
            any |= n > 0;
            free(buf);
        }
        if (!any) { free(out); return NULL; }
    }
    out[len] = '\0';
    return out;
}

static double best_tsv(const char *s, size_t n, int rounds, int *entries) {
    double best = 1e30;
    char err[200];
    while (rounds-- > 0) {
        dsc_dict *d = dsc_dict_new(0);
        double t = cpu_now();
        *entries = dsc_dict_load_tsv(d, s, n, err, sizeof err);
        dsc_dict_freeze(d);
        t = cpu_now() - t;
        dsc_dict_free(d);
        if (t < best) best = t;
    }
    return best;
}

/* 40,000 TSV lines of distinct orgs with an alias each. */
static char *tsv_40k(size_t *len) {
    char *s = malloc(40000 * 64), w1[64], w2[64];
    size_t i;
    *len = 0;
    if (!s) return NULL;
    for (i = 0; i < 40000; i++) {
        hostile_word(w1, i & 0xFFF, 3);
        hostile_word(w2, i >> 12, 2);
        *len += (size_t)snprintf(s + *len, 64, "%s %s Labs\torg\t%s%s\n", w1, w2, w1, w2);
    }
    return s;
}

static int hostile_suite(char **files, int n_files, size_t size, int rounds, const char *only) {
    dsc_dict *d = dsc_dict_new(1);
    char *news = news_text(files, n_files, size), *tsv;
    double t_news, t, worst = 0;
    size_t i, over = 0, tsv_len;
    int entries = 0;
    if (!d || !news) { fprintf(stderr, "bench: no news text to compare with\n"); return 2; }
    dsc_dict_freeze(d);
    t_news = best_parse(d, news, size, 1, rounds);
    printf("hostile inputs: %zu bytes each, best of %d, against %zu bytes of news text: %.1f ms\n",
           size, rounds, size, t_news * 1e3);
    printf("%-30s %10s %8s\n", "case", "ms", "x news");
    for (i = 0; i < HOSTILE_CASES; i++) {
        const hostile_case *c = &hostile_cases[i];
        char *s;
        double r;
        if (only && strcmp(only, c->name) != 0) continue;
        if (!(s = hostile_make(c, size))) continue;
        t = best_parse(d, s, size, !c->plain, rounds);
        free(s);
        r = t / t_news;
        if (r > worst) worst = r;
        if (r > HOSTILE_FLAG) over++;
        printf("%-30s %10.1f %8.2f%s\n", c->name, t * 1e3, r, r > HOSTILE_FLAG ? "  <-- over 3x" : "");
        fflush(stdout);
    }
    if (only) goto done;
    printf("%zu cases, the slowest %.2fx news; %zu over %.0fx\n", (size_t)HOSTILE_CASES, worst, over,
           HOSTILE_FLAG);
    tsv = tsv_40k(&tsv_len);
    if (tsv) {
        t = best_tsv(tsv, tsv_len, rounds, &entries);
        printf("dictionary: %d TSV entries loaded and frozen in %.1f ms\n", entries, t * 1e3);
        free(tsv);
    }
    t = 1e30;
    for (i = 0; i < 10; i++) {
        double s0 = cpu_now();
        dsc_dict *b = dsc_dict_new(1);
        s0 = cpu_now() - s0;
        dsc_dict_free(b);
        if (s0 < t) t = s0;
    }
    printf("dictionary: the built-in one (%zu entries) loaded in %.1f ms\n", dsc_dict_size(d), t * 1e3);
done:
    free(news);
    dsc_dict_free(d);
    return 0;
}

/* ===================================================================== */
/* Throughput                                                             */
/* ===================================================================== */

int main(int argc, char **argv) {
    char **buf;
    size_t *len, total = 0, claims = 0, mentions = 0, size = 1u << 20;
    int i, rounds = 1, hostile = 0;
    const char *only = NULL;
    double t0, best = 1e30;
    dsc_dict *d;
    dsc_options opt = {1};
    if (argc > 1 && !strcmp(argv[1], "--hostile")) { hostile = 1; argv++; argc--; }
    while (argc > 3 && argv[1][0] == '-') {
        if (!strcmp(argv[1], "-r")) rounds = atoi(argv[2]);
        else if (!strcmp(argv[1], "-s")) size = (size_t)atol(argv[2]);
        else if (!strcmp(argv[1], "-c")) only = argv[2];
        else break;
        argv += 2; argc -= 2;
    }
    if (argc < 2 || rounds < 1 || size < 1) {
        fprintf(stderr, "usage: bench [--hostile [-c CASE]] [-r ROUNDS] [-s BYTES] FILE...\n");
        return 2;
    }
    if (hostile) return hostile_suite(argv + 1, argc - 1, size, rounds, only);
    buf = calloc((size_t)argc, sizeof *buf);
    len = calloc((size_t)argc, sizeof *len);
    for (i = 1; i < argc; i++) {
        if (!(buf[i] = read_file(argv[i], &len[i]))) return 2;
        total += len[i];
    }
    d = dsc_dict_new(1);
    dsc_dict_freeze(d);
    while (rounds-- > 0) {
        claims = mentions = 0;
        t0 = now();
        for (i = 1; i < argc; i++) {
            dsc_doc *doc = dsc_parse(d, buf[i], len[i], &opt);
            claims += dsc_doc_claim_count(doc);
            mentions += dsc_doc_mention_count(doc);
            dsc_doc_free(doc);
        }
        t0 = now() - t0;
        if (t0 < best) best = t0;
    }
    printf("engine: %zu bytes in %.3f s = %.1f MB/s (%zu claims, %zu mentions)\n",
           total, best, (double)total / 1e6 / best, claims, mentions);
    dsc_dict_free(d);
    for (i = 1; i < argc; i++) free(buf[i]);
    free(buf); free(len);
    return 0;
}
