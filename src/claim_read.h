/*
 * claim_read.h: what the claim stage's files share: the signals a word can
 * carry (the lexicon's flags), one sentence read into tokens, and an
 * attribution. Private to claim*.c.
 *
 *   claim.c              the pass over the sentences: reading, is it a
 *                        claim, two claims in one sentence, quotations
 *                        whose speaker is in another sentence
 *   claim_lexicon.c      the words and what they signal
 *   claim_attribution.c  the claimant
 *   claim_about.c        what the claim is about
 *   claim_kind.c         hedges and the kind of claim
 */
#ifndef DSC_CLAIM_READ_H
#define DSC_CLAIM_READ_H

#include "internal.h"

/* ===================================================================== */
/* Word signals (claim_lexicon.c)                                        */
/* ===================================================================== */

enum {
    W_REPORT   = 1u << 0,   /* said, told, claimed ... */
    W_HEDGE    = 1u << 1,   /* may, reportedly ... */
    W_UNNAMED  = 1u << 2,   /* analysts, sources ... */
    W_NOUNCOMP = 1u << 3,   /* fears, concerns (that ...) */
    W_PRONOUN  = 1u << 4,   /* it, he, the company ... */
    W_PREDICATE = 1u << 5,  /* a checkable action: released, banned ... */
    W_PASSIVE  = 1u << 6,   /* reported/described/said/believed after "was" */
    W_AUX      = 1u << 7,   /* has, had, also, previously: between subject and verb */
    W_PERSONAL = 1u << 8,   /* he, she: refers to a person */
    W_SELF     = 1u << 9,   /* its, our, we, his, their: the claim is about the speaker */
    W_TELL     = 1u << 10,  /* told, tells: the object relays */
    W_NOTCLAIM = 1u << 11,  /* watch, subscribe: calls to action */
    W_DOC      = 1u << 12,  /* report, paper, note: stands for its author */
    W_ROLE     = 1u << 13,  /* engineer, employee: a person not named */
    /* topics: weights live in the topic table below */
    W_T_COST = 1u << 16, W_T_TIME = 1u << 17, W_T_HW = 1u << 18, W_T_BENCH = 1u << 19,
    W_T_MARKET = 1u << 20, W_T_FUND = 1u << 21, W_T_POLICY = 1u << 22, W_T_OTHER = 1u << 23
};

/* What the lexicon says of a word (ASCII case-insensitive), or 0. */
uint32_t cl_lookup(const char *s, size_t n);

/* ===================================================================== */
/* A sentence read into tokens (claim.c)                                 */
/* ===================================================================== */

#define MAX_TOKS 400

/* What the attribution has read of the document once, so that no text is
 * searched again for every word that asks (claim_attribution.c). */
typedef struct cl_memory cl_memory;
cl_memory *cl_memory_new(void);
void cl_memory_free(cl_memory *m);

typedef struct {
    uint32_t start, end;      /* absolute clean offsets */
    uint32_t flags;
    int16_t mention;          /* index into the sentence's mentions, or -1 */
    uint8_t in_quote;         /* inside a quotation */
    uint8_t comma_before;     /* a ',' between the previous token and this */
    uint8_t cap;
} ctok;

typedef struct {
    const dsc_claim_input *in;
    const dsc_sent *s;
    size_t m0, m1;            /* mentions of the sentence: [m0, m1) */
    ctok toks[MAX_TOKS];
    size_t nt;
    uint32_t all;             /* OR of the tokens' flags */
    int has_quote;            /* a quotation with words in it */
    int quote_words;          /* words inside quotations */
    int open_at_end;          /* the sentence ends inside an open quotation */
    int starts_in_quote;
    size_t si;                /* index of the sentence */
    /* the part of the sentence a claim is built from: all of it, or one
     * clause of a sentence carrying two claims */
    size_t t0, t1;            /* tokens */
    uint32_t b0, b1;          /* clean text offsets */
    uint8_t excluded[256];    /* mention i (relative) is not "about" */
    /* the speaker of the latest sentence with a reporting verb, for "she
     * said" and "they said" after a source the text does not name */
    const char *prev_name;
    long prev_entity;
    int prev_person;          /* a person, named or not (not an org) */
    size_t prev_si;
    const uint32_t *msent;    /* the sentence of each mention of the document */
    cl_memory *mem;
    /* resolve_topic's last answer: the passes over a sentence ask it again
     * for the same word */
    uint32_t topic_limit;
    const dsc_claim_mention *topic_out;
    int yen;                  /* the text counts in yen more than yuan: ¥ is JPY */
} reading;

/* Is token i the word w (ASCII case-insensitive)? Called hundreds of
 * times a sentence with literal words, so a macro passes the literal's
 * length and most calls end at the length or first-letter test. */
static inline int tok_is_n(const reading *r, size_t i, const char *w, size_t n) {
    const ctok *t = &r->toks[i];
    const char *s = r->in->text + t->start;
    size_t k;
    if (t->end - t->start != n) return 0;
    for (k = 0; k < n; k++) {
        int a = (unsigned char)s[k], b = (unsigned char)w[k];
        if (a >= 'A' && a <= 'Z') a += 32;
        if (b >= 'A' && b <= 'Z') b += 32;
        if (a != b) return 0;
    }
    return 1;
}
#define tok_is(r, i, w) tok_is_n((r), (i), ("" w ""), sizeof(w) - 1)   /* w: a string literal */

static inline const dsc_claim_mention *mention(const reading *r, int rel) {
    return &r->in->mentions[r->m0 + (size_t)rel];
}

/* ===================================================================== */
/* Attribution (claim_attribution.c)                                     */
/* ===================================================================== */

typedef struct {
    const char *name;         /* canonical, description, "article" or NULL */
    int mention;              /* relative mention index of the claimant, or -1 */
    long entity;              /* document entity of the claimant, or -1 */
    size_t verb;              /* token index of the reporting verb, or nt */
    int passive;
    int self;                 /* the claim is about the claimant ("X's engineers said") */
} attribution;

size_t cl_dateline_end(const reading *r);
void cl_exclude_told(reading *r);
void cl_find_attribution(reading *r, attribution *a);
int cl_owned_by(const char *model, const char *org);
int cl_possessive_after(const reading *r, size_t i);
int cl_prev_subject(const reading *r, const dsc_claim_mention **out);
int cl_descriptor_noun(const reading *r, size_t i);   /* "the fund", "the chipmaker" */
int cl_resolve_descriptor(const reading *r, size_t i, const dsc_claim_mention **out);
int cl_resolve_topic(reading *r, size_t i, const dsc_claim_mention **out);
int cl_subject_before(reading *r, size_t v, attribution *a);
int cl_verb_modifier(const reading *r, size_t k);

/* ===================================================================== */
/* About (claim_about.c), hedges and kinds (claim_kind.c)                */
/* ===================================================================== */

/* The first token of an apposition after the sentence's opening name
 * (", an offshoot of hedge fund High-Flyer,"), or t1 when there is none. */
size_t cl_appositive_start(const reading *r);
int cl_about_list(reading *r, const attribution *a, dsc_arena *arena, uint32_t **out, uint32_t *n_out);
int cl_hedged(const reading *r);
/* Is an org name that of a government body ("Commerce Department", "Garante")? */
int cl_government(const char *name);
int cl_passive_hedge(const reading *r, size_t v);
dsc_claim_kind cl_topic(const reading *r, const dsc_quantity *q, size_t nq);

#endif
