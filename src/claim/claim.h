/*
 * claim.h: what the claim stage's files share: one sentence read into
 * tokens, an attribution, and the functions each stage offers the next.
 * Private to src/claim/. The stages, in the order the pass runs them:
 *
 *   read.c         a sentence read into tokens (words, classes from the
 *                  lexicon, quotation spans, mentions) and its quantities
 *   refer.c        what a pronoun, a description or "the company" refers to
 *   attribution*.c the claimant: attribution.c the top level and the
 *                  sources cited, attribution_verb.c the reporting verb,
 *                  attribution_subject.c the subject before the verb
 *   gate.c         is the sentence a claim
 *   split.c        two claims in one sentence
 *   about.c        what the claim is about
 *   hedge.c        whether the claim is hedged, and by which cue
 *   kind.c         the kind of claim
 *   pass.c         the pass over the sentences, quotations whose speaker
 *                  is in another sentence
 *
 * The words and what they signal are data: data/lexicon/ (lexicon.h).
 */
#ifndef DSC_CLAIM_H
#define DSC_CLAIM_H

#include "internal.h"
#include "lexicon.h"

/* ===================================================================== */
/* Word signals (lexicon.h)                                              */
/* ===================================================================== */

/* A token's word number (LXW_*) and classes (LX_*, masks LXM_* on .lo)
 * come from the lexicon, looked up once when the sentence is read. */

/* ===================================================================== */
/* A sentence read into tokens (read.c)                                 */
/* ===================================================================== */

#define MAX_TOKS 400

/* What the claim stage has read of the document once, so that no text is
 * searched again for every word that asks (memory.c). */
typedef struct cl_memory cl_memory;
cl_memory *cl_memory_new(void);
void cl_memory_free(cl_memory *m);
/* The named speaker (entity) of sentence si, recorded by the first pass
 * for the sentences of the last few; -1: none or forgotten. */
void cl_memory_set_speaker(cl_memory *m, size_t si, long entity);
long cl_memory_speaker(const cl_memory *m, size_t si);

typedef struct {
    uint32_t start, end;      /* absolute clean offsets */
    uint32_t word;            /* LXW_* number, 0: not in the lexicon */
    dsc_lx_cls cls;           /* its classes, less those its place rules out */
    int16_t mention;          /* index into the sentence's mentions, or -1 */
    uint8_t in_quote;         /* inside a quotation */
    uint8_t comma_before;     /* a ',' between the previous token and this */
    uint8_t cap;
} ctok;

/* The words a later stage's scan stops at, marked once by the reader from
 * the word alone, a bitmap of the sentence's tokens for each kind: each
 * scan jumps to the next mark (cl_next_marked) over the many words it
 * would otherwise test one by one. */
enum { TM_REF,        /* may stand for something named before: a pronoun, "It", "Its", "model" (about.c) */
       TM_CUE,        /* a word gate.c's searching rules start from (find_cue_words) */
       TM_AND,        /* "and" (split.c) */
       TM_CLAUSE,     /* "that", a dating-clause or background-clause word: background_marks's openers (kind.c) */
       TM_KINDS };
#define TM_KNOWN 0x80u   /* (in the document's table of a word's marks, 1 << TM_*: the byte is worked out) */

typedef struct {
    const dsc_claim_input *in;
    const dsc_sent *s;
    size_t m0, m1;            /* mentions of the sentence: [m0, m1) */
    ctok toks[MAX_TOKS];
    size_t nt;
    uint64_t marks[TM_KINDS][(MAX_TOKS + 63) / 64];   /* a bit per token with the mark (TM_*); read to nt */
    size_t mt0, mt1;          /* the tokens from the first with a mention to the last; empty: none */
    dsc_lx_cls all;           /* the union of the tokens' classes */
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
    /* the noun group a relative clause that splits off hangs on ("part of
     * a 5GW campus" in "..., part of a 5GW campus that UAE officials say
     * will be the largest"): [head0, head1), head1 the split point; the
     * part starting at head1 reads it too (kind, about). Empty: none */
    size_t head0, head1;
    /* the speaker of the latest sentence with a reporting verb, for "she
     * said" and "they said" after a source the text does not name */
    const char *prev_name;
    long prev_entity;
    int prev_person;          /* a person, named or not (not an org) */
    int prev_outlet;          /* a news outlet ("Reuters reported", "according to the FT") */
    size_t prev_si;
    const uint32_t *msent;    /* the sentence of each mention of the document */
    cl_memory *mem;
    /* resolve_topic's last answer: the passes over a sentence ask it again
     * for the same word */
    uint32_t topic_limit;
    const dsc_claim_mention *topic_out;
    /* cl_dateline_end of the sentence dateline_of, worked out once when
     * the pass sets the sentence (a reading set otherwise has none: NULL) */
    const dsc_sent *dateline_of;
    size_t dateline;
    int yen;                  /* the text counts in yen more than yuan: ¥ is JPY */
    const char *gate;         /* the rule that made the sentence a claim */
    const dsc_quantity *q;    /* the sentence's figures (cl_quantities), for the split: set after the gate */
    size_t nq;
} reading;

/* A word number's bit among 64, for the mask of the few words a loop
 * looks for (CL_WORD_BIT(LXW_X) | ...): most words fail one test of the
 * mask, cl_word_maybe, and only a word whose bit is set is compared. */
#define CL_WORD_HASH(w) (((w) ^ ((w) >> 6)) & 63u)
#define CL_WORD_BIT(w) ((uint64_t)1 << CL_WORD_HASH(w))
static inline int cl_word_maybe(uint64_t mask, uint32_t w) { return (int)((mask >> CL_WORD_HASH(w)) & 1u); }

/* Is name the claimant "article" (the text's own voice)? Read byte by
 * byte: most names differ at the first, and the passes ask it of every
 * sentence's speaker (strcmp was a call each time). */
static inline int cl_is_article(const char *n) {
    return n[0] == 'a' && n[1] == 'r' && n[2] == 't' && n[3] == 'i' && n[4] == 'c' && n[5] == 'l' && n[6] == 'e' &&
           n[7] == '\0';
}

/* The first token from i on, before end, with the mark kind (TM_*); end
 * when none is. Reads a word of the bitmap per 64 tokens. */
static inline size_t cl_next_marked(const reading *r, size_t i, size_t end, unsigned kind) {
    size_t lim = end < r->nt ? end : r->nt;   /* no token past nt is marked */
    const uint64_t *m = r->marks[kind];
    while (i < lim) {
        uint64_t b = m[i >> 6] >> (i & 63);
        if (b) return i + dsc_lowest_bit(b) < lim ? i + dsc_lowest_bit(b) : end;
        i = (i | 63) + 1;
    }
    return end;
}

/* Is token i the word w (an LXW_* number)? */
static inline int tok_w(const reading *r, size_t i, uint32_t w) { return r->toks[i].word == w; }
/* Does token i carry class k (an LX_* number)? */
static inline int tok_has(const reading *r, size_t i, unsigned k) { return dsc_lx_has(r->toks[i].cls, k); }
/* Does token k end a past participle or past tense ("proposed",
 * "restricted")? */
static inline int cl_ends_ed(const reading *r, size_t k) {
    const char *w = r->in->text + r->toks[k].start;
    uint32_t n = r->toks[k].end - r->toks[k].start;
    return n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd';
}

static inline const dsc_claim_mention *mention(const reading *r, int rel) {
    return &r->in->mentions[r->m0 + (size_t)rel];
}

/* A byte per word of the lexicon (its n_words entries), zero until a
 * stage sets it, kept for the document: what a stage works out of a word
 * once rather than at each token (kind.c); NULL when out of memory. */
uint8_t *cl_memory_word_bytes(cl_memory *m, size_t n_words);
/* Another such byte per word: the word's marks (TM_*, read.c). */
uint8_t *cl_memory_mark_bytes(cl_memory *m, size_t n_words);
/* What the org-the-story-is-about scores (refer.c) read of one mention,
 * gathered once per document rather than once per question. */
typedef struct {
    uint32_t start, entity;
    uint32_t len;             /* strlen(name), for an org */
    uint8_t first;            /* name[0] */
    uint8_t flags;            /* TF_* (refer.c) */
} cl_topic_fact;
/* Room for the facts of the document's n_mentions mentions, of which *n
 * are filled (refer.c fills them in order); NULL when out of memory. */
cl_topic_fact *cl_memory_topic_facts(cl_memory *m, size_t n_mentions, size_t **n);
/* A byte per entity of the document in (one for every entity number its
 * mentions have), all zero for the first caller; a caller leaves the
 * bytes it set zero again (refer.c's map from an entity to its topic
 * candidate). NULL when out of memory. */
uint8_t *cl_memory_entity_bytes(cl_memory *m, const dsc_claim_input *in);
/* Where the document keeps refer.c's count of the mentions before the
 * word asked about (NULL without memory; *slot NULL until refer.c sets
 * it up), and how it lets it go. */
struct cl_topic_state;
struct cl_topic_state **cl_memory_topic_state(cl_memory *m);
void cl_topic_state_free(struct cl_topic_state *s);

/* The first middle dot (bytes C2 B7) of text t (n bytes) at or after
 * byte a, or n: the metadata lines' separators (gate.c), asked of every
 * sentence, found by one read of the text per pass. */
size_t cl_next_middle_dot(cl_memory *m, const char *t, size_t n, size_t a);

/* Does sentence si name the word of token tok on its own (not "the ..." or
 * "the same ...", which refer back further)? A document or unnamed-source
 * word is answered from a list made once per sentence (memory.c). */
int cl_sentence_names_word(const reading *r, size_t si, size_t tok);
/* ASCII case-insensitive comparison of n bytes: 0 when equal. */
int cl_casecmp_ascii(const char *a, const char *b, size_t n);
/* Where "familiar with" or "knowledge of " starts, the latest in [from,
 * last], or (size_t)-1: from the places of the document's phrases, found
 * in one pass when first asked. */
size_t cl_latest_phrase(const reading *r, size_t from, size_t last);

/* ===================================================================== */
/* Referents (refer.c)                                                   */
/* ===================================================================== */

/* The end of a dateline opening the paragraph ("HONG KONG (Reuters) -"),
 * or the sentence's start; cl_set_dateline keeps it in r for its sentence. */
size_t cl_dateline_end(const reading *r);
void cl_set_dateline(reading *r);
/* Is token i followed by a possessive 's? */
int cl_possessive_after(const reading *r, size_t i);
/* An adverb or auxiliary that may stand between a subject and its verb. */
int cl_verb_modifier(const reading *r, size_t k);
/* Does model or product `model` belong to org `org` by name ("DeepSeek-R1")? */
int cl_owned_by(const char *model, const char *org);
/* The org that made the model of mention rel, else the mention itself. */
const dsc_claim_mention *cl_maker(const reading *r, int rel);
/* Each fills *out and returns 1 when it finds the referent of token i:
 * "he" (personal) or "it" named before; */
int cl_resolve_pronoun(const reading *r, size_t i, int personal, const dsc_claim_mention **out);
/* the org opening this sentence before token i; */
int cl_own_subject(const reading *r, size_t i, const dsc_claim_mention **out);
/* the org the previous sentence opens with; */
int cl_prev_subject(const reading *r, const dsc_claim_mention **out);
int cl_prev_opens_pronoun(const reading *r);
/* the org the story is about ("it said", "the company said"); */
int cl_resolve_topic(reading *r, size_t i, const dsc_claim_mention **out);
int cl_resolve_description(reading *r, size_t i, const dsc_claim_mention **out);
int cl_own_description(reading *r, size_t i, const dsc_claim_mention **out);
/* the org described before by the noun ("the fund": "hedge fund X"); */
int cl_resolve_descriptor(const reading *r, size_t i, const dsc_claim_mention **out);
/* the org whose name holds the noun ("the commission"); */
int cl_head_noun_org(const reading *r, size_t i, const dsc_claim_mention **out);
/* the org of a role ("an Alibaba executive", "a Commission official"); */
int cl_role_org(const reading *r, size_t k, const dsc_claim_mention **out);
/* the government body named last ("the watchdog"); */
int cl_regulator_noun(const reading *r, size_t i, const dsc_claim_mention **out);
/* the author of the document ("the paper says": who published it). */
int cl_doc_author(const reading *r, size_t i, const dsc_claim_mention **out);
/* the outlet cited just before ("the report said" after "Reuters reported"). */
int cl_outlet_document(const reading *r, size_t i, const dsc_claim_mention **out);
/* the firm whose analyst the text named before ("Calder Ridge analyst
 * Priya Raman ...": "the analysts noted", "the note said"); */
int cl_analyst_firm(const reading *r, const dsc_claim_mention **out);
/* The label the lexicon gives token i's word ("sceptics": "skeptics"). */
const char *cl_lex_label(const reading *r, size_t i);
/* Tokens [from, to] as a lowercase description ("customs data"), or NULL. */
const char *cl_description(const reading *r, size_t from, size_t to);
/* A noun that says which kind of org it stands for ("the fund", "the chipmaker"). */
int cl_descriptor_noun(const reading *r, size_t i);
/* Is a person named between the previous speaker's sentence and token i? */
int cl_person_between(const reading *r, size_t i);

/* ===================================================================== */
/* Attribution (attribution*.c)                                          */
/* ===================================================================== */

typedef struct {
    const char *name;         /* canonical, description, "article" or NULL */
    int mention;              /* relative mention index of the claimant, or -1 */
    long entity;              /* document entity of the claimant, or -1 */
    size_t verb;              /* token index of the reporting verb, or nt */
    int passive;
    int self;                 /* the claim is about the claimant ("X's engineers said") */
    const char *rule;         /* the rule that chose it */
    int named;                /* the claimant is an entity named elsewhere (a
                                 quotation's speaker in another sentence) */
} attribution;

/* The claimant is chosen by ordered tables of small named rules: the top
 * level and the sources cited ("according to X") in attribution.c, the
 * reporting verb's cases in attribution_verb.c, the subject before the
 * verb in attribution_subject.c. A rule answers one of these; the table's
 * runner tries the rules in order and records in a->rule the name of the
 * one that found the claimant. A table is an X-macro list X(name,
 * function): the runner calls each function by name (so the compiler
 * inlines the small ones), and the list gives the names. */
enum {
    CR_NEXT,        /* not this rule's case: try the next rule */
    CR_FOUND,       /* found (a filled): the runner records the rule's name */
    CR_FOUND_SUB,   /* found by a table the rule asked, whose rule's name is recorded */
    CR_STEP,        /* this word is stepped over: go on to the next word */
    CR_STOP         /* no claimant here: stop looking */
};
/* For a table written as a list X(name, function): its names. */
#define CR_NAME(name, fn) name,

/* The claimant of the sentence r reads (a->rule: the rule that chose it). */
void cl_find_attribution(reading *r, attribution *a);
/* "told Reuters": the outlet only relays, it is not what a claim is about. */
void cl_exclude_told(reading *r);
/* The subject of the reporting verb at token v (attribution_subject.c). */
int cl_subject_before(reading *r, size_t v, attribution *a);
/* The first token of the subject of a reporting verb at i that stands in
 * a relative clause with no object inside a noun group ("a limitation the
 * company acknowledged in its report"), or 0 (attribution_verb.c). */
size_t cl_object_relative_subject(const reading *r, size_t i);
/* The first named subject of the sentence ("X released a model and said"). */
int cl_sentence_subject(reading *r, size_t v, attribution *a);
/* An unnamed source written from token i on ("people familiar with the
 * matter", "analysts"), or NULL; the label of "a/an/one" + role at k. */
const char *cl_unnamed_label(const reading *r, size_t i);
const char *cl_indefinite_label(const reading *r, size_t k);
/* Excludes from "about" the apposition after the claimant's mention. */
void cl_exclude_appositive(reading *r, int claimant);
/* The reporting verb's own claimant ("X said", "said X", a passive), in
 * three passes (attribution_verb.c); 1 when found. */
int cl_verb_attribution(reading *r, attribution *a);
/* The rules' names, for the tests (every name has a case). */
const char *const *cl_attribution_rule_names(size_t *n);
const char *const *cl_attribution_verb_rule_names(size_t *n);
const char *const *cl_attribution_subject_rule_names(size_t *n);

/* ===================================================================== */
/* Reading (read.c), the gate (gate.c), two claims (split.c)             */
/* ===================================================================== */

/* Reads the sentence r is set to into tokens; in_quote: it starts inside
 * a quotation. */
void cl_read_sentence(reading *r, int in_quote);
/* The sentence's quantities (at most cap), with what the sentence before
 * it in the paragraph left for them; returns how many. */
size_t cl_quantities(const reading *r, dsc_quantity *q, size_t cap);
/* Does the text count in yen more than in yuan (for the sign ¥)? */
int cl_counts_in_yen(const char *t, size_t n);
/* Are the text's places Japanese more often than Chinese? */
int cl_set_in_japan(const dsc_claim_input *in);
/* Why a sentence that is no claim is none, when the pass decides it. */
#define CL_GENERIC_QUOTATION "generic-quotation"   /* a saying (cl_generic_quote) */
#define CL_HEADING "heading"                       /* a title, heading or byline */
/* Is the sentence a claim? The name of the gate rule that makes it one
 * (why.claim), or NULL and in *not_claim the rule that rejected it.
 * q: room for cap quantities; *nq: their number, or SIZE_MAX when they
 * are not found yet: a rule that asks finds them (cl_quantities) and sets
 * it, so *nq is still SIZE_MAX after a verdict that needed none. r->q is
 * not read. quoted: the sentence is part of a quotation. */
const char *cl_is_claim(const reading *r, const attribution *a, dsc_quantity *q, size_t cap, size_t *nq, int quoted,
                        const char **not_claim);
/* The names of the gate's rules, in order (for the tests). */
const char *const *cl_gate_rule_names(size_t *n);
/* A short quotation that speaks of nothing in particular (a proverb). */
int cl_generic_quote(const reading *r);
/* token i binds someone: "must", "required", "has to" (gate.c; kind.c reads it) */
int cl_obligation_at(const reading *r, size_t i);
/* token k is a date: a month, "quarter", "Q1", a year (gate.c; kind.c reads it) */
int cl_date_token(const reading *r, size_t k);
/* Does the clause [t0, t1) assert something of its own? */
int cl_clause_asserts(const reading *r, size_t t0, size_t t1);
/* The token where a second claim of the sentence starts (second filled),
 * or 0; *second_last: the second part's claim comes after the first's. */
size_t cl_split_point(reading *r, const attribution *a, attribution *second, int *second_last);
/* The names of the ways a sentence splits, in order (for the tests). */
const char *const *cl_split_rule_names(size_t *n);

/* ===================================================================== */
/* About (about.c), hedges (hedge.c) and kinds (kind.c)                  */
/* ===================================================================== */

/* The first token of an apposition after the sentence's opening name
 * (", an offshoot of hedge fund High-Flyer,"), or t1 when there is none. */
size_t cl_appositive_start(const reading *r);
int cl_about_list(reading *r, const attribution *a, dsc_arena *arena, uint32_t **out, uint32_t *n_out);
/* The names of the about rules (exclusions, self-claims), for the tests. */
const char *const *cl_about_rule_names(size_t *n);
/* The token that hedges the part [t0, t1) of the sentence (a hedge word,
 * or the verb of an agentless report that voices doubt), or nt; *rule: the
 * hedge rule that decided (the cue's, or the last that found a hedge word
 * does not hedge; NULL when there was no hedge word). */
size_t cl_hedge(const reading *r, const attribution *a, const char **rule);
/* The names of the hedge rules (for the tests). */
const char *const *cl_hedge_rule_names(size_t *n);
/* The kind of the part [t0, t1) with its quantities q, and in *why the
 * kind rule that chose it; quoted: the sentence is part of a quotation,
 * starts_in_quote: it opens inside one. */
void cl_kind_carry(const reading *r, const dsc_vec *out, const dsc_quantity *q, size_t nq, dsc_raw_claim *c);
/* The claimant rule of a forecast split from the result it is compared
 * with ("..., slightly below the ¥252.9 billion that analysts polled by
 * LSEG had expected": split.c; kind.c carries the result's kind to it). */
#define CL_SPLIT_CONSENSUS_SOURCE "split-consensus-source"
dsc_claim_kind cl_kind(const reading *r, const attribution *a, int quoted, int starts_in_quote,
                       const dsc_quantity *q, size_t nq, const char **why);
/* The names of the kind rules (for the tests). */
const char *const *cl_kind_rule_names(size_t *n);

/* table.c: the source a verbless sentence names for the table after it
 * ("In results the company published alongside the weights, ...:"), or
 * NULL. */
const char *cl_table_lead_source(reading *r);

#endif
