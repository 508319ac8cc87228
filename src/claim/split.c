/*
 * split.c: two claims in one sentence (doc/claims.md: different claimants
 * or kinds): where the second starts and whose it is.
 */
#include "claim.h"

/* Two claims in one sentence (doc/claims.md: different claimants or kinds):
 *   "Alibaba released a model on Wednesday and said it beat V3": the
 *   release in the article's voice, then Alibaba's benchmark claim;
 *   "The lab says X, but analysts argue Y": one claim per speaker.
 * Returns the token where the second claim starts (and fills second), or 0. */
size_t cl_split_point(reading *r, const attribution *a, attribution *second, int *second_last) {
    size_t g, k;
    *second_last = 0;
    if (a->verb >= r->nt || r->toks[a->verb].in_quote) return 0;
    /* coordinated verb after a clause with its own action */
    g = a->verb;
    while (g > 0 && cl_verb_modifier(r, g - 1)) g--;
    if (g > 2 && tok_w(r, g - 1, LXW_AND) && a->mention >= 0 &&
        cl_clause_asserts(r, 0, g - 1)) {
        size_t j;
        int says = 0;
        for (j = 0; j + 1 < g; j++) if (r->toks[j].cls.lo & LXM_REPORT) says = 1;
        /* "Zuckerberg reaffirmed plans ... and said ...": both are his */
        if (says) { *second = *a; second->verb = r->nt; }
        else {
            second->name = "article"; second->mention = -1; second->entity = -1; second->rule = "split-article-clause";
            second->verb = r->nt; second->passive = 0; second->self = 0;
        }
        return g - 1;   /* the caller swaps: the first part is the action's */
    }
    /* "Alibaba released a new generation of Qwen models, saying the
     * largest rivals DeepSeek's": the release in the article's voice, the
     * comparison in the company's */
    if (a->verb < r->nt && tok_w(r, a->verb, LXW_SAYING) && r->toks[a->verb].comma_before && a->verb > 3 &&
        cl_clause_asserts(r, 0, a->verb)) {
        second->name = "article"; second->mention = -1; second->entity = -1; second->rule = "split-article-clause";
        second->verb = r->nt; second->passive = 0; second->self = 0;
        return a->verb;
    }
    /* "Alphabet slumped 7.3%, its steepest drop since 2023, after the
     * company said it plans to spend $75 billion": the move in the
     * article's voice, the plan in the company's */
    if (a->verb < r->nt) {
        size_t x;
        for (x = a->verb; x-- > 1 && a->verb - x <= 5;) {
            if (r->toks[x].in_quote) break;
            if ((tok_w(r, x, LXW_AFTER) || tok_w(r, x, LXW_AS) || tok_w(r, x, LXW_SINCE) || tok_w(r, x, LXW_WHEN)) &&
                (r->toks[x].comma_before || (tok_w(r, x, LXW_AFTER) && x > 3)) && cl_clause_asserts(r, 0, x)) {
                second->name = "article"; second->mention = -1; second->entity = -1; second->rule = "split-article-clause";
                second->verb = r->nt; second->passive = 0; second->self = 0;
                return x;
            }
        }
    }
    /* "Nvidia said it will take a $5.5 billion charge, and its shares fell
     * 7%": the speaker's statement, then the market's move in the
     * article's voice */
    for (k = a->verb + 2; k + 2 < r->nt && a->verb < r->nt; k++) {
        size_t v;
        int move = 0, says = 0;
        if (!tok_w(r, k, LXW_AND) || !r->toks[k].comma_before || r->toks[k].in_quote) continue;
        if (tok_w(r, k + 1, LXW_THAT)) break;                   /* ", and that ...": still the speaker */
        for (v = k + 1; v < r->nt && v <= k + 5; v++) {
            if (r->toks[v].cls.lo & LXM_REPORT) says = 1;
            if ((r->toks[v].cls.lo & LXM_PREDICATE) && (r->toks[v].cls.lo & LXM_TOPIC_MARKET)) move = 1;
        }
        if (move && !says) {
            second->name = "article"; second->mention = -1; second->entity = -1; second->rule = "split-article-clause";
            second->verb = r->nt; second->passive = 0; second->self = 0;
            *second_last = 1;                          /* after the speaker's */
            return k;
        }
        break;
    }
    /* "Huawei unveiled CloudMatrix 384, ..., and research firm SemiAnalysis
     * wrote that it can beat ...", "Washington has approved some exports,
     * but US officials have insisted ...": the first clause in the
     * article's voice, the second in the speaker's */
    if (a->mention >= 0 || (a->verb < r->nt && a->name && strcmp(a->name, "article") != 0)) {
        size_t m = a->verb, x;
        if (a->mention >= 0) {
            while (m > 0 && r->toks[m - 1].mention != a->mention) m--;
            while (m > 1 && r->toks[m - 2].mention == a->mention) m--;
        } else {
            /* an unnamed subject: the noun group right before the verb */
            while (m > 0 && a->verb - m < 4 && !r->toks[m].comma_before) m--;
            m++;
        }
        if (m > 0 && (a->mention < 0 || r->toks[m - 1].mention == a->mention)) {
            m--;
            for (x = m + 1; x > 0 && m + 1 - x < 5; x--)
                if ((tok_w(r, x - 1, LXW_AND) || tok_w(r, x - 1, LXW_BUT)) && r->toks[x - 1].comma_before &&
                    x - 1 > 2 && cl_clause_asserts(r, 0, x - 1)) {
                    second->name = "article"; second->mention = -1; second->entity = -1; second->rule = "split-article-clause";
                    second->verb = r->nt; second->passive = 0; second->self = 0;
                    return x - 1;
                }
        }
    }
    /* "X priced its model at ..., which it said was cheaper": the price in
     * the article's voice, the comparison in X's */
    if (a->verb > 2 && a->verb < r->nt && r->toks[a->verb - 2].comma_before &&
        (tok_w(r, a->verb - 2, LXW_WHICH) || tok_w(r, a->verb - 2, LXW_WHAT)) &&
        (tok_w(r, a->verb - 1, LXW_IT) || tok_w(r, a->verb - 1, LXW_THEY)) && cl_clause_asserts(r, 0, a->verb - 2)) {
        second->name = "article"; second->mention = -1; second->entity = -1; second->rule = "split-article-clause";
        second->verb = r->nt; second->passive = 0; second->self = 0;
        return a->verb - 2;
    }
    /* a contrast introducing another speaker; or a semicolon ("DeepSeek
     * has said the run cost $5.6 million; outside analysts believe ...") */
    for (k = a->verb + 2; k + 2 < r->nt; k++) {
        size_t v;
        int semi = !r->toks[k].in_quote && memchr(r->in->text + r->toks[k - 1].end, ';',
                                                  r->toks[k].start - r->toks[k - 1].end) != NULL;
        if (!semi && (!r->toks[k].comma_before || r->toks[k].in_quote)) continue;
        if (!semi && !(tok_w(r, k, LXW_BUT) || tok_w(r, k, LXW_WHILE) || tok_w(r, k, LXW_WHEREAS) ||
              tok_w(r, k, LXW_ALTHOUGH) || tok_w(r, k, LXW_THOUGH) ||
              /* ", and Zuckerberg has predicted ...", ", and research firm
               * SemiAnalysis wrote ...": another speaker */
              (tok_w(r, k, LXW_AND) &&
               ((k + 1 < r->nt && r->toks[k + 1].mention >= 0) ||
                (k + 3 < r->nt && !r->toks[k + 1].cap && r->toks[k + 3].mention >= 0 &&
                 !r->toks[k + 2].cap && mention(r, r->toks[k + 3].mention)->kind <= DSC_PERSON)))))
            continue;
        for (v = k + 1; v < r->nt && v <= k + 6; v++) {
            size_t n;
            int negated = 0;
            if (!(r->toks[v].cls.lo & LXM_REPORT) || r->toks[v].in_quote) continue;
            /* "; neither company has confirmed this": no statement */
            for (n = k; n < v; n++)
                if (tok_w(r, n, LXW_NOT) || tok_w(r, n, LXW_NEITHER) || tok_w(r, n, LXW_NEVER) || tok_w(r, n, LXW_NO))
                    negated = 1;
            if (semi && negated) break;
            second->name = "article"; second->mention = -1; second->entity = -1; second->rule = "split-article-clause";
            second->verb = r->nt; second->passive = 0; second->self = 0;
            if (cl_subject_before(r, v, second) && second->name &&
                (!a->name || strcmp(second->name, a->name) != 0)) {
                second->verb = v; second->rule = "split-second-speaker";
                return k;
            }
            break;
        }
    }
    return 0;
}
