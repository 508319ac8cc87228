/*
 * about.c: what a claim is about: the entities of the asserted content,
 * less those that only describe another or the speaker (each a small named
 * exclusion: a descriptor, a place of origin, a medium posted on, an owner,
 * an apposition, the place and time of the speaking), less the speaker
 * unless the claim concerns it, plus what "the company", "the app", "the
 * model" and a sentence-opening "It" stand for.
 */
#include "claim.h"

/* ===================================================================== */
/* Names that describe another (exclusions)                               */
/* ===================================================================== */

/* "Microsoft-backed OpenAI", "Hangzhou-based", "Nasdaq-listed": the name
 * before "-<word>" of class descriptor-suffix describes the next one. The
 * word is the lowercase letters after the hyphen. */
static int descriptor_suffix(const reading *r, size_t i) {
    const char *t = r->in->text;
    const dsc_claim_mention *mn = mention(r, r->toks[i].mention);
    size_t e = mn->start + mn->len, x;
    uint32_t w;
    if (!(e < r->s->end && t[e] == '-')) return 0;
    for (x = e + 1; x < r->s->end && t[x] >= 'a' && t[x] <= 'z'; x++) {}
    w = dsc_lex_find(r->in->lexicon, t + e + 1, x - e - 1);
    return w && dsc_lx_has(dsc_lex_entry(r->in->lexicon, w)->cls, LX_DESCRIPTOR_SUFFIX);
}

/* "Japan's Advantest", "the Hangzhou startup": where it is from. */
static int place_of_origin(const reading *r, size_t i) {
    return mention(r, r->toks[i].mention)->kind == DSC_PLACE && i + 1 < r->nt &&
           ((r->toks[i + 1].mention >= 0 && mention(r, r->toks[i + 1].mention)->kind == DSC_ORG &&
             cl_possessive_after(r, i)) ||
            ((r->toks[i + 1].cls.lo & LXM_PRONOUN) && !(r->toks[i + 1].cls.lo & LXM_PERSONAL) &&
             !r->toks[i + 1].cap));
}

/* "Hong Kong brokerage Jiahe Capital", "the Beijing consultancy Lingxi",
 * "a Hong Kong brokerage estimates": a place right before a noun of class
 * org-noun says where the firm is, not what the claim is about. */
static int place_of_firm(const reading *r, size_t i) {
    size_t e = i;
    if (mention(r, r->toks[i].mention)->kind != DSC_PLACE) return 0;
    while (e < r->nt && r->toks[e].mention == r->toks[i].mention) e++;
    return e < r->nt && r->toks[e].mention < 0 && !r->toks[e].comma_before && !r->toks[e].cap && !cl_possessive_after(r, i) &&
           tok_has(r, e, LX_FIRM_NOUN);
}

/* "Italy's data protection authority", "China's biggest contract
 * chipmaker", "Saudi Arabia's new AI company, Humain", "Singapore's home
 * affairs minister K. Shanmugam": a place's, then up to five words ending
 * in a noun for a business (class firm-noun, owner-noun, model-maker or
 * descriptor) or before a person's name, says whose the firm
 * or the officer is, not what the claim is about. A government's organ
 * ("Italy's privacy watchdog", "South Korea's industry ministry": class
 * regulator-noun or government-name) keeps its country, as a state acts. */
static int place_owns_holder(const reading *r, size_t i) {
    size_t e = i, k;
    if (mention(r, r->toks[i].mention)->kind != DSC_PLACE || !cl_possessive_after(r, i)) return 0;
    /* "making it Europe's most valuable startup", "is China's largest
     * chipmaker": the description is the point of the claim */
    if (i > 0 && (tok_w(r, i - 1, LXW_IT) || tok_has(r, i - 1, LX_FINITE_VERB))) return 0;
    while (e < r->nt && r->toks[e].mention == r->toks[i].mention) e++;
    for (k = e; k < r->nt && k < e + 5 && !(k > e && r->toks[k].comma_before); k++) {
        const ctok *t = &r->toks[k];
        if (tok_w(r, k, LXW_TO) || tok_has(r, k, LX_PREPOSITION) || tok_has(r, k, LX_CLAUSE_LINK)) return 0;
        if (t->mention >= 0) {
            int kind = mention(r, t->mention)->kind;
            return k > e && kind == DSC_PERSON;
        }
        if (t->in_quote) return 0;
        if (tok_has(r, k, LX_REGULATOR_NOUN) || tok_has(r, k, LX_GOVERNMENT_NAME)) return 0;
        if (tok_has(r, k, LX_FIRM_NOUN) || tok_has(r, k, LX_OWNER_NOUN) || tok_has(r, k, LX_MODEL_MAKER) ||
            tok_has(r, k, LX_DESCRIPTOR))
            return 1;
    }
    return 0;
}

/* "In Shenzhen, south China's Guangdong Province, ...", "Chengdu, capital
 * of southwest China's Sichuan Province,": where a place is; only an
 * apposition with "<place>'s <place>" in it (a list of places, "Beijing,
 * Shanghai and Shenzhen", is content). Excludes the two places in it. */
static void place_in_apposition(reading *r, size_t i) {
    size_t x, close = 0;
    if (!(mention(r, r->toks[i].mention)->kind == DSC_PLACE && i + 1 < r->nt && r->toks[i + 1].comma_before)) return;
    for (x = i + 2; x < r->nt && x <= i + 8; x++)
        if (r->toks[x].comma_before) { close = x; break; }
    for (x = i + 1; close && x + 1 < close; x++)
        if (r->toks[x].mention >= 0 && mention(r, r->toks[x].mention)->kind == DSC_PLACE &&
            cl_possessive_after(r, x) && r->toks[x + 1].mention >= 0 &&
            mention(r, r->toks[x + 1].mention)->kind == DSC_PLACE) {
            r->excluded[r->toks[x].mention] = 1;
            r->excluded[r->toks[x + 1].mention] = 1;
        }
}

/* "wrote on X", "said in a post on LinkedIn": the medium (an entity whose
 * canonical name is of class platform), not the topic. */
static int posting_medium(const reading *r, size_t i) {
    const char *nm;
    uint32_t w;
    if (!(i > 0 && tok_w(r, i - 1, LXW_ON) && !r->toks[i].in_quote)) return 0;
    nm = mention(r, r->toks[i].mention)->name;
    w = dsc_lex_find(r->in->lexicon, nm, strlen(nm));
    return w && dsc_lx_has(dsc_lex_entry(r->in->lexicon, w)->cls, LX_PLATFORM);
}

/* "TikTok owner ByteDance", "Google parent company Alphabet": a noun of
 * class owner-noun between two names makes the first describe the second. */
static int owner_of(const reading *r, size_t i) {
    return i + 2 < r->nt && r->toks[i + 1].mention < 0 && tok_has(r, i + 1, LX_OWNER_NOUN) &&
           (r->toks[i + 2].mention >= 0 ||
            (i + 3 < r->nt && tok_w(r, i + 2, LXW_COMPANY) && r->toks[i + 3].mention >= 0));
}

/* "the ChatGPT maker was valued at $300 billion", "the Facebook owner":
 * after "the", a name and a noun of class owner-noun stand for the owner,
 * which the name only describes. */
static int owner_description(const reading *r, size_t i) {
    size_t e = i;
    if (!(i > 0 && tok_w(r, i - 1, LXW_THE))) return 0;
    while (e < r->nt && r->toks[e].mention == r->toks[i].mention) e++;
    return e < r->nt && r->toks[e].mention < 0 && !r->toks[e].comma_before && tok_has(r, e, LX_OWNER_NOUN) &&
           !cl_possessive_after(r, i);
}

/* "Pacific Gate Systems, a small electronics distributor in El Monte,
 * California, that shipped ...": a place after "in" in an apposition
 * (", a ..." right after a name) says where the named one is, and so does
 * a place that follows it after a comma (its state or country). */
static void place_of_named(reading *r, size_t i) {
    size_t k, e;
    if (!(mention(r, r->toks[i].mention)->kind == DSC_PLACE && i > 0 && tok_w(r, i - 1, LXW_IN))) return;
    for (k = i - 1; k > 0 && i - k <= 6 && !r->toks[k].comma_before; k--) {}
    if (!(k > 0 && r->toks[k].comma_before && r->toks[k - 1].mention >= 0 &&
          (tok_w(r, k, LXW_A) || tok_w(r, k, LXW_AN))))
        return;
    r->excluded[r->toks[i].mention] = 1;
    for (e = i; e < r->nt && r->toks[e].mention == r->toks[i].mention; e++) {}
    if (e < r->nt && r->toks[e].comma_before && r->toks[e].mention >= 0 &&
        mention(r, r->toks[e].mention)->kind == DSC_PLACE)
        r->excluded[r->toks[e].mention] = 1;
}

/* The tokens that may carry a mention, [*t0, *t1): from the first that
 * carries one to the last (the reader gives a token the sentence's
 * mentions in order, so a word outside has none); empty when the sentence
 * names nothing. The loops over names read no word outside it. */
static void mention_tokens(const reading *r, size_t *t0, size_t *t1) {
    *t0 = r->mt0; *t1 = r->mt1;               /* found by the reader (read.c: attach_mentions) */
}

static void exclude_descriptors(reading *r) {
    size_t i, t0, t1;
    mention_tokens(r, &t0, &t1);
    for (i = t0; i < t1; i++) {
        while (i < t1 && r->toks[i].mention < 0) i++;     /* the next that carries one, read alone */
        if (i == t1) break;
        if (descriptor_suffix(r, i) || place_of_origin(r, i) || posting_medium(r, i) || owner_of(r, i) ||
            place_of_firm(r, i) || owner_description(r, i) ||
            place_owns_holder(r, i))
            r->excluded[r->toks[i].mention] = 1;
        place_in_apposition(r, i);
        place_of_named(r, i);
    }
}

/* "DeepSeek, an offshoot of hedge fund High-Flyer, has said ...": what the
 * apposition after the opening name names only describes the subject. */
static void exclude_apposition(reading *r) {
    size_t x0 = cl_appositive_start(r), x;
    for (x = x0; x < r->t1 && !(x > x0 && r->toks[x].comma_before); x++)
        if (r->toks[x].mention >= 0) r->excluded[r->toks[x].mention] = 1;
}

/* "The Beijing-based startup, which counts Alibaba and Tencent among its
 * backers, said ...", "CCIA Europe, whose members include Google, estimated
 * ...": a relative clause (opened after a comma by a word of class
 * background-clause) that closes right before the reporting verb describes
 * the speaker, not the content; not before "according to", where the
 * sentence before the cue is all content. Fills [*from, *to) with its
 * tokens. */
static int speaker_relative(const reading *r, const attribution *a, size_t *from, size_t *to) {
    size_t k, e;
    if (!dsc_lx_has(r->all, LX_BACKGROUND_CLAUSE) || a->verb >= r->nt || r->toks[a->verb].in_quote ||
        tok_has(r, a->verb, LX_SOURCE_CUE))
        return 0;
    for (k = r->t0; k < a->verb; k++) {
        if (!(r->toks[k].comma_before && tok_has(r, k, LX_BACKGROUND_CLAUSE) && !r->toks[k].in_quote)) continue;
        for (e = k + 1; e <= a->verb && !r->toks[e].comma_before; e++) {}
        if (e <= a->verb && a->verb - e <= 2) { *from = k; *to = e; return 1; }
    }
    return 0;
}

/* "Bernhardt & Cole's Wren said", "Meta's CFO Susan Li said": an org's
 * right before the speaker's name (up to two title words between) is the
 * speaker's employer, a descriptor of the speaker, not content. */
static void exclude_speaker_employer(reading *r, const attribution *a) {
    size_t i, k;
    if (!(a->mention >= 0 && a->verb < r->nt && mention(r, a->mention)->kind == DSC_PERSON)) return;
    for (i = r->t0; i < a->verb && r->toks[i].mention != a->mention; i++) {}
    if (i == a->verb) return;
    for (k = i; k-- > r->t0 && i - k <= 3 && r->toks[k].mention < 0 && !r->toks[k + 1].comma_before;) {}
    if (k < i && r->toks[k].mention >= 0 && r->toks[k].mention != a->mention &&
        mention(r, r->toks[k].mention)->kind == DSC_ORG && cl_possessive_after(r, k) && !r->toks[k + 1].comma_before)
        r->excluded[r->toks[k].mention] = 1;
}

static void exclude_speaker_relative(reading *r, const attribution *a) {
    size_t from, to, x;
    if (!speaker_relative(r, a, &from, &to)) return;
    for (x = from; x < to; x++)
        if (r->toks[x].mention >= 0) r->excluded[r->toks[x].mention] = 1;
}

/* "...," Nadella said at the forum in Davos: where and when the speaker
 * spoke is not what the quotation claims. */
static void exclude_attribution_tail(reading *r, const attribution *a) {
    size_t i;
    int quote_before = 0;
    if (!r->has_quote || a->verb >= r->nt || r->toks[a->verb].in_quote) return;
    for (i = 0; i < a->verb; i++) if (r->toks[i].in_quote) quote_before = 1;
    if (!quote_before) return;          /* 'X called R1 "a moment"': R1 is content */
    for (i = a->verb + 1; i < r->nt && !r->toks[i].in_quote; i++)
        if (r->toks[i].mention >= 0 && r->toks[i].mention != a->mention) r->excluded[r->toks[i].mention] = 1;
}

/* Was the document entity e named as a person? Looks back over the last
 * 2000 mentions (a claimant named by a pronoun was named shortly before). */
static int entity_is_person(const reading *r, long e) {
    size_t k = r->m1, n = 0;
    if (e < 0) return 0;
    while (k-- > 0 && n++ < 2000)
        if ((long)r->in->mentions[k].entity == e) return r->in->mentions[k].kind == DSC_PERSON;
    return 0;
}

/* The first token of an apposition after the sentence's opening name
 * (", an offshoot of hedge fund High-Flyer,"), or t1 when there is none. */
size_t cl_appositive_start(const reading *r) {
    size_t k = r->t0;
    if (r->t0 != 0 || k >= r->t1 || r->toks[k].mention < 0) return r->t1;
    while (k < r->t1 && r->toks[k].mention == r->toks[r->t0].mention) k++;
    if (k < r->t1 && r->toks[k].comma_before &&
        (tok_w(r, k, LXW_A) || tok_w(r, k, LXW_AN) || tok_w(r, k, LXW_THE)))
        return k;
    return r->t1;
}

/* The model named last before token i, within the last 3000 bytes. */
static int latest_model(const reading *r, size_t i, const dsc_claim_mention **out) {
    size_t k = r->m1;
    uint32_t limit = r->toks[i].start;
    while (k-- > 0) {
        const dsc_claim_mention *mn = &r->in->mentions[k];
        if (mn->start >= limit) continue;
        if (limit - mn->start > 3000) break;
        if (mn->kind == DSC_MODEL) { *out = mn; return 1; }
    }
    return 0;
}

/* The canonical name of the claimant's entity (named claimants carry it
 * as their name). */
static const char *a_entity_name(const reading *r, const attribution *a) {
    return a->mention >= 0 ? mention(r, a->mention)->name : a->name;
}

/* ===================================================================== */
/* Is the claim about its claimant?                                       */
/* ===================================================================== */

/* "Meta reported using ...", "DeepSeek claims to have ...": an org's verb
 * takes its own action. */
static int own_action(const reading *r, const attribution *a) {
    const ctok *nx;
    if (!(a->verb + 1 < r->nt && !tok_w(r, a->verb, LXW_ACCORDING))) return 0;
    nx = &r->toks[a->verb + 1];
    return (nx->end - nx->start > 4 && memcmp(r->in->text + nx->end - 3, "ing", 3) == 0) ||
           tok_w(r, a->verb + 1, LXW_TO);
}

/* "lifted its price target", "raised its index targets": "its" before a
 * word of class call-noun within three words is an analyst's call on what
 * others are worth, not the caller's own affairs. */
static int call_on_others(const reading *r, size_t i) {
    size_t k;
    for (k = i + 1; k < r->nt && k <= i + 3 && r->toks[k].mention < 0; k++)
        if (tok_has(r, k, LX_CALL_NOUN)) return 1;
    return 0;
}

/* "DeepSeek said its model ...", "... said it would cut prices", "we":
 * an org speaks of itself after its verb ("Morgan Stanley lifted its
 * target to $160" is about the stock, call_on_others). */
static int own_pronoun(const reading *r, const attribution *a) {
    size_t i;
    int other = 0;      /* an org named after the verb, before i */
    for (i = a->verb + 1; i < r->nt; i++) {
        if (!r->toks[i].in_quote &&
            (((tok_w(r, i, LXW_OUR) || (tok_w(r, i, LXW_ITS) && !other)) && !call_on_others(r, i)) ||
             tok_w(r, i, LXW_WE) || (tok_w(r, i, LXW_IT) && i <= a->verb + 3)))
            return 1;
        /* "The bank expects Nvidia to report revenue in its fiscal year":
         * "its" after another org stands for that org (one named as a
         * subject or object, not a possessive: "Apple's App Store") */
        if (r->toks[i].mention >= 0 && r->toks[i].mention != a->mention &&
            mention(r, r->toks[i].mention)->kind == DSC_ORG &&
            (long)mention(r, r->toks[i].mention)->entity != a->entity && !cl_possessive_after(r, i))
            other = 1;
    }
    return 0;
}

/* "Liang has said he prefers hiring for ability", "Ortiz said she had
 * trimmed her clients' holdings": a person speaks of themself when a
 * subject pronoun (he, she, I) opens the content, right after the verb or
 * after "that", and no view of theirs follows. "Kai-Fu Lee said his startup trained ..." and "Okonkwo
 * raised her estimate" are about the startup and the estimated, not the
 * speaker (doc/claims.md: about is not the speaker unless the claim
 * concerns the speaker). */
static int own_person(const reading *r, const attribution *a) {
    size_t i = a->verb + 1, k;
    if (!(i < r->nt && !r->toks[a->verb].in_quote)) return 0;
    if (tok_w(r, i, LXW_THAT) && i + 1 < r->nt) i++;
    if (!(!r->toks[i].in_quote && (tok_w(r, i, LXW_HE) || tok_w(r, i, LXW_SHE) || tok_w(r, i, LXW_I)))) return 0;
    /* "said she expected two labs to quit", "he personally thinks": a view
     * the speaker holds is about what it concerns */
    for (k = i + 1; k < r->nt && k <= i + 2; k++)
        if (tok_has(r, k, LX_REPORT) || tok_w(r, k, LXW_EXPECTED)) return 0;
    return 1;
}

/* "DeepSeek said DeepSeek-R1 ... DeepSeek's ...": the claimant named again,
 * but not by the acronym glossing the name ("the China Academy of
 * Information and Communications Technology (CAICT)"). */
static int named_again(const reading *r, const attribution *a) {
    size_t i, t0, t1;
    mention_tokens(r, &t0, &t1);
    for (i = t0; i < t1; i++) {
        const dsc_claim_mention *mn;
        if (r->toks[i].mention < 0 || r->toks[i].mention == a->mention) continue;
        mn = mention(r, r->toks[i].mention);
        if ((long)mn->entity == a->entity && !(mn->start > 0 && r->in->text[mn->start - 1] == '(')) return 1;
    }
    return 0;
}

/* Self-claims ("DeepSeek said its model ..."): the claimant's own words
 * concern it (the rules above), before the content is listed. */
static int about_self(const reading *r, const attribution *a) {
    int org;
    if (a->entity < 0) return a->self;
    org = a->mention >= 0 ? mention(r, a->mention)->kind != DSC_PERSON : !entity_is_person(r, a->entity);
    /* "DeepSeek's team wrote" concerns DeepSeek's own work; "Okonkwo's
     * team wrote" (a possessive descriptor of the speaker) not Okonkwo */
    if (a->self && org) return 1;
    if (a->verb >= r->nt) return 0;
    if (org && (own_action(r, a) || own_pronoun(r, a))) return 1;
    if (!org && own_person(r, a)) return 1;
    return named_again(r, a);
}

/* ===================================================================== */
/* The list                                                               */
/* ===================================================================== */

/* Adds entity e to list[0..*n) unless it is there. */
static void add_entity(uint32_t *list, size_t *n, uint32_t e) {
    size_t k;
    for (k = 0; k < *n; k++) if (list[k] == e) return;
    list[(*n)++] = e;
}

/* The entities named in the part, less the excluded, the dateline's, the
 * outlets relaying it and (unless self) the claimant. */
static void add_mentions(const reading *r, const attribution *a, int self, uint32_t *list, size_t *n) {
    size_t m, dl = cl_dateline_end(r);
    for (m = r->m0; m < r->m1; m++) {
        const dsc_claim_mention *mn = &r->in->mentions[m];
        size_t rel = m - r->m0;
        if (rel < sizeof r->excluded && r->excluded[rel]) continue;
        if (mn->start < dl || mn->start < r->b0 || mn->start >= r->b1) continue;
        if (mn->outlet) continue;
        if ((long)mn->entity == a->entity && !self) continue;
        add_entity(list, n, mn->entity);
    }
}

/* "In a note, the bank's chip team, led by analyst Ruth Okonkwo, estimated
 * ...": a possessive description opening the subject (at the sentence's
 * start or after a comma) before the claimant's name and its verb is the
 * speaker's employer, a descriptor of the speaker, not content ("After the
 * company's price cut, Okonkwo said" keeps the company). */
static int speaker_descriptor(const reading *r, const attribution *a, size_t i) {
    size_t x = i;
    if (!(a->mention >= 0 && a->verb < r->nt && i < a->verb && cl_possessive_after(r, i))) return 0;
    while (x > r->t0 && !tok_w(r, x, LXW_THE) && i - x < 3) x--;
    if (!(tok_w(r, x, LXW_THE) && (x == r->t0 || r->toks[x].comma_before))) return 0;
    for (x = i + 1; x < a->verb; x++)
        if (r->toks[x].mention == a->mention) return 1;
    return 0;
}

/* Is the claimant a person named after token i and before the verb? */
static int person_speaker_after(const reading *r, const attribution *a, size_t i) {
    size_t k;
    if (!(a->mention >= 0 && a->verb < r->nt && mention(r, a->mention)->kind == DSC_PERSON)) return 0;
    for (k = i + 1; k < a->verb; k++)
        if (r->toks[k].mention == a->mention) return 1;
    return 0;
}

/* The first token from i before t1 that may stand for anything below:
 * only a word of class pronoun, "It", "Its" or "model" does
 * (cl_resolve_description asks the class first); t1 when none. The
 * reader marks these words: most sentences have none, read at no token. */
static size_t next_reference(const reading *r, size_t i, size_t t1) {
    return cl_next_marked(r, i, t1, TM_REF);       /* the reader marked them (read.c: word_marks) */
}

/* "the lab", "the company", "the app" in the asserted content: the org the
 * text is about (never the claimant itself); "the model": the model named
 * last; a sentence opening with "It" or "Its": the org the last sentence
 * opened with. The subject of the reporting verb is the claimant, not
 * content. */
static void add_references(reading *r, const attribution *a, uint32_t *list, size_t *n) {
    size_t i, rel0 = (size_t)-1, rel1 = 0;
    /* a sentence with no word of class pronoun ("it" is one), none of
     * class self ("its" is one) and none of class model-noun ("model" is
     * one) has no word the loop below reads */
    if (!(r->all.lo & LXM_PRONOUN) && !dsc_lx_has(r->all, LX_SELF) && !dsc_lx_has(r->all, LX_MODEL_NOUN)) return;
    if (!speaker_relative(r, a, &rel0, &rel1)) rel0 = rel1 = (size_t)-1;
    for (i = r->t0; (i = next_reference(r, i, r->t1)) < r->t1; i++) {
        const dsc_claim_mention *ref = NULL;
        if (i >= rel0 && i < rel1) { i = rel1 - 1; continue; }     /* skip the speaker's relative clause */
        if (a->verb < r->nt && i < a->verb && (a->verb - i <= 3 || speaker_descriptor(r, a, i))) continue;
        if (i == r->t0 && r->t0 == 0 && (tok_w(r, i, LXW_IT) || tok_w(r, i, LXW_ITS)) && !r->toks[i].in_quote) {
            /* "Its chief executive, Arthur Mensch, has said": the
             * speaker's employer, as in speaker-employer */
            if (tok_w(r, i, LXW_ITS) && person_speaker_after(r, a, i)) continue;
            if (!cl_prev_subject(r, &ref)) continue;
        } else if (tok_w(r, i, LXW_MODEL) && i > 0 && (tok_w(r, i - 1, LXW_THE) || tok_w(r, i - 1, LXW_ITS)) &&
                   !(i + 1 < r->t1 && r->toks[i + 1].mention >= 0)) {
            if (!latest_model(r, i, &ref)) continue;
        } else if (!cl_resolve_description(r, i, &ref))
            continue;
        if ((long)ref->entity == a->entity) continue;
        add_entity(list, n, ref->entity);
    }
}

/* "R1 was followed by Alibaba's Qwen 2.5-Max, which Alibaba said
 * outperforms DeepSeek-V3", "released PLaMo 3 Prime, a 110-billion-
 * parameter model it says outperforms GPT-4o", "ByteDance's Doubao, which
 * analysts say has more than 150 million": the part that is a relative
 * clause split off (relative-report, r->head1) speaks of the noun it hangs
 * on, the name right before the comma (after "which", or renamed by the
 * noun group "a ... model"), and of the name owning it ("ByteDance's");
 * not a place ("a cluster in Abu Dhabi, part of a campus that ...": where
 * it is) nor the claimant (own-pronoun and the rest decide that). */
static void hung_on(const reading *r, const attribution *a, uint32_t *list, size_t *n) {
    size_t c = r->toks[r->head1].comma_before ? r->head1 : r->head0, k;   /* the comma: before "which" or the group */
    const dsc_claim_mention *mn;
    if (!(r->head1 && r->t0 == r->head1 && c >= 2 && r->toks[c].comma_before && r->toks[c - 1].mention >= 0)) return;
    mn = mention(r, r->toks[c - 1].mention);
    if (mn->kind == DSC_PLACE || (long)mn->entity == a->entity) return;
    add_entity(list, n, mn->entity);
    for (k = c - 1; k > 0 && r->toks[k - 1].mention == r->toks[c - 1].mention; k--) {}
    if (k > 0 && r->toks[k - 1].mention >= 0 && cl_possessive_after(r, k - 1) &&
        (long)mention(r, r->toks[k - 1].mention)->entity != a->entity)
        add_entity(list, n, mention(r, r->toks[k - 1].mention)->entity);
}

/* "DeepSeek said the run for V3 cost ...": a claim about the claimant's
 * own model or product concerns the claimant. */
static int about_own_product(const reading *r, const attribution *a, const uint32_t *list, size_t n) {
    size_t i, m;
    const char *owner = a_entity_name(r, a);
    if (!owner) return 0;
    for (i = 0; i < n; i++) {
        const dsc_claim_mention *own = NULL;
        for (m = r->m0; m < r->m1; m++)
            if (r->in->mentions[m].entity == list[i]) { own = &r->in->mentions[m]; break; }
        if (own && (own->kind == DSC_MODEL || own->kind == DSC_PRODUCT) && cl_owned_by(own->name, owner)) return 1;
    }
    return 0;
}

/* Does the claimant speak through its analysts: "Analysts at Lindqvist &
 * Co said", "Citi analysts wrote" (a word of class firm-analyst right
 * before "at <name>" or right after the name)? */
static int through_analysts(const reading *r, const attribution *a, size_t i) {
    size_t e;
    for (e = i; e < r->nt && r->toks[e].mention == a->mention; e++) {}
    return (i >= 2 && tok_w(r, i - 1, LXW_AT) && tok_has(r, i - 2, LX_FIRM_ANALYST)) ||
           (e < r->nt && tok_has(r, e, LX_FIRM_ANALYST) && !r->toks[e].comma_before);
}

/* "according to LSEG data", "per Bank of America's flows", "Analysts at
 * Lindqvist & Co said", "Citi analysts kept their buy rating": a source
 * cited for figures (after a word of class source-cue), a firm speaking
 * through its analysts, an analyst's call (a verb of class rating-verb)
 * report figures about others, never the source's own (own-figures). A
 * subject that cites ("the ministry blocked it, citing concerns") is no
 * cited source: the name must follow the cue. */
static int figures_of_others(const reading *r, const attribution *a) {
    size_t i = 0;
    if (a->verb >= r->nt) return 0;
    if (tok_has(r, a->verb, LX_RATING_VERB)) return 1;
    if (a->mention < 0) return 0;
    while (i < r->nt && r->toks[i].mention != a->mention) i++;
    if (i == r->nt) return 0;
    return (tok_has(r, a->verb, LX_SOURCE_CUE) && a->verb < i) || through_analysts(r, a, i);
}

/* "Microsoft signed a deal with Constellation Energy. Constellation now
 * says the plant could restart in 2027": a claimant named in the sentence
 * before as a party to what it reported, not as its speaker, speaks of its
 * own affairs. */
static int party_before(const reading *r, const attribution *a) {
    size_t k = r->m0;
    if (r->si == 0 || (r->prev_si + 1 == r->si && r->prev_entity == a->entity)) return 0;
    while (k-- > 0 && r->msent[k] + 1 >= r->si)
        if (r->msent[k] + 1 == r->si && (long)r->in->mentions[k].entity == a->entity) return 1;
    return 0;
}

/* "The International Energy Agency expects global demand to double",
 * "Ridgeway Asia estimates that 20 services have closed": an org named as
 * the subject of its verb, which is not the org the story is about so far,
 * speaks of the world, not of itself, unless it reports results (a word of
 * class results-noun: "Cambricon reported first-half revenue of ...") or
 * speaks of itself ("said in a statement that it would ..."), or was a
 * party to the sentence before (party_before); the
 * name opens its clause. An
 * officer, a pronoun or "the company" speaking is the org's own voice and
 * keeps own-figures. */
static int outside_speaker(reading *r, const attribution *a) {
    static const char *const subject_rules[] = { "subject-named", "subject-relative-clause", "saying-subject" };
    const dsc_claim_mention *t;
    size_t k, j;
    int subject = 0;
    for (k = 0; k < sizeof subject_rules / sizeof subject_rules[0]; k++)
        if (a->rule && strcmp(a->rule, subject_rules[k]) == 0) subject = 1;
    if (!subject || a->mention < 0) return 0;
    /* the name opens its clause, or follows "by" ("a survey by the
     * consultancy X found"); "since Chinese startup DeepSeek showed" is
     * background, not a subject speaking */
    for (k = r->t0; k < r->nt && r->toks[k].mention != a->mention; k++) {}
    if (!(k == r->t0 || k - r->t0 <= 2 || r->toks[k].comma_before || tok_w(r, k - 1, LXW_THE) ||
          (k > 1 && tok_w(r, k - 2, LXW_BY))))
        return 0;
    /* "a spokesperson for the Commerce Department said": the org's voice */
    for (j = r->t0; j < k; j++)
        if (tok_has(r, j, LX_SPOKESPERSON)) return 0;
    for (k = a->verb + 1; k < r->nt; k++)
        if (tok_has(r, k, LX_RESULTS_NOUN) || (tok_w(r, k, LXW_IT) && tok_w(r, k - 1, LXW_THAT))) return 0;
    if (party_before(r, a)) return 0;
    /* last, as the dearest test: the story's org so far (keeping the
     * answer other passes over this sentence cached) */
    {
        uint32_t limit = r->topic_limit;
        const dsc_claim_mention *cached = r->topic_out;
        int found = cl_resolve_topic(r, r->t0, &t);
        r->topic_limit = limit; r->topic_out = cached;
        return found && (long)t->entity != a->entity;
    }
}

/* The rules above, by name (for the tests; about reports none in why). */
static const char *const about_rule_names[] = {
    "descriptor-suffix", "place-of-origin", "place-in-apposition", "place-of-named", "posting-medium", "owner-of",
    "apposition", "attribution-tail", "own-action", "own-pronoun", "own-person", "named-again",
    "own-product", "own-figures", "speaker-descriptor", "figures-of-others", "place-of-firm", "speaker-relative", "outside-speaker", "owner-description", "place-owns-holder", "speaker-employer", "relative-head-name"
};

const char *const *cl_about_rule_names(size_t *n) {
    *n = sizeof about_rule_names / sizeof about_rule_names[0];
    return about_rule_names;
}

int cl_about_list(reading *r, const attribution *a, dsc_arena *arena, uint32_t **out, uint32_t *n_out) {
    size_t n = 0;
    uint32_t *list;
    int self;
    exclude_descriptors(r);
    exclude_apposition(r);
    exclude_attribution_tail(r, a);
    exclude_speaker_relative(r, a);
    exclude_speaker_employer(r, a);
    cl_exclude_told(r);
    self = about_self(r, a);
    list = dsc_arena_alloc(arena, (r->m1 - r->m0 + 1 + r->nt) * sizeof(uint32_t));
    if (!list) return -1;
    add_mentions(r, a, self, list, &n);
    add_references(r, a, list, &n);
    hung_on(r, a, list, &n);
    if (a->entity >= 0 && !self && about_own_product(r, a, list, n)) self = 1;
    /* "Tokyo Electron reported revenue of 561.5 billion yen": a company's
     * own figures, with nothing else named, are about the company */
    if (!self && n == 0 && a->entity >= 0 && a->verb < r->nt && !entity_is_person(r, a->entity) &&
        !(a->mention >= 0 && mention(r, a->mention)->outlet) && !figures_of_others(r, a) &&
        !outside_speaker(r, a))
        self = 1;
    if (self && a->entity >= 0) add_entity(list, &n, (uint32_t)a->entity);   /* named by a pronoun only */
    *out = list; *n_out = (uint32_t)n;
    return 0;
}
