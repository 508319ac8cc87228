/*
 * hedge.c: is a claim hedged, and by which cue? A word of the lexicon class
 * hedge (may, reportedly, appears, believes ...) hedges the claim unless a
 * rule shows it qualifies something else: a noun ("servers that may have
 * contained"), a noun complement ("fears that spending may have peaked"),
 * an embedded question, or is no hedge where it stands ("could use" is
 * ability, "appeared in" is no appearance). An agentless report that
 * voices doubt ("is said to") hedges too. The rules are named; why.hedge is
 * the cue word.
 */
#include "claim.h"

/* ===================================================================== */
/* Where a hedge word does not hedge the claim                            */
/* ===================================================================== */

/* "Researchers could use R1 for free", "could not", "could afford":
 * permission or past ability, not possibility. */
static int could_ability(const reading *r, size_t i) {
    return tok_w(r, i, LXW_COULD) && i + 1 < r->nt && tok_has(r, i + 1, LX_COULD_ABILITY);
}

/* "we think about costs", "think of it as", "think, then act", "the
 * think tank Future Rules Forum": "X thinks Y" hedges Y only with a clause
 * (not before a word of class think-object, nor a comma). */
static int think_about(const reading *r, size_t i) {
    return (tok_w(r, i, LXW_THINK) || tok_w(r, i, LXW_THINKS)) && i + 1 < r->nt &&
           (tok_has(r, i + 1, LX_THINK_OBJECT) || r->toks[i + 1].comma_before);
}

/* "servers that may have contained Nvidia chips", "a die which allegedly
 * reached Huawei", "what data it may have used", "find out what could be
 * copied": a relative clause or a question qualifies a noun, not the claim;
 * "said that X may" is the reported proposition and stays hedged (the
 * reporting verb up to ten words before "that": "said in a note on Tuesday
 * that buyers may"), so does "so ... that", and a hedge right before the
 * opener ("likely that"). A hedge word right after a comma follows the
 * clause, it is not in it ("X, a firm that tracks shipments, thinks the
 * figure is lower"). */
static int relative_clause(const reading *r, size_t i) {
    size_t k, x;
    if (r->toks[i].comma_before) return 0;
    for (k = i; k-- > 0 && i - k <= 4;) {
        if (r->toks[k].comma_before && !tok_has(r, k, LX_RELATIVE_PRONOUN)) return 0;
        if (tok_has(r, k, LX_CLAUSE_OPENER) && k > 0) {
            if (!tok_w(r, k, LXW_THAT)) return !(r->toks[k - 1].cls.lo & LXM_HEDGE);
            /* "said they had seized 40 servers ..., and that the chips may
             * have passed": a second clause of the report, no relative */
            if (tok_w(r, k - 1, LXW_AND)) return 0;
            for (x = k; x-- > 0 && k - x <= 10;)
                if ((r->toks[x].cls.lo & (LXM_REPORT | LXM_NOUN_COMPLEMENT)) || tok_w(r, x, LXW_SO) ||
                    tok_w(r, x, LXW_SUCH))
                    return 0;
            return !(r->toks[k - 1].cls.lo & LXM_HEDGE);
        }
    }
    return 0;
}

/* "The model appeared in January": "appear" hedges only before "to" or
 * "that" ("appears to have", "it appears that"). */
static int appear_literal(const reading *r, size_t i) {
    return tok_has(r, i, LX_APPEAR_VERB) && !(i + 1 < r->nt && (tok_w(r, i + 1, LXW_TO) || tok_w(r, i + 1, LXW_THAT)));
}

/* "flag material they suspect is synthetic": describes the material; "I
 * suspect the old rates explain ...", "analysts suspect that": the
 * speaker's doubt (near the start, or before "that"). */
static int suspect_describing(const reading *r, size_t i) {
    return (tok_w(r, i, LXW_SUSPECT) || tok_w(r, i, LXW_SUSPECTS)) && i > r->t0 + 3 &&
           !(i + 1 < r->nt && tok_w(r, i + 1, LXW_THAT));
}

/* "he did not believe DeepSeek had been developed above board", "we
 * don't think they have": a belief denied asserts its contrary. */
static int negated_opinion(const reading *r, size_t i) {
    return tok_has(r, i, LX_HEDGE_OPINION) && i > r->t0 &&
           (tok_has(r, i - 1, LX_NEGATION) || (i > r->t0 + 1 && tok_has(r, i - 2, LX_NEGATION)));
}

/* "The contracts total 1.1 billion yuan, though the real figure is likely
 * higher", "Although costs may rise, Nvidia raised its forecast": a hedge
 * in a clause a subordinator opens (class subordinator: though, although,
 * whereas, because) qualifies that clause, not the claim. The clause runs
 * from the subordinator, at the part's start or after a comma, to the next
 * comma. */
static int subordinate_clause(const reading *r, size_t i) {
    size_t k;
    for (k = i; k-- > r->t0;) {
        if (tok_has(r, k, LX_SUBORDINATOR) && (k == r->t0 || r->toks[k].comma_before)) return 1;
        if (r->toks[k].comma_before) return 0;
    }
    return 0;
}

/* "we believe in open source": a creed, not a hedge. */
static int believe_in(const reading *r, size_t i) {
    return tok_has(r, i, LX_BELIEVE_VERB) && i + 1 < r->nt && tok_w(r, i + 1, LXW_IN);
}

/* "asked whether the chips may have reached China": a hedge inside an
 * embedded question. */
static int embedded_question(const reading *r, size_t i) {
    size_t k;
    for (k = i; k-- > 0 && i - k < 10;)
        if (tok_w(r, k, LXW_WHETHER)) return 1;
    return 0;
}

/* "Shares fell amid fears that spending may have peaked", "concerns about
 * what it might cost": a noun complement (class noun-complement) whose
 * modal does not hedge the claim. */
static int noun_complement(const reading *r, size_t i) {
    size_t k;
    for (k = i; k-- > 0 && i - k < 10;) {
        if (tok_w(r, k, LXW_WHETHER)) return 0;           /* embedded-question's */
        if (tok_w(r, k, LXW_THAT) || tok_w(r, k, LXW_ABOUT)) {
            if (k > 0 && (r->toks[k - 1].cls.lo & LXM_NOUN_COMPLEMENT)) return 1;
            if (k > 1 && (r->toks[k - 2].cls.lo & LXM_NOUN_COMPLEMENT)) return 1;
        }
    }
    return 0;
}

typedef struct {
    const char *name;
    int (*applies)(const reading *r, size_t i);   /* for a token of class hedge */
} hedge_rule;

/* In order: the first that applies to a hedge word says it does not hedge
 * the claim (in the old code each returned "no hedge" at once, so the
 * order only picks the name). */
#define HEDGE_EXCLUSIONS(R) \
    R("could-ability", could_ability) \
    R("think-about", think_about) \
    R("relative-clause", relative_clause) \
    R("appear-literal", appear_literal) \
    R("suspect-describing", suspect_describing) \
    R("believe-in", believe_in) \
    R("negated-opinion", negated_opinion) \
    R("subordinate-clause", subordinate_clause) \
    R("embedded-question", embedded_question) \
    R("noun-complement", noun_complement)
#define HEDGE_ROW(name, fn) {name, fn},
#define HEDGE_NAME(name, fn) name,
static const hedge_rule hedge_exclusions[] = { HEDGE_EXCLUSIONS(HEDGE_ROW) };

/* ===================================================================== */
/* The cue                                                                */
/* ===================================================================== */

/* The rules that name a cue that stands, by its class: "Nvidia shares
 * could rebound 20%" (modal), "DeepSeek reportedly used H100s" (adverb),
 * "it appears to have" (seem), "analysts suspect that" (opinion), a hedge
 * word a user added without a kind (hedge-word); and "the run is said to
 * have cost" (passive-report, the verb of an agentless report). */
#define HEDGE_CUES(R) \
    R("modal", LX_HEDGE_MODAL) \
    R("hedge-adverb", LX_HEDGE_ADVERB) \
    R("appear-seem", LX_HEDGE_SEEM) \
    R("opinion-verb", LX_HEDGE_OPINION)
#define CUE_ROW(name, cls) {name, cls},
#define CUE_NAME(name, cls) name,
static const struct { const char *name; unsigned cls; } hedge_cues[] = { HEDGE_CUES(CUE_ROW) };
#define HEDGE_WORD "hedge-word"
#define PASSIVE_REPORT "passive-report"

static const char *const hedge_rule_names[] = {
    HEDGE_EXCLUSIONS(HEDGE_NAME) HEDGE_CUES(CUE_NAME) HEDGE_WORD, PASSIVE_REPORT
};

const char *const *cl_hedge_rule_names(size_t *n) {
    *n = sizeof hedge_rule_names / sizeof hedge_rule_names[0];
    return hedge_rule_names;
}

/* Does token i hedge the claim? The name of the rule that says so, or
 * NULL; *excluded: the exclusion that says it does not, if one does. */
static const char *hedge_at(const reading *r, size_t i, const char **excluded) {
    size_t k;
    if (!(r->toks[i].cls.lo & LXM_HEDGE)) return NULL;
    for (k = 0; k < sizeof hedge_exclusions / sizeof hedge_exclusions[0]; k++)
        if (hedge_exclusions[k].applies(r, i)) { *excluded = hedge_exclusions[k].name; return NULL; }
    for (k = 0; k < sizeof hedge_cues / sizeof hedge_cues[0]; k++)
        if (tok_has(r, i, hedge_cues[k].cls)) return hedge_cues[k].name;
    return HEDGE_WORD;
}

/* "was reported to", "is said to", "is believed to", "was rumoured to"
 * (class passive-hedge) hedge, and so does an expectation nobody owns,
 * "is expected to" (class passive, then "to": the sets' gold hedges every
 * such agentless passive); "has been described as", "is expected in"
 * do not. */
static int passive_report(const reading *r, const attribution *a) {
    if (!a->passive || a->name || a->verb >= r->nt) return 0;
    return tok_has(r, a->verb, LX_PASSIVE_HEDGE) ||
           (tok_w(r, a->verb, LXW_EXPECTED) && a->verb + 1 < r->nt && tok_w(r, a->verb + 1, LXW_TO));
}

size_t cl_hedge(const reading *r, const attribution *a, const char **rule) {
    size_t i;
    const char *excluded = NULL;
    *rule = NULL;
    if (r->all.lo & LXM_HEDGE)
        for (i = r->t0; i < r->t1; i++)
            if ((*rule = hedge_at(r, i, &excluded)) != NULL) return i;
    if (passive_report(r, a)) { *rule = PASSIVE_REPORT; return a->verb; }
    *rule = excluded;          /* the last word that did not hedge, if any */
    return r->nt;
}
