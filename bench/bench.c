/* bench.c: full extraction throughput over files, parsed one document per
 * file with one shared dictionary, files read before the clock starts.
 * Prints "engine: BYTES bytes in SECONDS s = MB/s (N claims, M mentions)". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "dsc.h"

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    char **buf;
    size_t *len, total = 0, claims = 0, mentions = 0;
    int i, rounds = 1;
    double t0, best = 1e30;
    dsc_dict *d;
    dsc_options opt = {1};
    if (argc < 2) { fprintf(stderr, "usage: bench [-r ROUNDS] FILE...\n"); return 2; }
    if (!strcmp(argv[1], "-r") && argc > 3) { rounds = atoi(argv[2]); argv += 2; argc -= 2; }
    buf = calloc((size_t)argc, sizeof *buf);
    len = calloc((size_t)argc, sizeof *len);
    for (i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        long n;
        if (!f) { perror(argv[i]); return 2; }
        fseek(f, 0, SEEK_END); n = ftell(f); fseek(f, 0, SEEK_SET);
        buf[i] = malloc((size_t)n + 1);
        len[i] = fread(buf[i], 1, (size_t)n, f);
        fclose(f);
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
