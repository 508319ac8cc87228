/* rules_check.h: what the tests of named rules (test_rules_*.c) share. */
#ifndef RULES_CHECK_H
#define RULES_CHECK_H
#include "check.h"

/* Every name of a stage's rules (names[0..n)) has a case, and no name is
 * given twice. The cases are an array of structs whose member `rule` names
 * the rule: first points at cases[0].rule, stride is sizeof cases[0]. */
/* The stage's names (names_fn(&n)) are at least min and each has a case. */
#define CHECK_STAGE_RULES(stage, names_fn, min, cases) do { \
    size_t n_; \
    const char *const *names_ = names_fn(&n_); \
    CHECK(n_ >= (min), "%zu %s rules", n_, (stage)); \
    CHECK_RULES_COVERED((stage), names_, n_, (cases)); \
} while (0)

#define CHECK_RULES_COVERED(stage, names, n, cases) \
    check_rules_covered((stage), (names), (n), (const char *)&(cases)[0].rule, sizeof (cases)[0], \
                        sizeof (cases) / sizeof (cases)[0])

static inline void check_rules_covered(const char *stage, const char *const *names, size_t n,
                                       const char *first, size_t stride, size_t n_cases) {
    size_t i, j, k, twice = 0;
    for (i = 0; i < n; i++) {
        int found = 0;
        for (k = 0; k < n_cases; k++) {
            const char *rule;
            memcpy(&rule, first + k * stride, sizeof rule);
            if (strcmp(rule, names[i]) == 0) found = 1;
        }
        CHECK(found, "%s rule '%s' has no case", stage, names[i]);
        for (j = 0; j < i; j++) twice += strcmp(names[i], names[j]) == 0;
    }
    CHECK(twice == 0, "%zu %s rule names given twice", twice, stage);
}
#endif
