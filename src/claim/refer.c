/*
 * refer.c: what a word refers to. A pronoun ("it", "she", "the
 * company"), a description ("the fund", "the commission", "the
 * watchdog"), a document ("the paper") or the org a story is about; and
 * the small readings of the text the referents are found with (a
 * dateline, a possessive, the maker of a model). The claimant rules
 * (attribution*.c), the split and the about stage ask here; refer.c asks
 * no stage after it.
 */
#include "claim.h"

/* ===================================================================== */
/* Reading helpers                                                       */
/* ===================================================================== */

/* The first mention of sentence si, or (size_t)-1. */
static size_t first_in_sentence(const dsc_claim_input *in, size_t si) {
    size_t lo = 0, hi = in->n_mentions;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (in->mentions[mid].start < in->sents[si].start) lo = mid + 1; else hi = mid;
    }
    return lo < in->n_mentions && in->mentions[lo].start < in->sents[si].end ? lo : (size_t)-1;
}

/* Are mentions a and b in the same sentence? (r->msent holds the
 * sentence of every mention, computed once per document.) */
static int same_sentence(const reading *r, size_t a, size_t b) {
    return r->msent[a] == r->msent[b];
}

/* The label the lexicon gives token i's word (its third column: the
 * phrase an unnamed source or a document is reported as). */
const char *cl_lex_label(const reading *r, size_t i) {
    const char *l = dsc_lex_entry(r->in->lexicon, r->toks[i].word)->label;
    return l ? l : "unnamed source";      /* a class a user's lexicon gave without a label */
}

/* The words of tokens [from, to] as the text wrote them, lowercased: a
 * source described, not named ("customs data", "company filings"), in
 * the document's arena; NULL when out of memory. */
const char *cl_description(const reading *r, size_t from, size_t to) {
    size_t len = r->toks[to].end - r->toks[from].start, x;
    char *d = dsc_arena_strndup(r->in->arena, r->in->text + r->toks[from].start, len);
    if (d)
        for (x = 0; x < len; x++) if (d[x] >= 'A' && d[x] <= 'Z') d[x] = (char)(d[x] + 32);
    return d;
}

/* A dateline opening the paragraph: "HONG KONG (Reuters) -",
 * "NEW YORK, Jan 27 (Reuters) -", "SAN FRANCISCO —": where it ends in
 * sentence s, or s's start when s opens with none. */
static size_t dateline_end(const char *t, const dsc_sent *s) {
    size_t i = s->start, e = s->end, caps = 0;
    if (!s->para_start) return s->start;
    while (i < e && (dsc_is_upper(t[i]) || t[i] == ' ' || t[i] == '.' || t[i] == '/')) {   /* BEIJING/SINGAPORE */
        if (dsc_is_upper(t[i])) caps++;
        i++;
    }
    if (caps < 2 || (i < e && dsc_is_lower(t[i]))) return s->start;
    if (i < e && t[i] == ',') {                 /* the date: ", Jan 27" */
        size_t j = i + 1;
        while (j < e && j - i < 20 && t[j] != '(' && t[j] != '-' && (unsigned char)t[j] != 0xE2) j++;
        i = j;
    }
    while (i < e && t[i] == ' ') i++;
    if (i < e && t[i] == '(') {
        while (i < e && t[i] != ')') i++;
        i++;
        while (i < e && t[i] == ' ') i++;
    }
    if (i < e && (t[i] == '-' || t[i] == ':' || (unsigned char)t[i] == 0xE2)) return i + 1;
    return s->start;
}

size_t cl_dateline_end(const reading *r) {
    return r->dateline_of == r->s ? r->dateline : dateline_end(r->in->text, r->s);
}

void cl_set_dateline(reading *r) {
    r->dateline = dateline_end(r->in->text, r->s);
    r->dateline_of = r->s;
}

/* Is token i followed by a possessive 's? */
int cl_possessive_after(const reading *r, size_t i) {
    const char *t = r->in->text;
    size_t e = r->toks[i].end;
    if (e + 1 < r->s->end && t[e] == '\'' && t[e + 1] == 's') return 1;
    return e + 3 < r->s->end && (unsigned char)t[e] == 0xE2 && (unsigned char)t[e + 1] == 0x80 &&
           (unsigned char)t[e + 2] == 0x99 && t[e + 3] == 's';
}

/* Adverbs and auxiliaries that may stand between a subject and its verb. */
int cl_verb_modifier(const reading *r, size_t k) {
    return (r->toks[k].cls.lo & (LXM_AUX | LXM_HEDGE)) || tok_has(r, k, LX_VERB_MODIFIER);
}

/* ===================================================================== */
/* Makers: a model stands for the org that made it                       */
/* ===================================================================== */

/* Does a model or product named `model` belong to org `org` by name
 * ("DeepSeek-R1" and "DeepSeek", "OpenAI o1" and "OpenAI")? */
int cl_owned_by(const char *model, const char *org) {
    size_t n = strlen(org);
    return strncmp(model, org, n) == 0 && (model[n] == '-' || model[n] == ' ');
}

/* The maker of a model or product named by mention rel, when an org of
 * the document bears its name ("DeepSeek-R1" -> "DeepSeek"); else the
 * mention itself. */
const dsc_claim_mention *cl_maker(const reading *r, int rel) {
    const dsc_claim_mention *m = mention(r, rel);
    size_t k;
    if (m->kind == DSC_ORG || m->kind == DSC_PERSON) return m;
    for (k = 0; k < r->in->n_mentions; k++) {
        const dsc_claim_mention *o = &r->in->mentions[k];
        if (o->kind == DSC_ORG && cl_owned_by(m->name, o->name)) return o;
    }
    return m;
}

/* ===================================================================== */
/* Pronouns: "he", "it", "the company"                                   */
/* ===================================================================== */

/* The mention a pronoun subject refers to. "He" and "she": the latest
 * person named before. "It", "the company", "the report": the org the
 * text is about, that is the first org of the latest sentence naming one
 * (in this sentence, before the pronoun). */
int cl_resolve_pronoun(const reading *r, size_t i, int personal, const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    uint32_t limit = r->toks[i].start;
    size_t k = r->m1;
    *out = NULL;
    while (k-- > 0) {
        const dsc_claim_mention *mn = &in->mentions[k];
        if (mn->start >= limit || mn->outlet) continue;
        if (limit - mn->start > 3000) break;
        if (personal) {
            if (mn->kind == DSC_PERSON) { *out = mn; return 1; }
            continue;
        }
        if (mn->kind != DSC_ORG) continue;
        /* walk back to the first org of the sentence holding this one */
        {
            size_t si = r->si;
            const dsc_claim_mention *best = mn;
            while (si > 0 && in->sents[si].start > mn->start) si--;
            while (k-- > 0 && in->mentions[k].start >= in->sents[si].start) {
                const dsc_claim_mention *o = &in->mentions[k];
                if (o->kind == DSC_ORG && !o->outlet) best = o;
            }
            *out = best;
            return 1;
        }
    }
    return 0;
}

/* The org that opens this sentence before token i (a model counts for
 * its maker): what "it" refers to inside the same sentence. */
int cl_own_subject(const reading *r, size_t i, const dsc_claim_mention **out) {
    size_t k;
    for (k = 0; k < i && k < 4; k++) {
        if (r->toks[k].mention < 0) continue;
        *out = cl_maker(r, r->toks[k].mention);
        return (*out)->kind == DSC_ORG && !(*out)->outlet;
    }
    return 0;
}

/* The org the previous sentence opens with ("Shanghai-based MiniMax
 * open-sourced ..."): its first mention, within its first four words and
 * not after a preposition. */
/* Is a word of class saying among the words of text [from, to)? The
 * mention after it is in what was said, not the speaker ("The bank said
 * AMD's accelerators could ...": the bank speaks, AMD is spoken of). */
static int saying_before(const dsc_claim_input *in, size_t from, size_t to) {
    size_t i = from, w;
    while (i < to) {
        for (w = i; w < to && dsc_is_alpha(in->text[w]); w++) {}
        if (w > i && dsc_lx_has(dsc_lex_entry(in->lexicon, dsc_lex_find(in->lexicon, in->text + i, w - i))->cls,
                                LX_SAYING))
            return 1;
        i = w + 1;
    }
    return 0;
}

/* Does the text from..to read "The <noun> <verb> ": a determiner, then two
 * lowercase words, the second a verb: none that stands for the name
 * after it ("the Chinese startup DeepSeek", "the state fund Big Fund":
 * class pronoun, descriptor or role), no copula, no preposition? Then the name is the verb's object ("The
 * release follows DeepSeek's R1 in January": no org opens the sentence). */
static int object_after_noun(const dsc_claim_input *in, size_t from, size_t to) {
    size_t i = from, w, n = 0;
    dsc_lx_cls c;
    memset(&c, 0, sizeof c);
    for (; i < to && n < 4; n++) {
        for (w = i; w < to && dsc_is_alpha(in->text[w]); w++) {}
        if (w == i || w >= to || in->text[w] != ' ') return 0;
        if (n == 0 && !(w - i == 3 && cl_casecmp_ascii(in->text + i, "the", 3) == 0) &&
            !(w - i == 1 && (in->text[i] == 'A' || in->text[i] == 'a')))
            return 0;
        if (n > 0 && dsc_is_upper(in->text[i])) return 0;
        c = dsc_lex_entry(in->lexicon, dsc_lex_find(in->lexicon, in->text + i, w - i))->cls;
        i = w + 1;
    }
    /* "The investment is ASML's largest", "The stakes for Nvidia are
     * large": a copula or a preposition leaves the org what the sentence
     * is about */
    return n == 3 && i == to && !(c.lo & (LXM_PRONOUN | LXM_ROLE)) && !dsc_lx_has(c, LX_DESCRIPTOR) &&
           !dsc_lx_has(c, LX_FINITE_VERB) && !dsc_lx_has(c, LX_PREPOSITION);
}

/* Where sentence ps's main clause starts: after an opening phrase of a
 * preposition (not "of") set off by a comma within its first six words, with no
 * name in it ("In its risk factors, Lambda warned ...": Lambda opens the
 * sentence), else at the sentence's start. first: its first mention. */
static size_t main_clause_start(const dsc_claim_input *in, const dsc_sent *p, size_t first, size_t end) {
    size_t i = p->start, w, n;
    for (w = i; w < p->end && dsc_is_alpha(in->text[w]); w++) {}
    /* "Of the server portion, Nvidia captures three-quarters": a share of
     * something, not a setting; the clause after it is what was said */
    if (w == i || !dsc_lx_has(dsc_lex_entry(in->lexicon, dsc_lex_find(in->lexicon, in->text + i, w - i))->cls,
                              LX_PREPOSITION) ||
        (w - i == 2 && cl_casecmp_ascii(in->text + i, "of", 2) == 0))
        return p->start;
    for (n = 0; i < p->end && n < 6; i++) {
        if (in->text[i] == ' ') n++;
        if (in->text[i] == '"' || in->text[i] == '.') return p->start;
        if (in->text[i] == ',') {
            if (first < end && in->mentions[first].start < i) return p->start;
            return i + 1 < p->end && in->text[i + 1] == ' ' ? i + 2 : p->start;
        }
    }
    return p->start;
}

/* The org sentence ps opens with; its mentions end before mention end. */
static int opens_with_org(const reading *r, size_t ps, size_t end, const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    const dsc_sent *p = &in->sents[ps];
    size_t k, words = 0, i, from;
    for (k = end; k-- > 0;) if (in->mentions[k].start < p->start) break;
    k++;                                          /* its first mention */
    from = main_clause_start(in, p, k, end);
    for (; k < end; k++) {
        const dsc_claim_mention *mn = &in->mentions[k];
        if (mn->kind == DSC_PLACE) continue;      /* "Shanghai-based" */
        if (mn->kind != DSC_ORG || mn->outlet) return 0;
        for (i = from; i < mn->start; i++)
            if (in->text[i] == ' ' && ++words > 3) return 0;
        if (saying_before(in, from, mn->start)) return 0;   /* "The bank said AMD's ..." */
        if (object_after_noun(in, from, mn->start)) return 0;
        for (i = mn->start; i > from + 3; i--)
            if (in->text[i - 1] == ' ') break;
        if (i >= from + 3 && (cl_casecmp_ascii(in->text + i - 3, "at ", 3) == 0 ||
                              cl_casecmp_ascii(in->text + i - 3, "of ", 3) == 0))
            return 0;
        *out = mn;
        return 1;
    }
    return 0;
}

static int opens_with_pronoun(const reading *r, size_t ps);

/* The org the previous sentence opens with, or the one it stood for when
 * it opened with "It" or "the company" after a sentence that opened with
 * the org ("ASML's machines print the most advanced chips. But the
 * company has rarely put money into startups. It said ...": ASML). */
int cl_prev_subject(const reading *r, const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    size_t k;
    if (r->si == 0 || r->m0 == 0) return 0;
    if (opens_with_org(r, r->si - 1, r->m0, out)) return 1;
    if (r->si < 2 || !opens_with_pronoun(r, r->si - 1)) return 0;
    for (k = r->m0; k-- > 0;) if (in->mentions[k].start < in->sents[r->si - 1].start) break;
    return opens_with_org(r, r->si - 2, k + 1, out);
}

/* Does the previous sentence open with a pronoun or a description for an
 * org ("It said", "The bank said", "The company's filing shows"): a word
 * of class pronoun, not personal, among its first three words, the words
 * before it not capitalised but the first? */
static int opens_with_pronoun(const reading *r, size_t ps) {
    const dsc_claim_input *in = r->in;
    const dsc_sent *p = &in->sents[ps];
    size_t i = p->start, w, n;
    for (n = 0; n < 3 && i < p->end; n++) {
        dsc_lx_cls c;
        for (w = i; w < p->end && dsc_is_alpha(in->text[w]); w++) {}
        if (w == i) return 0;
        if (n > 0 && dsc_is_upper(in->text[i])) return 0;
        c = dsc_lex_entry(in->lexicon, dsc_lex_find(in->lexicon, in->text + i, w - i))->cls;
        if (c.lo & LXM_PRONOUN) return !(c.lo & LXM_PERSONAL);
        if (w >= p->end || in->text[w] != ' ') return 0;
        i = w + 1;
    }
    return 0;
}

int cl_prev_opens_pronoun(const reading *r) {
    return r->si > 0 && opens_with_pronoun(r, r->si - 1);
}

/* Is a person named between the previous speaker's sentence and token i? */
int cl_person_between(const reading *r, size_t i) {
    size_t k;
    uint32_t from = (uint32_t)r->in->sents[r->prev_si].start;
    for (k = r->m1; k-- > 0;) {
        const dsc_claim_mention *mn = &r->in->mentions[k];
        if (mn->start >= r->toks[i].start) continue;
        if (mn->start < from) break;
        if (mn->kind == DSC_PERSON) return 1;
    }
    return 0;
}

/* ===================================================================== */
/* The org the story is about                                            */
/* ===================================================================== */

/* The orgs that may be the topic, and a small hash table from an entity
 * to its candidate (slot: 1 + the candidate's index, 0: empty), so each
 * mention finds its org's candidate without a scan of all of them. */
#define TOPIC_CANDIDATES 32
typedef char topic_candidates_fit_a_mask[TOPIC_CANDIDATES <= 32 ? 1 : -1];
#define TOPIC_SLOTS 64                  /* a power of two, twice the candidates */
typedef struct { const dsc_claim_mention *m; int score; uint32_t entity; size_t len; } topic_cand;

/* The slot of entity: its candidate's, or the empty one to put it in. */
static unsigned topic_slot(const uint8_t *slots, const topic_cand *cand, uint32_t entity) {
    unsigned h = (entity * 2654435761u) >> 26;          /* 6 bits: TOPIC_SLOTS */
    while (slots[h] && cand[slots[h] - 1].entity != entity) h = (h + 1) & (TOPIC_SLOTS - 1);
    return h;
}

/* From an entity to its candidate (1 + its index, 0: none): a byte per
 * entity of the document when its memory has them (by_entity, left zero
 * after each question), else the small hash table. */
typedef struct {
    uint8_t *by_entity;
    uint8_t slots[TOPIC_SLOTS];
} topic_map;

static inline unsigned topic_candidate(const topic_map *map, const topic_cand *cand, uint32_t entity) {
    return map->by_entity ? map->by_entity[entity] : map->slots[topic_slot(map->slots, cand, entity)];
}

static inline void topic_set(topic_map *map, const topic_cand *cand, uint32_t entity, size_t nc) {
    if (map->by_entity) map->by_entity[entity] = (uint8_t)nc;
    else map->slots[topic_slot(map->slots, cand, entity)] = (uint8_t)nc;
}

/* "analysts polled by LSEG", "the estimate compiled by Visible Alpha": an
 * org named as the agent (by) of a participle of gathering figures
 * (data-agent) is where the figures came from, never the company a story
 * is about, so "the company said" after it is not its. */
static int data_source(const dsc_claim_input *in, const dsc_claim_mention *mn) {
    const char *t = in->text;
    size_t by = mn->start, verb;
    /* "by " right before the name: most names have none, and cost no look-up */
    if (by < 5 || t[by - 1] != ' ' || (t[by - 2] | 32) != 'y' || (t[by - 3] | 32) != 'b' || t[by - 4] != ' ') return 0;
    by -= 4;
    for (verb = by; verb > 0 && dsc_is_alpha(t[verb - 1]);) verb--;
    return by > verb && by - verb <= DSC_LX_MAX_WORD &&
           (dsc_lex_spelled(in->lexicon, t + verb, by - verb).lo & LXCM_DATA_AGENT);
}

/* "SEATTLE — Amazon Web Services has cut ...": mention k follows the
 * place of its sentence's dateline (k - 1, the first mention there), so
 * it is the first name of the sentence proper: its subject. Whether k - 1
 * is the first mention of its sentence is the caller's (TF_SUBJECT_*). */
static int after_dateline_place(const reading *r, size_t k) {
    const dsc_claim_mention *p = &r->in->mentions[k - 1];
    const dsc_sent *s = &r->in->sents[r->msent[k]];
    size_t dl;
    if (p->kind != DSC_PLACE || !s->para_start) return 0;
    dl = dateline_end(r->in->text, s);
    return p->start < dl && r->in->mentions[k].start >= dl;
}

/* The flags of a mention's topic facts (cl_topic_fact): */
enum {
    TF_ORG = 1,               /* an org */
    TF_CANDIDATE = 2,         /* an org that may be the topic: no outlet, no data source */
    TF_GOV = 4,
    TF_MODEL = 8,             /* a model or a product: counts for its maker */
    TF_CHIP = 16,             /* a chip: counts for its maker, but not for a model-maker word */
    /* the first name of a sentence, or the first after its dateline's
     * place: with the place counted only when the mention before the
     * place is in another sentence (FAR), or without that test, when the
     * place is the first mention the window reads (NEAR) */
    TF_SUBJECT_FAR = 32,
    TF_SUBJECT_NEAR = 64
};

/* What resolve_topic_uncached reads of mention k: none of it depends on
 * the question, so it is gathered once per document (topic_facts). */
static cl_topic_fact topic_fact(const reading *r, size_t k) {
    const dsc_claim_mention *mn = &r->in->mentions[k];
    cl_topic_fact f;
    f.start = mn->start; f.entity = mn->entity; f.first = (uint8_t)mn->name[0]; f.len = 0; f.flags = 0;
    if (mn->kind == DSC_ORG) {
        f.flags |= TF_ORG;
        if (!mn->outlet && !data_source(r->in, mn)) { f.flags |= TF_CANDIDATE; f.len = (uint32_t)strlen(mn->name); }
    }
    if (mn->gov) f.flags |= TF_GOV;
    if (mn->kind == DSC_MODEL || mn->kind == DSC_PRODUCT) f.flags |= TF_MODEL;
    if (mn->kind == DSC_CHIP) f.flags |= TF_CHIP;
    if (k == 0 || !same_sentence(r, k - 1, k)) f.flags |= TF_SUBJECT_FAR | TF_SUBJECT_NEAR;
    else if (after_dateline_place(r, k)) {
        f.flags |= TF_SUBJECT_NEAR;
        if (!(k >= 2 && same_sentence(r, k - 2, k - 1))) f.flags |= TF_SUBJECT_FAR;
    }
    return f;
}

/* The facts of mentions [0, upto), from the document's memory, filled up
 * to upto first; NULL when there is no memory (each is then read anew). */
static const cl_topic_fact *topic_facts(const reading *r, size_t upto) {
    size_t *n;
    cl_topic_fact *f = cl_memory_topic_facts(r->mem, r->in->n_mentions, &n);
    if (!f) return NULL;
    for (; *n < upto; ++*n) f[*n] = topic_fact(r, *n);
    return f;
}

/* A question for the org the story is about, asked at token i: the
 * mentions before it that count (from: the story around the word, the
 * mentions of the last 6000 bytes, a news article's worth, so that a long
 * document stays linear; limit: where the word starts), the last two
 * sentences (from recent) and this one (from here), which weigh more;
 * skip: the flags that keep an org from being a candidate, makers: those
 * of a mention that counts for its maker. */
typedef struct {
    uint32_t limit, recent, here;
    size_t from;
    uint8_t skip, makers;
} topic_question;

static void topic_ask(const reading *r, size_t i, topic_question *q) {
    const dsc_claim_input *in = r->in;
    size_t lo = 0, hi = r->m1, recent_from = r->si >= 2 ? r->si - 2 : 0;
    int business, chips;
    q->limit = r->toks[i].start;
    q->recent = (uint32_t)in->sents[recent_from].start; q->here = (uint32_t)r->s->start;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (in->mentions[mid].start + 6000 < q->limit) lo = mid + 1; else hi = mid;
    }
    q->from = lo;
    /* "the company", "the app", "the startup" is never a government body
     * ("It gave the company 20 days to reply", the Garante to DeepSeek) */
    business = i < r->nt && (r->toks[i].cls.lo & LXM_PRONOUN) && !(r->toks[i].cls.lo & LXM_PERSONAL) &&
               !tok_w(r, i, LXW_IT) && !tok_w(r, i, LXW_ITS) && !tok_w(r, i, LXW_THEY) && !tok_w(r, i, LXW_WE);
    chips = !(i < r->nt && tok_has(r, i, LX_MODEL_MAKER));
    q->skip = business ? TF_GOV : 0;
    q->makers = (uint8_t)(TF_MODEL | (chips ? TF_CHIP : 0));
}

/* "It said", "the company said": the org the story is about. The orgs
 * named before weigh by how often they, or models bearing their name,
 * were named, more as the first name of a sentence (its subject, as a
 * rule) and in the last two sentences; ties go to the latest. A chip
 * counts for its maker as a model does, but not for a word of class
 * model-maker: "DeepSeek trained V3 on Nvidia H800 chips. ... the lab
 * followed up": a lab that trains on a chip is not its maker, while "it"
 * or "the chipmaker" may be. */
static int resolve_topic_uncached(const reading *r, size_t i, const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    topic_cand cand[TOPIC_CANDIDATES];
    topic_map map;
    topic_question q;
    size_t nc = 0, k, c, end, from;
    uint32_t limit, recent, here;
    int best = -1;
    const cl_topic_fact *facts = topic_facts(r, r->m1);
    uint8_t skip, makers;
    uint32_t by_first[256];             /* the candidates whose name starts with a byte (bit c) */
    topic_ask(r, i, &q);
    limit = q.limit; recent = q.recent; here = q.here; from = q.from; skip = q.skip; makers = q.makers;
    map.by_entity = facts ? cl_memory_entity_bytes(r->mem, in) : NULL;
    if (!map.by_entity) memset(map.slots, 0, sizeof map.slots);
    for (k = from; k < r->m1; k++) {                   /* the orgs */
        cl_topic_fact f = facts ? facts[k] : topic_fact(r, k);
        unsigned slot;
        if (f.start >= limit) break;
        if (!(f.flags & TF_CANDIDATE) || (f.flags & skip)) continue;
        if (!(slot = topic_candidate(&map, cand, f.entity))) {
            if (nc == TOPIC_CANDIDATES) continue;
            cand[nc].score = 0; cand[nc].entity = f.entity; cand[nc].len = f.len;
            topic_set(&map, cand, f.entity, slot = (unsigned)++nc);
        }
        cand[slot - 1].m = &in->mentions[k];
    }
    end = k;
    memset(by_first, 0, sizeof by_first);
    for (c = 0; c < nc; c++) by_first[(unsigned char)cand[c].m->name[0]] |= (uint32_t)1 << c;
    for (k = from; k < end; k++) {                     /* their weight */
        cl_topic_fact f = facts ? facts[k] : topic_fact(r, k);
        uint32_t same = 0;
        unsigned slot = 0;
        int w;
        /* only a model's maker and a candidate org gain weight: the weight
         * of any other mention is not reckoned */
        if (f.flags & makers) {
            /* a model counts for its maker ("DeepSeek-R1" for DeepSeek) */
            if (!(same = by_first[f.first])) continue;   /* the others differ at once */
        } else if (f.flags & TF_ORG) {                    /* only orgs are candidates */
            if (!(slot = topic_candidate(&map, cand, f.entity))) continue;
        } else {
            continue;
        }
        w = f.start >= recent ? 2 : 1;
        if (k == from || (f.flags & (k == from + 1 ? TF_SUBJECT_NEAR : TF_SUBJECT_FAR))) w += 2;    /* a sentence's subject */
        if (f.start >= here) w += 4;                            /* named in this sentence */
        if (slot) cand[slot - 1].score += w;
        for (; same; same &= same - 1) {
            const char *o, *name = in->mentions[k].name;
            size_t n;
            c = dsc_lowest_bit(same);
            o = cand[c].m->name; n = cand[c].len;
            if (strncmp(name, o, n) == 0 && (name[n] == '-' || name[n] == ' '))
                cand[c].score += w;
        }
    }
    *out = NULL;
    for (c = 0; c < nc; c++) {
        if (cand[c].score > best || (cand[c].score == best && cand[c].m->start > (*out)->start)) {
            best = cand[c].score; *out = cand[c].m;
        }
        if (map.by_entity) map.by_entity[cand[c].entity] = 0;     /* zero again for the next question */
    }
    return *out != NULL;
}

/* ------------------------------------------------------------------ */
/* The same answer from a count kept as the window moves               */
/* ------------------------------------------------------------------ */

/* The questions of a document come mostly in the order of its words, and
 * the window of one overlaps the next's almost wholly, while the walk
 * (resolve_topic_uncached) reads some 90 mentions twice for each. The count
 * below follows the window instead, each mention counted in when the
 * window reaches it and out when it leaves: per entity, the weight its
 * mentions would have outside the last sentences and the window's first
 * two (base: 3 for a sentence's first name, else 1), of its own org
 * mentions and of the models and chips bearing its name; the question
 * adds what the last sentences and the first two mentions add. It
 * answers only where its answer is the walk's: the mentions of an entity
 * agree on its name, kind, outlet and government flag (doc.c gives them
 * the entity's), at most TOPIC_CANDIDATES candidates (the walk drops the
 * rest), and no tie the walk's order would break. */
#define TOPIC_SET_MAX 64         /* the set's largest size the count scores (sc) */
struct cl_topic_state {
    int usable;                   /* 0: the mentions of an entity disagree */
    size_t from, end;             /* the mentions counted: [from, end) */
    int32_t *org, *model, *chip;  /* per entity: base weights in the window */
    uint32_t *count, *last;       /* per entity: its candidate mentions in the window, the last one */
    uint32_t *pos;                /* per entity: 1 + its place in set, 0: none */
    uint32_t *set;                /* the entities with candidate mentions in the window */
    size_t n_set;
    uint8_t *gov;                 /* per entity: TF_GOV when a government body */
    uint32_t *match_at, *match_n, *match;  /* per model or chip entity: the orgs whose name it bears */
};

void cl_topic_state_free(struct cl_topic_state *st) {
    if (!st) return;
    free(st->org); free(st->count); free(st->gov); free(st->match);
    free(st);
}

/* Does a model (or chip) named name bear the name of org o ("DeepSeek-R1":
 * DeepSeek), as the walk's by_first and comparison find it? */
static int bears_name(const char *name, const char *o) {
    size_t n = strlen(o);
    return name[0] == o[0] && strncmp(name, o, n) == 0 && (name[n] == '-' || name[n] == ' ');
}

/* The orgs each model or chip entity counts for (rep: an entity's first
 * mention, UINT32_MAX: none; next: room for a list per first byte of
 * the orgs' names), in one array; 0 when out of memory. */
static int topic_matches(struct cl_topic_state *st, const dsc_claim_input *in, const uint32_t *rep, uint32_t *next,
                         size_t n_ent) {
    uint32_t head[256], o;
    size_t e, total = 0, pass;
    for (e = 0; e < 256; e++) head[e] = UINT32_MAX;
    for (e = n_ent; e-- > 0;)
        if (rep[e] != UINT32_MAX && in->mentions[rep[e]].kind == DSC_ORG) {
            unsigned char c = (unsigned char)in->mentions[rep[e]].name[0];
            next[e] = head[c]; head[c] = (uint32_t)e;
        }
    for (pass = 0; pass < 2; pass++) {
        if (pass && !(st->match = malloc((total + 1) * sizeof *st->match))) return 0;
        total = 0;
        for (e = 0; e < n_ent; e++) {
            const char *name;
            st->match_at[e] = (uint32_t)total; st->match_n[e] = 0;
            if (rep[e] == UINT32_MAX) continue;
            dsc_entity_kind k = in->mentions[rep[e]].kind;
            if (k != DSC_MODEL && k != DSC_PRODUCT && k != DSC_CHIP) continue;
            name = in->mentions[rep[e]].name;
            for (o = head[(unsigned char)name[0]]; o != UINT32_MAX; o = next[o]) {
                if (!bears_name(name, in->mentions[rep[o]].name)) continue;
                if (pass) st->match[total] = o;
                total++; st->match_n[e]++;
            }
        }
    }
    return 1;
}

/* Do the mentions of each entity agree on what the count reads of them?
 * Fills rep (the first mention of each entity, UINT32_MAX: none). */
static int entities_agree(const dsc_claim_input *in, uint32_t *rep, size_t n_ent) {
    size_t k;
    for (k = 0; k < n_ent; k++) rep[k] = UINT32_MAX;
    for (k = 0; k < in->n_mentions; k++) {
        const dsc_claim_mention *m = &in->mentions[k], *p;
        if (rep[m->entity] == UINT32_MAX) { rep[m->entity] = (uint32_t)k; continue; }
        p = &in->mentions[rep[m->entity]];
        if (p->kind != m->kind || p->outlet != m->outlet || p->gov != m->gov ||
            (p->name != m->name && strcmp(p->name, m->name) != 0))          /* doc.c: one name per entity */
            return 0;
    }
    return 1;
}

/* The document's count, set up on the first question; NULL when it has
 * none (no memory, out of memory, or entities whose mentions disagree). */
static struct cl_topic_state *topic_state(const reading *r) {
    struct cl_topic_state **slot = cl_memory_topic_state(r->mem), *st;
    const dsc_claim_input *in = r->in;
    size_t k, n_ent = 1;
    uint32_t *rep;
    if (!slot) return NULL;
    if (*slot) return (*slot)->usable ? *slot : NULL;
    for (k = 0; k < in->n_mentions; k++)
        if (in->mentions[k].entity >= n_ent) n_ent = (size_t)in->mentions[k].entity + 1;
    if (!(st = calloc(1, sizeof *st))) return NULL;
    st->org = calloc(n_ent * 3, sizeof *st->org);
    st->count = calloc(n_ent * 8, sizeof *st->count);
    st->gov = calloc(n_ent, 1);
    if (!st->org || !st->count || !st->gov) { cl_topic_state_free(st); return NULL; }
    st->model = st->org + n_ent; st->chip = st->org + 2 * n_ent;
    st->last = st->count + n_ent; st->pos = st->count + 2 * n_ent; st->set = st->count + 3 * n_ent;
    st->match_at = st->count + 4 * n_ent; st->match_n = st->count + 5 * n_ent; rep = st->count + 6 * n_ent;
    st->usable = entities_agree(in, rep, n_ent);
    if (st->usable && !topic_matches(st, in, rep, st->count + 7 * n_ent, n_ent)) { cl_topic_state_free(st); return NULL; }
    for (k = 0; k < n_ent; k++) st->gov[k] = rep[k] != UINT32_MAX && in->mentions[rep[k]].gov ? TF_GOV : 0;
    *slot = st;
    return st->usable ? st : NULL;
}

/* Counts mention k (facts f) in (s = 1) or out (s = -1) of the window. */
static void topic_count(struct cl_topic_state *st, const cl_topic_fact *f, size_t k, int s) {
    int32_t b = s * ((f->flags & TF_SUBJECT_FAR) ? 3 : 1);
    uint32_t e = f->entity, j;
    if (f->flags & TF_ORG) st->org[e] += b;
    else if (f->flags & (TF_MODEL | TF_CHIP)) {
        int32_t *sum = (f->flags & TF_CHIP) ? st->chip : st->model;
        for (j = 0; j < st->match_n[e]; j++) sum[st->match[st->match_at[e] + j]] += b;
    }
    if (!(f->flags & TF_CANDIDATE)) return;
    if (s > 0) {
        if (st->count[e]++ == 0) { st->set[st->n_set] = e; st->pos[e] = (uint32_t)++st->n_set; }
        st->last[e] = (uint32_t)k;
    } else if (--st->count[e] == 0) {                /* out of the set: its last takes its place */
        uint32_t at = st->pos[e] - 1, moved = st->set[--st->n_set];
        st->set[at] = moved; st->pos[moved] = at + 1; st->pos[e] = 0;
    }
}

/* Moves the window to [from, end): counts out what it leaves, in what it
 * reaches; a window that goes back is counted anew. */
static void topic_move(struct cl_topic_state *st, const cl_topic_fact *facts, size_t from, size_t end) {
    size_t k;
    if (from < st->from || end < st->end || from > st->end) {
        for (k = st->from; k < st->end; k++) topic_count(st, &facts[k], k, -1);
        st->from = st->end = from;
    }
    for (k = st->from; k < from; k++) topic_count(st, &facts[k], k, -1);
    st->from = from;
    for (k = st->end; k < end; k++) topic_count(st, &facts[k], k, 1);
    st->end = end;
}

/* Adds d to what mention k (facts f) weighs for the candidates it
 * counts for (sc: by place in the set). */
static void topic_add(const struct cl_topic_state *st, const topic_question *q, cl_topic_fact f, int d, int32_t *sc) {
    uint32_t j, e;
    if (f.flags & q->makers) {
        for (j = 0; j < st->match_n[f.entity]; j++)
            if (st->pos[e = st->match[st->match_at[f.entity] + j]]) sc[st->pos[e] - 1] += d;
    } else if ((f.flags & TF_ORG) && st->pos[f.entity]) {
        sc[st->pos[f.entity] - 1] += d;
    }
}

/* resolve_topic_uncached's answer from the count: 1 or 0 as it, -1 when
 * the count cannot say (the walk answers). */
static int topic_by_count(const reading *r, size_t i, const dsc_claim_mention **out) {
    struct cl_topic_state *st = topic_state(r);
    const cl_topic_fact *facts;
    topic_question q;
    size_t lo, hi, end, j, n_cand = 0, k;
    int32_t sc[TOPIC_SET_MAX], best = -1;
    int chips;
    if (!st || !(facts = topic_facts(r, r->m1))) return -1;
    topic_ask(r, i, &q);
    for (lo = q.from, hi = r->m1; lo < hi;) {         /* the first mention from limit on */
        size_t mid = (lo + hi) / 2;
        if (facts[mid].start < q.limit) lo = mid + 1; else hi = mid;
    }
    end = lo;
    topic_move(st, facts, q.from, end);
    if (st->n_set > TOPIC_SET_MAX) return -1;
    chips = (q.makers & TF_CHIP) != 0;
    for (j = 0; j < st->n_set; j++) {
        uint32_t e = st->set[j];
        sc[j] = st->org[e] + st->model[e] + (chips ? st->chip[e] : 0);
        if (!(st->gov[e] & q.skip)) n_cand++;
    }
    if (n_cand > TOPIC_CANDIDATES) return -1;
    /* the last two sentences weigh 1 more, this one 4 more again */
    for (k = end; k-- > q.from && facts[k].start >= q.recent;)
        topic_add(st, &q, facts[k], facts[k].start >= q.here ? 5 : 1, sc);
    /* the window's first mention is a subject; its second, one after a dateline's place */
    if (q.from < end) topic_add(st, &q, facts[q.from], (facts[q.from].flags & TF_SUBJECT_FAR) ? 0 : 2, sc);
    if (q.from + 1 < end)
        topic_add(st, &q, facts[q.from + 1],
                  2 * (((facts[q.from + 1].flags & TF_SUBJECT_NEAR) != 0) - ((facts[q.from + 1].flags & TF_SUBJECT_FAR) != 0)), sc);
    *out = NULL;
    for (j = 0; j < st->n_set; j++) {
        const dsc_claim_mention *m = &r->in->mentions[st->last[st->set[j]]];
        if (st->gov[st->set[j]] & q.skip) continue;
        if (sc[j] > best || (sc[j] == best && m->start > (*out)->start)) { best = sc[j]; *out = m; }
        else if (sc[j] == best && m->start == (*out)->start) return -1;     /* the walk's order decides */
    }
    return *out != NULL;
}

/* As resolve_topic_uncached, remembering the last answer: the passes
 * over a sentence ask it again for the same word. */
int cl_resolve_topic(reading *r, size_t i, const dsc_claim_mention **out) {
    if (r->topic_limit != r->toks[i].start) {
        r->topic_limit = r->toks[i].start;
        int found = topic_by_count(r, i, &r->topic_out);
        if (found < 0) found = resolve_topic_uncached(r, i, &r->topic_out);
        if (!found) r->topic_out = NULL;
    }
    *out = r->topic_out;
    return *out != NULL;
}

/* What "the lab", "the AI chipmaker", "the Chinese startup" at token i
 * stands for: a description resolved to an org, the org the last sentence
 * opened with (near the start; "the company" is never a government body),
 * or the one the story is about. The claim's
 * about and its claimant both ask here, so one word stands for one org. */
int cl_resolve_description(reading *r, size_t i, const dsc_claim_mention **ref) {
    if (!(r->toks[i].cls.lo & LXM_PRONOUN) || r->toks[i].cls.lo & LXM_PERSONAL || i == 0 ||
        tok_w(r, i, LXW_IT) || tok_w(r, i, LXW_THEY) || tok_w(r, i, LXW_WE))
        return 0;
    if (!(tok_w(r, i - 1, LXW_THE) || (i > 1 && tok_w(r, i - 2, LXW_THE) && r->toks[i - 1].mention < 0) ||
          (i > 2 && tok_w(r, i - 3, LXW_THE) && r->toks[i - 1].mention < 0 && r->toks[i - 2].mention < 0)))
        return 0;
    /* "the app store", "the company's rivals" name something else */
    if (i + 1 < r->t1 && r->toks[i + 1].mention >= 0 && !r->toks[i + 1].comma_before) return 0;
    /* at a sentence's start, the company the last one opened with ("xAI
     * raised $10 billion. The company is spending ..."); else the one the
     * story is about, weighed over the last paragraphs (the last org named
     * may be a speaker's employer) */
    return (cl_descriptor_noun(r, i) && cl_resolve_descriptor(r, i, ref)) ||
           (i <= 2 && cl_prev_subject(r, ref) && !(*ref)->gov) || cl_resolve_topic(r, i, ref);
}


/* "On Jan. 20 the lab followed up with R1, which it says ...": "it" after a
 * description that opens the sentence (within its first five words, no
 * name before it) stands for what the description stands for. */
int cl_own_description(reading *r, size_t i, const dsc_claim_mention **out) {
    size_t d;
    for (d = 1; d < i && d < 5; d++) {
        if (r->toks[d].mention >= 0 || r->toks[d].comma_before || r->toks[d].in_quote) return 0;
        if (r->toks[d].cls.lo & LXM_PRONOUN) return cl_resolve_description(r, d, out);
    }
    return 0;
}

/* ===================================================================== */
/* Descriptions: "the fund", "the commission", "the paper"               */
/* ===================================================================== */

/* Is the org of mention mn described by the word w right before its name
 * ("hedge fund High-Flyer") or in an apposition after it ("High-Flyer, a
 * quantitative fund,")? Reads no further than limit. */
static int described_as(const char *t, const dsc_claim_mention *mn, const char *w, size_t wl, size_t limit) {
    size_t a1 = mn->start + mn->len, x;
    if (mn->start > wl && t[mn->start - 1] == ' ') {
        x = mn->start - 1 - wl;
        if (cl_casecmp_ascii(t + x, w, wl) == 0 && (x == 0 || !dsc_is_alpha(t[x - 1]))) return 1;
    }
    if (a1 + 2 < limit && t[a1] == ',' && t[a1 + 1] == ' ')
        for (x = a1 + 2; x + wl <= limit && x < a1 + 60 && t[x] != ',' && t[x] != '.'; x++)
            /* the first bytes alike but for case (bit 0x20) first: most places differ there */
            if (((t[x] ^ w[0]) & ~0x20) == 0 && cl_casecmp_ascii(t + x, w, wl) == 0 && !dsc_is_alpha(t[x - 1]) &&
                !dsc_is_alpha(t[x + wl]))
                return 1;
    return 0;
}

/* "the fund", "the chipmaker" at token i: the latest org of the last 6000
 * bytes that the text described with that word, if any. */
int cl_resolve_descriptor(const reading *r, size_t i, const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    const char *w = in->text + r->toks[i].start;
    size_t wl = r->toks[i].end - r->toks[i].start, k;
    uint32_t limit = r->toks[i].start;
    *out = NULL;
    for (k = r->m1; k-- > 0;) {
        const dsc_claim_mention *mn = &in->mentions[k];
        if (mn->start >= limit) continue;
        if (mn->start + 6000 < limit) break;
        if (mn->outlet || mn->kind != DSC_ORG) continue;
        if (described_as(in->text, mn, w, wl, limit)) { *out = mn; return 1; }
    }
    return 0;
}

/* A noun that says which kind of org it stands for ("the fund", "the
 * chipmaker"), unlike "the company" or "the lab". */
int cl_descriptor_noun(const reading *r, size_t i) {
    return i < r->nt && tok_has(r, i, LX_DESCRIPTOR);
}

/* "the commission said", "the panel's top Democrat", "The Commission
 * rejected those calls": the org named before whose name holds that noun
 * as a word ("Personal Information Protection Commission", "European
 * Commission"); capitalised only right after "the" or "a" ("a Commission
 * official"). Searches the last
 * 4000 bytes; the latest wins. */
int cl_head_noun_org(const reading *r, size_t i, const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    const ctok *t = &r->toks[i];
    size_t len = t->end - t->start, k = r->m1;
    uint32_t limit = t->start;
    if (len < 4 || t->mention >= 0 ||
        (t->cap && !(i > 0 && (tok_w(r, i - 1, LXW_THE) || tok_w(r, i - 1, LXW_A) || tok_w(r, i - 1, LXW_AN)))))
        return 0;
    while (k-- > 0) {
        const dsc_claim_mention *mn = &in->mentions[k];
        size_t nl, j;
        if (mn->start >= limit) continue;
        if (limit - mn->start > 4000) break;
        if (mn->kind != DSC_ORG || mn->outlet) continue;
        nl = strlen(mn->name);
        for (j = 0; j + len <= nl; j++) {
            if (j > 0 && mn->name[j - 1] != ' ') continue;
            if (j + len < nl && mn->name[j + len] != ' ') continue;
            if (cl_casecmp_ascii(mn->name + j, in->text + t->start, len) == 0) { *out = mn; return 1; }
        }
    }
    return 0;
}

/* "the watchdog", "the regulator", "the ministry": the government body
 * named last (within 4000 bytes), by the words such names are made of. */
int cl_regulator_noun(const reading *r, size_t i, const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    size_t k = r->m1;
    uint32_t limit = r->toks[i].start;
    if (!tok_has(r, i, LX_REGULATOR_NOUN)) return 0;
    while (k-- > 0) {
        const dsc_claim_mention *mn = &in->mentions[k];
        if (mn->start >= limit) continue;
        if (limit - mn->start > 4000) break;
        if (mn->kind == DSC_ORG && !mn->outlet && mn->gov) { *out = mn; return 1; }
    }
    /* none before: the one named after it (a lede says "China's internet
     * regulator said ...", the text names the body further on) */
    for (k = r->m1; k < in->n_mentions; k++) {
        const dsc_claim_mention *mn = &in->mentions[k];
        if (mn->start - limit > 3000) break;
        if (mn->kind == DSC_ORG && !mn->outlet && mn->gov) { *out = mn; return 1; }
    }
    return 0;
}

/* The latest mention before this sentence of the entity sentence si's
 * reporting verb was given, if the first pass recorded one. */
static int speaker_mention(const reading *r, size_t si, const dsc_claim_mention **out) {
    long e = r->mem ? cl_memory_speaker(r->mem, si) : -1;
    size_t k;
    if (e < 0) return 0;
    for (k = r->m0; k-- > 0;)
        if ((long)r->in->mentions[k].entity == e) {
            *out = &r->in->mentions[k];
            return 1;
        }
    return 0;
}

/* "the paper says", "the same note said": the author of that document,
 * the subject of the sentence that introduced it ("DeepSeek published a
 * paper", "SemiAnalysis said in a note", "Bloomberg published a report"). */
int cl_doc_author(const reading *r, size_t i, const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    size_t si = r->si, k;
    while (si-- > 0 && r->si - si <= 8) {
        const dsc_sent *s = &in->sents[si];
        /* "according to the paper" refers back too: keep looking for
         * where the document was introduced ("published a paper") */
        if (!cl_sentence_names_word(r, si, i)) continue;
        /* "according to a report by the Financial Times ...": the outlet
         * that sentence cited is the document's author */
        if (si == r->prev_si && r->prev_outlet && r->prev_name && cl_outlet_document(r, i, out)) return 1;
        /* the sentence's named speaker ("In a note, the bank's team, led
         * by analyst Jo Park, estimated ...": the bank) */
        if (speaker_mention(r, si, out)) return 1;
        /* the first org or person; an outlet only when the sentence has no
         * other ("Bloomberg published a report": "in its paper published
         * in Nature, DeepSeek put ..." is DeepSeek's) */
        *out = NULL;
        k = first_in_sentence(in, si);
        for (; k != (size_t)-1 && k < in->n_mentions && in->mentions[k].start < s->end; k++) {
            const dsc_claim_mention *m = &in->mentions[k];
            if (m->kind != DSC_ORG && m->kind != DSC_PERSON) continue;
            if (!m->outlet) { *out = m; return 1; }
            if (!*out) *out = m;
        }
        return *out != NULL;
    }
    return 0;
}

/* "The Information reported ... / ..., the report said", "according to a
 * report by the Financial Times ... / ..., the paper said": a news
 * document with "the" stands for the outlet cited in the last three
 * sentences, when no sentence named the document word itself. The
 * outlet may have spoken last by name or through "the report" itself
 * ("..., the report said. ..., according to the report."): the last
 * speaker's entity is an outlet either way. */
int cl_outlet_document(const reading *r, size_t i, const dsc_claim_mention **out) {
    size_t k;
    if (!(i > 0 && tok_w(r, i - 1, LXW_THE) && tok_has(r, i, LX_NEWS_DOCUMENT) && r->prev_name &&
          r->prev_si + 3 > r->si && r->prev_entity >= 0))
        return 0;
    for (k = r->m1; k-- > 0;) {
        const dsc_claim_mention *m = &r->in->mentions[k];
        if (m->start >= r->toks[i].start) continue;
        if ((long)m->entity == r->prev_entity) {
            *out = m;
            return m->outlet;
        }
    }
    return 0;
}

/* "an Alibaba executive", "a Commission official": the org a role's
 * person works for, named by the word before the role noun at k (a
 * former one speaks for nobody). */
int cl_role_org(const reading *r, size_t k, const dsc_claim_mention **out) {
    const ctok *t;
    if (k == 0 || (k > 1 && tok_w(r, k - 2, LXW_FORMER))) return 0;
    t = &r->toks[k - 1];
    if (t->mention >= 0) {
        *out = mention(r, t->mention);
        return (*out)->kind == DSC_ORG;
    }
    return t->cap && cl_head_noun_org(r, k - 1, out);
}

/* Does the word after clean-text offset e (one space on) carry class k?
 * ("Calder Ridge Securities| analyst"). */
static int word_after_has(const dsc_claim_input *in, uint32_t e, size_t end, unsigned k) {
    const char *t = in->text;
    size_t j = e, n;
    uint32_t id;
    if (j >= end || t[j] != ' ') return 0;
    j++;
    for (n = 0; j + n < end && dsc_is_alpha(t[j + n]); n++) {}
    return n > 0 && (id = dsc_lex_find(in->lexicon, t + j, n)) != 0 &&
           dsc_lx_has(dsc_lex_entry(in->lexicon, id)->cls, k);
}

/* Is the name at clean-text offset b written "analysts at <name>" (a word
 * of class firm-analyst, then "at")? */
static int analysts_at(const dsc_claim_input *in, uint32_t b) {
    const char *t = in->text;
    size_t j = b, n = 0;
    uint32_t id;
    if (j < 5 || memcmp(t + j - 4, " at ", 4) != 0) return 0;
    j -= 4;
    while (j > 0 && dsc_is_alpha(t[j - 1])) { j--; n++; }
    return n > 0 && (id = dsc_lex_find(in->lexicon, t + j, n)) != 0 &&
           dsc_lx_has(dsc_lex_entry(in->lexicon, id)->cls, LX_FIRM_ANALYST);
}

/* "Calder Ridge Securities analyst Priya Raman raised her target ... the
 * analysts noted", "... the note said": the firm whose analyst (class
 * firm-analyst) the text named before this sentence ("X analyst",
 * "analysts at X"), the latest; the analysts and their note speak for it. */
int cl_analyst_firm(const reading *r, const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    size_t k = r->m0;
    while (k-- > 0) {
        const dsc_claim_mention *m = &in->mentions[k];
        if (m->kind == DSC_ORG && !m->outlet &&
            (word_after_has(in, m->start + m->len, in->len, LX_FIRM_ANALYST) || analysts_at(in, m->start))) {
            *out = m;
            return 1;
        }
    }
    return 0;
}
