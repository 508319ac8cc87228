/* check.h: a tiny table-driven test harness for the engine's C tests.
 * Each test binary counts its checks and ends with "N passed, N failed". */
#ifndef CHECK_H
#define CHECK_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

static int check_passed, check_failed;

#define CHECK(cond, ...) do { \
    if (cond) check_passed++; \
    else { check_failed++; fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
           fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } \
} while (0)

#define CHECK_STR(got, want, ctx) do { \
    const char *g_ = (got), *w_ = (want); \
    CHECK((g_ == NULL && w_ == NULL) || (g_ && w_ && strcmp(g_, w_) == 0), \
          "%s: got \"%s\", want \"%s\"", (ctx), g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
} while (0)

#define CHECK_NUM(got, want, ctx) do { \
    double g_ = (double)(got), w_ = (double)(want); \
    CHECK(fabs(g_ - w_) <= 1e-9 * (fabs(w_) > 1 ? fabs(w_) : 1), \
          "%s: got %.10g, want %.10g", (ctx), g_, w_); \
} while (0)

/* Is the test running under valgrind (its preload library is in
 * LD_PRELOAD)? There, forks and timings cost many times more: tests check
 * memory with fewer rounds and assert no time. */
static inline int check_under_valgrind(void) {
    const char *p = getenv("LD_PRELOAD");
    return p && strstr(p, "vgpreload") != NULL;
}

static int check_report(const char *name) {
    printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
    return check_failed ? 1 : 0;
}
#endif
