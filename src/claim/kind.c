/*
 * kind.c: the kind of a claim: the topic its words, figures and entities
 * weigh towards. topic_kind scores each kind by named contributions (the
 * table kind_rules: topic words, a chip named, money by the word before
 * it, a model's percentage, an age ...); the kind with the highest score
 * wins, and why.kind names the contribution that gave the winner most of
 * its score.
 */
#include "claim.h"

/* ===================================================================== */
/* The contributions                                                      */
/* ===================================================================== */

/* R(id, name): in this order; a tie for "most of the winner's score" goes
 * to the one listed first. */
#define KIND_RULES(R) \
    R(K_TOPIC_WORDS, "topic-words")             /* "Italy's regulator banned the app": topic classes */ \
    R(K_SERIES_ROUND, "series-round")           /* "a $13 billion Series F" */ \
    R(K_CHARGED_WITH, "charged-with")           /* "charged with smuggling": an accusation */ \
    R(K_INQUIRY_INTO, "inquiry-into")           /* "opened an investigation into ...": other */ \
    R(K_INQUIRY_ACT, "inquiry-act")             /* "is investigating whether", "has sued": other */ \
    R(K_OBLIGATION, "obligation")               /* "Providers must publish ...": policy */ \
    R(K_DIRECTIVE, "government-directive")      /* "regulators have asked companies to explain" */ \
    R(K_SALE_BARRED, "sale-barred")             /* "it cannot be sold to China" */ \
    R(K_OWNERSHIP_SALE, "ownership-sale")       /* "It sold that business to a fund": funding */ \
    R(K_RELEASE_TIMING, "release-timing")       /* "will go on sale in Q1 2026": time */ \
    R(K_RESULTS_DATE, "results-date")           /* "will report full-year results on May 12": time */ \
    R(K_CHIP_NAMED, "chip-named")               /* "on Nvidia H800s" */ \
    R(K_GOVERNMENT_BODY, "government-body")     /* "the Commerce Department said" */ \
    R(K_PRICE_TARGET, "price-target")           /* "a $175 price target" */ \
    R(K_CHARGES_PRICE, "charges-price")         /* "charges $10 for o3" */ \
    R(K_CLOSED_ROUND, "closed-round")           /* "closed a $13 billion round" */ \
    R(K_VALUE_AT, "value-at")                   /* "would value Anthropic at $40 billion" */ \
    R(K_WORTH_WHAT, "worth-what")               /* "the hardware was worth $160 million" */ \
    R(K_MONEY_TO_BUY, "money-to-buy")           /* "$12 billion in debt to buy Nvidia chips" */ \
    R(K_CAPEX_SPENDING, "capex-spending")       /* "spent $35 billion on capital expenditure" */ \
    R(K_LEGAL_PAYMENT, "legal-payment")         /* "to pay $1.5 billion to settle a class action" */ \
    R(K_MONEY_WORD_BEFORE, "money-word-before") /* "plans to spend $80 billion", "cost $6 million" */ \
    R(K_OUTLOOK, "outlook")                     /* "guided to $54 billion": a result to come */ \
    R(K_MONEY_NOUN_AFTER, "money-noun-after")   /* "a $500bn data centre venture" */ \
    R(K_MONEY_AMID_TOPIC, "money-amid-topic")   /* "revenue of $39 billion": the market words weigh */ \
    R(K_CAPEX_CONTEXT, "capex-context")         /* "## The capex numbers" above, or capex in the part */ \
    R(K_MONEY_IS_COST, "money-is-cost")         /* "The run: $5.6 million." */ \
    R(K_UNIT_PRICE, "unit-price")               /* "$0.55 per million input tokens", "$2 per GPU hour" */ \
    R(K_HARDWARE_UNITS, "hardware-units")       /* "10,000 GPUs", "2.8 million GPU hours" */ \
    R(K_MARKET_COUNT, "market-count")           /* "was downloaded 1 million times", "30 million users" */ \
    R(K_MODEL_SCORE, "model-score")             /* "Claude Opus 4.1: 78%" */ \
    R(K_MARKET_PERCENT, "market-percent")       /* "shares fell 17%" */ \
    R(K_RANK, "rank")                           /* "No. 1 on the App Store" */ \
    R(K_PARAMETERS, "parameters")               /* "671 billion parameters" */ \
    R(K_AGE, "age")                             /* "Qiao Yuning, 29, runs ..." */ \
    R(K_DEAL_TERM, "deal-term")                 /* "a 20-year agreement": no date */ \
    R(K_DURATION, "duration")                   /* "took two months" */ \
    R(K_PRICE_MOVE, "price-move")               /* "memory prices rose 10%": a price's move is cost */ \
    R(K_BACKGROUND, "background-topic")         /* "a question about the H20, which regulators restricted" */ \
    R(K_RELATIVE_HEAD, "relative-head")         /* ", a cluster that officials say will be the largest" */
#define KIND_ID(id, name) id,
#define KIND_NAME(id, name) name,
enum { KIND_RULES(KIND_ID) N_KIND_RULES };
typedef char kind_rules_fit_a_mask[N_KIND_RULES <= 64 ? 1 : -1];
#define KIND_ATTRIBUTED_QUOTATION "attributed-quotation"
#define KIND_NO_TOPIC "no-topic"
#define KIND_CONTINUED "topic-continued"
#define KIND_FORECAST_OF_RESULT "forecast-of-result"
#define KIND_SPEAKER_CONTINUES "speaker-continues"
#define KIND_ALSO_CONTINUES "also-continues"
static const char *const kind_rule_names[] = {
    KIND_RULES(KIND_NAME) KIND_ATTRIBUTED_QUOTATION, KIND_NO_TOPIC, KIND_CONTINUED, KIND_FORECAST_OF_RESULT,
    KIND_SPEAKER_CONTINUES, KIND_ALSO_CONTINUES
};

const char *const *cl_kind_rule_names(size_t *n) {
    *n = sizeof kind_rule_names / sizeof kind_rule_names[0];
    return kind_rule_names;
}

#define TOPIC_CLASSES (LXM_TOPIC_COST | LXM_TOPIC_TIME | LXM_TOPIC_HARDWARE | LXM_TOPIC_BENCHMARK | \
                       LXM_TOPIC_MARKET | LXM_TOPIC_FUNDING | LXM_TOPIC_POLICY | LXM_TOPIC_OTHER)

/* The scores, and what each contribution gave each kind (a row of by is
 * cleared when its rule first adds, so only the score is cleared for each
 * claim). */
typedef struct {
    int score[DSC_CLAIM_KINDS];
    int by[N_KIND_RULES][DSC_CLAIM_KINDS];
    uint64_t added;           /* bit k: rule k added something */
    int price_moves;          /* a verb of a market's move has a price for subject */
    int deal_terms;           /* durations deal-term kept from time */
    int spoken[DSC_CLAIM_KINDS];   /* what the speaker's own words gave each kind */
    int said[DSC_CLAIM_KINDS];     /* what the other words and the names gave it */
} kind_tally;

static void add(kind_tally *t, int rule, int kind, int w) {
    if (!(t->added & ((uint64_t)1 << rule))) {
        t->added |= (uint64_t)1 << rule;
        memset(t->by[rule], 0, sizeof t->by[rule]);
    }
    t->score[kind] += w;
    t->by[rule][kind] += w;
}

/* ===================================================================== */
/* Money                                                                  */
/* ===================================================================== */

/* Does the text span [a, b) hold a word of capital spending or investment? */
static int capex_words(const char *t, size_t a, size_t b) {
#define CAPEX_WORD(s) { s, sizeof s - 1 }
    static const struct { const char *s; size_t n; } w[] = {
        CAPEX_WORD("capex"), CAPEX_WORD("capital expenditure"), CAPEX_WORD("capital spending"),
        CAPEX_WORD("capital-spending"), CAPEX_WORD("investment"), CAPEX_WORD("funding round") };
#undef CAPEX_WORD
    /* the bytes a word above may start with, in either case: one load
     * tells most bytes apart */
    static const unsigned char first[256] = { ['c'] = 1, ['C'] = 1, ['i'] = 1, ['I'] = 1, ['f'] = 1, ['F'] = 1 };
    size_t i, k;
    for (i = a; i < b; i++) {
        int c;
        if (!first[(unsigned char)t[i]]) continue;
        c = t[i] | 0x20;
        if (i > a && ((t[i - 1] | 0x20) >= 'a' && (t[i - 1] | 0x20) <= 'z')) continue;
        for (k = 0; k < sizeof w / sizeof w[0]; k++) {
            size_t l = w[k].n, j;
            if (c != w[k].s[0] || i + l > b) continue;
            for (j = 1; j < l && (t[i + j] | 0x20) == w[k].s[j]; j++) {}
            if (j == l) return 1;
        }
    }
    return 0;
}

/* A bare amount in a passage about capital spending ("## The capex
 * numbers", then "Meta: now expects $70 billion to $72 billion"): the
 * heading above it or the sentence just before it says so, in its
 * paragraph or ending the one before (a list's items are paragraphs of
 * their own: "- Meta expects capital expenditure of $66 billion." then
 * "- Alphabet guided to $91 billion."). */
static int context_is_capex(const reading *r) {
    const dsc_claim_input *in = r->in;
    size_t k, seen = 0;
    if (r->si > 0 && in->sents[r->si - 1].block + 1 >= r->s->block &&
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

/* What the noun after an amount ending at absolute offset end says: "a $500bn
 * data centre venture", "spent $35 billion on capital expenditure", "a
 * $300 billion, five-year cloud contract" (a deal-noun). */
static int money_noun_after(const reading *r, uint32_t end) {
    size_t j = r->t0, k;
    while (j < r->t1 && r->toks[j].start < end) j++;
    for (k = j; k < r->t1 && k < j + 4; k++) {
        if (k > j && r->toks[k].comma_before) break;
        /* "a $300 billion, five-year cloud contract": a deal is funding */
        if ((r->toks[k].cls.lo & LXM_TOPIC_FUNDING) || tok_has(r, k, LX_DEAL_NOUN)) return DSC_FUNDING;
        if (r->toks[k].cls.lo & LXM_TOPIC_COST) return DSC_COST;
        /* "a $5.5 billion charge", "$39 billion in revenue", "$100
         * million in annual recurring revenue": a result ("¥2.16tn in the
         * quarter" is when) */
        if ((r->toks[k].cls.lo & LXM_TOPIC_MARKET) && (k == j || tok_w(r, j, LXW_IN)))
            return DSC_MARKET;
    }
    return -1;
}

/* "would value Anthropic at $40 billion", "could value it at up to $1
 * trillion": a verb of valuation (value-verb), its object and "at" before
 * the amount at token j, at most two words of a qualifier between, make a
 * valuation ("market value" has no "at"; "valued at 24 times the $7.50 of
 * earnings" values at a multiple). */
static int value_at(const reading *r, size_t j) {
    size_t k, at = 0;
    for (k = j; k > r->t0 && j - k < 8;) {
        if (k < j && r->toks[k].comma_before) return 0;   /* j may be t1: no token */
        k--;
        if (!at && tok_w(r, k, LXW_AT)) {
            if (j - k > 3) return 0;
            at = k;
        } else if (!at && dsc_is_digit(r->in->text[r->toks[k].start])) {
            return 0;
        } else if (at && tok_has(r, k, LX_VALUE_VERB)) {
            return 1;
        }
    }
    return 0;
}

/* The kind a topic word's classes weigh towards, for the thing money is
 * worth: a market first ("the market for AI accelerators could be worth
 * $50 billion": the market is worth it), then what is bought; -1 for none. */
static int worth_kind(const reading *r, size_t k) {
    uint64_t f = r->toks[k].cls.lo;
    if (f & LXM_TOPIC_MARKET) return DSC_MARKET;
    /* "an all-cash deal worth $2.1 billion", "a contract worth $1 billion":
     * a deal (class deal-noun) is funding, as "a $300 billion, five-year
     * cloud contract" is (money_noun_after) */
    if ((f & LXM_TOPIC_FUNDING) || tok_has(r, k, LX_DEAL_NOUN)) return DSC_FUNDING;
    if (f & LXM_TOPIC_COST) return DSC_COST;
    if (f & LXM_TOPIC_POLICY) return DSC_POLICY;
    /* "$10 billion worth of processors": a countable piece of hardware */
    if ((f & LXM_TOPIC_HARDWARE) || tok_has(r, k, LX_HARDWARE_COUNT)) return DSC_HARDWARE;
    return -1;
}

/* "the hardware was worth about $160 million", "chips worth more than $1
 * billion", "had ordered $16 billion worth of the chips": money that a
 * thing is worth is read by that thing (doc/claims.md: money is read by
 * what it pays for), not by "worth", a market word of its own. The thing
 * is among the seven words before "worth" in its clause (the market among
 * them first), or the four after "worth of"; the amount runs [j, e) in
 * tokens. -1 when "worth" is not there or the thing names no topic. */
static int worth_what(const reading *r, size_t j, size_t e) {
    size_t k, w = r->nt;
    int kind = -1, c;
    for (k = j; k > r->t0 && j - k <= 3 && w == r->nt;) {   /* "worth about $160 million" */
        if (k < j && r->toks[k].comma_before) return -1;   /* j may be nt: read no token past the end */
        if (tok_w(r, --k, LXW_WORTH)) w = k;
        else if (dsc_is_digit(r->in->text[r->toks[k].start])) return -1;
    }
    if (w < r->nt) {
        for (k = w; k > r->t0 && w - k < 7 && !r->toks[k].comma_before;) {
            --k;
            c = worth_kind(r, k);
            if (c == DSC_MARKET) return c;
            if (kind < 0) kind = c;
        }
        return kind;
    }
    if (e + 2 >= r->t1 || !tok_w(r, e, LXW_WORTH) || !tok_w(r, e + 1, LXW_OF) || r->toks[e].comma_before) return -1;
    for (k = e + 2; k < r->t1 && k < e + 6 && !r->toks[k].comma_before; k++)
        if ((c = worth_kind(r, k)) >= 0) return c;
    return -1;
}

/* Is the break before token k (k > 0) only brackets and a colon, as around
 * a ticker ("Nvidia (NASDAQ: NVDA) to")? */
static int ticker_gap(const reading *r, size_t k) {
    uint32_t i;
    for (i = r->toks[k - 1].end; i < r->toks[k].start; i++)
        if (!strchr(" ():", r->in->text[i])) return 0;
    return 1;
}

/* "is seeking up to $12 billion in debt to buy Nvidia chips": money
 * raised or spent to buy hardware is read by what it buys (doc/claims.md:
 * money is read by what it pays for): "to" and "buy" or "acquire" among
 * the five words after the amount (ending at token e), then a word of
 * hardware (topic-hardware, hardware-count) among the three after, no
 * comma between. */
static int buys_hardware(const reading *r, size_t e) {
    size_t k, b;
    for (k = e; k + 1 < r->t1 && k < e + 5 && !(k > e && r->toks[k].comma_before); k++) {
        if (!tok_w(r, k, LXW_TO) || !(tok_w(r, k + 1, LXW_BUY) || tok_w(r, k + 1, LXW_ACQUIRE))) continue;
        for (b = k + 2; b < r->t1 && b <= k + 4 && !r->toks[b].comma_before; b++)
            if ((r->toks[b].cls.lo & LXM_TOPIC_HARDWARE) || tok_has(r, b, LX_HARDWARE_COUNT)) return 1;
        return 0;
    }
    return 0;
}

/* "raised its price target on Nvidia (NASDAQ: NVDA) to $210 from $185":
 * "target" or "targets" among the eight words before the amount at token
 * j, in its clause, with no other figure between. */
static int target_before(const reading *r, size_t j) {
    size_t k;
    for (k = j; k > r->t0 && j - k < 8;) {
        if (k < j && r->toks[k].comma_before && !ticker_gap(r, k)) return 0;
        k--;
        if (tok_w(r, k, LXW_TARGET) || tok_w(r, k, LXW_TARGETS)) return 1;
        if (dsc_is_digit(r->in->text[r->toks[k].start])) return 0;
    }
    return 0;
}

/* Is token i a verb of a market's move (class topic-market), a predicate
 * or a participle after an auxiliary ("have fallen", "has risen")? */
static int move_verb(const reading *r, size_t i) {
    uint64_t f = r->toks[i].cls.lo;
    return (f & LXM_TOPIC_MARKET) && ((f & LXM_PREDICATE) || (i > r->t0 && (r->toks[i - 1].cls.lo & LXM_AUX)));
}

/* "Contract prices for HBM3E rose 10% to 15%", "memory prices have
 * peaked", "prices for the chips had fallen to $2": a verb of a market's
 * move (class topic-market, a predicate or a participle after an
 * auxiliary: "have fallen 60%") whose subject is a price (a
 * cost word among the seven words before it, room for "rental prices for
 * Nvidia H100 chips have fallen"; no comma and no market word between,
 * none just before it) moves a price, cost
 * (doc/claims.md: prices are cost, share prices market); "shares fell
 * 17%" stays a market's move. */
static int price_move(const reading *r, size_t i) {
    size_t k;
    uint64_t f;
    if (!move_verb(r, i)) return 0;
    for (k = i; k > r->t0 && i - k < 7 && !r->toks[k].comma_before;) {
        f = r->toks[--k].cls.lo;
        if (f & LXM_TOPIC_MARKET) return 0;   /* "shares of memory makers fell" */
        /* "its share price briefly overtook": a share price, market */
        if ((f & LXM_TOPIC_COST) && !tok_has(r, k, LX_COST_WEAK))
            return !(k > r->t0 && (r->toks[k - 1].cls.lo & LXM_TOPIC_MARKET));
    }
    return 0;
}

/* "funding fell to $21.8 billion", "venture investment rose to $40
 * billion": a verb of a market's move (as price_move reads it) whose
 * subject is money raised or invested (a funding word among the seven
 * words before it, no comma and no market word between) moves that money,
 * funding (doc/claims.md: investment is funding), not a market. */
static int funding_move(const reading *r, size_t i) {
    size_t k;
    uint64_t f;
    if (!move_verb(r, i)) return 0;
    for (k = i; k > r->t0 && i - k < 7 && !r->toks[k].comma_before;) {
        f = r->toks[--k].cls.lo;
        if (f & LXM_TOPIC_MARKET) return 0;
        if (f & LXM_TOPIC_FUNDING) return 1;
    }
    return 0;
}

/* "agreed to pay $1.5 billion to settle a class action", "paid $2 million
 * in damages": what the money is paid for, "to" or "in" and a word of
 * class legal-remedy right after the amount ending before token e, is a
 * legal obligation met (doc/claims.md: fines, damages, a settlement are
 * policy), whatever the verb that pays ("to license the novels" is no
 * such thing, though licences are policy words). */
static int legal_payment(const reading *r, size_t e) {
    return e + 1 < r->t1 && !r->toks[e].comma_before && (tok_w(r, e, LXW_TO) || tok_w(r, e, LXW_IN)) &&
           tok_has(r, e + 1, LX_LEGAL_REMEDY);
}

/* "The complaint seeks damages of at least $450 million", "will seek
 * damages for all 4,000 books": a remedy (class legal-remedy) right after
 * a verb of asking for it (class seek-verb) is what a lawsuit demands, a
 * step of the accusation (other, as the lawsuit), not a remedy paid or
 * set (legal-payment, a court's damages: policy). i: the verb. */
static int sought_remedy(const reading *r, size_t i) {
    return tok_has(r, i, LX_SEEK_VERB) && i + 1 < r->t1 && !r->toks[i + 1].comma_before &&
           tok_has(r, i + 1, LX_LEGAL_REMEDY);
}

/* The topic of the word that governs a money amount starting at sentence
 * offset start: the nearest topic word among the four before it, else the
 * noun after it, or -1; *rule: the contribution that says so. */
static int money_topic(const reading *r, uint32_t start, uint32_t len, int *rule) {
    uint32_t abs = (uint32_t)r->s->start + start;
    size_t j = r->t0, k, e;
    int wk;
    while (j < r->t1 && r->toks[j].start < abs) j++;
    *rule = K_VALUE_AT;
    if (value_at(r, j)) return DSC_FUNDING;
    *rule = K_WORTH_WHAT;
    for (e = j; e < r->t1 && r->toks[e].start < abs + len; e++) {}
    if ((wk = worth_what(r, j, e)) >= 0) return wk;
    *rule = K_MONEY_TO_BUY;
    if (buys_hardware(r, e)) return DSC_HARDWARE;
    *rule = K_INQUIRY_ACT;
    for (k = j; k > r->t0 && j - k < 4 && !(k < r->nt && r->toks[k].comma_before);)   /* j may be nt: no token */
        if (--k > r->t0 && tok_has(r, k, LX_LEGAL_REMEDY) && sought_remedy(r, k - 1)) return DSC_OTHER;
    /* "a $175 price target": the noun after the amount; "raised her price
     * target on Nvidia (NASDAQ: NVDA) to $210", "lifted its target to
     * $160": an analyst's target for a share price, however far before */
    *rule = K_LEGAL_PAYMENT;
    if (legal_payment(r, e)) return DSC_POLICY;
    *rule = K_PRICE_TARGET;
    if (j + 2 < r->t1 && tok_w(r, j + 1, LXW_PRICE) && tok_w(r, j + 2, LXW_TARGET)) return DSC_MARKET;
    if (target_before(r, j)) return DSC_MARKET;
    for (k = j; k > r->t0 && j - k < 4;) {
        uint64_t f = r->toks[--k].cls.lo;
        /* "charges $10 for o3" prices; "$5.5 billion in charges" is a result */
        *rule = K_CHARGES_PRICE;
        if (tok_has(r, k, LX_CHARGE_VERB) && k + 1 == j) return DSC_COST;
        /* "will put in $10 billion", "would deploy $100 billion": capital
         * put into something is an investment (class invest-verb, right
         * before the amount or before "in", "into", "up") */
        *rule = K_MONEY_WORD_BEFORE;
        if (tok_has(r, k, LX_INVEST_VERB) &&
            (k + 1 == j || (k + 2 == j && (tok_w(r, k + 1, LXW_IN) || tok_w(r, k + 1, LXW_INTO) || tok_w(r, k + 1, LXW_UP)))))
            return DSC_FUNDING;
        /* "closed a $13 billion round": a deal, not a market close */
        *rule = K_CLOSED_ROUND;
        if (tok_w(r, k, LXW_CLOSED) && k + 1 < j && (tok_w(r, k + 1, LXW_A) || tok_w(r, k + 1, LXW_AN)))
            return DSC_FUNDING;
        if (r->toks[k + 1 < r->nt ? k + 1 : k].comma_before && k + 1 < j) break;
        /* "packages worth $100 million": what is worth it decides */
        if (tok_w(r, k, LXW_WORTH) && k > r->t0 && (r->toks[k - 1].cls.lo & (LXM_TOPIC_COST | LXM_TOPIC_FUNDING | LXM_TOPIC_POLICY)))
            continue;
        /* "spent $35 billion on capital expenditure": capex is funding,
         * "spent $5.6 million on training" a cost; so is spending in a
         * passage about capex ("## The capex numbers", then "Microsoft:
         * spent $34.9 billion in the September quarter") */
        *rule = K_CAPEX_SPENDING;
        if (tok_has(r, k, LX_SPEND_VERB) && (money_noun_after(r, abs + len) == DSC_FUNDING || context_is_capex(r)))
            return DSC_FUNDING;
        *rule = K_MONEY_WORD_BEFORE;
        if (f & LXM_TOPIC_COST) return DSC_COST;
        /* "reported a net loss of 2.5 billion yuan", "a profit of $1
         * billion": figures a company reports (class results-noun) are
         * its results, market (doc/claims.md: revenue is market) */
        if (tok_has(r, k, LX_RESULTS_NOUN)) return DSC_MARKET;
        /* "guided to roughly $54 billion", "its guidance of $4.1 billion":
         * an outlook is a result to come (market), unless the passage is
         * about capex ("Alphabet guided to $91 billion" under "The capex
         * numbers"); a nearer topic word decides first ("forecasts
         * spending of $400 billion") */
        *rule = K_OUTLOOK;
        if (tok_has(r, k, LX_OUTLOOK_WORD)) return context_is_capex(r) ? DSC_FUNDING : DSC_MARKET;
        *rule = K_MONEY_WORD_BEFORE;
        if (f & LXM_TOPIC_FUNDING) return DSC_FUNDING;
        *rule = K_PRICE_MOVE;
        if (price_move(r, k)) return DSC_COST;
        *rule = K_MONEY_WORD_BEFORE;
        if (funding_move(r, k)) return DSC_FUNDING;
        *rule = K_MONEY_WORD_BEFORE;
        if (f & LXM_TOPIC_MARKET) return DSC_MARKET;
        if (f & LXM_TOPIC_POLICY) return DSC_POLICY;
    }
    *rule = K_MONEY_NOUN_AFTER;
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
    return j < r->t1 && tok_has(r, j, LX_DEAL_NOUN);
}

/* ===================================================================== */
/* Background                                                             */
/* ===================================================================== */

/* Is token k a verb by its classes or its ending: a checkable action, an
 * auxiliary, a finite verb ("are", "could"), a reporting verb or a word
 * in "-ed"? */
static int verb_like(const reading *r, size_t k) {
    return (r->toks[k].cls.lo & (LXM_PREDICATE | LXM_AUX | LXM_REPORT)) || tok_has(r, k, LX_FINITE_VERB) ||
           cl_ends_ed(r, k);
}

/* The start of the clause of token k: t0 or the token after its comma. */
static size_t chunk_start(const reading *r, size_t k) {
    while (k > r->t0 && !r->toks[k].comma_before) k--;
    return k;
}

/* Is a verb among the tokens [a, b)? */
static int verb_among(const reading *r, size_t a, size_t b) {
    for (; a < b; a++)
        if (verb_like(r, a)) return 1;
    return 0;
}

/* Does token k open a clause that dates: a dating-clause word, a subject
 * and its verb among the eight words after it, before a comma ("since
 * Washington restricted", "until export rules were tightened"; "after a
 * run of losses", "before the end of the year", "has since said", "came
 * two weeks after Nvidia said" are none), where the main clause's verb came before it in its clause or the
 * clause opens there ("After R1 was released, ..."): "Models on the market
 * before this month have until 2027" has its verb after. */
static int dating_clause(const reading *r, size_t k) {
    size_t j, c;
    if (!tok_has(r, k, LX_DATING_CLAUSE) || k + 2 >= r->t1 || verb_like(r, k + 1)) return 0;
    /* "The announcement came a day after the FT reported ...": the span
     * ties the claim to the event, which is what it is about */
    if (k > r->t0 && (tok_has(r, k - 1, LX_TIME_SPAN) || tok_has(r, k - 1, LX_CALENDAR_SPAN))) return 0;
    c = chunk_start(r, k);
    if (c < k && !verb_among(r, c, k)) return 0;
    for (j = k + 2; j < r->t1 && j <= k + 8 && !r->toks[j].comma_before; j++)
        if (verb_like(r, j)) return 1;
    return 0;
}

/* "bought much of its compute before export rules were tightened, in a
 * cluster that it had built for trading", "has founded a model developer
 * that has raised more than $50 million": "that" after a noun phrase its
 * article opens (the article among the four words before it, no verb
 * between), the main clause's verb before it, is a relative clause.
 * Not what is said ("said in a statement that ...", "told analysts on a
 * call that ...": a reporting word before it in its clause; "fears
 * that", "estimates that": a noun of what is said), nor a relative
 * inside the subject ("The stage that turned V3 into R1 was later
 * reported to have cost ..."), whose end no comma marks. */
static int relative_that(const reading *r, size_t k) {
    size_t j, art = r->nt;
    if (!tok_w(r, k, LXW_THAT) || k == r->t0 || r->toks[k].comma_before) return 0;
    for (j = k; j > r->t0 && k - j <= 4 && art == r->nt;) {
        if (r->toks[j].comma_before) return 0;
        j--;
        if (tok_w(r, j, LXW_A) || tok_w(r, j, LXW_AN) || tok_w(r, j, LXW_THE)) art = j;
        else if (verb_like(r, j) || tok_has(r, j, LX_NOUN_COMPLEMENT) || tok_has(r, j, LX_REPORT_NOUN)) return 0;
    }
    if (art == r->nt) return 0;
    for (j = art; j > r->t0 && !r->toks[j].comma_before;)
        if (r->toks[--j].cls.lo & LXM_REPORT) return 0;
    return verb_among(r, chunk_start(r, art), art);
}

/* The marks background_marks gives a token. */
enum { BG_MAIN, BG_HALF, BG_ASIDE };

/* Background (doc/claims.md: "Background does not set the kind"): marks
 * each token of [t0, t1) up to the next comma after a word that opens a
 * clause about something else than the claim. BG_HALF: a relative clause
 * after a comma (a background-clause word: ", which then blocked them"),
 * whose topic words count half. BG_ASIDE: a clause that dates or defines
 * (a dating clause: "bracing for a smaller market after Washington
 * tightened export rules", "sold to China until export rules were
 * tightened"; a relative "that" after the object), whose topic words,
 * names and figures decide only when the main clause says nothing
 * (background_topic). One mark per clause: the first opener decides
 * (", which added 3 points after the stock rose 58%" stays BG_HALF).
 * Returns whether a clause is BG_ASIDE. */
static int background_marks(const reading *r, uint8_t *bg) {
    size_t i, j, t1 = r->t1;
    int on, aside = 0;
    const ctok *k = r->toks;
    /* "that" is a clause-opener: a sentence with none of the openers is all main */
    memset(bg + r->t0, BG_MAIN, t1 - r->t0);
    if (!dsc_lx_has(r->all, LX_DATING_CLAUSE) && !dsc_lx_has(r->all, LX_BACKGROUND_CLAUSE) &&
        !dsc_lx_has(r->all, LX_CLAUSE_OPENER))
        return 0;
    /* a word opens a clause only after a comma as a background-clause
     * word, as a dating-clause word (dating_clause) or as "that"
     * (relative_that): the reader marked those words (TM_CLAUSE), so the
     * scan goes from one to the next; a clause opened runs to the next
     * comma, and the words in it open none */
    for (i = cl_next_marked(r, r->t0, t1, TM_CLAUSE); i < t1; i = cl_next_marked(r, i, t1, TM_CLAUSE)) {
        on = BG_MAIN;
        if (!k[i].in_quote &&
            (k[i].comma_before || k[i].word == LXW_THAT || dsc_lx_has(k[i].cls, LX_DATING_CLAUSE))) {
            if (k[i].comma_before && tok_has(r, i, LX_BACKGROUND_CLAUSE)) on = BG_HALF;
            else if (dating_clause(r, i) || relative_that(r, i)) on = aside = BG_ASIDE;
        }
        if (on == BG_MAIN) { i++; continue; }
        for (j = i + 1; j < t1 && !k[j].comma_before; j++) {}
        memset(bg + i, on, j - i);
        i = j;
    }
    return aside != 0;
}

/* ===================================================================== */
/* Words and names                                                        */
/* ===================================================================== */

/* "DeepSeek, an offshoot of hedge fund High-Flyer, has said little about
 * its computing resources": the apposition after the opening name
 * describes the subject; its words do not count. [*a0, *a1) or empty. */
static void apposition(const reading *r, size_t *a0, size_t *a1) {
    *a0 = *a1 = cl_appositive_start(r);
    if (*a0 >= r->t1) return;
    *a1 = *a0 + 1;
    while (*a1 < r->t1 && !r->toks[*a1].comma_before) (*a1)++;
    if (*a1 >= r->t1) *a0 = *a1 = r->t1;                 /* no closing comma: not one */
}

/* "under an MIT License", "under the Apache 2.0 license": the licence a
 * model is published under (a licence-type right before "license", or
 * before its version number), no policy. */
static int licence_terms(const reading *r, size_t i) {
    if (!tok_has(r, i, LX_LICENCE) || i == r->t0) return 0;
    if (tok_has(r, i - 1, LX_LICENCE_TYPE)) return 1;
    return i - 1 > r->t0 && dsc_is_digit(r->in->text[r->toks[i - 1].start]) && tok_has(r, i - 2, LX_LICENCE_TYPE);
}

/* "a hedge fund manager", "a quantitative fund": what the person or firm
 * is, not money raised. */
static int fund_type(const reading *r, size_t i) {
    return (tok_w(r, i, LXW_FUND) || tok_w(r, i, LXW_FUNDS)) && i > r->t0 && tok_has(r, i - 1, LX_FUND_TYPE);
}

/* "UAE officials say", "regulators said": the speakers, not the topic
 * (a policy word right before a reporting verb counts 1). */
static int policy_speaker(const reading *r, size_t i) {
    uint64_t f = r->toks[i].cls.lo;
    return (f & LXM_TOPIC_POLICY) && !r->toks[i].cap && i + 1 < r->t1 && (r->toks[i + 1].cls.lo & LXM_REPORT) &&
           !(r->toks[i + 1].cls.lo & LXM_TOPIC_POLICY);
}

/* "Tom's Hardware reported", "Jane Price said", "Ada Li of Harbor Capital
 * Markets asked": a word of an outlet's, a person's or a firm's name says
 * nothing of the topic (the names of government bodies, products and
 * indexes do: "the Commerce Department", "the App Store", "the Hang Seng
 * Index"). */
static int name_word(const reading *r, size_t i) {
    const dsc_claim_mention *m;
    if (r->toks[i].mention < 0) return 0;
    m = mention(r, r->toks[i].mention);
    return m->outlet || m->kind == DSC_PERSON || (m->kind == DSC_ORG && !m->gov);
}

/* "..., according to a filing with the Securities and Exchange
 * Commission": the source cited is no part of what is claimed; its words
 * count nothing from "according to" up to the next comma. */
static int according_to(const reading *r, size_t i) {
    return tok_w(r, i, LXW_ACCORDING) && i + 1 < r->t1 && tok_w(r, i + 1, LXW_TO);
}

/* "exporters must also report any sale of more than 1,000 of the chips",
 * "are required to label", "are barred from selling": a rule binding
 * someone to do or not to do a thing (a word of class obligation: "must",
 * or one before "to" or "from" within two words) is what is claimed, its
 * object only what the rule is about (policy outweighs the chips); "SoftBank
 * has to fund most of it" is a need, and "before Washington barred their
 * sale" an event, weighed as the other topic words. */
static int binding(const reading *r, size_t i) {
    size_t k;
    if (!tok_has(r, i, LX_OBLIGATION)) return 0;
    if (tok_w(r, i, LXW_MUST)) return 1;
    for (k = i + 1; k < r->t1 && k <= i + 2 && !r->toks[k].comma_before; k++)
        if (tok_w(r, k, LXW_TO) || tok_w(r, k, LXW_FROM)) return 1;
    return 0;
}

/* Is token k a government: a word of policy ("regulators", "authorities"),
 * a government body named, or a place standing for its government
 * ("Beijing wants ...")? */
static int government_at(const reading *r, size_t k) {
    const dsc_claim_mention *m;
    if (r->toks[k].cls.lo & LXM_TOPIC_POLICY) return 1;
    if (r->toks[k].mention < 0) return 0;
    m = mention(r, r->toks[k].mention);
    return (m->kind == DSC_ORG && m->gov) || m->kind == DSC_PLACE;
}

/* "Chinese regulators have also asked some tech companies to explain",
 * "had been urged by authorities to use the Ascend chips", "Beijing has
 * been pushing domestic companies to rely on local chips": a government
 * telling companies what to do (a verb of class directive-verb, with a
 * government among the four words before it, or after "by") is a
 * government action, policy (doc/claims.md), whatever it directs them
 * to (chips). */
static int government_directive(const reading *r, size_t i) {
    size_t k;
    if (!tok_has(r, i, LX_DIRECTIVE_VERB)) return 0;
    for (k = i; k > r->t0 && i - k < 4 && !r->toks[k].comma_before;)
        if (government_at(r, --k)) return 1;
    if (i + 1 < r->t1 && tok_w(r, i + 1, LXW_BY))
        for (k = i + 2; k < r->t1 && k <= i + 3 && !r->toks[k].comma_before; k++)
            if (government_at(r, k)) return 1;
    return 0;
}

/* "H100 shown for reference; it cannot be sold to China", "the chips may
 * not be exported to China": a sale barred (a negation, "be", a verb of
 * class trade-verb in the passive, then "to" and whom it may not reach) is
 * the thing's legal status, policy (doc/claims.md: legal obligations),
 * whatever is sold. "It could not ship a further $2.5 billion of H20
 * orders" is no passive: the money decides. */
static int sale_barred(const reading *r, size_t i) {
    return tok_has(r, i, LX_TRADE_VERB) && i >= r->t0 + 2 && i + 1 < r->t1 && tok_w(r, i - 1, LXW_BE) &&
           tok_has(r, i - 2, LX_NEGATION) && tok_w(r, i + 1, LXW_TO) && !r->toks[i + 1].comma_before;
}

/* "It sold that business to NYDIG in March 2025", "SoftBank sold its
 * Nvidia shares in October", "agreed to buy the chip division": a verb of
 * buying or selling (class sale-verb) whose object, among the three words
 * after it before a comma, is a thing an org owns (class owned-noun:
 * business, shares, subsidiary, stake) changes who owns it: funding
 * (doc/claims.md: ownership), outweighing what the thing is ("shares", a
 * market word). "sold 200,000 units", "bought Nvidia chips" sell goods. */
static int ownership_sale(const reading *r, size_t i) {
    size_t k;
    if (!tok_has(r, i, LX_SALE_VERB)) return 0;
    for (k = i + 1; k < r->t1 && k <= i + 3 && !r->toks[k].comma_before; k++)
        if (tok_has(r, k, LX_OWNED_NOUN)) return 1;
    return 0;
}

/* "a chip made to comply with U.S. export rules", "designed in 2023 to
 * comply with ...": compliance as the purpose of a thing is background;
 * "AMD said it complies with all U.S. export controls" and "Meta will
 * have to comply with the AI Act" are the claim (class comply-verb; "to"
 * before it, and before "to" no "have" nor an obligation). */
static int comply_background(const reading *r, size_t i) {
    if (!tok_has(r, i, LX_COMPLY_VERB) || i + 1 >= r->t1 || !tok_w(r, i + 1, LXW_WITH)) return 0;
    if (i < r->t0 + 2 || !tok_w(r, i - 1, LXW_TO)) return 0;
    return !cl_obligation_at(r, i - 2) && !tok_w(r, i - 2, LXW_HAVE) && !tok_w(r, i - 2, LXW_HAS);
}

/* "spent a year as a visiting student", "spent much of the summer
 * courting researchers", "has spent most of the past decade building
 * ...": spending time is no cost; a verb of spending
 * with a span of time among the five words after it (a duration figure,
 * or a word of class time-span) before any other figure says nothing of
 * money. */
static int spends_time(const reading *r, size_t i, const dsc_quantity *q, size_t nq) {
    size_t k, n;
    if (!tok_has(r, i, LX_SPEND_VERB)) return 0;
    for (k = i + 1; k < r->t1 && k <= i + 5; k++) {
        if (tok_has(r, k, LX_TIME_SPAN)) return 1;
        /* "spent last Tuesday at a substation", "spent the 2008 crisis": a
         * date as the object (not "spending by 2027", a deadline) */
        if (k <= i + 2 && (cl_date_token(r, k) || tok_has(r, k, LX_WEEKDAY)) &&
            !tok_has(r, k - 1, LX_SCHEDULE_PREPOSITION))
            return 1;
        for (n = 0; n < nq; n++)   /* the figure there: a duration, or money spent */
            if (r->s->start + q[n].start <= r->toks[k].start && r->toks[k].start < r->s->start + q[n].start + q[n].len)
                return q[n].kind == DSC_Q_DURATION;
    }
    return 0;
}

/* "he declined to speak to WIRED", "R1 declines to answer questions on
 * ...": "declined" or "declines", "to" and a verb is a refusal, no
 * market's decline ("shares declined to $90" is one: a figure follows). */
static int declines_to(const reading *r, size_t i) {
    if (!(tok_w(r, i, LXW_DECLINED) || tok_w(r, i, LXW_DECLINES)) || i + 2 >= r->t1 || !tok_w(r, i + 1, LXW_TO))
        return 0;
    return !dsc_is_digit(r->in->text[r->toks[i + 2].start]) && !r->toks[i + 2].comma_before;
}

/* "DeepSeek raised output prices", "is raising its discount to 75%",
 * "raised its estimate for shipments of Blackwell systems", "raised its
 * forecast for revenue growth": a verb of raising (class raise-verb) with
 * a cost word, an analyst's call (call-noun: target, estimate, rating) or
 * an outlook (outlook-word) among the three words after it, before a
 * comma, raises a price or a figure, not money. */
static int raises_figure(const reading *r, size_t i) {
    size_t k;
    if (!tok_has(r, i, LX_RAISE_VERB)) return 0;
    for (k = i + 1; k < r->t1 && k <= i + 3 && !r->toks[k].comma_before; k++)
        if ((r->toks[k].cls.lo & LXM_TOPIC_COST) || tok_has(r, k, LX_CALL_NOUN) || tok_has(r, k, LX_OUTLOOK_WORD))
            return 1;
    return 0;
}

/* "began offering the model to paying subscribers", "offering discounts
 * of 50%": a listing-noun is funding only as a sale of shares, right after
 * a listing-qualifier ("an initial public offering", "a share offering"). */
static int bare_listing(const reading *r, size_t i) {
    return tok_has(r, i, LX_LISTING_NOUN) && !(i > r->t0 && tok_has(r, i - 1, LX_LISTING_QUALIFIER));
}

/* "what OpenAI charges for GPT-4.5", "charges per million tokens": the
 * verb "charges", before "for" or "per", asks a price (cost), not a
 * charge against earnings (market). */
static int charges_price(const reading *r, size_t i) {
    return tok_w(r, i, LXW_CHARGES) && i + 1 < r->t1 && !r->toks[i + 1].comma_before &&
           (tok_w(r, i + 1, LXW_FOR) || tok_w(r, i + 1, LXW_PER));
}

/* "charged with smuggling", "charged three men with fraud", "had charged
 * Lim Wei Ming and two others with fraud": "with" among the eight words
 * after "charged" (room for a name and a count), no comma between. Returns 0, or
 * the weight of the charge: 4 ("with fraud": what is claimed, outweighing
 * who brings it and what the crime was about), 2 when the offence is a
 * word of policy ("with smuggling": a breach of export rules). */
static int charged_with(const reading *r, size_t i) {
    size_t k;
    if (!tok_w(r, i, LXW_CHARGED)) return 0;
    for (k = i + 1; k < r->t1 && k <= i + 8 && !r->toks[k].comma_before; k++)
        if (tok_w(r, k, LXW_WITH))
            return k + 1 < r->t1 && (r->toks[k + 1].cls.lo & LXM_TOPIC_POLICY) ? 2 : 4;
    return 0;
}

/* "opened an antitrust investigation into the company's acquisition",
 * "have opened their own inquiries into the Chinese company": an
 * investigation (class inquiry-noun) right before "into" is what is
 * claimed, the first step of an accusation: other (doc/claims.md: an
 * investigation stays other), outweighing who opens it ("regulators",
 * "antitrust") as a charge does (charged-with). */
static int inquiry_into(const reading *r, size_t i) {
    return tok_has(r, i, LX_INQUIRY_NOUN) && i + 1 < r->t1 && tok_w(r, i + 1, LXW_INTO) && !r->toks[i + 1].comma_before;
}

/* "The Commerce Department is investigating whether ...", "Investigators
 * are examining whether ...", "had sent subpoenas to four companies",
 * "has sued the startup in federal court": a word of inquiry or
 * litigation (class inquiry-act: a verb, its agent or its instrument) in
 * the main clause is what is claimed, an accusation's step: other
 * (doc/claims.md: a lawsuit filed and an investigation stay other, whoever
 * opens it), outweighing who acts and what is looked into ("H20 chips",
 * "the Commerce Department"), as a government's directive does. The
 * caller keeps it to the main clause outside the speaker's words ("a
 * person familiar with the probe said ..."). */
static int inquiry_act(const reading *r, size_t i) {
    return (tok_has(r, i, LX_INQUIRY_ACT) || sought_remedy(r, i)) && !r->toks[i].in_quote;
}

/* "in the two weeks after its mobile launch in February", "about a month
 * before the R1 launch", "within days of R1's release": a release after
 * "after", "since", "when", "as" (split-when), "before", or "of" after a
 * span of time (time-span, calendar-span: "days of", "weeks of") among the
 * three words before it is the reference point of what is claimed, no
 * timing. */
static int reference_point(const reading *r, size_t i) {
    size_t k;
    for (k = i; k > r->t0 && i - k < 3 && !r->toks[k].comma_before;) {
        k--;
        if (tok_has(r, k, LX_SPLIT_WHEN) || tok_w(r, k, LXW_BEFORE)) return 1;
        if (tok_w(r, k, LXW_OF) && k > r->t0 && !r->toks[k].comma_before &&
            (tok_has(r, k - 1, LX_TIME_SPAN) || tok_has(r, k - 1, LX_CALENDAR_SPAN)))
            return 1;
    }
    return 0;
}

/* "will go on sale in Q1 2026", "is planned for late 2027", "is expected
 * in the first half", "would be available in the fourth quarter": a word
 * of class schedule-word, a schedule-preposition right after it, then a
 * date among the four words after that, before any comma, ties the date
 * to a release: its timing (doc/claims.md: time). "is expected to ship
 * 700,000 chips in 2026" counts a volume (no preposition after "ship");
 * ", released in July," describes what the sentence is about, "the
 * fiscal year that begins in June" the noun before "that". A start is a
 * schedule-word too: "Mass production is expected to begin in the fourth
 * quarter", "The deal starts in June 2027". */
static int release_timing(const reading *r, size_t i) {
    size_t k;
    if (!tok_has(r, i, LX_SCHEDULE_WORD) || r->toks[i].comma_before || i + 2 >= r->t1 || r->toks[i + 1].comma_before ||
        !tok_has(r, i + 1, LX_SCHEDULE_PREPOSITION))
        return 0;
    /* "in the fiscal year that begins in June": the date defines a noun */
    if (i > r->t0 && (tok_w(r, i - 1, LXW_THAT) || tok_w(r, i - 1, LXW_WHICH))) return 0;
    if (reference_point(r, i)) return 0;
    for (k = i + 2; k < r->t1 && k <= i + 5 && !r->toks[k].comma_before; k++)
        if (cl_date_token(r, k)) return 1;
    return 0;
}

/* "The company will report full-year results on May 12", "reports
 * quarterly results on November 19": a verb that puts results out, in
 * the present or to come (class results-verb: report, reports, not
 * "reported first-quarter results on Wednesday that topped estimates",
 * which tells the results), its results (class results-noun) among the
 * three words after it, then a schedule-preposition and a date among the
 * four words after that: the date of a release of results, its timing
 * (doc/claims.md: time). i: the results noun. */
static int results_date(const reading *r, size_t i) {
    size_t k;
    int verb = 0;
    if (!tok_has(r, i, LX_RESULTS_NOUN) || i + 2 >= r->t1 || r->toks[i + 1].comma_before ||
        !tok_has(r, i + 1, LX_SCHEDULE_PREPOSITION))
        return 0;
    for (k = i; k > r->t0 && i - k < 4 && !r->toks[k].comma_before && !verb;)
        verb = tok_has(r, --k, LX_RESULTS_VERB);
    if (!verb) return 0;
    for (k = i + 2; k < r->t1 && k <= i + 5 && !r->toks[k].comma_before; k++)
        if (cl_date_token(r, k)) return 1;
    return 0;
}

/* Does the reporting verb v say its statement after it, before the next
 * comma ("that", a verb of its own: "Robin Li, chief executive of Baidu,
 * said at a conference that the cost could fall", "Jane Doe, who covers
 * chip stocks, said the price of HBM had doubled")? */
static int statement_after(const reading *r, size_t v) {
    size_t k;
    for (k = v + 1; k < r->t1 && !r->toks[k].comma_before; k++)
        if (!r->toks[k].in_quote && (tok_w(r, k, LXW_THAT) || (r->toks[k].cls.lo & (LXM_AUX | LXM_PREDICATE)) ||
                                     tok_has(r, k, LX_FINITE_VERB)))
            return 1;
    return 0;
}

/* The speaker's words: "Some U.S. officials have suggested that ...",
 * "..., the Singapore Police Force said": who says it, not what is said.
 * From the start of the reporting verb's clause (t0 or its comma) to the
 * verb, and when the verb's clause is not the first and the statement
 * came before it (statement_after), on to its end ("..., said the price
 * of HBM had doubled" is the statement, not the speaker's words).
 * [*s0, *s1), or empty when the claim has no reporting verb in the part
 * or a passive one ("is said to be under review by U.S. officials": the
 * officials act). */
static void speaker_span(const reading *r, const attribution *a, size_t *s0, size_t *s1) {
    size_t k, v = a ? a->verb : r->nt;
    *s0 = *s1 = r->t1;
    if (v < r->t0 || v >= r->t1 || a->passive) return;
    for (k = v; k > r->t0 && !r->toks[k].comma_before; k--) {}
    *s0 = k;
    *s1 = v + 1;
    if (k > r->t0 && !statement_after(r, v))
        while (*s1 < r->t1 && !r->toks[*s1].comma_before) (*s1)++;
}

/* Adds class k to the set m. */
static void cls_add(dsc_lx_cls *m, unsigned k) {
    if (k < 64) m->lo |= (uint64_t)1 << k;
    else m->hi[(k - 64) >> 6] |= (uint64_t)1 << ((k - 64) & 63);
}

static int cls_any(const dsc_lx_cls *c, const dsc_lx_cls *m) {
    return ((c->lo & m->lo) | (c->hi[0] & m->hi[0]) | (c->hi[1] & m->hi[1]) | (c->hi[2] & m->hi[2])) != 0;
}

/* Which of the words topic_words acts on a word is (its classes, or the
 * word itself), worked out once per word of the lexicon and document
 * (the byte's TW_KNOWN says it is): the loop then skips a word with one
 * load. A rule added to the loop that reads another class or word must be
 * added here, or it never sees its word (sale_barred's trade-verb was
 * missed once). The classes read are none of those a token loses by its
 * place (report, passive, hedge, predicate: read.c), so the word's
 * classes answer for every token of it. */
enum {
    TW_ALWAYS = 1,            /* a topic class, "Series", "charged" */
    TW_COMPLY = 2,            /* comply-verb */
    TW_BINDS = 4,             /* obligation, "has", "have" */
    TW_DIRECTS = 8,           /* directive-verb */
    TW_SCHEDULES = 16,        /* schedule-word */
    TW_CITES = 32,            /* "according" */
    TW_STARTS = 64,           /* a verb or noun a rule of the loop starts from (sale_barred ... results_date) */
    TW_KNOWN = 128
};

static uint8_t topic_word_of(const dsc_lexicon *lx, uint32_t w) {
    dsc_lx_cls c = dsc_lex_entry(lx, w)->cls, always = {TOPIC_CLASSES, {0, 0, 0}}, starts = {0, {0, 0, 0}};
    uint8_t b = TW_KNOWN;
    cls_add(&starts, LX_TRADE_VERB);                         /* sale_barred's verb */
    cls_add(&starts, LX_SALE_VERB);                          /* ownership_sale's verb */
    cls_add(&starts, LX_INQUIRY_NOUN);                       /* inquiry_into's noun */
    cls_add(&starts, LX_INQUIRY_ACT);                        /* inquiry_act's word */
    cls_add(&starts, LX_SEEK_VERB);                          /* sought_remedy's verb */
    cls_add(&starts, LX_RESULTS_NOUN);                       /* results_date's noun */
    if (cls_any(&c, &always) || w == LXW_SERIES || w == LXW_CHARGED) b |= TW_ALWAYS;
    if (cls_any(&c, &starts)) b |= TW_STARTS;
    if (dsc_lx_has(c, LX_COMPLY_VERB)) b |= TW_COMPLY;
    if (dsc_lx_has(c, LX_OBLIGATION) || w == LXW_HAS || w == LXW_HAVE) b |= TW_BINDS;
    if (dsc_lx_has(c, LX_DIRECTIVE_VERB)) b |= TW_DIRECTS;
    if (dsc_lx_has(c, LX_SCHEDULE_WORD)) b |= TW_SCHEDULES;
    if (w == LXW_ACCORDING) b |= TW_CITES;
    return b;
}

/* topic_word_of token i's word, from the document's memory when it has
 * room (tw: its bytes, or NULL): one load once the word is known. */
static uint8_t topic_word_fill(const reading *r, uint8_t *tw, uint32_t w) {
    uint8_t b = topic_word_of(r->in->lexicon, w);
    if (tw) tw[w] = b;
    return b;
}

/* topic_word_of word w: its byte in tw, filled when not known yet. */
static inline uint8_t topic_byte(const reading *r, uint8_t *tw, uint32_t w) {
    uint8_t b = tw ? tw[w] : 0;
    return b ? b : topic_word_fill(r, tw, w);
}

/* The first token from i on, before t1, that the loop of topic_words
 * acts on: a word that is one of wanted (topic_word_of), or one with a
 * comma before it; t1 when none is. */
static size_t next_topic_word(const reading *r, uint8_t *tw, uint8_t wanted, size_t i, size_t t1) {
    const ctok *toks = r->toks;
    if (!tw) {                /* no memory: each word worked out anew */
        for (; i < t1 && !toks[i].comma_before; i++)
            if (topic_word_fill(r, NULL, toks[i].word) & wanted) break;
        return i;
    }
    for (;;) {
        /* the known words that change nothing, read alone */
        while (i < t1 && !toks[i].comma_before && tw[toks[i].word] && !(tw[toks[i].word] & wanted)) i++;
        if (i >= t1 || toks[i].comma_before || tw[toks[i].word]) return i;
        /* a word not known yet: once known, back to the loop above */
        if (topic_word_fill(r, tw, toks[i].word) & wanted) return i;
        i++;
    }
}

/* What the topic classes of word i add, at weight w, as rule (topic-words
 * or relative-head; a price's move is price-move); nq: the part's figures. */
static inline void word_topics(const reading *r, size_t i, int w, size_t nq, kind_tally *t, int rule) {
    uint64_t f = r->toks[i].cls.lo;
    /* "free to download", "its free ChatGPT tier": what a release
     * costs, weighed less than the release (class cost-weak) */
    if (f & LXM_TOPIC_COST) add(t, rule, DSC_COST, tok_has(r, i, LX_COST_WEAK) ? 1 : w);
    if ((f & LXM_TOPIC_TIME) && !reference_point(r, i)) add(t, rule, DSC_TIME, w);
    if (f & LXM_TOPIC_HARDWARE) add(t, rule, DSC_HARDWARE, w);
    if (f & LXM_TOPIC_BENCHMARK) add(t, rule, DSC_BENCHMARK, w);
    /* "free to all users", "in its app": users and apps are a market
     * only when nothing else is said, and only when the claim counts
     * something ("had 30 million daily users"; "lets users switch
     * modes" is about the product) */
    if (charges_price(r, i)) { add(t, rule, DSC_COST, w); return; }
    if (price_move(r, i)) { add(t, rule == K_TOPIC_WORDS ? K_PRICE_MOVE : rule, DSC_COST, w); t->price_moves = 1; return; }
    if ((f & LXM_TOPIC_MARKET) && !(tok_has(r, i, LX_MARKET_WEAK) && !nq) && !declines_to(r, i))
        add(t, rule, DSC_MARKET, tok_has(r, i, LX_MARKET_WEAK) ? 1 : w);
    if ((f & LXM_TOPIC_FUNDING) && !raises_figure(r, i) && !bare_listing(r, i)) add(t, rule, DSC_FUNDING, w);
    if (f & LXM_TOPIC_POLICY) add(t, rule, DSC_POLICY, w);
    if (f & LXM_TOPIC_OTHER) add(t, rule, DSC_OTHER, w);
}

/* "..., part of a 5GW campus that UAE officials say will be the largest",
 * "..., a price it says is a fraction of ...": the part that is a
 * relative clause split off (relative-report) says its statement of the
 * noun group it hangs on (r->head0, r->head1), so the topic words of that
 * group weigh as the main clause's (2), more than the speaker's own
 * ("officials", 1); names of firms and people say nothing (name_word).
 * The group's figures stay with the first part. */
static void head_words(const reading *r, size_t nq, kind_tally *t) {
    size_t i;
    if (!(r->head0 < r->head1 && r->t0 == r->head1)) return;
    for (i = r->head0; i < r->head1; i++)
        if ((r->toks[i].cls.lo & TOPIC_CLASSES) && !name_word(r, i)) word_topics(r, i, 2, nq, t, K_RELATIVE_HEAD);
}

/* The topic words of the part [t0, t1): 2 each in the main clause, 1 in a
 * relative clause (bg BG_HALF: ", which then blocked them,") or in the
 * speaker's words (speaker_span: "Some U.S. officials have questioned
 * whether ...", "..., the Singapore Police Force said"); those of a
 * clause aside (BG_ASIDE: "after Washington tightened export rules") go
 * to back; none in the opening apposition, for a licence or a kind of
 * fund, nor policy words of background ("a chip made to comply with U.S.
 * export rules": what the chip is; the rules stay background up to the
 * next comma). */
static void topic_words(const reading *r, const attribution *a, const dsc_quantity *q, size_t nq, const uint8_t *bg,
                        kind_tally *main_t, kind_tally *back) {
    size_t i, appos0, appos1, s0, s1;
    int comply = 0, source = 0, sub = 0, w, charge, spoken, k, before[DSC_CLAIM_KINDS], starts;
    int cites = (r->all.lo & LXM_SOURCE_CUE) != 0;   /* "according" is a source-cue */
    int binds = dsc_lx_has(r->all, LX_OBLIGATION) || (r->all.lo & LXM_AUX);   /* "must", "has to" */
    int complies = dsc_lx_has(r->all, LX_COMPLY_VERB);
    int schedules = dsc_lx_has(r->all, LX_SCHEDULE_WORD);
    int directs = dsc_lx_has(r->all, LX_DIRECTIVE_VERB);    /* government_directive's verb */
    /* the words the loop below acts on (topic_word_of): a word that is
     * none of them, no comma before it and not the first, changes nothing */
    uint8_t wanted = (uint8_t)(TW_ALWAYS | TW_STARTS | (complies ? TW_COMPLY : 0) | (binds ? TW_BINDS : 0) |
                               (directs ? TW_DIRECTS : 0) | (schedules ? TW_SCHEDULES : 0) | (cites ? TW_CITES : 0));
    uint8_t *tw = cl_memory_word_bytes(r->mem, dsc_lex_size(r->in->lexicon) + 1);
    apposition(r, &appos0, &appos1);
    speaker_span(r, a, &s0, &s1);
    for (i = r->t0; i < r->t1; i++) {
        uint64_t f;
        uint8_t b;
        kind_tally *t;
        if (i > r->t0 && (i = next_topic_word(r, tw, wanted, i, r->t1)) >= r->t1) break;
        f = r->toks[i].cls.lo;
        t = bg[i] == BG_ASIDE ? back : main_t;
        if (i >= appos0 && i < appos1) continue;
        if (r->toks[i].comma_before) { comply = 0; source = 0; }
        /* "After R1 was released in January, ...": a clause opened by a
         * conjunction of time or concession dates the event before it */
        if (i == r->t0 || r->toks[i].comma_before) sub = tok_has(r, i, LX_SPLIT_WHEN) || tok_has(r, i, LX_SUBORDINATOR);
        /* a word none of the rules below starts from, read for its comma
         * or as the first (next_topic_word stops there): each rule's first
         * test is of a class or word wanted holds, so none acts */
        if (!((b = topic_byte(r, tw, r->toks[i].word)) & wanted)) continue;
        if (cites && !source && according_to(r, i)) source = 1;
        w = bg[i] ? 1 : 2;
        if (complies && comply_background(r, i)) comply = 1;
        /* "Providers must publish a summary", "its maker has to file it
         * with the state": a legal obligation is policy (doc/claims.md);
         * a rule's own binding words outweigh what they bind (binding()) */
        if (binds && (tok_has(r, i, LX_OBLIGATION) || tok_w(r, i, LXW_HAS) || tok_w(r, i, LXW_HAVE)) && !source &&
            !r->toks[i].in_quote && cl_obligation_at(r, i))
            add(t, K_OBLIGATION, DSC_POLICY, binding(r, i) ? 3 * w : w);
        if (directs && !bg[i] && !sub && !source && government_directive(r, i)) add(t, K_DIRECTIVE, DSC_POLICY, 6);
        /* the rules below start from a word of their own (TW_STARTS): most
         * topic words are none */
        starts = (b & TW_STARTS) && !bg[i] && !sub && !source;
        if (starts && sale_barred(r, i)) add(t, K_SALE_BARRED, DSC_POLICY, 6);
        if (starts && ownership_sale(r, i)) add(t, K_OWNERSHIP_SALE, DSC_FUNDING, 4);
        if (starts && inquiry_into(r, i)) add(t, K_INQUIRY_INTO, DSC_OTHER, 4);
        else if (starts && (i < s0 || i >= s1) && inquiry_act(r, i)) add(t, K_INQUIRY_ACT, DSC_OTHER, 6);
        /* a release's date, in the main clause (a relative clause's
         * "which will ship in the fourth quarter" is background); it
         * outweighs the words of what is released ("a cluster with
         * 9,216 chips is planned for late 2027": cluster, chips, a count) */
        if (schedules && !bg[i] && !sub && !source && release_timing(r, i)) add(t, K_RELEASE_TIMING, DSC_TIME, 8);
        if (starts && results_date(r, i)) add(t, K_RESULTS_DATE, DSC_TIME, 8);
        /* most words add nothing: no topic class, not "Series", "charged" */
        if (!(f & TOPIC_CLASSES) && !tok_w(r, i, LXW_SERIES) && !tok_w(r, i, LXW_CHARGED)) continue;
        if (source || name_word(r, i)) continue;
        if (comply && (f & LXM_TOPIC_POLICY)) continue;
        if (licence_terms(r, i)) continue;
        spoken = policy_speaker(r, i) || (i >= s0 && i < s1);
        if (spoken) { w = 1; memcpy(before, t->score, sizeof before); }
        if (fund_type(r, i) || spends_time(r, i, q, nq)) continue;
        if (tok_w(r, i, LXW_SERIES) && r->toks[i].cap && i + 1 < r->t1 &&
            r->toks[i + 1].end - r->toks[i + 1].start == 1)
            add(t, K_SERIES_ROUND, DSC_FUNDING, w);
        word_topics(r, i, w, nq, t, K_TOPIC_WORDS);
        for (k = 0; spoken && k < DSC_CLAIM_KINDS; k++) t->spoken[k] += t->score[k] - before[k];
        /* "charged with fraud" is an accusation (other, like a lawsuit:
         * doc/claims.md), "charged ¥16" a price; the charge is what is
         * claimed ("authorities charged three men with fraud in connection
         * with servers ...": not authorities, servers) */
        if ((charge = charged_with(r, i)) != 0) {
            add(t, K_CHARGED_WITH, DSC_COST, -2);
            add(t, K_CHARGED_WITH, DSC_OTHER, charge);
        }
    }
}

/* Chips named (hardware) and government bodies (policy) in the part;
 * returns the number of models named (a government body cited as the
 * source still weighs: "about 140 had been approved, according to figures
 * the Ministry ... published"); those named in a clause aside (bg, NULL
 * when there is none) go to back. */
static int named_entities(const reading *r, const uint8_t *bg, kind_tally *main_t, kind_tally *back) {
    size_t m, i;
    int models = 0;
    uint8_t in_bg[256];         /* mention m - m0 is named in a clause aside */
    if (bg) memset(in_bg, 0, sizeof in_bg);
    for (i = r->t0; bg && i < r->t1; i++)
        if (bg[i] == BG_ASIDE && r->toks[i].mention >= 0 && r->toks[i].mention < 256) in_bg[r->toks[i].mention] = 1;
    for (m = r->m0; m < r->m1; m++) {
        dsc_entity_kind k = r->in->mentions[m].kind;
        kind_tally *t = bg && m - r->m0 < 256 && in_bg[m - r->m0] ? back : main_t;
        if (r->in->mentions[m].start < r->b0 || r->in->mentions[m].start >= r->b1) continue;
        if (k == DSC_CHIP) add(t, K_CHIP_NAMED, DSC_HARDWARE, 1);
        if (k == DSC_MODEL) models++;
        /* a government body acting or speaking: policy */
        if (k == DSC_ORG && r->in->mentions[m].gov) add(t, K_GOVERNMENT_BODY, DSC_POLICY, 1);
    }
    return models;
}

/* ===================================================================== */
/* Figures                                                                */
/* ===================================================================== */

/* Money is the headline: what it measures decides the kind, said by the
 * word just before it ("plans to spend about $80 billion" is a plan, "cost
 * $6 million" a cost, "valued at" funding); with none, the funding or
 * market words of the sentence, a passage about capex, or a cost. Money
 * is the quantity's kind, in any currency ("paid 1.5 billion yen" as "paid
 * $10 million"). */
static void money(const reading *r, const dsc_quantity *q, kind_tally *t) {
    int rule, near = money_topic(r, q->start, q->len, &rule);
    if (near >= 0) add(t, rule, near, 5);
    /* "kept its capital spending budget for the year at $38 billion": the
     * part itself speaks of capex */
    else if (capex_words(r->in->text, r->b0, r->b1)) add(t, K_CAPEX_CONTEXT, DSC_FUNDING, 5);
    else if (!t->score[DSC_COST] && (t->score[DSC_FUNDING] || t->score[DSC_MARKET] || t->score[DSC_POLICY])) {
        add(t, K_MONEY_AMID_TOPIC, DSC_FUNDING, t->score[DSC_FUNDING] ? 3 : 0);
        add(t, K_MONEY_AMID_TOPIC, DSC_MARKET, t->score[DSC_MARKET] ? 3 : 0);
        /* "can be fined up to 3 percent of its turnover or €15 million": a
         * fine is policy, when policy outweighs the money words */
        add(t, K_MONEY_AMID_TOPIC, DSC_POLICY,
            t->score[DSC_POLICY] > t->score[DSC_FUNDING] && t->score[DSC_POLICY] > t->score[DSC_MARKET] ? 3 : 0);
    } else if (!t->score[DSC_COST] && context_is_capex(r)) add(t, K_CAPEX_CONTEXT, DSC_FUNDING, 5);
    else add(t, K_MONEY_IS_COST, DSC_COST, 5);
}

/* "Nvidia: down 17% Monday, up 8.9% Tuesday": a share just after "up" or
 * "down" is a move, a market's ("up to 50%" is a ceiling: "up" is then
 * the quantity's own qualifier, not the word before it). */
static int percent_move(const reading *r, const dsc_quantity *q) {
    uint32_t abs = (uint32_t)r->s->start + q->start;
    size_t j = r->t0;
    while (j < r->t1 && r->toks[j].start < abs) j++;
    return j > r->t0 && j < r->t1 && r->toks[j].start == abs &&
           (tok_w(r, j - 1, LXW_UP) || tok_w(r, j - 1, LXW_DOWN));
}

/* The classes of the last word of a quantity's unit, looked up when
 * figure() first asks of it (its rules ask up to three times). */
typedef struct {
    int known;
    dsc_lx_cls cls;           /* none for a quantity without a unit */
} unit_word;

/* Does the last word of the quantity's unit carry class cls ("GPUs":
 * hardware-count, "months": calendar-span)? */
static int unit_has(const reading *r, const dsc_quantity *q, unit_word *uw, int cls) {
    if (!uw->known) {
        const char *u = q->unit, *w;
        size_t n = strnlen(u, sizeof q->unit);
        dsc_lx_cls none = {0, {0, 0, 0}};
        uw->known = 1;
        uw->cls = none;
        if (n) {
            for (w = u + n; w > u && w[-1] != ' '; w--) {}
            uw->cls = dsc_lex_entry(r->in->lexicon, dsc_lex_find(r->in->lexicon, w, (size_t)(u + n - w)))->cls;
        }
    }
    return dsc_lx_has(uw->cls, cls);
}

/* Is the quantity a measure of hardware: compute ("2.8 million GPU
 * hours", "10 EFLOPS"), bandwidth ("900 GB/s"), power for data centres
 * ("will draw 1.2 gigawatts": doc/claims.md), or a count of a noun of
 * class hardware-count ("10,000 GPUs", "50,000 TPUs", "two clusters"; the
 * last word of the unit)? */
static int hardware_figure(const reading *r, const dsc_quantity *q, unit_word *uw) {
    if (q->kind == DSC_Q_COMPUTE || q->kind == DSC_Q_BANDWIDTH || q->kind == DSC_Q_POWER) return 1;
    return q->kind == DSC_Q_COUNT && unit_has(r, q, uw, LX_HARDWARE_COUNT);
}

/* "spent two years casting its models as ...": a span of time spent
 * (a verb of spending among the four words before it) is no timing. */
static int time_spent(const reading *r, const dsc_quantity *q) {
    uint32_t abs = (uint32_t)r->s->start + q->start;
    size_t j = r->t0, k;
    while (j < r->t1 && r->toks[j].start < abs) j++;
    for (k = j; k > r->t0 && j - k < 4;)
        if (tok_has(r, --k, LX_SPEND_VERB)) return 1;
    return 0;
}

/* A share: a quantity of kind percent ("78%", "17 percent") whose unit is
 * no difference between shares ("0.8 percentage points": class
 * share-difference). */
static int share(const reading *r, const dsc_quantity *q, unit_word *uw) {
    return q->kind == DSC_Q_PERCENT && !unit_has(r, q, uw, LX_SHARE_DIFFERENCE);
}

/* "released Kimi K2, a model with 1 trillion total parameters,", "plans
 * to release its next model, which may reach 70 billion parameters,
 * before the end of the year": a figure in a clause after a comma opened
 * by "a"/"an" (an appositive) or by a background-clause word (a relative
 * clause), after a checkable action (class predicate), describes the
 * thing the action is on; its size is
 * background to the act (doc/claims.md: "Background does not set the
 * kind"). */
static int in_background_clause(const reading *r, const dsc_quantity *q) {
    uint32_t abs = (uint32_t)r->s->start + q->start;
    size_t j = r->t0, k;
    while (j < r->t1 && r->toks[j].start < abs) j++;
    for (k = j; k > r->t0 && !r->toks[k].comma_before; k--) {}
    if (k == r->t0 || k >= r->t1) return 0;
    if (!tok_w(r, k, LXW_A) && !tok_w(r, k, LXW_AN) && !tok_has(r, k, LX_BACKGROUND_CLAUSE)) return 0;
    while (k-- > r->t0)   /* after the act ("All eight models, which range ...," describes the subject) */
        if (r->toks[k].cls.lo & LXM_PREDICATE) return 1;
    return 0;
}

/* What one figure adds; models: models named in the part. A share is
 * share() above, a span of
 * time its kind duration (data/units/units.tsv); a span of calendar time
 * (class calendar-span: "two months", not "2.7 million hours") times. */
static void figure(const reading *r, const dsc_quantity *q, int models, kind_tally *t) {
    unit_word uw = {0, {0, {0, 0, 0}}};
    int is_share = 0;         /* share(), asked once: the rules below ask in turn */
    if (q->kind == DSC_Q_MONEY) money(r, q, t);
    else if (q->kind == DSC_Q_PRICE) add(t, K_UNIT_PRICE, DSC_COST, 4);   /* per 1M tokens, per GPU hour */
    else if (hardware_figure(r, q, &uw)) add(t, K_HARDWARE_UNITS, DSC_HARDWARE, 2);
    /* "was downloaded 1 million times" (unit downloads), "30 million
     * users": a count of a market's word counts the market (doc/claims.md:
     * users counted are a market) */
    else if (q->kind == DSC_Q_COUNT && unit_has(r, q, &uw, LX_TOPIC_MARKET)) add(t, K_MARKET_COUNT, DSC_MARKET, 3);
    /* "Claude Opus 4.1: 78%": a model's percentage is a score, unless the
     * sentence is about shares or markets, or prices ("makes the model 26%
     * cheaper", "discounts of up to 75% on R1": a cost word) */
    /* "prices rose 10% to 15%": the share a price moves by */
    else if ((is_share = share(r, q, &uw)) != 0 && t->price_moves) add(t, K_PRICE_MOVE, DSC_COST, 2);
    else if (is_share && models && !t->score[DSC_MARKET] && !t->score[DSC_FUNDING] && !t->score[DSC_COST])
        add(t, K_MODEL_SCORE, DSC_BENCHMARK, 3);
    else if (is_share)
        add(t, K_MARKET_PERCENT, DSC_MARKET, t->score[DSC_MARKET] || percent_move(r, q) ? 2 : 0);
    /* "No. 1 on the App Store" is a market; "ranks third on a set of 12
     * benchmarks" a benchmark */
    else if (q->kind == DSC_Q_RANK) add(t, K_RANK, t->score[DSC_BENCHMARK] ? DSC_BENCHMARK : DSC_MARKET, 3);
    else if (q->kind == DSC_Q_PARAMETERS) add(t, K_PARAMETERS, DSC_OTHER, in_background_clause(r, q) ? 0 : 2);
    /* "Qiao Yuning, 29, runs": an age is biography; "a 20-year agreement"
     * is the length of a deal, not a date */
    else if (q->kind == DSC_Q_DURATION && is_age(r, q)) add(t, K_AGE, DSC_OTHER, 2);
    else if (q->kind == DSC_Q_DURATION && is_deal_term(r, q)) t->deal_terms++;
    else if (q->kind == DSC_Q_DURATION && unit_has(r, q, &uw, LX_CALENDAR_SPAN) && !time_spent(r, q))
        add(t, K_DURATION, DSC_TIME, 1);
}

/* ===================================================================== */
/* The winner                                                             */
/* ===================================================================== */

/* The kind with the highest score, or DSC_OTHER when none scores. A tie
 * between a kind only the speaker's own words gave and one only what is
 * said gave, in words or names (t: NULL, none), goes to what is said
 * ("Some U.S. officials have suggested that the company had more H100s":
 * a chip named, 1, against "officials", 1 as the speaker's: doc/claims.md,
 * the speaker's own words weigh less than what is said); other ties to
 * the first of this order. */
static int winner(const int *score, const kind_tally *t, int *best_score) {
    static const int order[] = { DSC_POLICY, DSC_FUNDING, DSC_MARKET, DSC_BENCHMARK,
                                 DSC_COST, DSC_HARDWARE, DSC_TIME, DSC_OTHER };
    size_t i;
    int best = DSC_OTHER, k;
    *best_score = 0;
    for (i = 0; i < sizeof order / sizeof order[0]; i++) {
        k = order[i];
        if (score[k] > *best_score || (score[k] && score[k] == *best_score && t && t->spoken[best] == score[best] &&
                                       t->said[k] == score[k])) {
            *best_score = score[k];
            best = k;
        }
    }
    return best;
}

/* What decided kind best: the contribution that gave it most of its score
 * (the first listed on a tie); deal-term when counting the deal terms as
 * durations would have made the claim a time claim; no-topic when nothing
 * scored. */
static const char *decided_by(const kind_tally *t, int best, int best_score) {
    int k, top, alt[DSC_CLAIM_KINDS], alt_score;
    uint64_t rest;
    if (t->deal_terms) {
        memcpy(alt, t->score, sizeof alt);
        alt[DSC_TIME] += t->deal_terms;
        if (best != DSC_TIME && winner(alt, NULL, &alt_score) == DSC_TIME) return kind_rule_names[K_DEAL_TERM];
    }
    if (!best_score) return KIND_NO_TOPIC;
    /* the rules that added, in order (a score means one did): the first,
     * then each that gave more */
    top = (int)dsc_lowest_bit(t->added);
    for (rest = t->added & (t->added - 1); rest; rest &= rest - 1) {
        k = (int)dsc_lowest_bit(rest);
        if (t->by[k][best] > t->by[top][best]) top = k;
    }
    return kind_rule_names[top];
}

/* Does the figure stand in a clause aside (BG_ASIDE: "a model developer
 * that has raised more than $50 million")? */
static int figure_in(const reading *r, const dsc_quantity *q, const uint8_t *bg) {
    uint32_t abs = (uint32_t)r->s->start + q->start;
    size_t j = r->t0;
    while (j < r->t1 && r->toks[j].start < abs) j++;
    return j < r->t1 && bg[j] == BG_ASIDE;
}

/* "Executives sidestepped a question about Nvidia's H20, which U.S.
 * authorities restricted": the words of background (background_marks)
 * count only when the main clause, its names and figures say nothing;
 * then they decide, as background-topic. */
static void background_topic(const kind_tally *back, kind_tally *t) {
    int k;
    for (k = 0; k < DSC_CLAIM_KINDS; k++)
        if (t->score[k]) return;
    for (k = 0; k < DSC_CLAIM_KINDS; k++)
        if (back->score[k] > 0) add(t, K_BACKGROUND, k, back->score[k]);
}

static dsc_claim_kind topic_kind(const reading *r, const attribution *a, const dsc_quantity *q, size_t nq,
                                 const char **why) {
    kind_tally t, back;
    uint8_t bg[MAX_TOKS];
    size_t i;
    int models, best, best_score, aside;
    memset(t.score, 0, sizeof t.score);
    memset(t.spoken, 0, sizeof t.spoken);
    memset(back.spoken, 0, sizeof back.spoken);
    t.added = 0; t.deal_terms = 0; t.price_moves = 0;
    memset(back.score, 0, sizeof back.score);
    back.added = 0; back.deal_terms = 0; back.price_moves = 0;
    aside = background_marks(r, bg);
    topic_words(r, a, q, nq, bg, &t, &back);
    head_words(r, nq, &t);
    models = named_entities(r, aside ? bg : NULL, &t, &back);
    for (i = 0; i < DSC_CLAIM_KINDS; i++) t.said[i] = t.score[i] - t.spoken[i];
    for (i = 0; i < nq; i++) figure(r, &q[i], models, aside && figure_in(r, &q[i], bg) ? &back : &t);
    if (aside) background_topic(&back, &t);
    best = winner(t.score, &t, &best_score);
    *why = decided_by(&t, best, best_score);
    return (dsc_claim_kind)best;
}

/* "evidence of \"distillation\"", "what it called possible \"backdoor\"
 * risks": a single scare-quoted word inside a sentence of its own words
 * carries none of its content (ANNOTATION.md); one that opens the
 * sentence does ('"Wow," said Jane Doe'). */
static int scare_quote(const reading *r) {
    return r->quote_words == 1 && !r->starts_in_quote && !r->open_at_end && r->nt >= 6 && !r->toks[0].in_quote;
}

/* "\"DeepSeek changed the economics of AI,\" said Jane Doe": a quotation
 * carrying the content, with a speaker, is a quote; quoted: the sentence
 * is part of a quotation; starts_in_quote: it opens inside one. */
dsc_claim_kind cl_kind(const reading *r, const attribution *a, int quoted, int starts_in_quote,
                       const dsc_quantity *q, size_t nq, const char **why) {
    if (quoted && !scare_quote(r) && a->name && !cl_is_article(a->name) &&
        (r->quote_words >= 2 || starts_in_quote || a->verb < r->nt)) {
        *why = KIND_ATTRIBUTED_QUOTATION;
        return DSC_QUOTE;
    }
    return topic_kind(r, a, q, nq, why);
}

/* A figure whose unit says nothing of its topic: a share, a count, a
 * multiple, a rank or a bare number ("60-70% of that", "1.3 million
 * units", "closer to 5x"); tokens, parameters and durations say what they
 * measure ("trained on 36 trillion tokens" is model size, other). */
static int bare_figure(const dsc_quantity *q) {
    return q->kind == DSC_Q_OTHER || q->kind == DSC_Q_PERCENT || q->kind == DSC_Q_COUNT ||
           q->kind == DSC_Q_MULTIPLIER || q->kind == DSC_Q_RATIO || q->kind == DSC_Q_RANK;
}

/* "Group revenue rose 2% to ¥247.7 billion, slightly below the ¥252.9
 * billion that analysts polled by LSEG had expected": the forecast split
 * from the result it is compared with (claimant rule
 * CL_SPLIT_CONSENSUS_SOURCE) measures what the result measures; when its
 * own words say nothing of the money (money-is-cost, the fallback) or of
 * anything (no-topic), it takes the result's kind (forecast-of-result). */
static int forecast_of_result(const dsc_vec *out, size_t si, dsc_raw_claim *c) {
    const dsc_raw_claim *prev;
    /* the first byte first: most claimant rules ("article-voice") differ there */
    if (!c->why.claimant || c->why.claimant[0] != CL_SPLIT_CONSENSUS_SOURCE[0] ||
        strcmp(c->why.claimant, CL_SPLIT_CONSENSUS_SOURCE) != 0 || out->len < 2)
        return 0;
    if (!c->why.kind || (strcmp(c->why.kind, kind_rule_names[K_MONEY_IS_COST]) != 0 &&
                         strcmp(c->why.kind, KIND_NO_TOPIC) != 0))
        return 0;
    prev = (const dsc_raw_claim *)out->data + (out->len - 2);
    if (prev->sentence != si || prev->kind == DSC_QUOTE) return 0;
    c->kind = prev->kind;
    c->why.kind = KIND_FORECAST_OF_RESULT;
    return 1;
}

/* Does a sentence with no topic word of its own say that it goes on with
 * the one before? "He later wrote that the company planned to buy more of
 * its chips.": one whose subject, among its first three words with no name
 * before it, is "he" or "she" goes on with the speaker of the sentence
 * before, and what the speaker adds with the topic they spoke of (1). "It"
 * or "they" say no such thing: they stand for whatever the sentence before
 * named ("It could equally be contamination"), often on a new topic (0).
 * "Tencent also took part.", "Its top Democrat also signed the letter.":
 * "also" in the subject and verb (the first twelve words), outside a
 * quotation, adds one more to what the sentence before said (2). */
static int continues_before(const reading *r) {
    size_t d = 0, off = cl_dateline_end(r);
    size_t k;
    while (d < r->nt && r->toks[d].start < off) d++;
    if (r->t0 != 0) return 0;
    for (k = d; k < r->nt && k < d + 3 && r->toks[k].mention < 0; k++)
        if (tok_has(r, k, LX_PRONOUN)) return tok_has(r, k, LX_PERSONAL);
    for (k = r->t0; k < r->t1 && k < r->t0 + 12; k++)
        if (tok_w(r, k, LXW_ALSO) && !r->toks[k].in_quote) return 2;
    return 0;
}

/* "Washington hasn't approved anything.", "Estimates range from 1 million
 * to 1.3 million units for FY25.": a claim whose own words name no topic
 * (no-topic) and with no figure but bare ones goes on with the topic of
 * the claim just before it, in the sentence before in its paragraph, when
 * that one had a topic of its own (a quotation's topic is not known);
 * with no figure at all, only when it says it goes on with that one
 * (continues_before). */
void cl_kind_carry(const reading *r, const dsc_vec *out, const dsc_quantity *q, size_t nq, dsc_raw_claim *c) {
    const dsc_claim_input *in = r->in;
    size_t si = r->si, i;
    const dsc_raw_claim *prev;
    const char *rule = KIND_CONTINUED;
    if (forecast_of_result(out, si, c)) return;
    for (i = 0; i < nq; i++)
        if (!bare_figure(&q[i])) return;
    if (!(c->why.kind && c->why.kind[0] == KIND_NO_TOPIC[0] && strcmp(c->why.kind, KIND_NO_TOPIC) == 0) ||
        out->len < 2 || si == 0)                      /* the first byte first: most kinds differ there */
        return;
    if (!nq) {
        int how = continues_before(r);
        if (!how) return;
        rule = how == 2 ? KIND_ALSO_CONTINUES : KIND_SPEAKER_CONTINUES;
    }
    prev = (const dsc_raw_claim *)out->data + (out->len - 2);
    if (prev->sentence + 1 != si || in->sents[si].block != in->sents[prev->sentence].block) return;
    if (prev->kind == DSC_QUOTE || !prev->why.kind || strcmp(prev->why.kind, KIND_NO_TOPIC) == 0) return;
    if (!nq && (strcmp(prev->why.kind, KIND_CONTINUED) == 0 || strcmp(prev->why.kind, KIND_SPEAKER_CONTINUES) == 0 ||
                strcmp(prev->why.kind, KIND_ALSO_CONTINUES) == 0))
        return;
    c->kind = prev->kind;
    c->why.kind = rule;
}
