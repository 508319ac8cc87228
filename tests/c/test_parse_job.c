/* test_parse_job.c: a parse on its own thread gives the document a parse
 * on the caller's thread gives; done, the wake-up pipe, cancelling and
 * freeing while the thread runs, many jobs sharing one dictionary. Also
 * run under ThreadSanitizer by tools/sanitize.sh tsan. */
#include "check.h"
#include "dsc.h"
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char article[] =
    "# Chips\n\nNvidia shares fell 17% on Monday, analysts said.\n\n"
    "DeepSeek said its V3 model cost \\$5.6 million to train on 2,048 H800s, "
    "according to a [technical report](https://example.com).\n\n"
    "Microsoft said it would spend about $80 billion on data centers this year.\n";

/* The article repeated to at least n bytes. */
static char *repeated(size_t n, size_t *len) {
    size_t k = sizeof article - 1, i = 0;
    char *s = malloc(n + k + 1);
    if (!s) exit(2);
    while (i < n) { memcpy(s + i, article, k); i += k; }
    s[i] = '\0';
    *len = i;
    return s;
}

static int same_span(const dsc_span *a, const dsc_span *b) {
    return a->byte == b->byte && a->len == b->len && a->line == b->line && a->col == b->col &&
           a->end_line == b->end_line && a->end_col == b->end_col;
}

/* Every mention and claim of a and b agree. */
static int same_doc(const dsc_doc *a, const dsc_doc *b) {
    size_t i;
    if (!a || !b) return 0;
    if (dsc_doc_mention_count(a) != dsc_doc_mention_count(b)) return 0;
    if (dsc_doc_claim_count(a) != dsc_doc_claim_count(b)) return 0;
    for (i = 0; i < dsc_doc_mention_count(a); i++) {
        const dsc_mention *x = dsc_doc_mention(a, i), *y = dsc_doc_mention(b, i);
        if (!same_span(&x->span, &y->span) || strcmp(x->text, y->text) != 0) return 0;
        if (strcmp(dsc_doc_entity(a, x->entity)->name, dsc_doc_entity(b, y->entity)->name) != 0) return 0;
    }
    for (i = 0; i < dsc_doc_claim_count(a); i++) {
        const dsc_claim *x = dsc_doc_claim(a, i), *y = dsc_doc_claim(b, i);
        if (!same_span(&x->span, &y->span) || x->kind != y->kind || x->hedged != y->hedged) return 0;
        if (x->text_len != y->text_len || memcmp(x->text, y->text, x->text_len) != 0) return 0;
        if ((x->claimant == NULL) != (y->claimant == NULL)) return 0;
        if (x->claimant && strcmp(x->claimant, y->claimant) != 0) return 0;
    }
    return 1;
}

static void nap(long ms) {
    struct timespec t;
    t.tv_sec = ms / 1000;
    t.tv_nsec = (ms % 1000) * 1000000L;
    nanosleep(&t, NULL);
}

/* Polls done() until it is 1 (at most ~20 s); returns whether it was. */
static int wait_done(dsc_parse_job *j) {
    int i;
    for (i = 0; i < 4000; i++) {
        if (dsc_parse_job_done(j)) return 1;
        nap(5);
    }
    return 0;
}

static int readable(int fd, int timeout_ms) {
    struct pollfd p;
    p.fd = fd; p.events = POLLIN; p.revents = 0;
    return poll(&p, 1, timeout_ms) == 1 && (p.revents & POLLIN);
}

static void same_as_sync(const dsc_dict *d, const char *src, size_t n, const char *what) {
    dsc_options o;
    dsc_parse_job *j;
    dsc_doc *sync, *async;
    double ms = -1;
    o.markdown = 1;
    sync = dsc_parse(d, src, n, &o);
    j = dsc_parse_job_start(d, src, n, &o);
    CHECK(j != NULL, "%s: job started", what);
    async = dsc_parse_job_take(j, &ms);
    CHECK(same_doc(sync, async), "%s: the thread's document is the caller's", what);
    CHECK(ms >= 0, "%s: parse time reported (%g ms)", what, ms);
    CHECK(dsc_parse_job_take(j, NULL) == NULL, "%s: taken once", what);
    CHECK(!dsc_parse_job_failed(j), "%s: not failed", what);
    dsc_doc_free(sync);
    dsc_doc_free(async);
    dsc_parse_job_free(j);
}

static void test_wake_pipe(const dsc_dict *d, const char *big, size_t n) {
    dsc_parse_job *j = dsc_parse_job_start(d, big, n, NULL);
    int fd = dsc_parse_job_fd(j);
    char c;
    CHECK(fd >= 0, "a pipe to watch");
    CHECK(dsc_parse_job_fd(j) == fd, "the same pipe on a second call");
    CHECK(readable(fd, 20000), "the pipe wakes the watcher once the parse is done");
    CHECK(dsc_parse_job_done(j), "done when the pipe woke");
    CHECK(read(fd, &c, 1) == 1, "one byte to drain");
    dsc_doc_free(dsc_parse_job_take(j, NULL));
    dsc_parse_job_free(j);

    /* asked for after the parse ended: readable at once */
    j = dsc_parse_job_start(d, article, sizeof article - 1, NULL);
    CHECK(wait_done(j), "a small parse ends");
    fd = dsc_parse_job_fd(j);
    CHECK(fd >= 0 && readable(fd, 0), "a pipe made after the end is already readable");
    dsc_parse_job_free(j);                   /* never taken: freed with the job */
}

static void test_cancel_and_free(const dsc_dict *d, const char *big, size_t n) {
    dsc_parse_job *j;
    int i;
    /* cancelled while the thread runs: nothing to take, nothing leaks */
    j = dsc_parse_job_start(d, big, n, NULL);
    dsc_parse_job_cancel(j);
    CHECK(wait_done(j), "a cancelled parse still ends");
    CHECK(dsc_parse_job_take(j, NULL) == NULL, "a cancelled job hands nothing over");
    CHECK(!dsc_parse_job_failed(j), "cancelled is not failed");
    dsc_parse_job_free(j);
    /* cancelled after the end: the document is freed by the cancel */
    j = dsc_parse_job_start(d, article, sizeof article - 1, NULL);
    CHECK(wait_done(j), "ends");
    dsc_parse_job_cancel(j);
    CHECK(dsc_parse_job_take(j, NULL) == NULL, "cancelled after the end");
    dsc_parse_job_free(j);
    /* freed while the thread runs, with a pipe: joins, closes, no leak */
    for (i = 0; i < 4; i++) {
        j = dsc_parse_job_start(d, big, n / (size_t)(i + 1), NULL);
        if (i % 2) dsc_parse_job_fd(j);
        dsc_parse_job_free(j);
        CHECK(1, "freed mid-parse");
    }
    dsc_parse_job_free(NULL);
}

/* Eight jobs at once on one dictionary: each gets its own text's document. */
static void test_many(const dsc_dict *d, const char *big, size_t n) {
    dsc_parse_job *jobs[8];
    size_t lens[8];
    dsc_options o;
    int i;
    o.markdown = 1;
    for (i = 0; i < 8; i++) {
        lens[i] = n / (size_t)(i + 2);
        jobs[i] = dsc_parse_job_start(d, big, lens[i], &o);
        if (i == 3) dsc_parse_job_cancel(jobs[i]);
    }
    for (i = 7; i >= 0; i--) {
        dsc_doc *a = dsc_parse_job_take(jobs[i], NULL);
        if (i == 3) CHECK(a == NULL, "the cancelled one of many");
        else {
            dsc_doc *s = dsc_parse(d, big, lens[i], &o);
            CHECK(same_doc(s, a), "job %d of 8 matches its own text", i);
            dsc_doc_free(s);
        }
        dsc_doc_free(a);
        dsc_parse_job_free(jobs[i]);
    }
}

int main(void) {
    dsc_dict *d = dsc_dict_new(1);
    size_t n;
    char *big = repeated(300000, &n);
    dsc_options plain;
    dsc_parse_job *j;
    dsc_doc *a, *b;

    same_as_sync(d, article, sizeof article - 1, "article");
    same_as_sync(d, big, n, "300 KB");
    same_as_sync(d, "", 0, "empty text");
    same_as_sync(d, "\0\0Nvidia\0", 9, "NUL bytes");

    /* the built-in dictionary when none is given; plain text */
    plain.markdown = 0;
    j = dsc_parse_job_start(NULL, article, sizeof article - 1, &plain);
    a = dsc_parse_job_take(j, NULL);
    b = dsc_parse(NULL, article, sizeof article - 1, &plain);
    CHECK(same_doc(a, b) && dsc_doc_claim_count(a) > 0, "no dictionary: the built-in one, plain text");
    dsc_doc_free(a); dsc_doc_free(b);
    dsc_parse_job_free(j);

    /* the text is copied: the caller may reuse its buffer at once */
    {
        char *mine = malloc(n);
        dsc_doc *want = dsc_parse(d, big, n, NULL);
        memcpy(mine, big, n);
        j = dsc_parse_job_start(d, mine, n, NULL);
        memset(mine, 'x', n);
        free(mine);
        a = dsc_parse_job_take(j, NULL);
        CHECK(same_doc(want, a), "the job parses its own copy");
        dsc_doc_free(a); dsc_doc_free(want);
        dsc_parse_job_free(j);
    }

    /* adopted: the job takes the caller's block and frees it */
    {
        char *mine = malloc(n);
        dsc_doc *want = dsc_parse(d, big, n, NULL);
        memcpy(mine, big, n);
        j = dsc_parse_job_adopt(d, mine, n, NULL);
        a = dsc_parse_job_take(j, NULL);
        CHECK(same_doc(want, a), "an adopted text is parsed as a copied one");
        dsc_doc_free(a); dsc_doc_free(want);
        dsc_parse_job_free(j);
        j = dsc_parse_job_adopt(d, malloc(16), 0, NULL);   /* nothing to parse */
        a = dsc_parse_job_take(j, NULL);
        CHECK(a && dsc_doc_claim_count(a) == 0, "an adopted empty text");
        dsc_doc_free(a);
        dsc_parse_job_free(j);
    }

    test_wake_pipe(d, big, n);
    test_cancel_and_free(d, big, n);
    test_many(d, big, n);

    free(big);
    dsc_dict_free(d);
    return check_report("parse_job");
}
