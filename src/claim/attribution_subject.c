/*
 * attribution_subject.c: the subject of a reporting verb, from the words
 * before it ("Jane Doe, an analyst at Foo, said", "the company said",
 * "people familiar with the matter said"). Two ordered tables of named
 * rules: the first reads the words around the verb, the second each word
 * walking back from it. Also what the verb rules and the cited sources
 * ask of subjects: an unnamed source's description, the sentence's own
 * subject, the apposition after a claimant.
 */
#include "claim.h"

/* ===================================================================== */
/* Unnamed sources                                                       */
/* ===================================================================== */

/* "people with knowledge of the matter" keeps its words; "people with
 * knowledge of its finances" is the usual "people familiar with the
 * matter". k: the token "knowledge". */
static const char *knowledge_label(const reading *r, size_t k) {
    if (k + 3 < r->nt && tok_w(r, k + 1, LXW_OF) && tok_w(r, k + 2, LXW_THE) && tok_w(r, k + 3, LXW_MATTER))
        return "people with knowledge of the matter";
    return "people familiar with the matter";
}

/* "the people said", "one of the sources said": the description the text
 * gave them when it first cited them ("people familiar with the matter"),
 * looked for in the 3000 bytes before the sentence, latest first. i: the
 * noun (class source-noun). */
static const char *source_noun_label(const reading *r, size_t i) {
    const char *t = r->in->text;
    size_t from = r->s->start > 3000 ? r->s->start - 3000 : 0, j;
    if (i > 0 && (tok_w(r, i - 1, LXW_THE) || tok_w(r, i - 1, LXW_THOSE) || tok_w(r, i - 1, LXW_THESE)) &&
        r->s->start >= from + 13 && (j = cl_latest_phrase(r, from, r->s->start - 13)) != (size_t)-1) {
        if (t[j] == 'f') return "people familiar with the matter";
        return j + 23 <= r->s->start && memcmp(t + j, "knowledge of the matter", 23) == 0
               ? "people with knowledge of the matter" : "people familiar with the matter";
    }
    if (i + 3 < r->nt && tok_w(r, i + 1, LXW_IN) && tok_w(r, i + 2, LXW_THE) && tok_w(r, i + 3, LXW_INDUSTRY))
        return "people in the industry";
    return "unnamed source";
}

/* An unnamed source written from token i on ("people familiar with ...",
 * "analysts", "one of those people"), or NULL. */
const char *cl_unnamed_label(const reading *r, size_t i) {
    size_t k;
    /* "one of those people", "some of the analysts" */
    for (k = i; k + 1 < r->nt && k < i + 3 && (tok_w(r, k, LXW_ONE) || tok_w(r, k, LXW_SOME) ||
         tok_w(r, k, LXW_TWO) || tok_w(r, k, LXW_OF) || tok_w(r, k, LXW_THOSE) || tok_w(r, k, LXW_THE) ||
         tok_w(r, k, LXW_THESE)); k++) {}
    if (k != i && (r->toks[k].cls.lo & LXM_UNNAMED)) i = k;

    for (k = i; k < r->nt && k < i + 6; k++) {
        /* the annotation keeps the text's phrase; "a person briefed on
         * the terms" is one of them (doc/claims.md), as familiar_with
         * reads it before a verb */
        if (tok_w(r, k, LXW_FAMILIAR) || tok_w(r, k, LXW_BRIEFED)) return "people familiar with the matter";
        if (tok_w(r, k, LXW_KNOWLEDGE)) return knowledge_label(r, k);
    }
    if (tok_has(r, i, LX_SOURCE_NOUN)) return source_noun_label(r, i);
    if (tok_w(r, i, LXW_INSIDERS) && i > 0 && tok_w(r, i - 1, LXW_INDUSTRY)) return "industry insiders";
    /* "OpenAI founders": the founders of a company named are not a source */
    if (tok_w(r, i, LXW_FOUNDERS) && i > 0 && r->toks[i - 1].mention >= 0) return NULL;
    /* "analysts", "sceptics" (skeptics), "corporate records" (official
     * information): the lexicon's label */
    if (tok_has(r, i, LX_UNNAMED_LABEL)) return cl_lex_label(r, i);
    if (tok_w(r, i, LXW_OFFICIAL) && i + 1 < r->nt && tok_w(r, i + 1, LXW_INFORMATION))
        return "official information";
    return NULL;
}

/* The description of the unnamed person at token k ("an official":
 * official, "one analyst": analysts), from the lexicon's label. */
const char *cl_indefinite_label(const reading *r, size_t k) {
    return tok_has(r, k, LX_INDEFINITE_LABEL) ? cl_lex_label(r, k) : "unnamed source";
}

/* "a", "an", "one", "another": a person the text does not name. */
static int indefinite_det(const reading *r, size_t k) { return tok_has(r, k, LX_INDEFINITE_DETERMINER); }

/* "at", "from", "inside", "within": a source placed inside an org. */
static int inside_prep(const reading *r, size_t k) {
    return tok_w(r, k, LXW_AT) || tok_w(r, k, LXW_FROM) || tok_w(r, k, LXW_INSIDE) || tok_w(r, k, LXW_WITHIN);
}

/* "sources at OpenAI", "one engineer at a U.S. lab", "analysts at
 * Bernstein": the token at k (a mention or a noun) follows "at X" after a
 * people noun. Firms speak through their analysts and researchers; a
 * source inside a company stays unnamed. Returns 1 and fills a. */
static int unnamed_at(reading *r, size_t k, attribution *a) {
    size_t j = k, steps = 0;
    while (j > 0 && steps < 4) {
        j--; steps++;
        if (inside_prep(r, j)) break;
        if (r->toks[j].comma_before) return 0;
    }
    if (!inside_prep(r, j) || j == 0) return 0;
    j--;
    if (!(r->toks[j].cls.lo & LXM_UNNAMED) && !(r->toks[j].cls.lo & LXM_ROLE)) return 0;
    if (tok_has(r, j, LX_FIRM_ANALYST) && r->toks[k].mention >= 0) {
        a->mention = r->toks[k].mention; a->name = mention(r, a->mention)->name;
        return 1;
    }
    /* "an official at the commission said": an official speaks for the
     * body (a source inside a company stays unnamed) */
    if (tok_w(r, j, LXW_OFFICIAL) || tok_w(r, j, LXW_OFFICIALS) || tok_has(r, j, LX_SPOKESPERSON)) {
        const dsc_claim_mention *m;
        if (r->toks[k].mention >= 0 && mention(r, r->toks[k].mention)->kind == DSC_ORG) {
            a->mention = r->toks[k].mention; a->name = mention(r, a->mention)->name;
            return 1;
        }
        if (k > 0 && tok_w(r, k - 1, LXW_THE) && (cl_head_noun_org(r, k, &m) || cl_regulator_noun(r, k, &m))) {
            a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
            return 1;
        }
    }
    a->mention = -1;
    a->name = cl_unnamed_label(r, j);
    if (!a->name) a->name = "unnamed source";
    if (r->toks[k].mention >= 0) r->excluded[r->toks[k].mention] = 1;   /* where the source works */
    return 1;
}

/* ===================================================================== */
/* The sentence's subject, the apposition after a claimant               */
/* ===================================================================== */

/* Where the gap after token k holds byte c, or 0 (k + 1 < r->nt). The
 * gaps are a few bytes: a loop, no call. */
static const char *gap_has(const reading *r, size_t k, char c) {
    const char *t = r->in->text;
    size_t x;
    for (x = r->toks[k].end; x < r->toks[k + 1].start; x++)
        if (t[x] == c) return t + x;
    return NULL;
}

/* Fills a with the referent m (a pronoun's or a description's). */
static int referent(attribution *a, const dsc_claim_mention *m) {
    a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
    return 1;
}

/* Fills a with the mention at token k. */
static int named(reading *r, size_t k, attribution *a) {
    a->mention = r->toks[k].mention; a->name = mention(r, a->mention)->name;
    return 1;
}

/* The first named subject of the sentence, after any dateline: the
 * subject of a coordinated verb ("X released a model and said ..."). */
int cl_sentence_subject(reading *r, size_t v, attribution *a) {
    size_t k;
    /* "She argued that ... and said she expected ...", "The company raised
     * its forecast, citing ...": a pronoun or description opening the
     * sentence is its subject */
    if (v > 1 && !r->toks[0].in_quote && (r->toks[0].cls.lo & LXM_PRONOUN)) {
        const dsc_claim_mention *m;
        if (r->toks[0].cls.lo & LXM_PERSONAL) {
            if (r->prev_name && r->prev_person && r->prev_entity < 0 && r->prev_si + 3 > r->si) {
                a->name = r->prev_name; a->mention = -1; a->entity = -1;
                return 1;
            }
            if (cl_resolve_pronoun(r, 0, 1, &m)) return referent(a, m);
        } else if (!tok_w(r, 0, LXW_WE) && (cl_prev_subject(r, &m) || cl_resolve_topic(r, 0, &m))) {
            return referent(a, m);
        }
    }
    if (v > 2 && tok_w(r, 0, LXW_THE) && (r->toks[1].cls.lo & LXM_PRONOUN) && !(r->toks[1].cls.lo & LXM_PERSONAL)) {
        const dsc_claim_mention *m;
        if (cl_prev_subject(r, &m) || cl_resolve_topic(r, 1, &m)) return referent(a, m);
    }
    for (k = 0; k < v; k++) {
        const ctok *t = &r->toks[k];
        if (t->in_quote) continue;
        /* past the main verb, a name is its object ("Berlin's commissioner
         * has asked Apple to remove the app, saying ...") */
        if (t->mention < 0 && (t->cls.lo & (LXM_AUX | LXM_PREDICATE | LXM_REPORT)) && !t->comma_before && k > 0)
            return 0;
        if (t->mention >= 0) {
            const dsc_claim_mention *m = mention(r, t->mention);
            /* an outlet opening the sentence is its subject ("The research
             * firm SemiAnalysis estimated ... and said"); one later in it
             * is a source cited along the way */
            if ((m->outlet && k > 3) || (m->kind != DSC_ORG && m->kind != DSC_PERSON)) continue;
            if (m->start < cl_dateline_end(r)) continue;
            return named(r, k, a);
        }
    }
    return 0;
}

/* The appositive after a claimant: ", CEO of Foo," / ", a partner at Foo,".
 * It opens with a determiner, a title or a lowercase word, never with a
 * name ("according to Reuters, Nvidia lost ..." has none). */
/* The last token of mention rel (relative), or nt. A token starting at
 * or after the mention's end never carries it (cl_read_sentence gives a
 * token the first mention not ended before it), so the search starts
 * below the first such token, found by halving. (No mention, -1: the
 * last token without one, as the walk over all tokens found it.) */
static size_t last_token_of(const reading *r, int rel) {
    size_t lo = r->nt, hi = r->nt, k;
    if (rel >= 0) {
        uint32_t end = mention(r, rel)->start + mention(r, rel)->len;
        lo = 0;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (r->toks[mid].start < end) lo = mid + 1; else hi = mid;
        }
    }
    for (k = lo; k-- > 0;)
        if (r->toks[k].mention == rel) return k;
    return r->nt;
}

void cl_exclude_appositive(reading *r, int claimant) {
    size_t k, start = last_token_of(r, claimant);
    if (start >= r->nt) return;
    for (k = start + 1; k < r->nt && r->toks[k].mention == claimant; k++) {}
    if (k >= r->nt || !r->toks[k].comma_before || r->toks[k].mention >= 0) return;
    if (r->toks[k].cap && !(tok_has(r, k, LX_OFFICER_TITLE) || tok_w(r, k, LXW_A) || tok_w(r, k, LXW_AN) ||
                            tok_w(r, k, LXW_THE)))
        return;
    for (; k < r->nt && k < start + 12; k++) {
        if (r->toks[k].cls.lo & LXM_REPORT) return;
        if (r->toks[k].mention >= 0 && r->toks[k].mention != claimant) r->excluded[r->toks[k].mention] = 1;
        if (k + 1 < r->nt && r->toks[k + 1].comma_before) return;
    }
}

/* ===================================================================== */
/* The subject before the verb: what the rules read                      */
/* ===================================================================== */

typedef struct {
    size_t v;         /* the reporting verb */
    size_t g;         /* the first word of its verb group: "has also said" */
    size_t c;         /* the first word after an apposition's opening comma */
    size_t k;         /* the word the word rules read, walking back from g */
    int depth;        /* walking through an apposition (", an analyst at Foo,") */
} subject_scan;

/* What a word is, for the rules that read only some words: one load and
 * a mask test skips the rest. */
enum { W_QUOTE = 1, W_NAME = 2, W_PRONOUN = 4, W_DOCUMENT = 8, W_UNNAMED = 16, W_ROLE = 32, W_LOWER = 64,
       W_FINDINGS = 128 };


static int group_modifier(const reading *r, size_t k);
static int reports_clause(const reading *r, size_t v);

/* The first token of a list of places ending with the place that starts
 * at token j: "France, Ireland, the Netherlands and Belgium". */
static size_t place_list_start(const reading *r, size_t j) {
    size_t start = j;
    while (j > 0) {
        size_t x = j;
        int pm;
        if (x > 0 && tok_w(r, x - 1, LXW_THE)) x--;
        if (x > 0 && tok_w(r, x - 1, LXW_AND)) x--;
        else if (!r->toks[x].comma_before) break;
        if (x > 0 && tok_w(r, x - 1, LXW_THE) && x > 1 && r->toks[x - 2].mention >= 0) x--;
        if (x == 0 || r->toks[x - 1].mention < 0 || mention(r, r->toks[x - 1].mention)->kind != DSC_PLACE) break;
        pm = r->toks[x - 1].mention;
        x--;
        while (x > 0 && r->toks[x - 1].mention == pm) x--;
        if (x > 0 && tok_w(r, x - 1, LXW_THE)) x--;
        j = start = x;
    }
    return start;
}

/* The first word of the name at token k, or of the list of places it
 * ends ("regulators in France, Ireland and Belgium"). */
static size_t name_start(const reading *r, size_t k) {
    int m = r->toks[k].mention;
    size_t j = k;
    while (j > 0 && r->toks[j - 1].mention == m) j--;
    if (mention(r, m)->kind == DSC_PLACE) j = place_list_start(r, j);
    return j;
}

/* A preposition after which a name only modifies the subject: "a small
 * lab in China", "regulators across Europe", "a fund with ties to X". */
static int modifier_prep(const reading *r, size_t j) {
    return tok_w(r, j, LXW_IN) || tok_w(r, j, LXW_FROM) || tok_w(r, j, LXW_OF) || tok_w(r, j, LXW_ON) ||
           tok_w(r, j, LXW_AT) || tok_w(r, j, LXW_ABOUT) || tok_w(r, j, LXW_NEAR) || tok_w(r, j, LXW_ACROSS) ||
           tok_w(r, j, LXW_FOR) || tok_w(r, j, LXW_WITH) || tok_w(r, j, LXW_OUTSIDE);
}

/* ===================================================================== */
/* Rules on the words around the verb                                    */
/* ===================================================================== */

/* The label of the group of the trade at j that took part in what it
 * reports ("the engineers involved said": engineers, as "officials involved
 * in drafting it" are officials): a plural noun of a role, in the text's
 * words, or a group whose label is its own word ("executives"); NULL for
 * a word of people at large ("people involved in the talks": people
 * familiar with the matter). */
static const char *involved_group(reading *r, size_t j) {
    const ctok *t = &r->toks[j];
    size_t n = t->end - t->start, i;
    char *label;
    if ((t->cls.lo & LXM_UNNAMED) && tok_has(r, j, LX_UNNAMED_LABEL)) {
        const char *l = cl_lex_label(r, j);
        return strlen(l) == n && cl_casecmp_ascii(l, r->in->text + t->start, n) == 0 ? l : NULL;
    }
    if (!(t->cls.lo & LXM_ROLE) || n < 4 || r->in->text[t->end - 1] != 's') return NULL;
    if (!(label = dsc_arena_strndup(r->in->arena, r->in->text + t->start, n))) return NULL;
    for (i = 0; i < n; i++)
        if (label[i] >= 'A' && label[i] <= 'Z') label[i] = (char)(label[i] - 'A' + 'a');
    return label;
}

/* "people familiar with the matter said", "sources close to X said",
 * "a person briefed on the talks said", "two officials familiar with the
 * scheme said", "officials involved in drafting it said" (officials), "one
 * of the engineers involved said" (engineers: involved_group) */
static int familiar_with(reading *r, subject_scan *s, attribution *a) {
    size_t k, v = s->v;
    for (k = v; k-- > 0 && v - k <= 8;) {
        if (r->toks[k].in_quote) break;
        if (tok_has(r, k, LX_INFORMED) || tok_w(r, k, LXW_KNOWLEDGE) ||
            (tok_w(r, k, LXW_CLOSE) && k > 0 && (r->toks[k - 1].cls.lo & LXM_UNNAMED))) {
            size_t j = k;
            const char *group;
            while (j > 0 && v - j < 10 && !(r->toks[j].cls.lo & (LXM_UNNAMED | LXM_ROLE))) j--;
            if (tok_w(r, k, LXW_INVOLVED) && (group = involved_group(r, j)) != NULL) {
                a->name = group; a->mention = -1;
                return CR_FOUND;
            }
            if (r->toks[j].cls.lo & (LXM_UNNAMED | LXM_ROLE)) {
                a->name = tok_w(r, j, LXW_OFFICIALS) ? "officials" :
                          tok_w(r, k, LXW_KNOWLEDGE) ? knowledge_label(r, k) :
                          "people familiar with the matter";
                a->mention = -1;
                return CR_FOUND;
            }
        }
    }
    return CR_NEXT;
}

/* "One of them put the purchases at ...": one of the unnamed sources the
 * sentence before cited */
static int one_of_them(reading *r, subject_scan *s, attribution *a) {
    size_t g = s->g;
    if (g >= 3 && tok_w(r, g - 1, LXW_THEM) && tok_w(r, g - 2, LXW_OF) &&
        (tok_w(r, g - 3, LXW_ONE) || tok_w(r, g - 3, LXW_TWO) || tok_w(r, g - 3, LXW_SOME) ||
         tok_w(r, g - 3, LXW_BOTH) || tok_w(r, g - 3, LXW_SEVERAL)) &&
        r->prev_name && r->prev_entity < 0 && r->prev_si + 3 > r->si && !r->toks[g - 1].in_quote) {
        a->name = r->prev_name; a->mention = -1; a->entity = -1;
        return CR_FOUND;
    }
    return CR_NEXT;
}

/* The n letters (and hyphens) of the word at t, lowercased into w; its
 * lexicon entry and classes in *id and *cls (0 and none: unknown). */
static size_t read_word(const reading *r, const char *t, size_t avail, char w[32], uint32_t *id,
                        dsc_lx_cls *cls) {
    size_t n = 0;
    while (n < avail && n < 31 && (dsc_is_alpha(t[n]) || (n > 0 && t[n] == '-'))) {
        w[n] = (char)(t[n] >= 'A' && t[n] <= 'Z' ? t[n] - 'A' + 'a' : t[n]);
        n++;
    }
    w[n] = '\0';
    *id = n ? dsc_lex_find(r->in->lexicon, w, n) : 0;
    memset(cls, 0, sizeof *cls);
    if (*id) *cls = dsc_lex_entry(r->in->lexicon, *id)->cls;
    return n == 31 ? 0 : n;
}

/* A plural that may name a group of people: unknown to the lexicon, or a
 * source it does not name ("analysts"), a role ("engineers"). */
static int group_plural(const char *w, size_t n, uint32_t id, dsc_lx_cls c) {
    return n >= 4 && w[n - 1] == 's' && w[n - 2] != 's' &&
           (id == 0 || dsc_lx_has(c, LX_UNNAMED) || dsc_lx_has(c, LX_ROLE));
}

/* The group the sentence before, in the same paragraph, opens with
 * ("Former colleagues describe her as blunt."): one plural noun, or one
 * and a word before it that describes it (no class a source's rules read,
 * not a determiner, not a count: "the", "these"); after "some", "several"
 * or "many", which only say how many of them ("Some former colleagues
 * say": former colleagues); lowercased, or NULL. */
static const char *prev_opening_group(reading *r) {
    const dsc_sent *p;
    const char *t = r->in->text;
    char w1[32], w2[32], *label;
    uint32_t id1, id2;
    dsc_lx_cls c1, c2;
    size_t n1, n2, e, b;
    if (r->si == 0 || r->s->para_start) return NULL;
    p = &r->in->sents[r->si - 1];
    e = p->end; b = p->start;
    n1 = read_word(r, t + b, e - b, w1, &id1, &c1);
    if (n1 && (id1 == LXW_SOME || id1 == LXW_SEVERAL || id1 == LXW_MANY) && b + n1 + 1 < e && t[b + n1] == ' ') {
        b += n1 + 1;
        n1 = read_word(r, t + b, e - b, w1, &id1, &c1);
    }
    if (!n1) return NULL;
    if (group_plural(w1, n1, id1, c1)) return dsc_arena_strndup(r->in->arena, w1, n1);
    /* "former" is a count adjective to the figures' rules ("the former
     * 7B model"), and the one such word a group of people takes */
    if (b + n1 + 1 >= e || t[b + n1] != ' ' || id1 == LXW_THE || id1 == LXW_SOME ||
        id1 == LXW_SEVERAL || id1 == LXW_THESE || id1 == LXW_THOSE || id1 == LXW_THIS || c1.lo ||
        (dsc_lx_has(c1, LX_COUNT_ADJECTIVE) && id1 != LXW_FORMER))
        return NULL;
    n2 = read_word(r, t + b + n1 + 1, e - b - n1 - 1, w2, &id2, &c2);
    if (!n2 || !group_plural(w2, n2, id2, c2)) return NULL;
    if (!(label = dsc_arena_alloc(r->in->arena, n1 + n2 + 2))) return NULL;
    memcpy(label, w1, n1);
    label[n1] = ' ';
    memcpy(label + n1 + 1, w2, n2 + 1);
    return label;
}

/* "Former colleagues describe her as blunt. One recalled that ...": "One"
 * alone opening the sentence is one of the group the sentence before
 * opened with */
static int one_of_group(reading *r, subject_scan *s, attribution *a) {
    const char *g;
    if (s->g != 1 || !tok_w(r, 0, LXW_ONE) || r->toks[0].in_quote || !(g = prev_opening_group(r))) return CR_NEXT;
    a->name = g; a->mention = -1; a->entity = -1;
    return CR_FOUND;
}

/* "The same note said", "the same tracker said": the source cited last */
static int same_source(reading *r, subject_scan *s, attribution *a) {
    size_t g = s->g;
    if (g >= 3 && tok_w(r, g - 3, LXW_THE) && tok_w(r, g - 2, LXW_SAME) && !r->toks[g - 1].in_quote &&
        r->toks[g - 1].mention < 0 && r->prev_name && r->prev_si + 6 > r->si) {
        a->name = r->prev_name; a->mention = -1; a->entity = r->prev_entity;
        return CR_FOUND;
    }
    return CR_NEXT;
}

/* "Alibaba released a model and said it beat V3": the subject of the
 * sentence, or none */
static int coordinated(reading *r, subject_scan *s, attribution *a) {
    size_t g = s->g;
    if (!(g > 0 && (tok_w(r, g - 1, LXW_AND) || tok_w(r, g - 1, LXW_BUT)) && !r->toks[g - 1].in_quote))
        return CR_NEXT;
    return cl_sentence_subject(r, g - 1, a) ? CR_FOUND : CR_STOP;
}

/* "research by the firm Feroot Security, which said in February that":
 * the org the relative pronoun follows */
static int which_org(reading *r, subject_scan *s, attribution *a) {
    size_t g = s->g;
    if (g > 1 && tok_w(r, g - 1, LXW_WHICH) && r->toks[g - 1].comma_before && r->toks[g - 2].mention >= 0 &&
        mention(r, r->toks[g - 2].mention)->kind == DSC_ORG)
        return named(r, g - 2, a) ? CR_FOUND : CR_NEXT;
    return CR_NEXT;
}

/* "Daniel Reyes, a former Commerce Department official, who said ...":
 * the person the relative pronoun follows */
static int who_person(reading *r, subject_scan *s, attribution *a) {
    size_t g = s->g, x;
    if (!(g > 1 && tok_w(r, g - 1, LXW_WHO) && r->toks[g - 1].comma_before)) return CR_NEXT;
    for (x = g - 1; x-- > 0 && g - x <= 14;) {
        if (r->toks[x].in_quote) break;
        if (r->toks[x].mention >= 0 && mention(r, r->toks[x].mention)->kind == DSC_PERSON)
            return named(r, x, a) ? CR_FOUND : CR_NEXT;
    }
    return CR_NEXT;
}

/* The person whose apposition ends with the name at token k: "Gerrit
 * Bos, a portfolio manager at the fund Haven Capital, which holds ASML
 * stock, said": the clause describes the fund, the person speaks. Returns
 * the person's token, or r->nt. */
static size_t apposition_person(const reading *r, size_t k) {
    size_t x;
    for (x = k + 1; x-- > 1 && k - x < 12;) {
        if (r->toks[x].in_quote || (r->toks[x].cls.lo & LXM_REPORT)) break;
        if (!r->toks[x].comma_before) continue;
        if (r->toks[x - 1].mention >= 0 && mention(r, r->toks[x - 1].mention)->kind == DSC_PERSON &&
            r->toks[x - 1].mention != r->toks[k].mention)
            return x - 1;
        break;
    }
    return r->nt;
}

/* Does the noun group ending at token k open after a comma ("Lucas Beyer,
 * one of three researchers who joined ..., wrote": an apposition, not the
 * subject)? */
static int in_apposition(const reading *r, size_t k) {
    size_t j;
    for (j = k; k - j < 5; j--) {
        if (r->toks[j].comma_before) return 1;
        if (j == 0) break;
    }
    return 0;
}

/* "Lawyers who help companies prepare the paperwork say", "Analysts who
 * track the sector said": an unnamed group and the clause "who" opens (no
 * comma: it says which ones) before the verb */
static int who_clause(reading *r, subject_scan *s, attribution *a) {
    size_t g = s->g, w;
    for (w = g; w-- > 1 && g - w <= 10;) {
        if (r->toks[w].in_quote || r->toks[w].comma_before || (r->toks[w].cls.lo & LXM_REPORT)) return CR_NEXT;
        if (!tok_w(r, w, LXW_WHO)) continue;
        if (w + 1 == g || in_apposition(r, w - 1)) return CR_NEXT;
        if (!(r->toks[w - 1].cls.lo & LXM_UNNAMED) || !(a->name = cl_unnamed_label(r, w - 1))) return CR_NEXT;
        a->mention = -1;
        return CR_FOUND;
    }
    return CR_NEXT;
}

/* "Oracle, which is building a campus in Abilene, Texas, with Crusoe,
 * told investors": the subject stands before ", which"; "Professor Gu
 * Lanting of Tsinghua University, who advises labs, says": who is the
 * person, not the university */
static int relative_clause(reading *r, subject_scan *s, attribution *a) {
    size_t g = s->g, w;
    if (!r->toks[g].comma_before) return CR_NEXT;
    for (w = g; w-- > 1 && g - w < 30;) {
        if (r->toks[w].in_quote || (r->toks[w].cls.lo & LXM_REPORT)) break;
        if (tok_w(r, w, LXW_WHO) && r->toks[w].comma_before) {
            size_t x;
            for (x = w; x-- > 0 && w - x <= 6;)
                if (r->toks[x].mention >= 0 && mention(r, r->toks[x].mention)->kind == DSC_PERSON)
                    return named(r, x, a) ? CR_FOUND : CR_NEXT;
        }
        if ((tok_w(r, w, LXW_WHICH) || tok_w(r, w, LXW_WHO)) && r->toks[w].comma_before &&
            r->toks[w - 1].mention >= 0) {
            size_t p = apposition_person(r, w - 1);
            named(r, p < r->nt ? p : w - 1, a);
            if (mention(r, a->mention)->kind == DSC_PERSON || mention(r, a->mention)->kind == DSC_ORG) {
                size_t j;
                for (j = w; j < s->v; j++)            /* what the clause says of it */
                    if (r->toks[j].mention >= 0 && r->toks[j].mention != a->mention)
                        r->excluded[r->toks[j].mention] = 1;
                return CR_FOUND;
            }
            a->mention = -1; a->name = "article";
            break;
        }
    }
    return CR_NEXT;
}

/* "Jane Doe, an analyst at Foo, said": a comma right before the verb
 * group opens an apposition; the walk back starts at its first word (none
 * opens it: no subject) */
static int apposition_open(reading *r, subject_scan *s, attribution *a) {
    size_t g = s->g, c = g;
    (void)a;
    /* "Jane Doe (Foo Labs): said": a parenthesis, not an apposition */
    if (!r->toks[g].comma_before || (g > 0 && gap_has(r, g - 1, ')'))) return CR_NEXT;
    while (c > 0 && !r->toks[c - 1].comma_before && g - c < 14) c--;
    /* c-1 is the first word after the opening comma; ", and Congress never
     * approved it, said Jo Park" opens a clause, no apposition */
    if (!(c > 1 && r->toks[c - 1].comma_before) || tok_w(r, c - 1, LXW_AND) || tok_w(r, c - 1, LXW_BUT))
        return CR_STOP;
    s->c = c; s->k = c - 1; s->depth = 1;
    return CR_NEXT;
}

/* "The authority, known as the Garante, said": the name it is known as */
static int known_as(reading *r, subject_scan *s, attribution *a) {
    size_t j;
    if (!s->depth) return CR_NEXT;
    for (j = s->c - 1; j + 2 < s->g; j++)
        if (tok_w(r, j, LXW_KNOWN) && tok_w(r, j + 1, LXW_AS)) {
            size_t x = j + 2;
            while (x < s->g && r->toks[x].mention < 0 && x < j + 4) x++;
            if (x < s->g && r->toks[x].mention >= 0) return named(r, x, a) ? CR_FOUND : CR_NEXT;
        }
    return CR_NEXT;
}

/* Does the noun group ending at h have an owner with 's within its
 * last three words ("the bank's semiconductor team")? */
static int owned_head(const reading *r, size_t h) {
    size_t j;
    for (j = h; j + 3 > h && j > 0; j--)
        if (r->toks[j - 1].comma_before || cl_possessive_after(r, j - 1)) return cl_possessive_after(r, j - 1);
    return 0;
}

/* "Humain's rival in the UAE, G42,": the noun group's head before a
 * place that closes it after "in" or "at", else h itself */
static size_t head_before_place(const reading *r, size_t h) {
    size_t x = h;
    int m = r->toks[h].mention;
    if (m < 0 || mention(r, m)->kind != DSC_PLACE) return h;
    while (x > 0 && r->toks[x - 1].mention == m) x--;
    if (x > 0 && tok_w(r, x - 1, LXW_THE)) x--;
    if (x > 1 && (tok_w(r, x - 1, LXW_IN) || tok_w(r, x - 1, LXW_AT)) && r->toks[x - 2].mention < 0 &&
        !r->toks[x - 1].comma_before)
        return x - 2;
    return h;
}

/* Has the noun group ending at h an owner: a name with 's, "its", "their"
 * ("The paper's publisher", "Its rival")? */
static int has_owner(const reading *r, size_t h) {
    size_t j;
    if (owned_head(r, h)) return 1;
    for (j = h; j > 0 && h - j < 3 && !r->toks[j].comma_before; j--)
        if (tok_w(r, j - 1, LXW_ITS) || tok_w(r, j - 1, LXW_THEIR)) return 1;
    return 0;
}

/* "Its founder, Yang Zhilin, told staff": the person in the apposition;
 * "Saudi Arabia's new AI company, Humain, says": the org an apposition
 * names, all of it, after a description ("company", "startup") or after a
 * noun its owner names ("The paper's publisher, Lantern Media, said",
 * "Humain's rival in the UAE, G42, said": the name is the speaker, the
 * owner and the place only say who it is) */
static int apposition_name(reading *r, subject_scan *s, attribution *a) {
    size_t j, h = s->c - 2;
    int m;
    if (s->depth) h = head_before_place(r, h);
    if (!s->depth || r->toks[h].mention >= 0) return CR_NEXT;
    /* "the bank's team, led by analyst Jo Park, estimated": a group its
     * owner names speaks for the owner, as "DeepSeek's team wrote" does,
     * not the person the participle phrase names ("The team, led by Jo
     * Park," has no owner: Jo Park's) */
    if (s->c < s->g && !r->toks[s->c - 1].cap && tok_w(r, s->c, LXW_BY) && owned_head(r, h)) return CR_NEXT;
    for (j = s->c - 1; j < s->g; j++)
        if (r->toks[j].mention >= 0 && mention(r, r->toks[j].mention)->kind == DSC_PERSON)
            return named(r, j, a) ? CR_FOUND : CR_NEXT;
    m = r->toks[s->c - 1].mention;
    if (m < 0 || mention(r, m)->kind != DSC_ORG || (r->toks[h].cls.lo & LXM_PERSONAL) || r->toks[h].in_quote ||
        !((r->toks[h].cls.lo & LXM_PRONOUN) || (!r->toks[h].cap && has_owner(r, h))))
        return CR_NEXT;
    for (j = s->c - 1; j < s->g; j++)
        if (r->toks[j].mention != m) return CR_NEXT;
    if (!named(r, s->c - 1, a)) return CR_NEXT;
    /* the owner and the place only say who speaks: not what it speaks of */
    for (j = s->c - 1; j-- > 0;) {
        if (r->toks[j].mention >= 0 && r->toks[j].mention != m) r->excluded[r->toks[j].mention] = 1;
        if (r->toks[j].comma_before) break;
    }
    return CR_FOUND;
}

/* The org whose officer the words before the verb name, with no name of
 * the officer's: "its CFO said", "the company's head of global affairs
 * wrote", "Meta's chief executive said". o: the owner's token (a
 * possessive pronoun, "the company's", a name with 's). */
static const dsc_claim_mention *officer_owner(reading *r, size_t o) {
    const dsc_claim_mention *m = NULL;
    if (r->toks[o].mention >= 0)
        return cl_possessive_after(r, o) ? cl_maker(r, r->toks[o].mention) : NULL;
    /* "the chief executive said": no owner named, the org the story is about */
    if (tok_w(r, o, LXW_THE) && !cl_possessive_after(r, o))
        return cl_resolve_topic(r, o, &m) ? m : NULL;
    if (tok_w(r, o, LXW_ITS) || tok_w(r, o, LXW_THEIR) ||
        ((r->toks[o].cls.lo & LXM_PRONOUN) && !(r->toks[o].cls.lo & LXM_PERSONAL) && o > 0 &&
         tok_w(r, o - 1, LXW_THE) && cl_possessive_after(r, o))) {
        if (cl_own_subject(r, o, &m) || cl_prev_subject(r, &m) || cl_resolve_topic(r, o, &m)) return m;
    }
    return NULL;
}

/* "Its CFO said", "its finance chief told", "the company's head of global
 * affairs wrote on LinkedIn", "the chief executive said": an officer the
 * text does not name speaks for the org (for "the ...", with no owner
 * named, the org the story is about; doc/claims.md). */
static int officer_of_org(reading *r, subject_scan *s, attribution *a) {
    size_t g = s->g, o = g;
    int officer = 0;
    const dsc_claim_mention *m;
    /* "Liang Wenfeng, the company's founder, told": an apposition of a name */
    if (r->toks[g].comma_before || !dsc_lx_has(r->all, LX_OFFICER_TITLE)) return CR_NEXT;
    while (o > 0 && g - o < 7) {
        const ctok *t;
        o--;
        t = &r->toks[o];
        if (t->in_quote) return CR_NEXT;
        if (t->mention >= 0 || tok_w(r, o, LXW_ITS) || tok_w(r, o, LXW_THEIR) || tok_w(r, o, LXW_THE) ||
            cl_possessive_after(r, o))
            break;
        if (tok_has(r, o, LX_OFFICER_TITLE)) officer = 1;             /* "CFO", "head" */
        else if (t->cap || (t->cls.lo & (LXM_REPORT | LXM_PREDICATE | LXM_PRONOUN))) return CR_NEXT;
        if (t->comma_before) return CR_NEXT;
    }
    /* the title opens the noun group ("its CFO", "its head of policy") or
     * ends it ("its finance chief") */
    if (!officer || o + 1 >= g || !(tok_has(r, o + 1, LX_OFFICER_TITLE) || tok_has(r, g - 1, LX_OFFICER_TITLE)) ||
        !(m = officer_owner(r, o)) ||
        m->kind != DSC_ORG)
        return CR_NEXT;
    a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
    if (r->toks[o].mention >= 0) a->mention = r->toks[o].mention;
    return CR_FOUND;
}

/* The rules on the words around the verb, in the order they are tried. */
#define SUBJECT_VERB_RULES(X) \
    X("subject-familiar-with",   familiar_with)    /* "people familiar with the matter said" */ \
    X("subject-one-of-them",     one_of_them)      /* "One of them put the purchases at ..." */ \
    X("subject-one-of-group",    one_of_group)     /* "Former colleagues describe her ... One recalled" */ \
    X("subject-same-source",     same_source)      /* "The same note said" */ \
    X("subject-coordinated",     coordinated)      /* "X released a model and said ..." */ \
    X("subject-which-org",       which_org)        /* "... the firm Feroot Security, which said" */ \
    X("subject-who-person",      who_person)       /* "Daniel Reyes, a former official, who said" */ \
    X("subject-who-clause",      who_clause)       /* "Lawyers who help companies file say" */ \
    X("subject-relative-clause", relative_clause)  /* "Oracle, which is building ..., told investors" */ \
    X("subject-apposition-open", apposition_open)  /* "Jane Doe, an analyst at Foo, said" */ \
    X("subject-known-as",        known_as)         /* "The authority, known as the Garante, said" */ \
    X("subject-apposition-name", apposition_name)  /* "Its founder, Yang Zhilin, told staff" */ \
    X("subject-officer-of-org",  officer_of_org)   /* "its CFO said", "the company's head of policy wrote" */

#define VERB_RULE_NAME(name, fn) name,
static const char *const subject_verb_rule_names[] = { SUBJECT_VERB_RULES(VERB_RULE_NAME) };
#define VERB_RULE_ID(name, fn) SV_##fn,
enum { SUBJECT_VERB_RULES(VERB_RULE_ID) N_SUBJECT_VERB_RULES };

/* ===================================================================== */
/* Rules on each word before the verb, walking back                     */
/* ===================================================================== */

/* '"...," he said' read back into a quotation: no subject there */
static int stop_quote(reading *r, subject_scan *s, attribution *a) {
    (void)a;
    return r->toks[s->k].in_quote ? CR_STOP : CR_NEXT;
}

/* "Huawei Ascend 910C: my channel check puts the price at ...": what
 * stands before a colon labels the sentence, it is no subject, when words
 * stand between the colon and the verb ("Jane Doe (Foo Labs): said by
 * phone" is hers); a colon in parentheses ("Alibaba (NYSE: BABA) said")
 * labels nothing */
static int stop_label(reading *r, subject_scan *s, attribution *a) {
    const char *t = r->in->text, *colon;
    size_t x;
    int depth = 0;
    (void)a;
    if (s->k + 1 >= s->g || !(colon = gap_has(r, s->k, ':'))) return CR_NEXT;
    for (x = r->s->start; t + x < colon; x++) depth += (t[x] == '(') - (t[x] == ')');
    return depth > 0 ? CR_NEXT : CR_STOP;
}

/* "Dana Whitcombe (ex-Microsoft security, now at Corvid Labs): said": an
 * aside in parentheses after the subject is stepped over */
static int step_parenthesis(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k, x;
    (void)a;
    if (k + 1 >= r->nt || !gap_has(r, k, ')')) return CR_NEXT;
    for (x = k + 1; x-- > 1 && k - x < 12;)
        if (gap_has(r, x - 1, '(')) {
            s->k = x;
            return CR_STEP;
        }
    return CR_NEXT;
}

/* "Sen. Dale Whitcomb, R-Iowa, the bill's sponsor, said": the party and
 * state of a legislator label him, they do not speak */
static int step_party_state(reading *r, subject_scan *s, attribution *a) {
    const ctok *t = &r->toks[s->k];
    const char *x = r->in->text + t->start;
    (void)a;
    if (t->mention >= 0 && mention(r, t->mention)->kind == DSC_PLACE && t->comma_before &&
        t->end - t->start > 2 && x[1] == '-' && (x[0] == 'R' || x[0] == 'D' || x[0] == 'I'))
        return CR_STEP;
    return CR_NEXT;
}

/* "analysts at Bernstein said" (Bernstein), "sources at OpenAI said" (an
 * unnamed source), "an official at the Commerce Department said" (the
 * department): a source at the org named */
static int source_at_name(reading *r, subject_scan *s, attribution *a) {
    return r->toks[s->k].mention >= 0 && unnamed_at(r, s->k, a) ? CR_FOUND : CR_NEXT;
}

/* "a spokesperson for Nvidia said": the company speaks */
static int spokesperson_for(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k, j;
    if (r->toks[k].mention < 0) return CR_NEXT;
    j = name_start(r, k);
    if (j > 1 && tok_w(r, j - 1, LXW_FOR) && tok_has(r, j - 2, LX_SPOKESPERSON) &&
        mention(r, r->toks[k].mention)->kind == DSC_ORG)
        return named(r, k, a) ? CR_FOUND : CR_NEXT;
    return CR_NEXT;
}

/* "a small lab in China says", "regulators in France, Ireland and
 * Belgium said": the name only modifies the subject before it (but "data
 * from X showed": a document stands for X) */
static int step_modifier_name(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k, j;
    (void)a;
    if (r->toks[k].mention < 0) return CR_NEXT;
    j = name_start(r, k);
    if (j > 0 && modifier_prep(r, j - 1) && !r->toks[j].comma_before &&
        !(j > 1 && ((r->toks[j - 2].cls.lo & LXM_DOCUMENT) || tok_has(r, j - 2, LX_DATA_NOUN)))) {
        s->k = j;
        return CR_STEP;
    }
    return CR_NEXT;
}

/* The head of a group opening the sentence before the preposition at p
 * ("Lawyers for", "A spokesperson for", "The investors in"): a word of the
 * unnamed or role classes, first or after one determiner or describing
 * word. Its token, or 0 with none (it is never token 0's preposition). */
static size_t opening_group_head(const reading *r, size_t p) {
    size_t h = p - 1;
    if (!(r->toks[h].cls.lo & (LXM_UNNAMED | LXM_ROLE)) || r->toks[h].mention >= 0 || r->toks[h].in_quote) return 0;
    if (h == 0 || (h == 1 && (tok_w(r, 0, LXW_THE) || indefinite_det(r, 0) || group_modifier(r, 0)))) return h + 1;
    return 0;
}

/* "for", "in", "of", "at", "from": what follows a group's head noun to
 * say whom it acts for or where it is. */
static int place_prep(const reading *r, size_t p) {
    return tok_w(r, p, LXW_FOR) || tok_w(r, p, LXW_IN) || tok_w(r, p, LXW_OF) || tok_w(r, p, LXW_AT) ||
           tok_w(r, p, LXW_FROM);
}

/* The words from token h to token k, lowercased, from the arena. */
static const char *lower_words(reading *r, size_t h, size_t k) {
    size_t n = r->toks[k].end - r->toks[h].start, i;
    char *out = dsc_arena_strndup(r->in->arena, r->in->text + r->toks[h].start, n);
    for (i = 0; out && i < n; i++)
        if (out[i] >= 'A' && out[i] <= 'Z') out[i] = (char)(out[i] - 'A' + 'a');
    return out;
}

/* "Lawyers for the plaintiffs said", "A spokesperson for the commission
 * said", "Investors in the fund said", "Executives of rival labs said":
 * a group the text does not name, or a role, opening the sentence, with
 * a prepositional phrase after its head that runs up to the verb group
 * (no comma, no quotation, no name but one org after "for"). "For" says
 * whom the group acts for: the org it names ("lawyers for Nvidia",
 * "a spokesperson for the commission": that org), else the group in the
 * text's words (`lawyers for the plaintiffs`). "In", "of", "at" and
 * "from" only say where the group is: the head's label (`investors`,
 * `executives`), as for "Officials in Brussels" (doc/claims.md). k: the
 * phrase's last word, right before the verb group. */
static int group_postmodifier(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k, p, h, j;
    int org = -1, the_org;
    const dsc_claim_mention *m = NULL;
    /* the head is the first or second word, the phrase at most 4 more */
    if (s->depth || k + 1 != s->g || k > 6 || !reports_clause(r, s->v)) return CR_NEXT;
    for (p = k;; p--) {
        if (r->toks[p].comma_before || r->toks[p].in_quote || (r->toks[p].cls.lo & LXM_REPORT)) return CR_NEXT;
        if (place_prep(r, p)) break;
        if (p <= 1 || k - p >= 4) return CR_NEXT;   /* (p 0: k is 0, no token before) */
    }
    /* "analysts at Bernstein", "officials from the ministry": source-at-*
     * rules read "at" and "from" */
    if (p == k || tok_w(r, p, LXW_AT) || tok_w(r, p, LXW_FROM) || !(h = opening_group_head(r, p))) return CR_NEXT;
    h--;
    for (j = p + 1; j <= k; j++) {
        int mi = r->toks[j].mention;
        if (mi < 0) continue;
        if (!tok_w(r, p, LXW_FOR) || mention(r, mi)->kind != DSC_ORG || (org >= 0 && org != mi)) return CR_NEXT;
        org = mi;
    }
    the_org = p + 2 == k && tok_w(r, p + 1, LXW_THE) && (cl_head_noun_org(r, k, &m) || cl_regulator_noun(r, k, &m));
    if (!tok_w(r, p, LXW_FOR)) {
        /* "an official of the commission": the body speaks */
        if (the_org && (tok_w(r, h, LXW_OFFICIAL) || tok_w(r, h, LXW_OFFICIALS) || tok_has(r, h, LX_SPOKESPERSON)))
            return referent(a, m) ? CR_FOUND : CR_NEXT;
        a->name = (r->toks[h].cls.lo & LXM_UNNAMED) ? cl_unnamed_label(r, h) : cl_indefinite_label(r, h);
        a->mention = -1; a->entity = -1;
        return a->name ? CR_FOUND : CR_NEXT;
    }
    if (org >= 0) {
        a->mention = org; a->name = mention(r, org)->name;
        return CR_FOUND;
    }
    if (the_org) return referent(a, m) ? CR_FOUND : CR_NEXT;
    if (!(a->name = lower_words(r, h, k))) return CR_NEXT;
    a->mention = -1; a->entity = -1;
    return CR_FOUND;
}

/* "Jane Doe said", "Microsoft CEO Satya Nadella said": the name (the last
 * of an "Org CEO Person" run); what stands between it and the verb, and a
 * title's org before it, are not what the claim is about */
static int subject_named(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k, j;
    int m = r->toks[k].mention;
    if (m < 0) return CR_NEXT;
    named(r, k, a);
    for (j = k + 1; j < s->v; j++)
        if (r->toks[j].mention >= 0 && r->toks[j].mention != m) r->excluded[r->toks[j].mention] = 1;
    /* title before the subject: "Microsoft CEO Satya Nadella" */
    j = k;
    while (j > 0 && (r->toks[j - 1].mention == m)) j--;
    if (j > 1 && r->toks[j - 1].mention < 0 && r->toks[j - 2].mention >= 0 && mention(r, m)->kind == DSC_PERSON)
        r->excluded[r->toks[j - 2].mention] = 1;
    return CR_FOUND;
}

/* "Priya Raman of Calder Ridge estimated", "Jo Park at Foo Capital said":
 * a person, "of" or "at" and the org she works for; the person speaks
 * (the org describes her, and is not what the claim is about) */
static int person_of_org(reading *r, subject_scan *s, attribution *a) {
    size_t j;
    int p;
    if (r->toks[s->k].mention < 0) return CR_NEXT;
    j = name_start(r, s->k);
    if (j < 2 || r->toks[j].comma_before || r->toks[j - 1].comma_before ||
        !(tok_w(r, j - 1, LXW_OF) || tok_w(r, j - 1, LXW_AT)))
        return CR_NEXT;
    p = r->toks[j - 2].mention;
    if (p < 0 || p == r->toks[s->k].mention || mention(r, p)->kind != DSC_PERSON ||
        mention(r, r->toks[s->k].mention)->kind != DSC_ORG)
        return CR_NEXT;
    s->k = j - 2;
    return subject_named(r, s, a);
}

/* "the researchers said": the ones named before ("researchers at Wiz"),
 * or the firm whose analyst the text named ("Calder Ridge analyst Priya
 * Raman ... the analysts noted"): a group through whom a firm speaks
 * (class firm-analyst); "the people
 * said" and "the police said" stay unnamed (subject-unnamed looks back for
 * them: the police of "Police in Singapore seized Nvidia servers" are not
 * Nvidia's) */
static int the_researchers(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    const dsc_claim_mention *m;
    if ((r->toks[k].cls.lo & LXM_UNNAMED) && k > 0 && tok_w(r, k - 1, LXW_THE) && tok_has(r, k, LX_FIRM_ANALYST) &&
        !tok_has(r, k, LX_SOURCE_NOUN) && (cl_doc_author(r, k, &m) || cl_analyst_firm(r, &m)))
        return referent(a, m) ? CR_FOUND : CR_NEXT;
    return CR_NEXT;
}

/* "Citi analysts said", "Bernstein analysts wrote": the firm speaks; so
 * does the firm "its analysts" belong to ("Ravenmoor reckons ..., though
 * its analysts warn": the org this sentence opened with, or the last) */
static int firm_analysts(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    const dsc_claim_mention *m;
    if (!(r->toks[k].cls.lo & LXM_UNNAMED) || k == 0 || r->toks[k].comma_before) return CR_NEXT;
    if (r->toks[k - 1].mention >= 0 && mention(r, r->toks[k - 1].mention)->kind == DSC_ORG)
        return named(r, k - 1, a) ? CR_FOUND : CR_NEXT;
    if ((tok_w(r, k - 1, LXW_ITS) || tok_w(r, k - 1, LXW_THEIR)) && tok_has(r, k, LX_FIRM_ANALYST) &&
        (cl_own_subject(r, k - 1, &m) || cl_prev_subject(r, &m) || cl_resolve_topic(r, k - 1, &m)))
        return referent(a, m) ? CR_FOUND : CR_NEXT;
    return CR_NEXT;
}

/* "Export-control lawyers say", "AI-safety researchers said": a compound
 * modifier joined by a hyphen names the trade the group practises, and is
 * part of the text's description (doc/claims.md: in the text's words);
 * an adjective stays out ("opposition lawmakers", "US officials": the
 * older sets' gold has `lawmakers`, `officials`). Only when the noun's
 * label is the noun itself ("lawyers", not "media reports" for "reports"),
 * or its plural for one person of the group ("a senior ruling-party
 * lawmaker said": `ruling-party lawmakers`). Lowercased. */
static const char *modified_label(reading *r, size_t k, const char *label) {
    const ctok *m = &r->toks[k - 1], *t = &r->toks[k];
    size_t ml = m->end - m->start, ll = strlen(label), tl = t->end - t->start, i;
    char *out;
    if (t->comma_before || m->in_quote || !group_modifier(r, k - 1) ||
        !memchr(r->in->text + m->start, '-', ml) || (ll != tl && !(ll == tl + 1 && label[tl] == 's')) ||
        cl_casecmp_ascii(label, r->in->text + t->start, tl) != 0)
        return label;
    if (!(out = dsc_arena_alloc(r->in->arena, ml + 1 + ll + 1))) return label;
    memcpy(out, r->in->text + m->start, ml);
    for (i = 0; i < ml; i++)
        if (out[i] >= 'A' && out[i] <= 'Z') out[i] = (char)(out[i] - 'A' + 'a');
    out[ml] = ' ';
    memcpy(out + ml + 1, label, ll + 1);
    return out;
}

/* "analysts said", "people familiar with the matter said", "officials
 * and industry executives said" (the first group named): the unnamed
 * source's description (none: no subject) */
static int subject_unnamed(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k, j = k;
    if (!(r->toks[k].cls.lo & LXM_UNNAMED)) return CR_NEXT;
    while (j > 0 && k - j < 4 && !tok_w(r, j - 1, LXW_AND)) j--;
    if (j > 1 && tok_w(r, j - 1, LXW_AND) && (r->toks[j - 2].cls.lo & LXM_UNNAMED)) k = j - 2;
    a->name = cl_unnamed_label(r, k); a->mention = -1;
    if (a->name && k > 0) a->name = modified_label(r, k, a->name);
    return a->name != NULL ? CR_FOUND : CR_STOP;
}

/* "an Alibaba executive denied", "a Commission official said": the org
 * speaks (a former one does not) */
static int org_role(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    const dsc_claim_mention *m;
    if (!(r->toks[k].cls.lo & LXM_ROLE) || !cl_role_org(r, k, &m)) return CR_NEXT;
    if (r->toks[k - 1].mention >= 0) return named(r, k - 1, a) ? CR_FOUND : CR_NEXT;
    return referent(a, m) ? CR_FOUND : CR_NEXT;     /* "a Commission official said" */
}

/* "A White House official said ... The official added that ...": "The"
 * and a role, opening the sentence, whose word the sentence of the speaker
 * of one of the two sentences before holds, is that speaker (a source the
 * text refers back to keeps its name) */
static int the_role_previous(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    if (!(r->toks[k].cls.lo & LXM_ROLE) || k != 1 || !tok_w(r, 0, LXW_THE) ||
        !r->prev_name || r->prev_si + 3 <= r->si || r->prev_si == r->si ||
        !cl_sentence_names_word(r, r->prev_si, k))
        return CR_NEXT;
    a->name = r->prev_name; a->mention = -1; a->entity = r->prev_entity;
    return CR_FOUND;
}

/* "Engineers, at a U.S. lab, said": an unnamed source ("one engineer at
 * a U.S. lab said" is indefinite-subject's, a verb rule, first) */
static int role_at(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    if ((r->toks[k].cls.lo & LXM_ROLE) && k + 1 < s->v && tok_w(r, k + 1, LXW_AT)) {
        a->name = "unnamed source"; a->mention = -1;
        return CR_FOUND;
    }
    return CR_NEXT;
}

/* Is the word a pronoun ("it", "she", "the company"), personal or not? */
static int pronoun(const reading *r, size_t k) { return (r->toks[k].cls.lo & LXM_PRONOUN) != 0; }
static int personal(const reading *r, size_t k) { return (r->toks[k].cls.lo & LXM_PERSONAL) != 0; }

/* "we think", "we estimate" outside quotes: the writer's own voice
 * (newsletters and notes speak as "we") */
static int pronoun_we(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    if (pronoun(r, k) && tok_w(r, k, LXW_WE) && !r->toks[k].in_quote) {
        a->name = "article"; a->mention = -1; a->entity = -1;
        return CR_FOUND;
    }
    return CR_NEXT;
}

/* "sources at the company said": a source inside the org the pronoun
 * stands for stays unnamed */
static int source_at_pronoun(reading *r, subject_scan *s, attribution *a) {
    return pronoun(r, s->k) && unnamed_at(r, s->k, a) ? CR_FOUND : CR_NEXT;
}

/* "the company", "the startup": a business, never a government body
 * ("The Commerce Department told Nvidia ..., the company said"). */
static int business_noun(const reading *r, size_t k) {
    return !tok_w(r, k, LXW_IT) && !tok_w(r, k, LXW_ITS) && !tok_w(r, k, LXW_THEY) && !tok_w(r, k, LXW_WE);
}

/* Does the noun group ending at token k open the sentence's main clause:
 * at the start, or right after an opening phrase set off by a comma ("In
 * a report published in June, the U.S. company said")? Its words: "the",
 * "its", lowercase words and place names. */
static int opens_main_clause(const reading *r, size_t k) {
    size_t j = k, x;
    /* "it" stands alone; "the U.S. company" is a noun group */
    while (!tok_w(r, k, LXW_IT) && !tok_w(r, k, LXW_THEY) && j > 0 && !r->toks[j].comma_before && k - j < 3 &&
           (tok_w(r, j - 1, LXW_THE) || (!r->toks[j - 1].cap && !(r->toks[j - 1].cls.lo & (LXM_REPORT | LXM_PREDICATE))) ||
            (r->toks[j - 1].mention >= 0 && mention(r, r->toks[j - 1].mention)->kind == DSC_PLACE)))
        j--;
    if (j <= 1) return 1;
    /* an opening phrase: a preposition's ("In a report published in June,") */
    if (!r->toks[j].comma_before || j > 10 || !tok_has(r, 0, LX_PREPOSITION)) return 0;
    for (x = 0; x < j; x++)
        if ((r->toks[x].cls.lo & (LXM_REPORT | LXM_PRONOUN)) || r->toks[x].in_quote || (x > 0 && r->toks[x].comma_before))
            return 0;
    return 1;
}

/* "Hedge fund Orvel Capital bought ... The fund said", "the chipmaker
 * said": a description that says which kind of org it is (class
 * descriptor) stands for the org the text described so (cl_resolve_
 * description, as about reads it), before any subject or topic */
static int pronoun_descriptor(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    const dsc_claim_mention *m;
    if (pronoun(r, k) && k > 0 && tok_w(r, k - 1, LXW_THE) && cl_descriptor_noun(r, k) &&
        cl_resolve_descriptor(r, k, &m))
        return referent(a, m) ? CR_FOUND : CR_NEXT;
    return CR_NEXT;
}

/* "X priced its model ..., which it said was cheaper", "Huawei opened a
 * beta ..., the company said": "it", "they" and "the company" take the
 * subject of their own sentence when it has one */
static int pronoun_own_sentence(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k, t;
    const dsc_claim_mention *m;
    if (!pronoun(r, k) || personal(r, k) || !(tok_w(r, k, LXW_IT) || tok_w(r, k, LXW_THEY) || k > 2)) return CR_NEXT;
    if ((cl_own_subject(r, k, &m) || cl_own_description(r, k, &m)) && !(m->gov && business_noun(r, k)))
        return referent(a, m) ? CR_FOUND : CR_NEXT;
    /* "In 2019 it built Fire-Flyer ..., the company said": the sentence's
     * own subject is "it", the company the sentence before opened with */
    for (t = 0; t + 1 < k && t < 4; t++)
        if (tok_w(r, t, LXW_IT) && !r->toks[t].in_quote &&
            (t == 0 || opens_main_clause(r, t) || (t <= 3 && tok_has(r, 0, LX_PREPOSITION))) &&
            cl_prev_subject(r, &m) && !(m->gov && business_noun(r, k)))
            return referent(a, m) ? CR_FOUND : CR_NEXT;
    return CR_NEXT;
}

/* "MiniMax open-sourced its models. The company said ...", "OpenAI has
 * singled out Zhipu. In a report published in June, the U.S. company
 * said ...": the company the last sentence opened with */
static int pronoun_previous_sentence(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    const dsc_claim_mention *m;
    if (pronoun(r, k) && !personal(r, k) && opens_main_clause(r, k) && cl_prev_subject(r, &m))
        return referent(a, m) ? CR_FOUND : CR_NEXT;
    return CR_NEXT;
}

/* "For the following year it forecasts $238 billion": "it" after an
 * opening phrase of at most four words, a preposition's, with no comma,
 * no name and no reporting word in it */
static int it_after_opening(const reading *r, size_t k) {
    size_t x;
    if (!tok_w(r, k, LXW_IT) || k == 0 || k > 4 || !tok_has(r, 0, LX_PREPOSITION)) return 0;
    for (x = 0; x < k; x++)
        if (r->toks[x].mention >= 0 || (r->toks[x].cls.lo & (LXM_REPORT | LXM_PRONOUN)) || r->toks[x].in_quote ||
            (x > 0 && r->toks[x].comma_before))
            return 0;
    return !r->toks[k].comma_before;
}

/* "Castlebrook raised its target on AMD. The bank said AMD's chips could
 * ... The bank kept a neutral rating on Intel.": a description opening
 * the main clause right after a sentence that opened with one too stands
 * for the same org, the one that spoke there (the sentence before names
 * no subject of its own: its first org is in what was said) */
static int pronoun_chain(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    if (!pronoun(r, k) || personal(r, k) || !(opens_main_clause(r, k) || it_after_opening(r, k)) || !r->prev_name ||
        r->prev_si + 1 != r->si ||
        r->prev_person || r->prev_outlet || r->prev_entity < 0 || !cl_prev_opens_pronoun(r))
        return CR_NEXT;
    a->name = r->prev_name; a->mention = -1; a->entity = r->prev_entity;
    return CR_FOUND;
}

/* "Prices rose 10%, market tracker TrendForce estimated. They could
 * climb 5% more, the firm said": "the firm" closing a sentence right
 * after one whose speaker was an org named there (not a person, not an
 * outlet) is that speaker: the sentence goes on with what it said ("the
 * company" stays the story's org, as doc/claims.md says) */
static int previous_org_speaker(const reading *r, size_t k) {
    return k > 0 && tok_w(r, k, LXW_FIRM) && tok_w(r, k - 1, LXW_THE) && r->toks[k - 1].comma_before &&
           r->prev_si + 1 == r->si && !r->prev_person && !r->prev_outlet &&
           r->prev_entity >= 0;
}

/* "A former researcher ... said ..." / "She said": the person the text
 * did not name; "Researchers at Foo said ..." / "They said": the same
 * source */
static int pronoun_previous_speaker(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    if (!pronoun(r, k) || !r->prev_name || r->prev_si + 3 <= r->si) return CR_NEXT;
    if ((personal(r, k) && r->prev_person && r->prev_entity < 0 && !cl_person_between(r, k)) ||
        (!personal(r, k) && tok_w(r, k, LXW_THEY) && r->prev_si + 2 > r->si) || previous_org_speaker(r, k)) {
        a->name = r->prev_name; a->mention = -1; a->entity = r->prev_entity;
        return CR_FOUND;
    }
    return CR_NEXT;
}

/* "he said": the person named last */
static int pronoun_person(reading *r, subject_scan *s, attribution *a) {
    const dsc_claim_mention *m;
    if (pronoun(r, s->k) && personal(r, s->k) && cl_resolve_pronoun(r, s->k, 1, &m))
        return referent(a, m) ? CR_FOUND : CR_NEXT;
    return CR_NEXT;
}

/* "it said", "the company said": the org the story is about */
static int pronoun_topic(reading *r, subject_scan *s, attribution *a) {
    const dsc_claim_mention *m;
    if (pronoun(r, s->k) && !personal(r, s->k) && cl_resolve_topic(r, s->k, &m))
        return referent(a, m) ? CR_FOUND : CR_NEXT;
    return CR_NEXT;
}

/* a pronoun that refers to nothing named: no subject */
static int stop_pronoun(reading *r, subject_scan *s, attribution *a) {
    (void)a;
    return pronoun(r, s->k) ? CR_STOP : CR_NEXT;
}

/* "The paper's main results table puts ...", "the report's appendix
 * lists": a part of a document stands for the document; the walk goes on
 * at it */
static int step_document_part(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k, j;
    (void)a;
    if (!(r->toks[k].cls.lo & LXM_DOCUMENT)) return CR_NEXT;
    for (j = k; j-- > 0 && k - j <= 3;) {
        if (r->toks[j + 1].comma_before || r->toks[j].mention >= 0) break;
        if ((r->toks[j].cls.lo & LXM_DOCUMENT) && cl_possessive_after(r, j)) {
            s->k = j + 1;
            return CR_STEP;
        }
    }
    return CR_NEXT;
}

/* "DeepSeek's report says", "DeepSeek's own paper", "R1's paper" (its
 * maker), "DeepSeek's own V3 paper" (the model only names it): the
 * owner; what a company writes of its own work concerns it (an analyst's
 * note is about others) */
static int document_owner(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k, j = k, x;
    const dsc_claim_mention *owner;
    if (!(r->toks[k].cls.lo & LXM_DOCUMENT)) return CR_NEXT;
    while (j > 0 && k - j < 4 && !r->toks[j].comma_before &&
           (r->toks[j - 1].mention < 0 ||
            (mention(r, r->toks[j - 1].mention)->kind == DSC_MODEL && !cl_possessive_after(r, j - 1))))
        j--;
    /* "rather than Nvidia's, the paper said": a comma parts them */
    if (!(j > 0 && !r->toks[j].comma_before && r->toks[j - 1].mention >= 0 && cl_possessive_after(r, j - 1)))
        return CR_NEXT;
    owner = cl_maker(r, r->toks[j - 1].mention);
    a->name = owner->name; a->entity = (long)owner->entity;
    a->mention = owner == mention(r, r->toks[j - 1].mention) ? r->toks[j - 1].mention : -1;
    for (x = j; x <= k; x++)
        if (tok_w(r, x, LXW_OWN)) a->self = 1;
    if (tok_has(r, k, LX_OWN_DOCUMENT)) a->self = 1;
    return CR_FOUND;
}

/* "the paper says", "the report says": who published it, named before */
static int document_author(reading *r, subject_scan *s, attribution *a) {
    const dsc_claim_mention *m;
    if ((r->toks[s->k].cls.lo & LXM_DOCUMENT) && cl_doc_author(r, s->k, &m))
        return referent(a, m) ? CR_FOUND : CR_NEXT;
    return CR_NEXT;
}

/* "Reuters reported ... / The report said": the outlet cited just before */
static int document_outlet(reading *r, subject_scan *s, attribution *a) {
    const dsc_claim_mention *m;
    return cl_outlet_document(r, s->k, &m) && referent(a, m) ? CR_FOUND : CR_NEXT;
}

/* "Calder Ridge analyst Jo Park raised her target ... / ..., the note
 * said": an analysts' document (class analyst-note) with "the" that no
 * sentence before introduced (document-author first) is the firm's whose
 * analyst the text named */
static int document_analyst_firm(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    const dsc_claim_mention *m;
    if (tok_has(r, k, LX_ANALYST_NOTE) && k > 0 && tok_w(r, k - 1, LXW_THE) && cl_analyst_firm(r, &m))
        return referent(a, m) ? CR_FOUND : CR_NEXT;
    return CR_NEXT;
}

/* "The company's privacy policy states", "its report said": a definite
 * document is the story's org's */
static int document_topic(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k, j = k;
    const dsc_claim_mention *m;
    int definite;
    if (!(r->toks[k].cls.lo & LXM_DOCUMENT)) return CR_NEXT;
    definite = k > 0 && (tok_w(r, k - 1, LXW_THE) || tok_w(r, k - 1, LXW_ITS));
    while (j > 0 && k - j < 3 && !definite) {
        j--;
        if ((r->toks[j].cls.lo & LXM_PRONOUN) && cl_possessive_after(r, j)) definite = 1;
    }
    if (definite && cl_resolve_topic(r, k, &m)) return referent(a, m) ? CR_FOUND : CR_NEXT;
    return CR_NEXT;
}

/* "Nvidia in a Report says": a document no one is named for ends the
 * walk (it is no subject, and nothing before it is) */
static int stop_document(reading *r, subject_scan *s, attribution *a) {
    (void)a;
    return r->toks[s->k].cls.lo & LXM_DOCUMENT ? CR_STOP : CR_NEXT;
}

/* "the commission said", "The Commission said": the org whose name holds
 * the noun ("Personal Information Protection Commission", "European
 * Commission"), written in capitals or not */
static int the_head_noun(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    const dsc_claim_mention *m;
    if (k > 0 && tok_w(r, k - 1, LXW_THE) && !pronoun(r, k) && cl_head_noun_org(r, k, &m))
        return referent(a, m) ? CR_FOUND : CR_NEXT;
    return CR_NEXT;
}

/* "the watchdog said", "the regulator said": the government body named last */
static int the_regulator(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    const dsc_claim_mention *m;
    if (!r->toks[k].cap && k > 0 && tok_w(r, k - 1, LXW_THE) && !pronoun(r, k) && cl_regulator_noun(r, k, &m))
        return referent(a, m) ? CR_FOUND : CR_NEXT;
    return CR_NEXT;
}

/* Is government body m of another kind than the noun at token k says:
 * its name holds a capitalised noun for a kind of body that is not that
 * noun ("the Justice Department" for "Singapore's trade ministry")? The
 * nouns for any body (regulator, watchdog) fit every name. */
static int other_kind_of_body(const reading *r, size_t k, const dsc_claim_mention *m) {
    const char *n = m->name;
    size_t i = 0, e;
    if (tok_w(r, k, LXW_REGULATOR) || tok_w(r, k, LXW_WATCHDOG)) return 0;
    while (n[i]) {
        uint32_t id;
        for (e = i; dsc_is_alpha(n[e]); e++) {}
        if (e > i && dsc_is_upper(n[i]) && (id = dsc_lex_find(r->in->lexicon, n + i, e - i)) != 0 &&
            id != r->toks[k].word && dsc_lx_has(dsc_lex_entry(r->in->lexicon, id)->cls, LX_REGULATOR_NOUN))
            return 1;
        i = n[e] ? e + 1 : e;
    }
    return 0;
}

/* "Italy's data protection authority said", "China's internet regulator
 * said": the body the text names before or after; a body of another kind
 * is not it, and the words stand for the body the text does not name
 * ("Singapore's trade ministry said" after "the Justice Department":
 * `trade ministry`) */
static int place_regulator(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k, x = k;
    const dsc_claim_mention *m;
    if (r->toks[k].cap || k == 0) return CR_NEXT;
    while (x > 0 && k - x < 3 && r->toks[x - 1].mention < 0 && !r->toks[x].comma_before && !r->toks[x - 1].cap)
        x--;
    if (!(x > 0 && x < k + 1 && r->toks[x - 1].mention >= 0 && cl_possessive_after(r, x - 1) &&
          mention(r, r->toks[x - 1].mention)->kind == DSC_PLACE && tok_has(r, k, LX_REGULATOR_NOUN)))
        return CR_NEXT;
    if (cl_regulator_noun(r, k, &m) && !other_kind_of_body(r, k, m)) return referent(a, m) ? CR_FOUND : CR_NEXT;
    if (!(a->name = cl_description(r, x, k))) return CR_NEXT;
    a->mention = -1; a->entity = -1;
    return CR_FOUND;
}

/* "DeepSeek's team wrote": about DeepSeek's own work ("DeepSeek's
 * engineers": subject-org-role, a role noun, comes first) */
static int possessive_self(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    if (!r->toks[k].cap && k > 0 && r->toks[k - 1].mention >= 0 && cl_possessive_after(r, k - 1)) {
        named(r, k - 1, a);
        a->self = 1;
        return CR_FOUND;
    }
    return CR_NEXT;
}

/* "The TikTok owner's Volcano Engine cloud unit said", "Alibaba's cloud
 * division said": a part of an org (class org-part) named by the org
 * right before it, or with one word between, speaks as that org */
static int org_part(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k, n;
    if (!tok_has(r, k, LX_ORG_PART) || k == 0 || r->toks[k].comma_before) return CR_NEXT;
    n = r->toks[k - 1].mention >= 0 ? k - 1 : k - 2;
    if (n >= k || (n + 2 == k && (r->toks[k - 1].cap || r->toks[k - 1].comma_before)) || r->toks[n].mention < 0 ||
        mention(r, r->toks[n].mention)->kind != DSC_ORG)
        return CR_NEXT;
    return named(r, n, a) ? CR_FOUND : CR_NEXT;
}

/* "the Longgang District government said": the place speaks */
static int place_government(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    if ((tok_w(r, k, LXW_GOVERNMENT) || tok_w(r, k, LXW_AUTHORITIES)) && k > 0 && r->toks[k - 1].mention >= 0 &&
        mention(r, r->toks[k - 1].mention)->kind == DSC_PLACE && !r->toks[k].comma_before)
        return named(r, k - 1, a) ? CR_FOUND : CR_NEXT;
    return CR_NEXT;
}

/* ", one European official said": a person the text does not name; "A
 * spokesperson said", "a company spokeswoman said": one speaks for the org
 * the story is about (doc/claims.md: an officer the text does not name
 * speaks for the org) */
static int indefinite_role(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k, x = k;
    const dsc_claim_mention *m;
    if (!(r->toks[k].cls.lo & LXM_ROLE)) return CR_NEXT;
    while (x > 0 && k - x < 3 && !r->toks[x].comma_before && r->toks[x - 1].mention < 0) {
        x--;
        if (!indefinite_det(r, x)) continue;
        /* opening the sentence, the org the sentence before opened with
         * ("Anthropic said it welcomed the tests. A spokeswoman added
         * ...": Anthropic), as for "It" and "the company" */
        if (tok_has(r, k, LX_SPOKESPERSON) && ((x == 0 && cl_prev_subject(r, &m)) || cl_resolve_topic(r, k, &m)))
            return referent(a, m) ? CR_FOUND : CR_NEXT;
        a->name = modified_label(r, k, cl_indefinite_label(r, k)); a->mention = -1; a->entity = -1;
        return CR_FOUND;
    }
    return CR_NEXT;
}

/* "an official at the regulator told ...", "sources at the lab said" */
static int source_at_description(reading *r, subject_scan *s, attribution *a) {
    return !r->toks[s->k].cap && s->k > 1 && unnamed_at(r, s->k, a) ? CR_FOUND : CR_NEXT;
}

/* "analysts we speak to regularly expect": a contact clause */
static int step_contact(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    (void)a;
    if (tok_w(r, k, LXW_TO) && k >= 2 && (tok_w(r, k - 2, LXW_WE) || tok_w(r, k - 2, LXW_THEY) ||
                                         tok_w(r, k - 2, LXW_I))) {
        s->k -= 2;
        return CR_STEP;
    }
    return CR_NEXT;
}

/* "Growth slowed, analysts said" has its subject after the comma: a
 * comma ends the walk (outside an apposition) */
static int stop_comma(reading *r, subject_scan *s, attribution *a) {
    (void)a;
    return r->toks[s->k].comma_before && !s->depth ? CR_STOP : CR_NEXT;
}

/* "X has publicly said", "X itself said": an adverb of the verb */
static int step_verb_modifier(reading *r, subject_scan *s, attribution *a) {
    (void)a;
    return cl_verb_modifier(r, s->k) ? CR_STEP : CR_NEXT;
}

/* "Nvidia on Monday said": a capitalised word that is no name */
static int step_capital(reading *r, subject_scan *s, attribution *a) {
    (void)a;
    return r->toks[s->k].cap ? CR_STEP : CR_NEXT;
}

/* The first word of figures that speak before the verb ("third-party
 * estimates suggest"): up to two words before the noun at k. */
static size_t findings_start(const reading *r, size_t k) {
    size_t s0 = k;
    while (s0 > 0 && k - s0 < 2 && r->toks[s0 - 1].mention < 0 && !r->toks[s0].comma_before &&
           !(r->toks[s0 - 1].cls.lo & (LXM_AUX | LXM_PRONOUN)) && !tok_w(r, s0 - 1, LXW_THE) &&
           !tok_w(r, s0 - 1, LXW_OF) && !tok_w(r, s0 - 1, LXW_AND))
        s0--;
    return s0;
}

/* Figures right before the verb ("customs data show")? */
static int findings(const reading *r, const subject_scan *s) {
    return tok_has(r, s->k, LX_FINDINGS_NOUN) && s->k + 1 == s->v;
}

/* "the same data show": the source cited last */
static int findings_same(reading *r, subject_scan *s, attribution *a) {
    size_t s0;
    if (!findings(r, s)) return CR_NEXT;
    s0 = findings_start(r, s->k);
    if (s0 > 0 && tok_w(r, s0, LXW_SAME) && r->prev_name && r->prev_si + 3 > r->si) {
        a->name = r->prev_name; a->mention = -1; a->entity = r->prev_entity;
        return CR_FOUND;
    }
    return CR_NEXT;
}

/* "FactSet data show": the org whose figures they are */
static int findings_of_name(reading *r, subject_scan *s, attribution *a) {
    size_t s0;
    if (!findings(r, s)) return CR_NEXT;
    s0 = findings_start(r, s->k);
    return s0 > 0 && r->toks[s0 - 1].mention >= 0 && named(r, s0 - 1, a) ? CR_FOUND : CR_NEXT;
}

/* "Third-party estimates suggest", "customs data show": the figures
 * speak, described as the text describes them ("customs data") */
static int findings_described(reading *r, subject_scan *s, attribution *a) {
    const char *d;
    if (!findings(r, s)) return CR_NEXT;
    if (!(d = cl_description(r, findings_start(r, s->k), s->k))) return CR_STOP;
    a->name = d; a->mention = -1;
    return CR_FOUND;
}

/* "the Xinhua news agency reported" */
static int news_agency(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    if (!r->toks[k].cap && k > 1 && tok_w(r, k, LXW_AGENCY) && tok_w(r, k - 1, LXW_NEWS) &&
        r->toks[k - 2].mention >= 0 && mention(r, r->toks[k - 2].mention)->kind == DSC_ORG)
        return named(r, k - 2, a) ? CR_FOUND : CR_NEXT;
    return CR_NEXT;
}

/* "the Yomiuri newspaper reported", "Caixin outlet said": the org before
 * the outlet noun */
static int outlet_noun(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    if (!r->toks[k].cap && k > 0 && r->toks[k - 1].mention >= 0 && !r->toks[k].comma_before &&
        mention(r, r->toks[k - 1].mention)->kind == DSC_ORG && tok_has(r, k, LX_OUTLET_NOUN))
        return named(r, k - 1, a) ? CR_FOUND : CR_NEXT;
    return CR_NEXT;
}

/* "news" of "news agency" */
static int step_news(reading *r, subject_scan *s, attribution *a) {
    (void)a;
    return tok_w(r, s->k, LXW_NEWS) && s->k + 1 < s->v && tok_w(r, s->k + 1, LXW_AGENCY) ? CR_STEP : CR_NEXT;
}

/* "Nvidia on Nov. 19 reported": a date between subject and verb */
static int step_date(reading *r, subject_scan *s, attribution *a) {
    const ctok *t = &r->toks[s->k];
    (void)a;
    return dsc_is_digit(r->in->text[t->start]) && t->end - t->start <= 4 && !t->comma_before ? CR_STEP : CR_NEXT;
}

/* "Quzhou Kangning Hospital in Zhejiang province said" */
static int step_place_division(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    (void)a;
    return tok_has(r, k, LX_PLACE_DIVISION) && k > 0 && r->toks[k - 1].mention >= 0 &&
           mention(r, r->toks[k - 1].mention)->kind == DSC_PLACE ? CR_STEP : CR_NEXT;
}

/* "several people in the industry believe" */
static int step_in_the_industry(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    (void)a;
    return (tok_w(r, k, LXW_INDUSTRY) || tok_w(r, k, LXW_SECTOR)) && k >= 3 && tok_w(r, k - 1, LXW_THE) &&
           tok_w(r, k - 2, LXW_IN) && (r->toks[k - 3].cls.lo & (LXM_UNNAMED | LXM_ROLE)) ? CR_STEP : CR_NEXT;
}

/* "X last week said", "X last month forecast", "a spokesperson for ...
 * said": small words a subject's noun group may hold, and a time phrase
 * of "last" or "this" and a date word between the subject and its verb */
static int step_filler(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k;
    (void)a;
    if (tok_has(r, k, LX_DATE_WORD) && k > 0 && (tok_w(r, k - 1, LXW_LAST) || tok_w(r, k - 1, LXW_THIS)))
        return CR_STEP;
    return tok_w(r, k, LXW_ON) || tok_w(r, k, LXW_IN) || tok_w(r, k, LXW_A) || tok_w(r, k, LXW_THE) ||
           tok_w(r, k, LXW_LAST) || tok_w(r, k, LXW_THIS) || tok_w(r, k, LXW_WEEK) ||
           tok_has(r, k, LX_SPOKESPERSON) ? CR_STEP : CR_NEXT;
}

/* ", an analyst at Foo,": every word of an apposition is stepped over */
static int step_apposition(reading *r, subject_scan *s, attribution *a) {
    (void)r; (void)a;
    return s->depth ? CR_STEP : CR_NEXT;
}

/* A plural noun the lexicon does not know, whole token in plain letters. */
static int unknown_plural(const reading *r, size_t k) {
    const ctok *t = &r->toks[k];
    const char *w = r->in->text + t->start;
    size_t n = t->end - t->start, i;
    if (t->word || t->mention >= 0 || t->in_quote || n < 4 || w[n - 1] != 's' || w[n - 2] == 's') return 0;
    for (i = 0; i < n; i++)
        if (!((w[i] >= 'a' && w[i] <= 'z') || (i == 0 && k == 0 && w[i] >= 'A' && w[i] <= 'Z'))) return 0;
    return 1;
}

/* A word that may describe a group before its noun ("local", "industry"):
 * no name, no class, no determiner ("the", "some": the label is the
 * group's words, not a count). */
static int group_modifier(const reading *r, size_t k) {
    const ctok *t = &r->toks[k];
    const dsc_lx_cls *c = &t->cls;
    if (t->mention >= 0 || t->in_quote || c->lo || c->hi[0] || c->hi[1] || c->hi[2]) return 0;
    return !(tok_w(r, k, LXW_THE) || tok_w(r, k, LXW_SOME) || tok_w(r, k, LXW_SEVERAL) || tok_w(r, k, LXW_THESE) ||
             tok_w(r, k, LXW_THOSE) || tok_w(r, k, LXW_THIS));
}

/* Does the verb at v report a clause? "that" after it, or the clause's
 * first word ("say the timing is", "say she still reviews"): not a
 * preposition ("complained about the plant"), not the sentence's end. */
static int reports_clause(const reading *r, size_t v) {
    const ctok *t;
    if (v + 1 >= r->nt) return 0;
    if (tok_w(r, v + 1, LXW_THAT)) return 1;
    t = &r->toks[v + 1];
    return !t->comma_before && !t->in_quote && !tok_has(r, v + 1, LX_PREPOSITION) &&
           !tok_has(r, v + 1, LX_CLAUSE_LINK);
}

/* "Some", "several", "many", "the" opening a group's noun: they say how
 * many of the group or which, and are no part of its label */
static int group_determiner(const reading *r, size_t k) {
    return !r->toks[k].in_quote && (tok_w(r, k, LXW_THE) || tok_w(r, k, LXW_SOME) || tok_w(r, k, LXW_SEVERAL) ||
                                    tok_w(r, k, LXW_MANY));
}

/* "Local ranchers have complained that ...", "Industry groups say the
 * timing is unrealistic", "Colleagues say she ...", "Some former
 * colleagues say he ...", "The utilities tell me they ...": a group the
 * text does not name, opening the sentence as the subject of a verb that
 * reports a clause, is an unnamed source in the text's words
 * (doc/claims.md). The group is a plural noun the lexicon does not know,
 * with at most one word before it that describes it (group_modifier, or
 * "former", a count adjective to the figures' rules), after at most a
 * determiner (group_determiner) left out of the label; lowercased. */
static int group_noun(reading *r, subject_scan *s, attribution *a) {
    size_t k = s->k, j = k, i, n;
    char *label;
    if (s->depth || k + 1 != s->g || !reports_clause(r, s->v) || !unknown_plural(r, k)) return CR_NEXT;
    if (j >= 1 && !r->toks[j - 1].in_quote && r->toks[j - 1].mention < 0 &&
        (group_modifier(r, j - 1) || tok_w(r, j - 1, LXW_FORMER)))
        j--;
    if (j > 1 || (j == 1 && !group_determiner(r, 0))) return CR_NEXT;
    n = r->toks[k].end - r->toks[j].start;
    if (!(label = dsc_arena_strndup(r->in->arena, r->in->text + r->toks[j].start, n))) return CR_NEXT;
    for (i = 0; i < n; i++)
        if (label[i] >= 'A' && label[i] <= 'Z') label[i] = (char)(label[i] - 'A' + 'a');
    a->name = label; a->mention = -1; a->entity = -1;
    return CR_FOUND;
}

/* The rules on each word, walking back from the verb group, in the order
 * they are tried; a word no rule takes ends the walk: no subject. */
#define SUBJECT_WORD_RULES(X) \
    /* '"...," he said': not inside a quotation */ \
    X("subject-stop-quote",                stop_quote, W_QUOTE) \
    /* "Huawei Ascend 910C: my channel check puts" */ \
    X("subject-stop-label",                stop_label, 0) \
    /* "Dana Whitcombe (ex-Microsoft, now at Corvid Labs): said" */ \
    X("subject-step-parenthesis",          step_parenthesis, 0) \
    /* "Sen. Dale Whitcomb, R-Iowa, said" */ \
    X("subject-step-party-state",          step_party_state, W_NAME) \
    /* "analysts at Bernstein said" */ \
    X("subject-source-at-name",            source_at_name, W_NAME) \
    /* "a spokesperson for Nvidia said" */ \
    X("subject-spokesperson-for",          spokesperson_for, W_NAME) \
    /* "Jane Doe of Bernstein said" */ \
    X("subject-person-of-org",             person_of_org, W_NAME) \
    /* "Lawyers for the plaintiffs said", "Investors in the fund said" */ \
    X("subject-group-postmodifier",        group_postmodifier, 0) \
    /* "researchers in China say" */ \
    X("subject-step-modifier-name",        step_modifier_name, W_NAME) \
    /* "Jane Doe said" */ \
    X("subject-named",                     subject_named, W_NAME) \
    /* "the researchers said" */ \
    X("subject-the-researchers",           the_researchers, W_UNNAMED) \
    /* "Citi analysts said" */ \
    X("subject-firm-analysts",             firm_analysts, W_UNNAMED) \
    /* "analysts said" */ \
    X("subject-unnamed",                   subject_unnamed, W_UNNAMED) \
    /* "an Alibaba executive denied" */ \
    X("subject-org-role",                  org_role, W_ROLE) \
    /* "A White House official said ... The official added" */ \
    X("subject-the-role-previous",         the_role_previous, W_ROLE) \
    /* "Engineers, at a U.S. lab, said" */ \
    X("subject-role-at",                   role_at, W_ROLE) \
    /* "we think" */ \
    X("subject-we",                        pronoun_we, W_PRONOUN) \
    /* "sources at the company said" */ \
    X("subject-source-at-pronoun",         source_at_pronoun, W_PRONOUN) \
    /* "X priced ..., which it said" */ \
    /* "the fund said" */ \
    X("subject-pronoun-descriptor",        pronoun_descriptor, W_PRONOUN) \
    X("subject-pronoun-own-sentence",      pronoun_own_sentence, W_PRONOUN) \
    /* "MiniMax ... The company said" */ \
    X("subject-pronoun-previous-sentence", pronoun_previous_sentence, W_PRONOUN) \
    /* "The bank said AMD's ... The bank kept" */ \
    X("subject-pronoun-chain",             pronoun_chain, W_PRONOUN) \
    /* "A former researcher said ... She said" */ \
    X("subject-pronoun-previous-speaker",  pronoun_previous_speaker, W_PRONOUN) \
    /* "Jane Doe ... he said" */ \
    X("subject-pronoun-person",            pronoun_person, W_PRONOUN) \
    /* "it said": the story's org */ \
    X("subject-pronoun-topic",             pronoun_topic, W_PRONOUN) \
    /* a pronoun for nothing named */ \
    X("subject-stop-pronoun",              stop_pronoun, W_PRONOUN) \
    /* "the paper's results table puts" */ \
    X("subject-step-document-part",        step_document_part, W_DOCUMENT) \
    /* "DeepSeek's report says" */ \
    X("subject-document-owner",            document_owner, W_DOCUMENT) \
    /* "the paper says" */ \
    X("subject-document-author",           document_author, W_DOCUMENT) \
    /* "Reuters reported ... The report said" */ \
    X("subject-document-outlet",           document_outlet, W_DOCUMENT) \
    /* "The company's privacy policy states" */ \
    /* "Acme analyst Jo Park ... the note said" */ \
    X("subject-document-analyst-firm",     document_analyst_firm, W_DOCUMENT) \
    X("subject-document-topic",            document_topic, W_DOCUMENT) \
    /* "Nvidia in a Report says" */ \
    X("subject-stop-document",             stop_document, W_DOCUMENT) \
    /* "the commission said" */ \
    X("subject-the-head-noun",             the_head_noun, 0) \
    /* "the watchdog said" */ \
    X("subject-the-regulator",             the_regulator, W_LOWER) \
    /* "Italy's data protection authority said" */ \
    X("subject-place-regulator",           place_regulator, W_LOWER) \
    /* "DeepSeek's team wrote" */ \
    X("subject-possessive-self",           possessive_self, W_LOWER) \
    /* "the Volcano Engine cloud unit said" */ \
    X("subject-org-part",                  org_part, W_LOWER) \
    /* "the Longgang District government said" */ \
    X("subject-place-government",          place_government, 0) \
    /* ", one European official said" */ \
    X("subject-indefinite-role",           indefinite_role, W_ROLE) \
    /* "an official at the regulator told" */ \
    X("subject-source-at-description",     source_at_description, W_LOWER) \
    /* "analysts we speak to expect" */ \
    X("subject-step-contact",              step_contact, 0) \
    /* "Growth slowed, analysts said" */ \
    X("subject-stop-comma",                stop_comma, 0) \
    /* "X has publicly said" */ \
    X("subject-step-verb-modifier",        step_verb_modifier, 0) \
    /* "Local ranchers have complained that", "Farmers say that" */ \
    X("subject-group-noun",                group_noun, 0) \
    /* "Nvidia on Monday said" */ \
    X("subject-step-capital",              step_capital, 0) \
    /* "the same data show" */ \
    X("subject-findings-same",             findings_same, W_FINDINGS) \
    /* "FactSet data show" */ \
    X("subject-findings-of-name",          findings_of_name, W_FINDINGS) \
    /* "customs data show" */ \
    X("subject-findings",                  findings_described, W_FINDINGS) \
    /* "the Xinhua news agency reported" */ \
    X("subject-news-agency",               news_agency, W_LOWER) \
    /* "the Yomiuri newspaper reported" */ \
    X("subject-outlet-noun",               outlet_noun, W_LOWER) \
    /* "news" of "news agency" */ \
    X("subject-step-news",                 step_news, 0) \
    /* "Nvidia on Nov. 19 reported" */ \
    X("subject-step-date",                 step_date, 0) \
    /* "X in Zhejiang province said" */ \
    X("subject-step-place-division",       step_place_division, 0) \
    /* "several people in the industry believe" */ \
    X("subject-step-in-the-industry",      step_in_the_industry, 0) \
    /* "X last week said" */ \
    X("subject-step-filler",               step_filler, 0) \
    /* ", an analyst at Foo," */ \
    X("subject-step-apposition",           step_apposition, 0)

#define WORD_NAME(name, fn, need) name,
static const char *const subject_word_rule_names[] = { SUBJECT_WORD_RULES(WORD_NAME) };
#define WORD_RULE_ID(name, fn, need) SW_##fn,
enum { SUBJECT_WORD_RULES(WORD_RULE_ID) N_SUBJECT_WORD_RULES };

#define N_RULES(t) (sizeof t / sizeof t[0])

/* What the word at k is (W_*). */
static unsigned word_is(const reading *r, size_t k) {
    const ctok *t = &r->toks[k];
    return (t->in_quote ? W_QUOTE : 0u) | (t->mention >= 0 ? W_NAME : 0u) |
           (t->cls.lo & LXM_PRONOUN ? W_PRONOUN : 0u) | (t->cls.lo & LXM_DOCUMENT ? W_DOCUMENT : 0u) |
           (t->cls.lo & LXM_UNNAMED ? W_UNNAMED : 0u) | (t->cls.lo & LXM_ROLE ? W_ROLE : 0u) |
           (t->cap ? 0u : W_LOWER) | (dsc_lx_has(t->cls, LX_FINDINGS_NOUN) ? W_FINDINGS : 0u);
}

/* The rules of each table run in its order, each called by name (the
 * compiler inlines the small ones), a word rule only on a word like w (it
 * is all its need, W_*): the number of the rule that answered (other than
 * CR_NEXT), its answer in *o, or the table's size when none did. */
static size_t run_subject_verb_rules(reading *r, subject_scan *s, attribution *a, int *o) {
#define VERB_RULE_TRY(name, fn) if ((*o = fn(r, s, a)) != CR_NEXT) return SV_##fn;
    SUBJECT_VERB_RULES(VERB_RULE_TRY)
#undef VERB_RULE_TRY
    return N_SUBJECT_VERB_RULES;
}

static size_t run_subject_word_rules(unsigned w, reading *r, subject_scan *s, attribution *a, int *o) {
#define WORD_RULE_TRY(name, fn, need) \
    if (((need) & w) == (need) && (*o = fn(r, s, a)) != CR_NEXT) return SW_##fn;
    SUBJECT_WORD_RULES(WORD_RULE_TRY)
#undef WORD_RULE_TRY
    return N_SUBJECT_WORD_RULES;
}

/* Subject of the verb at token v: the mention that ends the noun phrase
 * before it, stepping over auxiliaries, time phrases and an appositive
 * set off by commas ("Jane Doe, an analyst at Foo, has said"). Records
 * the rule that found it in a->rule. */
int cl_subject_before(reading *r, size_t v, attribution *a) {
    subject_scan s;
    size_t i, steps = 0;
    int o = CR_NEXT;
    if (v == 0) return 0;
    s.v = v; s.g = v; s.c = 0; s.depth = 0;
    /* the verb group: "has also said" */
    while (s.g > 0 && cl_verb_modifier(r, s.g - 1) && !r->toks[s.g].comma_before) s.g--;
    s.k = s.g;
    i = run_subject_verb_rules(r, &s, a, &o);
    if (i < N_SUBJECT_VERB_RULES) {
        if (o == CR_FOUND) a->rule = subject_verb_rule_names[i];
        return o == CR_FOUND;
    }
    while (s.k > 0 && steps < 8) {
        s.k--; steps++;
        i = run_subject_word_rules(word_is(r, s.k), r, &s, a, &o);
        if (i == N_SUBJECT_WORD_RULES || o == CR_STOP) return 0;
        if (o == CR_FOUND) { a->rule = subject_word_rule_names[i]; return 1; }
    }
    return 0;
}

const char *const *cl_attribution_subject_rule_names(size_t *n) {
    static const char *const names[] = { SUBJECT_VERB_RULES(CR_NAME) SUBJECT_WORD_RULES(WORD_NAME) };
    *n = N_RULES(names);
    return names;
}
