/*
 * attribution.c: who makes a claim, the top level. A named speaker of a
 * reporting verb ("X said", "said X") is the originator and wins over a
 * relay, unless an unnamed source closing the sentence reports the
 * speaker's act ("X disputed the figure, according to one person who
 * attended"); otherwise a source cited ("according to X", "per X", "citing
 * X", "by its own count"); otherwise the verb's unnamed, pronoun or
 * passive subject; otherwise the article itself. Each is a small named
 * rule in an ordered table; the verb's cases are in attribution_verb.c,
 * the subject's in attribution_subject.c, referents in refer.c.
 */
#include <string.h>

#include "claim.h"

#define N_RULES(t) (sizeof t / sizeof t[0])

/* ===================================================================== */
/* The source after "according to", "per", "citing"                      */
/* ===================================================================== */

typedef struct {
    size_t v;           /* the frame's word: "according", "per", "citing" */
    size_t k;           /* the source's first word, after determiners */
    size_t j;           /* the document word the document rules read */
    int describe;       /* the frame describes a source it cannot name ("according to") */
    int indefinite;     /* "a report", "an official" */
} source_scan;


/* Fills a with the mention at token k. */
static int named(reading *r, size_t k, attribution *a) {
    a->mention = r->toks[k].mention; a->name = mention(r, a->mention)->name;
    return CR_FOUND;
}

/* Fills a with the name and entity of referent m (its mention stays). */
static int referent(attribution *a, const dsc_claim_mention *m) {
    a->name = m->name; a->entity = (long)m->entity;
    return CR_FOUND;
}

/* A determiner or number before a source: "the", "a", "two", "several",
 * "some of those" ("of" unless after a document: "a report of"). */
static int source_det(const reading *r, size_t k) {
    return tok_w(r, k, LXW_THE) || tok_w(r, k, LXW_A) || tok_w(r, k, LXW_AN) || tok_w(r, k, LXW_TWO) ||
           tok_w(r, k, LXW_THREE) || tok_w(r, k, LXW_SEVERAL) || tok_w(r, k, LXW_ONE) || tok_w(r, k, LXW_SOME) ||
           tok_w(r, k, LXW_THOSE) || (tok_w(r, k, LXW_OF) && k > 0 && !(r->toks[k - 1].cls.lo & LXM_DOCUMENT));
}

/* The org or person named after descriptors from token k on ("the
 * research firm Yellowpine Research", "Hong Kong-based brokerage Tiancheng
 * Securities", "the app analytics firm Appfigures"): lowercase words and
 * places are stepped over, a comma, a clause or a preposition ends the
 * search. Returns the token, or nt. */
static size_t name_after_descriptors(const reading *r, size_t k) {
    size_t j;
    for (j = k; j < r->nt && j < k + 7; j++) {
        const ctok *t = &r->toks[j];
        if (t->in_quote || (j > k && t->comma_before)) break;
        if (t->mention >= 0) {
            dsc_entity_kind kind = mention(r, t->mention)->kind;
            if (kind == DSC_ORG || kind == DSC_PERSON) return j;
            if (kind == DSC_PLACE) continue;             /* "Hong Kong-based" */
            break;
        }
        if (j + 1 < r->nt && tok_has(r, j + 1, LX_COMPOUND_TAIL)) continue;     /* "think tank" */
        if (t->cap || tok_has(r, j, LX_PREPOSITION) || tok_has(r, j, LX_CLAUSE_LINK) ||
            (t->cls.lo & (LXM_REPORT | LXM_PREDICATE | LXM_AUX)))
            break;
    }
    return r->nt;
}

/* The place named at token k only describes the source: a "-based"
 * modifier ("the Shanghai-based Silk Road Tech Watch"), a place before
 * the noun it modifies ("the Berlin senate's spending plan", "the Shanghai
 * research group", "Louisiana regulators"), or the owner of a document
 * ("Beijing's latest plan"). A place names the source only as a
 * government that acts itself ("according to Beijing"). */
static int place_describes(const reading *r, size_t k) {
    const dsc_claim_mention *p;
    size_t j = k;
    if (r->toks[k].mention < 0 || (p = mention(r, r->toks[k].mention))->kind != DSC_PLACE) return 0;
    while (j + 1 < r->nt && r->toks[j + 1].mention == r->toks[k].mention) j++;
    if (p->start + p->len < r->toks[j].end) return 1;                   /* "Shanghai-based" */
    if (j + 1 >= r->nt || r->toks[j + 1].comma_before || r->toks[j + 1].cap) return 0;
    if (cl_possessive_after(r, j)) return (r->toks[j + 1].cls.lo & LXM_DOCUMENT) != 0;
    return !tok_has(r, j + 1, LX_PREPOSITION) && !tok_has(r, j + 1, LX_CLAUSE_LINK) &&
           !(r->toks[j + 1].cls.lo & (LXM_REPORT | LXM_PREDICATE | LXM_AUX));
}

/* A name the dictionary does not know, as the text writes it, from token
 * k: one to six capitalised words, "of" between two ("the City of
 * Kouvola"), that close the source phrase (the sentence, a comma, a
 * preposition or a clause follows): "according to a count by the Shanghai
 * research group Silk Road Tech Watch". Capitalised words before a
 * lowercase noun describe it ("Chinese media reports"): NULL, as for a
 * word that names something else. */
static const char *unknown_name(const reading *r, size_t k, size_t *end) {
    size_t e = k;
    if (k >= r->nt || !r->toks[k].cap || r->toks[k].mention >= 0 || r->toks[k].in_quote) return NULL;
    while (e + 1 < r->nt && e + 1 < k + 6 && !r->toks[e + 1].comma_before && !r->toks[e + 1].in_quote &&
           (r->toks[e + 1].mention < 0 || mention(r, r->toks[e + 1].mention)->kind == DSC_PLACE) &&
           (r->toks[e + 1].cap || (tok_w(r, e + 1, LXW_OF) && e + 2 < r->nt && r->toks[e + 2].cap)))
        e++;
    if (e + 1 < r->nt && !r->toks[e + 1].comma_before && !tok_has(r, e + 1, LX_PREPOSITION) &&
        !tok_has(r, e + 1, LX_CLAUSE_LINK) && !(r->toks[e + 1].cls.lo & (LXM_REPORT | LXM_PREDICATE | LXM_AUX)))
        return NULL;
    *end = e;
    return dsc_arena_strndup(r->in->arena, r->in->text + r->toks[k].start, r->toks[e].end - r->toks[k].start);
}

/* The mentions of tokens k..e are part of a source's name or description,
 * not what the claim is about ("the City of Kouvola"). */
static void exclude_span(reading *r, size_t k, size_t e) {
    for (; k <= e && k < r->nt; k++)
        if (r->toks[k].mention >= 0) r->excluded[r->toks[k].mention] = 1;
}

/* Fills a with the name unknown_name() reads at token k, if any; the
 * places among its descriptors from token d on are not about. */
static int unknown_named(reading *r, size_t d, size_t k, attribution *a) {
    size_t e;
    const char *n = unknown_name(r, k, &e);
    if (!n) return CR_NEXT;
    exclude_span(r, d, e);
    a->name = n; a->mention = -1; a->entity = -1;
    return CR_FOUND;
}

/* The first token after the descriptors from token k on ("the Shanghai
 * research group Silk Road Tech Watch": Silk), when one lowercase
 * descriptor stands right before it; nt otherwise. */
static size_t after_descriptors(const reading *r, size_t k) {
    size_t j;
    for (j = k; j < r->nt && j < k + 7; j++) {
        const ctok *t = &r->toks[j];
        if (t->in_quote || (j > k && t->comma_before)) break;
        if (t->mention >= 0 && mention(r, t->mention)->kind == DSC_PLACE) continue;
        if (t->mention >= 0 || tok_has(r, j, LX_PREPOSITION) || tok_has(r, j, LX_CLAUSE_LINK) ||
            (t->cls.lo & (LXM_REPORT | LXM_PREDICATE | LXM_AUX)))
            break;
        if (t->cap) return j > k && !r->toks[j - 1].cap && r->toks[j - 1].mention < 0 ? j : r->nt;
    }
    return r->nt;
}

/* "according to a note Bernstein sent to clients": the name after the document */
static int document_name_after(reading *r, source_scan *s, attribution *a) {
    size_t j = s->j;
    if (j + 1 < r->nt && r->toks[j + 1].mention >= 0 && !r->toks[j + 1].comma_before) return named(r, j + 1, a);
    return CR_NEXT;
}

/* "according to a report by Bernstein", "a report by the Financial
 * Times", "data from the Foo Association" */
static int document_by(reading *r, source_scan *s, attribution *a) {
    size_t j = s->j, k = j + 2, n;
    if (!(k < r->nt && (tok_w(r, j + 1, LXW_BY) || tok_w(r, j + 1, LXW_FROM)))) return CR_NEXT;
    if (tok_w(r, k, LXW_THE) && r->toks[k].mention < 0 && k + 1 < r->nt) k++;
    /* "a tally by the Brussels-based think tank Future Rules Forum" */
    if ((n = name_after_descriptors(r, k)) < r->nt) return named(r, n, a);
    /* "a count by the Shanghai research group Silk Road Tech Watch" */
    return (n = after_descriptors(r, k)) < r->nt ? unknown_named(r, k, n, a) : CR_NEXT;
}

/* "NASA followed, blocking the app, according to an internal memo seen
 * by CNBC": the outlet relays; the memo is the sentence's subject's (or
 * an unnamed source's) */
static int document_seen_by(reading *r, source_scan *s, attribution *a) {
    size_t j = s->j;
    if (!(j + 3 < r->nt && tok_has(r, j + 1, LX_RELAY_PARTICIPLE) && tok_w(r, j + 2, LXW_BY))) return CR_NEXT;
    if (r->toks[j + 3].mention >= 0) r->excluded[r->toks[j + 3].mention] = 1;
    if (!cl_sentence_subject(r, s->v, a)) a->name = "unnamed source";
    return CR_FOUND;
}

/* "according to a filing" (official information), "according to a
 * report" (media reports): an indefinite document is not one the story
 * is about, unless a clause names its author ("a technical report the
 * lab published") */
static int indefinite_document(reading *r, source_scan *s, attribution *a) {
    size_t j = s->j, x;
    int author = 0;
    for (x = j + 1; x < r->nt && x <= j + 2; x++) {
        if (tok_w(r, x, LXW_WITH) || tok_w(r, x, LXW_TO) || tok_w(r, x, LXW_AT) || tok_w(r, x, LXW_ON)) break;
        if (r->toks[x].mention >= 0 || (r->toks[x].cls.lo & LXM_PRONOUN)) author = 1;
    }
    if (!s->indefinite || author) return CR_NEXT;
    a->name = tok_has(r, j, LX_DOCUMENT_LABEL) ? cl_lex_label(r, j) : "unnamed source";
    return CR_FOUND;
}

/* "according to court documents", "regulatory filings": a document an
 * official body keeps (class official-record right before it) is
 * official information, not the work of the org the story is about;
 * one with an owner ("Nvidia's regulatory filing", "its regulatory
 * filing") is the owner's */
static int official_document(reading *r, source_scan *s, attribution *a) {
    size_t j = s->j;
    if (j == 0 || !tok_has(r, j - 1, LX_OFFICIAL_RECORD) || r->toks[j].comma_before) return CR_NEXT;
    if (j >= 2 && (r->toks[j - 2].mention >= 0 || tok_w(r, j - 2, LXW_ITS) || tok_w(r, j - 2, LXW_THEIR)))
        return CR_NEXT;
    a->name = "official information";
    return CR_FOUND;
}

/* "according to the paper": who published it */
static int document_author(reading *r, source_scan *s, attribution *a) {
    const dsc_claim_mention *m;
    return cl_doc_author(r, s->j, &m) ? referent(a, m) : CR_NEXT;
}

/* "Reuters reported ... / ..., according to the report": the outlet */
static int document_outlet(reading *r, source_scan *s, attribution *a) {
    const dsc_claim_mention *m;
    return cl_outlet_document(r, s->j, &m) ? referent(a, m) : CR_NEXT;
}

/* "according to the same report": the source of the claim before */
static int same_document(reading *r, source_scan *s, attribution *a) {
    if (s->j > 0 && tok_w(r, s->j - 1, LXW_SAME) && r->prev_name && r->prev_si + 3 > r->si) {
        a->name = r->prev_name; a->entity = r->prev_entity;
        return CR_FOUND;
    }
    return CR_NEXT;
}

/* "according to the report": the org the story is about */
static int document_topic(reading *r, source_scan *s, attribution *a) {
    const dsc_claim_mention *m;
    return cl_resolve_topic(r, s->j, &m) ? referent(a, m) : CR_NEXT;
}

/* The rules at a document word among the source's first three. */
#define SOURCE_DOCUMENT_RULES(X) \
    X("source-document-name-after", document_name_after) /* "according to a note Bernstein sent" */ \
    X("source-document-by",         document_by)         /* "according to a report by Bernstein" */ \
    X("source-document-seen-by",    document_seen_by)    /* "according to an internal memo seen by CNBC" */ \
    X("source-indefinite-document", indefinite_document) /* "according to a filing" */ \
    X("source-official-document",   official_document)   /* "according to court documents" */ \
    X("source-document-author",     document_author)     /* "according to the paper" */ \
    X("source-same-document",       same_document)       /* "according to the same report" */ \
    X("source-document-outlet",     document_outlet)     /* "Reuters reported ... according to the report" */ \
    X("source-document-topic",      document_topic)      /* "according to the report" */

static const char *const source_document_rule_names[] = { SOURCE_DOCUMENT_RULES(CR_NAME) };
#define DOCUMENT_RULE_ID(name, fn) DOCUMENT_RULE_##fn,
enum { SOURCE_DOCUMENT_RULES(DOCUMENT_RULE_ID) N_SOURCE_DOCUMENT_RULES };

/* "according to the company": the company meant */
static int the_company(reading *r, source_scan *s, attribution *a) {
    size_t k = s->k;
    const dsc_claim_mention *m;
    /* "according to the app analytics firm Appfigures": a descriptor of a name */
    if (name_after_descriptors(r, k) < r->nt) return CR_NEXT;
    if (k > 0 && tok_w(r, k - 1, LXW_THE) && (r->toks[k].cls.lo & LXM_PRONOUN) &&
        !(r->toks[k].cls.lo & LXM_PERSONAL) && !tok_w(r, k, LXW_IT) && !tok_w(r, k, LXW_THEY) &&
        !tok_w(r, k, LXW_WE) &&
        (cl_own_subject(r, k, &m) || cl_prev_subject(r, &m) || cl_resolve_topic(r, k, &m)))
        return referent(a, m);
    return CR_NEXT;
}

/* "according to people familiar with the matter", "per industry analysts";
 * "according to researchers at Parallax": a firm speaks through its
 * analysts and researchers, as in "analysts at Bernstein said" */
static int unnamed_source(reading *r, source_scan *s, attribution *a) {
    size_t k = s->k, n;
    const char *u;
    if (tok_has(r, k, LX_FIRM_ANALYST) && k + 2 < r->nt && tok_w(r, k + 1, LXW_AT) && !r->toks[k + 1].comma_before &&
        (n = name_after_descriptors(r, tok_w(r, k + 2, LXW_THE) ? k + 3 : k + 2)) < r->nt &&
        mention(r, r->toks[n].mention)->kind == DSC_ORG)
        return named(r, n, a);
    u = cl_unnamed_label(r, s->k);
    if (!u && s->k + 1 < r->nt) u = cl_unnamed_label(r, s->k + 1);   /* "industry analysts" */
    if (!u) return CR_NEXT;
    a->name = u;
    return CR_FOUND;
}

/* "according to estimates from Crescent Bay", "according to the app
 * analytics firm Appfigures", "estimates from the research firm
 * Yellowpine Research", "a list the Commission published": a name nearby, after its descriptors (a place
 * before it, "Hong Kong-based", describes it) */
static int name_nearby(reading *r, source_scan *s, attribution *a) {
    size_t j, n;
    const dsc_claim_mention *m;
    if (!s->describe) return CR_NEXT;
    for (j = s->k; j < r->nt && j < s->k + 8; j++) {
        if (j > s->k && r->toks[j].comma_before) break;
        /* "a count of the provincial lists by the research firm Lotus Policy Lab" */
        if (tok_w(r, j, LXW_FROM) || tok_w(r, j, LXW_BY) || tok_w(r, j, LXW_OF)) {
            size_t d = j + 1 < r->nt && tok_w(r, j + 1, LXW_THE) ? j + 2 : j + 1;
            if ((n = name_after_descriptors(r, d)) < r->nt) return named(r, n, a);
            /* "a count by the Shanghai research group Silk Road Tech Watch" */
            if ((n = after_descriptors(r, d)) < r->nt && unknown_named(r, d, n, a) == CR_FOUND) return CR_FOUND;
        }
        if (j >= s->k + 5) continue;
        if (r->toks[j].mention >= 0 && (n = name_after_descriptors(r, j)) < r->nt) return named(r, n, a);
        /* "a list the Commission published": the org named before that the
         * capitalised noun after "the" stands for (the European Commission) */
        if (r->toks[j].cap && j > s->k && tok_w(r, j - 1, LXW_THE) && cl_head_noun_org(r, j, &m)) return referent(a, m);
        /* a place inside the phrase describes ("Brussels-based", "filings
         * with Louisiana regulators", "the City of Kouvola"): no source */
        if (r->toks[j].mention >= 0 && mention(r, r->toks[j].mention)->kind != DSC_PLACE) return named(r, j, a);
        if (r->toks[j].mention >= 0) r->excluded[r->toks[j].mention] = 1;     /* a descriptor, not about */
    }
    return CR_NEXT;
}

/* "according to the City of Kouvola": a name the dictionary does not
 * know, as written */
static int unknown_source(reading *r, source_scan *s, attribution *a) {
    return unknown_named(r, s->k, s->k, a);
}

/* "according to registration records", "regulatory filings": official
 * information */
static int official_records(reading *r, source_scan *s, attribution *a) {
    size_t j;
    if (!s->describe) return CR_NEXT;
    for (j = s->k; j < r->nt && j < s->k + 3; j++)
        if (tok_has(r, j, LX_OFFICIAL_RECORD)) {
            a->name = "official information";
            return CR_FOUND;
        }
    return CR_NEXT;
}

/* "according to a property consultancy we spoke to": someone the text
 * does not name */
static int indefinite_source(reading *r, source_scan *s, attribution *a) {
    (void)r;
    if (!s->describe || !s->indefinite) return CR_NEXT;
    a->name = "unnamed source";
    return CR_FOUND;
}

/* "according to calculations by this newspaper", "figures compiled by
 * this publication": the text's own reckoning is the article's */
static int this_publication(reading *r, source_scan *s, attribution *a) {
    size_t j;
    if (!s->describe) return CR_NEXT;
    for (j = s->k; j + 1 < r->nt && j < s->k + 5; j++) {
        if (j > s->k && r->toks[j].comma_before) break;
        if (tok_w(r, j, LXW_THIS) && tok_has(r, j + 1, LX_SELF_PUBLICATION)) {
            a->name = "article"; a->mention = -1; a->entity = -1;
            return CR_FOUND;
        }
    }
    return CR_NEXT;
}

/* "..., on Hugging Face, according to the platform's public counters",
 * "On the LMArena leaderboard, ... according to the site's public
 * standings": a description with "the" that owns the figures stands for
 * the org or product the sentence named last before the frame */
static int description_owner(reading *r, source_scan *s, attribution *a) {
    size_t k = s->k, j;
    if (!s->describe || k == 0 || !tok_w(r, k - 1, LXW_THE) || r->toks[k].cap || r->toks[k].mention >= 0 ||
        !cl_possessive_after(r, k) || (r->toks[k].cls.lo & LXM_PRONOUN))
        return CR_NEXT;
    for (j = s->v; j-- > 0;) {
        int m = r->toks[j].mention;
        if (m >= 0 && (mention(r, m)->kind == DSC_ORG || mention(r, m)->kind == DSC_PRODUCT) &&
            !mention(r, m)->outlet)
            return named(r, j, a);
    }
    return CR_NEXT;
}

/* A word that ends a source described by its own words: a pronoun ("a
 * consultancy we spoke to") or a word that starts a clause or a phrase. */
static int description_end(const reading *r, size_t j) {
    return tok_w(r, j, LXW_WE) || tok_w(r, j, LXW_THEY) || tok_w(r, j, LXW_IT) || tok_w(r, j, LXW_HE) ||
           tok_w(r, j, LXW_SHE) || tok_w(r, j, LXW_I) || tok_w(r, j, LXW_THAT) || tok_w(r, j, LXW_WHICH) ||
           tok_w(r, j, LXW_WHO) || tok_w(r, j, LXW_AND) || tok_w(r, j, LXW_OR) || tok_w(r, j, LXW_FROM) ||
           tok_w(r, j, LXW_BY) || tok_w(r, j, LXW_OF) || tok_w(r, j, LXW_IN) || tok_w(r, j, LXW_ON) ||
           tok_w(r, j, LXW_FOR) || tok_w(r, j, LXW_WITH);
}

/* "according to company filings": up to three lowercase words, as written */
static int description(reading *r, source_scan *s, attribution *a) {
    size_t j;
    const char *d;
    if (!s->describe) return CR_NEXT;
    for (j = s->k; j < r->nt && j < s->k + 3; j++) {
        if (r->toks[j].cap || (j > s->k && r->toks[j].comma_before) || r->toks[j].mention >= 0) break;
        if (description_end(r, j)) break;
    }
    if (j == s->k || !(d = cl_description(r, s->k, j - 1))) return CR_STOP;
    a->name = d;
    return CR_FOUND;
}

/* The rules on the source when no document word named it; the last six
 * only for a frame that describes ("according to"). */
#define SOURCE_RULES(X) \
    X("source-the-company",       the_company)       /* "according to the company" */ \
    X("source-unnamed",           unnamed_source)    /* "according to people familiar with the matter" */ \
    X("source-name-nearby",       name_nearby)       /* "according to estimates from Crescent Bay" */ \
    X("source-unknown-name",      unknown_source)    /* "according to the City of Kouvola" */ \
    X("source-official-records",  official_records)  /* "according to registration records" */ \
    X("source-indefinite",        indefinite_source) /* "according to a consultancy we spoke to" */ \
    X("source-this-publication",  this_publication)  /* "according to calculations by this newspaper" */ \
    X("source-description-owner", description_owner) /* "according to the platform's counters" */ \
    X("source-description",       description)       /* "according to company filings" */

static const char *const source_rule_names[] = { SOURCE_RULES(CR_NAME) };
#define SOURCE_RULE_ID(name, fn) SOURCE_RULE_##fn,
enum { SOURCE_RULES(SOURCE_RULE_ID) N_SOURCE_RULES };

/* What a source rule that did not pass says: 1 when it found the source
 * (its name recorded), 0 when it stopped. */
static int source_found(int o, const char *name, attribution *a) {
    if (o != CR_FOUND) return 0;
    a->rule = name;
    return 1;
}

/* Run the document rules, or the source rules, in their order, each
 * called by name (the compiler inlines the small ones); 1 when one found
 * the source, 0 when none did or one stopped. */
static int run_document_rules(reading *r, source_scan *s, attribution *a) {
    int o;
#define DOCUMENT_TRY(name, fn) \
    if ((o = fn(r, s, a)) != CR_NEXT) return source_found(o, source_document_rule_names[DOCUMENT_RULE_##fn], a);
    SOURCE_DOCUMENT_RULES(DOCUMENT_TRY)
#undef DOCUMENT_TRY
    return 0;
}

static int run_source_rules(reading *r, source_scan *s, attribution *a) {
    int o;
#define SOURCE_TRY(name, fn) if ((o = fn(r, s, a)) != CR_NEXT) return source_found(o, source_rule_names[SOURCE_RULE_##fn], a);
    SOURCE_RULES(SOURCE_TRY)
#undef SOURCE_TRY
    return 0;
}

/* The source named from token k on, after the frame's word at token v
 * ("according to", "per", "citing"): a name right after it (recorded as
 * the frame's own rule), a document standing for its author, an unnamed
 * source, or (describe: "according to") the words themselves as a
 * lowercase description ("company filings"). */
static int source_after(reading *r, const char *frame, size_t v, size_t k, int describe, attribution *a) {
    source_scan s;
    size_t j;
    s.v = v; s.describe = describe;
    s.indefinite = k < r->nt && (tok_w(r, k, LXW_A) || tok_w(r, k, LXW_AN));
    while (k < r->nt && source_det(r, k)) k++;
    if (k >= r->nt || r->toks[k].in_quote) return 0;
    s.k = k;
    if (place_describes(r, k)) exclude_span(r, k, k);            /* "the Berlin senate's plan" */
    else if (r->toks[k].mention >= 0) {
        /* "per Bank of America's fund manager survey" still names the bank */
        named(r, k, a);
        cl_exclude_appositive(r, a->mention);
        a->rule = frame;
        return 1;
    }
    for (j = k; j < r->nt && j < k + 3; j++) {
        if (!(r->toks[j].cls.lo & LXM_DOCUMENT)) continue;
        s.j = j;
        if (run_document_rules(r, &s, a)) return 1;
    }
    return run_source_rules(r, &s, a);
}

/* ===================================================================== */
/* The frames that cite a source                                         */
/* ===================================================================== */


/* The owner of "X's own" reckoning at token own ("Nvidia's own", "his
 * own", "its own": the org of this sentence first, "the lab's own"), or
 * NULL. k: the token after "by" or "according to". */
static const dsc_claim_mention *reckoning_owner(reading *r, size_t k, size_t own) {
    const dsc_claim_mention *m = NULL;
    size_t x;
    if (r->toks[own - 1].mention >= 0 && cl_possessive_after(r, own - 1))
        return cl_maker(r, r->toks[own - 1].mention);             /* "Nvidia's own" */
    if (tok_w(r, own - 1, LXW_HIS) || tok_w(r, own - 1, LXW_HER))
        return cl_resolve_pronoun(r, own - 1, 1, &m) ? m : NULL;
    if (tok_w(r, own - 1, LXW_ITS) || tok_w(r, own - 1, LXW_THEIR)) {
        /* "By its own count, Zhipu has ...": the org of this sentence first */
        for (x = 0; x < r->nt && !m; x++)
            if (r->toks[x].mention >= 0 && !r->toks[x].in_quote) {
                const dsc_claim_mention *o = cl_maker(r, r->toks[x].mention);
                if (o->kind == DSC_ORG && !o->outlet) m = o;
            }
        if (!m && !cl_resolve_topic(r, own - 1, &m)) return NULL;
        return m;
    }
    if (own - k == 2 && tok_w(r, k, LXW_THE) && (r->toks[k + 1].cls.lo & LXM_PRONOUN) &&
        cl_possessive_after(r, k + 1))
        return cl_resolve_topic(r, k + 1, &m) ? m : NULL;         /* "the lab's own" */
    return NULL;
}

/* "by the lab's own arithmetic", "by its own count", "according to
 * Nvidia's own estimate": the owner of the reckoning is the source */
static int own_reckoning(reading *r, size_t i, attribution *a) {
    const dsc_claim_mention *m;
    size_t k, own;
    if (tok_w(r, i, LXW_ACCORDING) && tok_w(r, i + 1, LXW_TO)) k = i + 2;
    else if (tok_w(r, i, LXW_BY)) k = i + 1;
    else return CR_NEXT;
    own = k;
    while (own < r->nt && own < k + 3 && !tok_w(r, own, LXW_OWN)) own++;
    if (own == k || own + 1 >= r->nt || !tok_w(r, own, LXW_OWN) || r->toks[own].in_quote) return CR_NEXT;
    if (!tok_has(r, own + 1, LX_RECKONING_OWN)) return CR_NEXT;
    if (!(m = reckoning_owner(r, k, own))) return CR_NEXT;
    a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
    return CR_FOUND;
}

/* "according to Reuters", "according to the paper", "according to
 * company filings" */
static int according_to(reading *r, size_t i, attribution *a) {
    if (!(tok_w(r, i, LXW_ACCORDING) && tok_w(r, i + 1, LXW_TO))) return CR_NEXT;
    return source_after(r, "according-to", i, i + 2, 1, a) ? CR_FOUND_SUB : CR_NEXT;
}

/* "By the paper's accounting, ...": the reckoning of a document the text
 * is about, so of the org the text is about */
static int paper_reckoning(reading *r, size_t i, attribution *a) {
    const dsc_claim_mention *m;
    size_t k = i + 1;
    if (!tok_w(r, i, LXW_BY)) return CR_NEXT;
    if (k + 2 >= r->nt || !tok_w(r, k, LXW_THE) || !(r->toks[k + 1].cls.lo & LXM_DOCUMENT) ||
        !cl_possessive_after(r, k + 1) || r->toks[k].in_quote)
        return CR_NEXT;
    if (!tok_has(r, k + 2, LX_RECKONING_PAPER) || !cl_resolve_topic(r, k + 1, &m)) return CR_NEXT;
    a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
    return CR_FOUND;
}

/* "per Reuters", "per three researchers", not a rate ("per share",
 * "per hour": the lexicon's rate nouns) */
static int per_source(reading *r, size_t i, attribution *a) {
    if (!(tok_w(r, i, LXW_PER) && (!r->toks[i].cap || i == 0))) return CR_NEXT;
    if (!(r->toks[i + 1].mention >= 0 || r->toks[i + 1].cap || tok_w(r, i + 1, LXW_THE) ||
          tok_w(r, i + 1, LXW_A) || tok_w(r, i + 1, LXW_ITS) || (r->toks[i + 1].cls.lo & LXM_UNNAMED) ||
          (i + 2 < r->nt && (r->toks[i + 2].cls.lo & LXM_UNNAMED))) ||
        tok_has(r, i + 1, LX_RATE_NOUN))
        return CR_NEXT;
    return source_after(r, "per-source", i, i + 1, 0, a) ? CR_FOUND_SUB : CR_NEXT;
}

/* "X paused sign-ups, citing people familiar with the matter" */
static int citing(reading *r, size_t i, attribution *a) {
    if (!tok_w(r, i, LXW_CITING)) return CR_NEXT;
    return source_after(r, "citing", i, i + 1, 0, a) ? CR_FOUND_SUB : CR_NEXT;
}

/* The frames, tried in this order at each word of the sentence that may
 * cite a source (class source-cue: according, by, per, citing). */
#define SOURCE_FRAMES(X) \
    X("own-reckoning",   own_reckoning)   /* "by its own count", "by Nvidia's own count" */ \
    X("according-to",    according_to)    /* "according to Reuters" */ \
    X("paper-reckoning", paper_reckoning) /* "By the paper's accounting" */ \
    X("per-source",      per_source)      /* "per Reuters" */ \
    X("citing",          citing)          /* "citing people familiar with the matter" */

static const char *const source_frame_names[] = { SOURCE_FRAMES(CR_NAME) };
#define FRAME_ID(name, fn) FRAME_##fn,
enum { SOURCE_FRAMES(FRAME_ID) N_SOURCE_FRAMES };

/* The frames at word i called by name in their order: the outcome of the
 * first that does not pass, its number in *k; CR_NEXT when all pass. */
static int run_source_frames(reading *r, size_t i, attribution *a, size_t *k) {
    int o;
#define FRAME_TRY(name, fn) if ((o = fn(r, i, a)) != CR_NEXT) { *k = FRAME_##fn; return o; }
    SOURCE_FRAMES(FRAME_TRY)
#undef FRAME_TRY
    return CR_NEXT;
}

/* ===================================================================== */
/* The top level                                                         */
/* ===================================================================== */

typedef struct {
    attribution by_verb;    /* the reporting verb's claimant */
    int verb;               /* there is one */
} claimant_scan;


/* "X said", "said X", "X's engineers wrote": a named speaker is the
 * originator and wins over a relay ("according to one of those people");
 * but a commitment ("the UAE has pledged to invest ..., according to the
 * White House"; "Amazon expects capex of $125 billion, according to CFO
 * Brian Olsavsky") is an action the source reports, not a statement */
static int named_speaker(reading *r, const claimant_scan *c, attribution *a) {
    const attribution *v = &c->by_verb;
    int commitment = v->verb < r->nt && tok_has(r, v->verb, LX_COMMITMENT);
    if (!c->verb || !(v->mention >= 0 || v->entity >= 0) || v->passive || commitment) return CR_NEXT;
    *a = *v;
    return CR_FOUND_SUB;
}

/* Does the verb of saying at v report a clause of its own before token
 * end ("told staff that the lab would ...", "said prices will fall"), not
 * an act with a noun for its object ("disputed the characterisation")? */
static int reports_clause(const reading *r, size_t v, size_t end) {
    size_t k;
    for (k = v + 1; k < end && k < r->nt; k++)
        if (tok_w(r, k, LXW_THAT) || tok_has(r, k, LX_FINITE_VERB) || r->toks[k].in_quote) return 1;
    return 0;
}

/* Does the speaker of the verb at v close a statement before it ("The
 * company has cut that budget, Grace Tan told staff, according to a
 * recording": Grace Tan's words)? Its subject follows a comma, and the
 * words before that comma hold a verb. */
static int speaker_closes_statement(const reading *r, const attribution *v) {
    size_t s0 = v->verb, k;
    if (v->mention >= 0)
        for (k = 0; k < v->verb; k++)
            if (r->toks[k].mention == v->mention) { s0 = k; break; }
    if (s0 == 0 || !r->toks[s0].comma_before || tok_has(r, s0, LX_CLAUSE_LINK)) return 0;
    for (k = s0; k-- > 0;) {
        if (tok_has(r, k, LX_FINITE_VERB) || (r->toks[k].cls.lo & (LXM_PREDICATE | LXM_REPORT))) return 1;
        if (r->toks[k].comma_before) break;
    }
    return 0;
}

static int cited_source(reading *r, const claimant_scan *c, attribution *a);

/* "Beijing has told firms to stop buying the chip, people with knowledge
 * of the matter told The Information": an unnamed source closing the
 * sentence (a verb of telling after a comma and its subject, among the
 * last ten words, an outlet right after it and nothing after that but
 * where and when) that told an outlet: the outlet relays what it was
 * told (unnamed-told-outlet). Fills s (its verb: the verb of telling) and
 * the subject's first word in *from; 0 when the sentence does not close so. */
static int closing_told_outlet(reading *r, size_t after, attribution *s, size_t *from) {
    size_t v, c, k;
    const dsc_claim_mention *o;
    for (v = r->nt; v-- > after + 1 && v + 10 >= r->nt;)
        if ((r->toks[v].cls.lo & LXM_TELL) && !r->toks[v].in_quote) break;
    if (v <= after || v + 10 < r->nt || !(r->toks[v].cls.lo & LXM_TELL) || r->toks[v].in_quote) return 0;
    for (c = v; c > after + 1 && v - c < 8 && !r->toks[c].comma_before; c--) continue;
    if (c == v || !r->toks[c].comma_before || v + 1 >= r->nt || r->toks[v + 1].mention < 0) return 0;
    o = mention(r, r->toks[v + 1].mention);
    if (!o->outlet) return 0;
    for (k = v + 1; k < r->nt; k++)
        if (r->toks[k].comma_before || r->toks[k].in_quote) return 0;
    if (!cl_subject_before(r, v, s) || s->mention >= 0 || s->entity >= 0 || !s->name || cl_is_article(s->name))
        return 0;
    s->mention = r->toks[v + 1].mention; s->name = o->name;
    s->rule = "unnamed-told-outlet"; s->verb = v;
    *from = c;
    return 1;
}

/* "Meta executives have disputed the figure, according to one person who
 * attended": an unnamed source that closes the sentence (after a comma,
 * nothing after it but its own words) reports all before it, the named
 * subject's act included, as a closing verb of saying does
 * (closing-statement); a named speaker whose verb reports a clause still
 * originates it ("Jane Doe told staff the lab would cut prices, according
 * to one of those people": Jane Doe) */
static int closing_unnamed_source(reading *r, const claimant_scan *c, attribution *a) {
    const attribution *v = &c->by_verb;
    attribution s = *a;
    size_t k, from;
    if (!c->verb || !(v->mention >= 0 || v->entity >= 0) || v->passive || v->verb >= r->nt) return CR_NEXT;
    if (cited_source(r, c, &s) == CR_NEXT || s.mention >= 0 || s.entity >= 0 || !s.name ||
        cl_is_article(s.name) || s.verb <= v->verb || !r->toks[s.verb].comma_before) {
        s = *a;
        if (!closing_told_outlet(r, v->verb, &s, &from)) return CR_NEXT;
    } else {
        for (k = s.verb + 1; k < r->nt; k++)
            if (r->toks[k].comma_before || r->toks[k].in_quote) return CR_NEXT;
        from = s.verb;
    }
    if (reports_clause(r, v->verb, from) || speaker_closes_statement(r, v)) return CR_NEXT;
    *a = s;
    return CR_FOUND_SUB;
}

/* The outlet that closes the sentence as the subject of a verb of saying
 * (", the Financial Times reported", after a comma, among the last nine
 * words, nothing after the verb but where and when); its verb in *verb and
 * the subject's first word in *from; NULL when the sentence does not close so. */
static const dsc_claim_mention *closing_outlet(const reading *r, size_t after, size_t *verb, size_t *from) {
    size_t v, c, k;
    int m;
    for (v = r->nt; v-- > after + 1 && v + 9 >= r->nt;)
        if ((r->toks[v].cls.lo & LXM_REPORT) && !r->toks[v].in_quote) break;
    if (v <= after + 1 || v + 9 < r->nt || !(r->toks[v].cls.lo & LXM_REPORT) || r->toks[v].in_quote ||
        r->toks[v].comma_before || (m = r->toks[v - 1].mention) < 0 || !mention(r, m)->outlet)
        return NULL;
    for (c = v - 1; c > after + 1 && r->toks[c - 1].mention == m && !r->toks[c].comma_before; c--) continue;
    if (c > after + 1 && !r->toks[c].comma_before && tok_w(r, c - 1, LXW_THE)) c--;
    if (!r->toks[c].comma_before || (v + 1 < r->nt && !tok_has(r, v + 1, LX_PREPOSITION))) return NULL;
    for (k = v + 1; k < r->nt; k++)
        if (r->toks[k].comma_before || r->toks[k].in_quote) return NULL;
    *verb = v; *from = c;
    return mention(r, m);
}

/* "The regulator last month told companies including ByteDance to stop
 * ordering the chip, the Financial Times reported": an outlet closing the
 * sentence only relays a named speaker's report (closing-statement), but
 * what a verb of telling orders is no clause the subject reports: the
 * outlet reports it (doc/claims.md: "an order is no clause Beijing reports").
 * "Jane Doe told staff the lab would cut prices, Reuters reported" stays
 * Jane Doe's. */
static int closing_outlet_act(reading *r, const claimant_scan *c, attribution *a) {
    const attribution *v = &c->by_verb;
    const dsc_claim_mention *o;
    size_t verb, from;
    if (!c->verb || !(v->mention >= 0 || v->entity >= 0) || v->passive || v->verb >= r->nt ||
        !(r->toks[v->verb].cls.lo & LXM_TELL) || (v->mention >= 0 && mention(r, v->mention)->outlet))
        return CR_NEXT;
    if (!(o = closing_outlet(r, v->verb, &verb, &from)) || reports_clause(r, v->verb, from) ||
        speaker_closes_statement(r, v))
        return CR_NEXT;
    a->mention = r->toks[verb - 1].mention; a->entity = -1; a->name = o->name;
    a->verb = verb;
    return CR_FOUND;
}

/* "according to X", "per X", "citing X", "by its own count": the first
 * source a frame cites */
static int cited_source(reading *r, const claimant_scan *c, attribution *a) {
    attribution by_source = *a;
    size_t i, f;
    (void)c;
    if (!dsc_lx_has(r->all, LX_SOURCE_CUE)) return CR_NEXT;     /* no word of the sentence is one */
    for (i = 0; i + 1 < r->nt; i++) {
        if (r->toks[i].in_quote || !tok_has(r, i, LX_SOURCE_CUE)) continue;
        int o = run_source_frames(r, i, &by_source, &f);
        if (o == CR_NEXT) continue;
        if (o == CR_FOUND) by_source.rule = source_frame_names[f];
        by_source.verb = i;
        *a = by_source;
        return CR_FOUND_SUB;
    }
    return CR_NEXT;
}

/* "analysts said", "it said", "is said to": the verb's unnamed, pronoun
 * or passive subject */
static int verb_speaker(reading *r, const claimant_scan *c, attribution *a) {
    (void)r;
    if (!c->verb) return CR_NEXT;
    *a = c->by_verb;
    return CR_FOUND_SUB;
}

/* nobody is cited: the article's own voice */
static int article_voice(reading *r, const claimant_scan *c, attribution *a) {
    (void)r; (void)c;
    a->name = "article"; a->mention = -1;
    return CR_FOUND;
}

/* The top level, in the order it is tried. */
#define CLAIMANT_RULES(X) \
    X("closing-unnamed-source", closing_unnamed_source) /* "..., according to one person who attended" */ \
    X("closing-outlet-act", closing_outlet_act) /* "X told firms to stop ..., the FT reported" */ \
    X("named-speaker", named_speaker) /* "Jane Doe said" (records the verb's rule) */ \
    X("cited-source",  cited_source)  /* "according to Reuters" (records the frame's rule) */ \
    X("verb-speaker",  verb_speaker)  /* "analysts said", "is said to" (records the verb's rule) */ \
    X("article-voice", article_voice) /* "Nvidia released a chip." */

static const char *const claimant_rule_names[] = { CLAIMANT_RULES(CR_NAME) };
#define CLAIMANT_ID(name, fn) CLAIMANT_##fn,
enum { CLAIMANT_RULES(CLAIMANT_ID) N_CLAIMANT_RULES };

/* The top level's rules called by name in their order (the compiler
 * inlines the small ones): the first that does not pass decides; its
 * outcome, its number in *k (N_CLAIMANT_RULES: none decided). */
static int run_claimant_rules(reading *r, const claimant_scan *c, attribution *a, size_t *k) {
    int o;
#define CLAIMANT_TRY(name, fn) if ((o = fn(r, c, a)) != CR_NEXT) { *k = CLAIMANT_##fn; return o; }
    CLAIMANT_RULES(CLAIMANT_TRY)
#undef CLAIMANT_TRY
    *k = N_CLAIMANT_RULES;
    return CR_NEXT;
}

/* "One Meta researcher, who spoke on condition of anonymity, said", "who
 * asked not to be named": an unnamed source, unless a person is named or
 * the speaker is a government body's ("A White House official, speaking
 * on condition of anonymity, said": an official speaks for the body, named
 * or not; a company's employee does not) */
#define ANONYMOUS_MASK (CL_WORD_BIT(LXW_ANONYMITY) | CL_WORD_BIT(LXW_ANONYMOUS) | CL_WORD_BIT(LXW_NAMED) | \
                        CL_WORD_BIT(LXW_IDENTIFIED))      /* the words it looks for (cl_word_maybe) */
static void anonymous_speaker(reading *r, attribution *a) {
    size_t i, v;
    if ((a->mention >= 0 && (mention(r, a->mention)->kind == DSC_PERSON || mention(r, a->mention)->gov)) ||
        !(r->all.lo & LXM_REPORT))
        return;
    for (i = 0; i < r->nt; i++)
        if (cl_word_maybe(ANONYMOUS_MASK, r->toks[i].word) && !r->toks[i].in_quote &&
            (tok_w(r, i, LXW_ANONYMITY) || tok_w(r, i, LXW_ANONYMOUS) ||
             ((tok_w(r, i, LXW_NAMED) || tok_w(r, i, LXW_IDENTIFIED)) && i > 2 && tok_w(r, i - 1, LXW_BE) &&
              tok_w(r, i - 2, LXW_TO) && tok_w(r, i - 3, LXW_NOT)))) {
            for (v = i + 1; v < r->nt; v++)
                if ((r->toks[v].cls.lo & LXM_REPORT) && !r->toks[v].in_quote) break;
            if (v == r->nt) return;
            a->name = "unnamed source"; a->mention = -1; a->entity = -1; a->rule = "anonymous-speaker";
            if (a->verb >= r->nt) a->verb = v;
            return;
        }
}

void cl_find_attribution(reading *r, attribution *a) {
    claimant_scan c;
    size_t i;
    a->name = "article"; a->mention = -1; a->entity = -1; a->verb = r->nt; a->passive = 0; a->self = 0;
    a->named = 0;
    a->rule = NULL;                    /* the rule that decides names itself */
    c.by_verb = *a;
    c.verb = cl_verb_attribution(r, &c.by_verb);
    if (run_claimant_rules(r, &c, a, &i) == CR_FOUND) a->rule = claimant_rule_names[i];
    if (a->mention >= 0) a->entity = (long)mention(r, a->mention)->entity;
    anonymous_speaker(r, a);
}

/* "told Reuters", "told the Chinese outlet 36Kr": the outlet only relays. */
void cl_exclude_told(reading *r) {
    size_t i, k;
    if (!(r->all.lo & LXM_TELL)) return;                       /* no word of the sentence is one */
    for (i = 0; i + 1 < r->nt; i++) {
        if (!(r->toks[i].cls.lo & LXM_TELL)) continue;
        for (k = i + 1; k < r->nt && k <= i + 5; k++) {
            if (k > i + 1 && r->toks[k].comma_before) break;
            /* "told us DeepSeek took delivery": the listener came first */
            if (tok_has(r, k, LX_AUDIENCE)) break;
            if (r->toks[k].mention >= 0) { r->excluded[r->toks[k].mention] = 1; break; }
            if (tok_w(r, k, LXW_THAT) || (r->toks[k].cls.lo & LXM_PRONOUN)) break;
        }
    }
}

const char *const *cl_attribution_rule_names(size_t *n) {
    static const char *const names[] = {
        CLAIMANT_RULES(CR_NAME) SOURCE_FRAMES(CR_NAME) SOURCE_DOCUMENT_RULES(CR_NAME) SOURCE_RULES(CR_NAME)
        "anonymous-speaker",    /* applied after the table: "who spoke on condition of anonymity" */
    };
    *n = N_RULES(names);
    return names;
}
