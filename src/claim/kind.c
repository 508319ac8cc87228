/*
 * kind.c: the kind of a claim (the topic the words, figures and entities
 * weigh towards).
 */
#include "claim.h"

/* ===================================================================== */
/* Kind                                                                   */
/* ===================================================================== */

/* What the noun after an amount ending at absolute offset end says: "a $500bn
 * data centre venture", "spent $35 billion on capital expenditure". */
static int money_noun_after(const reading *r, uint32_t end) {
    size_t j = r->t0, k;
    while (j < r->t1 && r->toks[j].start < end) j++;
    for (k = j; k < r->t1 && k < j + 4; k++) {
        if (k > j && r->toks[k].comma_before) break;
        if (r->toks[k].cls.lo & LXM_TOPIC_FUNDING) return DSC_FUNDING;
        if (r->toks[k].cls.lo & LXM_TOPIC_COST) return DSC_COST;
    }
    return -1;
}

/* The topic of the word that governs a money amount starting at sentence
 * offset start: the nearest topic word among the four before it, else the
 * noun after it, or -1. */
static int money_topic(const reading *r, uint32_t start, uint32_t len) {
    uint32_t abs = (uint32_t)r->s->start + start;
    size_t j = r->t0, k;
    while (j < r->t1 && r->toks[j].start < abs) j++;
    /* "a $175 price target": the noun after the amount */
    if (j + 2 < r->t1 && tok_w(r, j + 1, LXW_PRICE) && tok_w(r, j + 2, LXW_TARGET)) return DSC_MARKET;
    for (k = j; k > r->t0 && j - k < 4;) {
        uint64_t f = r->toks[--k].cls.lo;
        /* "charges $10 for o3" prices; "$5.5 billion in charges" is a result */
        if ((tok_w(r, k, LXW_CHARGES) || tok_w(r, k, LXW_CHARGE) || tok_w(r, k, LXW_CHARGED)) && k + 1 == j)
            return DSC_COST;
        /* "closed a $13 billion round": a deal, not a market close */
        if (tok_w(r, k, LXW_CLOSED) && k + 1 < j && (tok_w(r, k + 1, LXW_A) || tok_w(r, k + 1, LXW_AN)))
            return DSC_FUNDING;
        if (r->toks[k + 1 < r->nt ? k + 1 : k].comma_before && k + 1 < j) break;
        /* "packages worth $100 million": what is worth it decides */
        if (tok_w(r, k, LXW_WORTH) && k > r->t0 && (r->toks[k - 1].cls.lo & (LXM_TOPIC_COST | LXM_TOPIC_FUNDING | LXM_TOPIC_POLICY)))
            continue;
        /* "spent $35 billion on capital expenditure": capex is funding,
         * "spent $5.6 million on training" a cost */
        if ((tok_w(r, k, LXW_SPENT) || tok_w(r, k, LXW_SPEND) || tok_w(r, k, LXW_SPENDING)) &&
            money_noun_after(r, abs + len) == DSC_FUNDING)
            return DSC_FUNDING;
        if (f & LXM_TOPIC_COST) return DSC_COST;
        if (f & LXM_TOPIC_FUNDING) return DSC_FUNDING;
        if (f & LXM_TOPIC_MARKET) return DSC_MARKET;
        if (f & LXM_TOPIC_POLICY) return DSC_POLICY;
    }
    return money_noun_after(r, abs + len);
}

/* Is a quantity in years a bare number, an age ("Liang, now 40,")? */
static int is_age(const reading *r, const dsc_quantity *q) {
    const char *t = r->in->text + r->s->start + q->start;
    uint32_t k;
    for (k = 0; k < q->len; k++) if (t[k] < '0' || t[k] > '9') return 0;
    return q->len > 0 && q->len <= 3;
}

/* Is a quantity in years the term of a deal ("a 20-year agreement")? */
static int is_deal_term(const reading *r, const dsc_quantity *q) {
    uint32_t end = (uint32_t)r->s->start + q->start + q->len;
    size_t j = r->t0;
    if (!memchr(r->in->text + r->s->start + q->start, '-', q->len)) return 0;
    while (j < r->t1 && r->toks[j].start < end) j++;
    return j < r->t1 && (tok_w(r, j, LXW_AGREEMENT) || tok_w(r, j, LXW_DEAL) || tok_w(r, j, LXW_CONTRACT) ||
                         tok_w(r, j, LXW_LEASE) || tok_w(r, j, LXW_PACT) || tok_w(r, j, LXW_PARTNERSHIP));
}

/* Does the text span [a, b) hold a word of capital spending or investment? */
static int capex_words(const char *t, size_t a, size_t b) {
    static const char *const w[] = { "capex", "capital expenditure", "capital spending", "capital-spending",
                                     "investment", "funding round", NULL };
    size_t i, k;
    for (i = a; i < b; i++) {
        int c = t[i] | 0x20;
        if (c != 'c' && c != 'i' && c != 'f') continue;
        if (i > a && ((t[i - 1] | 0x20) >= 'a' && (t[i - 1] | 0x20) <= 'z')) continue;
        for (k = 0; w[k]; k++) {
            size_t l = strlen(w[k]), j;
            if (i + l > b) continue;
            for (j = 0; j < l && (t[i + j] | 0x20) == w[k][j]; j++) {}
            if (j == l) return 1;
        }
    }
    return 0;
}

/* A bare amount in a passage about capital spending ("## The capex
 * numbers", then "Meta: now expects $70 billion to $72 billion"): the
 * heading above it or the sentence before it in its paragraph says so. */
static int context_is_capex(const reading *r) {
    const dsc_claim_input *in = r->in;
    size_t k, seen = 0;
    if (r->si > 0 && in->sents[r->si - 1].block == r->s->block &&
        capex_words(in->text, in->sents[r->si - 1].start, in->sents[r->si - 1].end))
        return 1;
    for (k = r->si; k-- > 0 && seen < 12;) {
        const dsc_sent *p = &in->sents[k];
        if (r->s->start - p->start > 4000) break;
        if (p->heading && p->end - p->start < 120) return capex_words(in->text, p->start, p->end);
        seen++;
    }
    return 0;
}

dsc_claim_kind cl_topic(const reading *r, const dsc_quantity *q, size_t nq, const char **why) {
    int score[DSC_CLAIM_KINDS] = {0};
    size_t i, m;
    int best = DSC_OTHER, best_score = 0;
    static const int order[] = { DSC_POLICY, DSC_FUNDING, DSC_MARKET, DSC_BENCHMARK,
                                 DSC_COST, DSC_HARDWARE, DSC_TIME, DSC_OTHER };
    size_t appos0 = cl_appositive_start(r), appos1 = appos0;
    /* "DeepSeek, an offshoot of hedge fund High-Flyer, has said little
     * about its computing resources": the apposition describes the subject,
     * it is not what the claim is about */
    if (appos0 < r->t1) {
        appos1 = appos0 + 1;
        while (appos1 < r->t1 && !r->toks[appos1].comma_before) appos1++;
        if (appos1 >= r->t1) appos0 = appos1 = r->t1;         /* no closing comma: not one */
    }
    int rel = 0, comply = 0, w;
    for (i = r->t0; i < r->t1; i++) {
        uint64_t f = r->toks[i].cls.lo;
        if (i >= appos0 && i < appos1) continue;
        /* ", which then blocked them," describes, the main clause claims */
        if (r->toks[i].comma_before) {
            rel = tok_w(r, i, LXW_WHICH) || tok_w(r, i, LXW_WHO) || tok_w(r, i, LXW_WHOSE) || tok_w(r, i, LXW_WHERE);
            comply = 0;
        }
        w = rel ? 1 : 2;
        /* "a chip made to comply with U.S. export rules": what the chip is,
         * the rules stay background up to the next comma */
        if ((tok_w(r, i, LXW_COMPLY) || tok_w(r, i, LXW_COMPLIES)) && i + 1 < r->t1 && tok_w(r, i + 1, LXW_WITH))
            comply = 1;
        if (comply && (f & LXM_TOPIC_POLICY)) continue;
        /* "under an MIT License": a licence a model is published under */
        if ((tok_w(r, i, LXW_LICENSE) || tok_w(r, i, LXW_LICENCE)) && i > r->t0 &&
            (tok_w(r, i - 1, LXW_MIT) || tok_w(r, i - 1, LXW_APACHE) || tok_w(r, i - 1, LXW_OPEN_SOURCE) ||
             tok_w(r, i - 1, LXW_PERMISSIVE) || tok_w(r, i - 1, LXW_COMMUNITY)))
            continue;
        /* "UAE officials say", "regulators said": the speakers, not the topic */
        if ((f & LXM_TOPIC_POLICY) && !r->toks[i].cap && i + 1 < r->t1 && (r->toks[i + 1].cls.lo & LXM_REPORT) &&
            !(r->toks[i + 1].cls.lo & LXM_TOPIC_POLICY))
            w = 1;
        /* "a hedge fund manager", "a quantitative fund": what the person or
         * firm is, not money raised */
        if ((tok_w(r, i, LXW_FUND) || tok_w(r, i, LXW_FUNDS)) && i > r->t0 &&
            (tok_w(r, i - 1, LXW_HEDGE) || tok_w(r, i - 1, LXW_QUANTITATIVE) || tok_w(r, i - 1, LXW_QUANT)))
            continue;
        /* "a $13 billion Series F": a funding round */
        if (tok_w(r, i, LXW_SERIES) && r->toks[i].cap && i + 1 < r->t1 &&
            r->toks[i + 1].end - r->toks[i + 1].start == 1)
            score[DSC_FUNDING] += w;
        if (f & LXM_TOPIC_COST) score[DSC_COST] += w;
        if (f & LXM_TOPIC_TIME) score[DSC_TIME] += w;
        if (f & LXM_TOPIC_HARDWARE) score[DSC_HARDWARE] += w;
        if (f & LXM_TOPIC_BENCHMARK) score[DSC_BENCHMARK] += w;
        /* "free to all users", "in its app": users and apps are a market only
         * when nothing else is said */
        if (f & LXM_TOPIC_MARKET) score[DSC_MARKET] += (tok_w(r, i, LXW_USERS) || tok_w(r, i, LXW_APP)) ? 1 : w;
        if (f & LXM_TOPIC_FUNDING) score[DSC_FUNDING] += w;
        if (f & LXM_TOPIC_POLICY) score[DSC_POLICY] += w;
        if (f & LXM_TOPIC_OTHER) score[DSC_OTHER] += w;
        /* "charged with smuggling" is a prosecution, "charged ¥16" a price */
        if (tok_w(r, i, LXW_CHARGED) && i + 1 < r->t1 && tok_w(r, i + 1, LXW_WITH)) {
            score[DSC_COST] -= 2; score[DSC_POLICY] += 2;
        }
    }
    int models = 0;
    for (m = r->m0; m < r->m1; m++) {
        dsc_entity_kind k = r->in->mentions[m].kind;
        if (r->in->mentions[m].start < r->b0 || r->in->mentions[m].start >= r->b1) continue;
        if (k == DSC_CHIP) score[DSC_HARDWARE] += 1;
        if (k == DSC_MODEL) models++;
        /* a government body acting or speaking: policy */
        if (k == DSC_ORG && r->in->mentions[m].gov) score[DSC_POLICY] += 1;
    }
    for (i = 0; i < nq; i++) {
        const char *u = q[i].unit;
        if (!strcmp(u, "USD") || !strcmp(u, "CNY") || !strcmp(u, "EUR") || !strcmp(u, "GBP") ||
            !strcmp(u, "HKD")) {
            /* money is the headline: what it measures decides the kind, said
             * by the word just before it ("plans to spend about $80 billion"
             * is a plan, "cost $6 million" a cost, "valued at" funding) */
            int near = money_topic(r, q[i].start, q[i].len);
            if (near >= 0) score[near] += 5;
            else if (!score[DSC_COST] && (score[DSC_FUNDING] || score[DSC_MARKET])) {
                score[DSC_FUNDING] += score[DSC_FUNDING] ? 3 : 0;
                score[DSC_MARKET] += score[DSC_MARKET] ? 3 : 0;
            } else if (!score[DSC_COST] && context_is_capex(r)) score[DSC_FUNDING] += 5;
            else score[DSC_COST] += 5;
        } else if (strstr(u, "per 1M tokens")) score[DSC_COST] += 4;
        else if (!strcmp(u, "GPUs") || !strcmp(u, "GPU hours") || !strcmp(u, "chips") ||
                 !strcmp(u, "GB/s")) score[DSC_HARDWARE] += 2;
        /* "Claude Opus 4.1: 78%": a model's percentage is a score, unless
         * the sentence is about shares or markets */
        else if (!strcmp(u, "%") && models && !score[DSC_MARKET] && !score[DSC_FUNDING])
            score[DSC_BENCHMARK] += 3;
        else if (!strcmp(u, "%")) score[DSC_MARKET] += score[DSC_MARKET] ? 2 : 0;
        else if (!strcmp(u, "rank")) score[DSC_MARKET] += 3;
        else if (!strcmp(u, "parameters")) score[DSC_OTHER] += 2;
        /* "Qiao Yuning, 29, runs": an age is biography; "a 20-year agreement"
         * is the length of a deal, not a date */
        else if (!strcmp(u, "years") && is_age(r, &q[i])) score[DSC_OTHER] += 2;
        else if (!strcmp(u, "years") && is_deal_term(r, &q[i])) {}
        else if (!strcmp(u, "months") || !strcmp(u, "days") || !strcmp(u, "weeks") || !strcmp(u, "years"))
            score[DSC_TIME] += 1;
    }
    for (i = 0; i < sizeof order / sizeof order[0]; i++)
        if (score[order[i]] > best_score) { best_score = score[order[i]]; best = order[i]; }
    *why = best_score ? "topic-score" : "no-topic";
    return (dsc_claim_kind)best;
}
