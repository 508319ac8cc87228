/*
 * claim_attribution.c: who makes a claim. "according to X", "per X",
 * "citing X", "X said", "said X", "X, who said", passives (NULL),
 * pronouns and descriptions ("the company", "the commission", "she"),
 * documents standing for their authors ("the paper says"), unnamed
 * sources ("people familiar with the matter", "a server broker"), and
 * otherwise the article itself.
 */
#include "claim_read.h"

/* ===================================================================== */
/* What is read once                                                      */
/* ===================================================================== */

/* doc_author() asks which of the eight sentences before names a word
 * ("the report says": where was a report named?), unnamed() where
 * "familiar with" was last written. Searching the text again for each
 * question made one long sentence before eight that ask sixty times each
 * cost seconds a megabyte. So the words of those kinds are listed once per
 * sentence (in a ring of the latest sentences: the questions come in
 * sentence order) and the phrases' places once per document. */

#define DOC_WORDS 48            /* the lexicon has 42 words of those kinds */
#define DOC_WORD_LEN 16
#define RING 16                 /* more than the 8 sentences looked back at */

typedef struct {
    size_t si1;                 /* the sentence + 1; 0: none yet */
    int overflow;               /* more words than fit: search its text */
    size_t n;
    char w[DOC_WORDS][DOC_WORD_LEN];   /* lowercase */
} sentence_words;

struct cl_memory {
    sentence_words ring[RING];
    int oom;                    /* phrases could not grow: search the text */
    size_t phrases_upto;        /* phrases holds those starting before this */
    dsc_vec phrases;            /* size_t: where "familiar with" and "knowledge of " start */
};

cl_memory *cl_memory_new(void) {
    cl_memory *m = calloc(1, sizeof *m);
    if (m) m->phrases.elem = sizeof(size_t);
    return m;
}

void cl_memory_free(cl_memory *m) {
    if (!m) return;
    dsc_vec_free(&m->phrases);
    free(m);
}

static int strncasecmp_ascii(const char *a, const char *b, size_t n);

/* May a word of n bytes at j in sentence s be what doc_author() looks
 * for: on its own (no letter or digit touching it) and not "the ..." or
 * "the same ..." (which refer back further)? */
static int author_word_at(const char *t, const dsc_sent *s, size_t j, size_t n) {
    if (j > s->start && dsc_word_char_at(t, s->end, j - 1)) return 0;
    if (j + n < s->end && dsc_word_char_at(t, s->end, j + n)) return 0;
    if (j >= s->start + 4 && strncasecmp_ascii(t + j - 4, "the ", 4) == 0) return 0;
    if (j >= s->start + 5 && strncasecmp_ascii(t + j - 5, "same ", 5) == 0) return 0;
    return 1;
}

/* Does sentence s name the word [w, w + n) so? The plain search. */
static int names_word(const dsc_claim_input *in, const dsc_sent *s, const char *w, size_t n) {
    size_t j;
    for (j = s->start; j + n <= s->end; j++)
        if (!strncasecmp_ascii(in->text + j, w, n) && author_word_at(in->text, s, j, n)) return 1;
    return 0;
}

/* A word of the kinds doc_author() is asked about: ASCII letters, a
 * document or an unnamed source in the lexicon. Lowercased into w. */
static int doc_word(const char *s, size_t n, char w[DOC_WORD_LEN]) {
    size_t k;
    if (n == 0 || n >= DOC_WORD_LEN || !(cl_lookup(s, n) & (W_DOC | W_UNNAMED))) return 0;
    for (k = 0; k < n; k++) {
        if (!dsc_is_alpha(s[k])) return 0;
        w[k] = (char)(s[k] | 0x20);
    }
    w[n] = '\0';
    return 1;
}

/* The words of those kinds sentence si names as names_word() finds them,
 * listed when first asked. A word names_word() matches is a whole run of
 * ASCII letters (a letter before or after would touch it), so the runs
 * are what is looked at. */
static const sentence_words *words_of(const reading *r, size_t si) {
    sentence_words *sw = &r->mem->ring[si % RING];
    const dsc_sent *s = &r->in->sents[si];
    const char *t = r->in->text;
    size_t j, k, x;
    if (sw->si1 == si + 1) return sw;
    sw->si1 = si + 1; sw->n = 0; sw->overflow = 0;
    for (j = s->start; j < s->end; j = k) {
        char w[DOC_WORD_LEN];
        k = j + 1;
        if (!dsc_is_alpha(t[j])) continue;
        while (k < s->end && dsc_is_alpha(t[k])) k++;
        if (!doc_word(t + j, k - j, w) || !author_word_at(t, s, j, k - j)) continue;
        for (x = 0; x < sw->n && strcmp(sw->w[x], w) != 0; x++) {}
        if (x < sw->n) continue;
        if (sw->n == DOC_WORDS) { sw->overflow = 1; break; }
        memcpy(sw->w[sw->n++], w, k - j + 1);
    }
    return sw;
}

/* A dateline opening the paragraph: "HONG KONG (Reuters) -",
 * "NEW YORK, Jan 27 (Reuters) -", "SAN FRANCISCO —". */
size_t cl_dateline_end(const reading *r) {
    const char *t = r->in->text;
    size_t i = r->s->start, e = r->s->end, caps = 0;
    if (!r->s->para_start) return r->s->start;
    while (i < e && (dsc_is_upper(t[i]) || t[i] == ' ' || t[i] == '.' || t[i] == '/')) {   /* BEIJING/SINGAPORE */
        if (dsc_is_upper(t[i])) caps++;
        i++;
    }
    if (caps < 2 || (i < e && dsc_is_lower(t[i]))) return r->s->start;
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
    return r->s->start;
}

/* "people with knowledge of the matter" keeps its words; "people with
 * knowledge of its finances" is the usual "people familiar with the
 * matter". k: the token "knowledge". */
static const char *knowledge_label(const reading *r, size_t k) {
    if (k + 3 < r->nt && tok_is(r, k + 1, "of") && tok_is(r, k + 2, "the") && tok_is(r, k + 3, "matter"))
        return "people with knowledge of the matter";
    return "people familiar with the matter";
}

/* Where "familiar with" or "knowledge of " starts, the latest in [from,
 * last], or (size_t)-1: from the places of the document's phrases, found
 * in one pass when first asked (each "the people said" looked back 3000
 * bytes before). */
static int is_phrase_at(const char *t, size_t j) {
    return memcmp(t + j, "familiar with", 13) == 0 || memcmp(t + j, "knowledge of ", 13) == 0;
}

/* Indexes the phrases starting before upto: the text is read once, up to
 * the latest place asked about, the letters f and k found by memchr. */
static size_t next_byte(const char *t, size_t j, size_t upto, char c) {
    const char *p = j < upto ? memchr(t + j, c, upto - j) : NULL;
    return p ? (size_t)(p - t) : upto;
}

static void index_phrases(cl_memory *m, const char *t, size_t n, size_t upto) {
    size_t j = m->phrases_upto, f, k;
    if (upto > n) upto = n;
    if (j >= upto) return;
    f = next_byte(t, j, upto, 'f');
    k = next_byte(t, j, upto, 'k');
    while ((j = f < k ? f : k) < upto && !m->oom) {    /* each in order, each byte read once */
        size_t *x;
        if (j + 13 <= n && is_phrase_at(t, j)) {
            if (!(x = dsc_vec_push(&m->phrases))) m->oom = 1;
            else *x = j;
        }
        if (j == f) f = next_byte(t, j + 1, upto, 'f');
        else k = next_byte(t, j + 1, upto, 'k');
    }
    m->phrases_upto = upto;
}

static size_t latest_phrase(const reading *r, size_t from, size_t last) {
    cl_memory *m = r->mem;
    const char *t = r->in->text;
    const size_t *p;
    size_t j, lo = 0, hi;
    index_phrases(m, t, r->in->len, last + 1);
    if (m->oom) {                                       /* out of memory: search */
        for (j = last + 1; j-- > from;) if (is_phrase_at(t, j)) return j;
        return (size_t)-1;
    }
    p = m->phrases.data;
    hi = m->phrases.len;
    while (lo < hi) {                                   /* the first after last */
        size_t mid = (lo + hi) / 2;
        if (p[mid] <= last) lo = mid + 1; else hi = mid;
    }
    return lo > 0 && p[lo - 1] >= from ? p[lo - 1] : (size_t)-1;
}

/* An unnamed source written from token i on ("people familiar with ..."). */
static const char *unnamed(const reading *r, size_t i) {
    size_t k;
    /* "one of those people", "some of the analysts" */
    for (k = i; k + 1 < r->nt && k < i + 3 && (tok_is(r, k, "one") || tok_is(r, k, "some") ||
         tok_is(r, k, "two") || tok_is(r, k, "of") || tok_is(r, k, "those") || tok_is(r, k, "the") ||
         tok_is(r, k, "these")); k++) {}
    if (k != i && (r->toks[k].flags & W_UNNAMED)) i = k;

    for (k = i; k < r->nt && k < i + 6; k++) {
        /* the annotation keeps the text's phrase */
        if (tok_is(r, k, "familiar")) return "people familiar with the matter";
        if (tok_is(r, k, "knowledge")) return knowledge_label(r, k);
    }
    if (tok_is(r, i, "analysts") || tok_is(r, i, "analyst")) return "analysts";
    if (tok_is(r, i, "experts")) return "experts";
    if (tok_is(r, i, "observers")) return "observers";
    if (tok_is(r, i, "officials")) return "officials";
    if (tok_is(r, i, "investors")) return "investors";
    if (tok_is(r, i, "critics")) return "critics";
    if (tok_is(r, i, "skeptics") || tok_is(r, i, "sceptics")) return "skeptics";
    if (tok_is(r, i, "researchers")) return "researchers";
    if (tok_is(r, i, "executives")) return "executives";
    if (tok_is(r, i, "people") || tok_is(r, i, "person") || tok_is(r, i, "sources") || tok_is(r, i, "source")) {
        /* "one of the people said", "the person added", "two of the
         * sources said" after "people familiar with (knowledge of) the matter" */
        const char *t = r->in->text;
        size_t from = r->s->start > 3000 ? r->s->start - 3000 : 0, j;
        if (i > 0 && (tok_is(r, i - 1, "the") || tok_is(r, i - 1, "those") || tok_is(r, i - 1, "these")) &&
            r->s->start >= from + 13 && (j = latest_phrase(r, from, r->s->start - 13)) != (size_t)-1) {
            if (t[j] == 'f') return "people familiar with the matter";
            return j + 23 <= r->s->start && memcmp(t + j, "knowledge of the matter", 23) == 0
                   ? "people with knowledge of the matter" : "people familiar with the matter";
        }
        if (i + 3 < r->nt && tok_is(r, i + 1, "in") && tok_is(r, i + 2, "the") && tok_is(r, i + 3, "industry"))
            return "people in the industry";
        return "unnamed source";
    }
    if (tok_is(r, i, "insiders") && i > 0 && tok_is(r, i - 1, "industry")) return "industry insiders";
    if (tok_is(r, i, "insiders")) return "unnamed source";
    if (tok_is(r, i, "lawmakers") || tok_is(r, i, "legislators")) return "lawmakers";
    if (tok_is(r, i, "records")) return "official information";   /* "corporate records show" */
    if (tok_is(r, i, "lawyers")) return "lawyers";
    if (tok_is(r, i, "economists")) return "economists";
    if (tok_is(r, i, "founders") && !(i > 0 && r->toks[i - 1].mention >= 0)) return "founders";
    if (tok_is(r, i, "strategists")) return "strategists";
    if (tok_is(r, i, "regulators")) return "regulators";
    if (tok_is(r, i, "authorities")) return "authorities";
    if (tok_is(r, i, "traders")) return "traders";
    if (tok_is(r, i, "reports") || tok_is(r, i, "media")) return "media reports";
    if (tok_is(r, i, "official") && i + 1 < r->nt && tok_is(r, i + 1, "information"))
        return "official information";
    return NULL;
}

/* The mention a pronoun subject refers to. "He" and "she": the latest
 * person named before. "It", "the company", "the report": the org the
 * text is about, that is the first org of the latest sentence naming one
 * (in this sentence, before the pronoun). */
static int resolve_pronoun_skip(const reading *r, size_t i, int personal, long skip,
                                const dsc_claim_mention **out);

static int resolve_pronoun(const reading *r, size_t i, int personal, const dsc_claim_mention **out) {
    return resolve_pronoun_skip(r, i, personal, -1, out);
}

/* As resolve_pronoun, never resolving to the entity skip. */
static int resolve_pronoun_skip(const reading *r, size_t i, int personal, long skip,
                                const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    uint32_t limit = r->toks[i].start;
    size_t k = r->m1;
    *out = NULL;
    while (k-- > 0) {
        const dsc_claim_mention *mn = &in->mentions[k];
        if (mn->start >= limit || mn->outlet || (long)mn->entity == skip) continue;
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
                if (o->kind == DSC_ORG && !o->outlet && (long)o->entity != skip) best = o;
            }
            *out = best;
            return 1;
        }
    }
    return 0;
}

/* Does a model or product named `model` belong to org `org` by name
 * ("DeepSeek-R1" and "DeepSeek", "OpenAI o1" and "OpenAI")? */
int cl_owned_by(const char *model, const char *org) {
    size_t n = strlen(org);
    return strncmp(model, org, n) == 0 && (model[n] == '-' || model[n] == ' ');
}

/* ASCII case-insensitive comparison of n bytes: 0 when equal. */
static int strncasecmp_ascii(const char *a, const char *b, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        int x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z') x += 32;
        if (y >= 'A' && y <= 'Z') y += 32;
        if (x != y) return x - y;
    }
    return 0;
}

/* The first mention of sentence si, or (size_t)-1. */
static size_t first_in_sentence(const dsc_claim_input *in, size_t si) {
    size_t lo = 0, hi = in->n_mentions;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (in->mentions[mid].start < in->sents[si].start) lo = mid + 1; else hi = mid;
    }
    return lo < in->n_mentions && in->mentions[lo].start < in->sents[si].end ? lo : (size_t)-1;
}

/* "the paper says", "the same note said": the author of that document,
 * the subject of the sentence that introduced it ("DeepSeek published a
 * paper", "SemiAnalysis said in a note"). */
static int doc_author(const reading *r, size_t i, const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    const ctok *t = &r->toks[i];
    size_t len = t->end - t->start, si = r->si, k, x;
    char w[DOC_WORD_LEN];
    int listed = doc_word(in->text + t->start, len, w);     /* (always, as the callers ask) */
    while (si-- > 0 && r->si - si <= 8) {
        const dsc_sent *s = &in->sents[si];
        const sentence_words *sw = listed ? words_of(r, si) : NULL;
        /* "according to the paper" refers back too: keep looking for
         * where the document was introduced ("published a paper") */
        if (sw && !sw->overflow) {
            for (x = 0; x < sw->n && strcmp(sw->w[x], w) != 0; x++) {}
            if (x == sw->n) continue;
        } else if (!names_word(in, s, in->text + t->start, len)) {
            continue;
        }
        k = first_in_sentence(in, si);
        for (; k != (size_t)-1 && k < in->n_mentions && in->mentions[k].start < s->end; k++) {
            const dsc_claim_mention *m = &in->mentions[k];
            if (!m->outlet && (m->kind == DSC_ORG || m->kind == DSC_PERSON)) { *out = m; return 1; }
        }
        return 0;
    }
    return 0;
}

/* Are mentions a and b in the same sentence? (r->msent holds the
 * sentence of every mention, computed once per document.) */
static int same_sentence(const reading *r, size_t a, size_t b) {
    return r->msent[a] == r->msent[b];
}

/* "It said", "the company said": the org the story is about. The orgs
 * named before weigh by how often they, or models bearing their name,
 * were named, more as the first name of a sentence (its subject, as a
 * rule) and in the last two sentences; ties go to the latest. */
static int resolve_topic_uncached(const reading *r, size_t i, const dsc_claim_mention **out);

/* Is the org of mention mn described by the word w right before its name
 * ("hedge fund High-Flyer") or in an apposition after it ("High-Flyer, a
 * quantitative fund,")? Reads no further than limit. */
static int described_as(const char *t, const dsc_claim_mention *mn, const char *w, size_t wl, size_t limit) {
    size_t a1 = mn->start + mn->len, x;
    if (mn->start > wl && t[mn->start - 1] == ' ') {
        x = mn->start - 1 - wl;
        if (strncasecmp_ascii(t + x, w, wl) == 0 && (x == 0 || !dsc_is_alpha(t[x - 1]))) return 1;
    }
    if (a1 + 2 < limit && t[a1] == ',' && t[a1 + 1] == ' ')
        for (x = a1 + 2; x + wl <= limit && x < a1 + 60 && t[x] != ',' && t[x] != '.'; x++)
            if (strncasecmp_ascii(t + x, w, wl) == 0 && !dsc_is_alpha(t[x - 1]) && !dsc_is_alpha(t[x + wl]))
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
    return i < r->nt && (tok_is(r, i, "fund") || tok_is(r, i, "bank") || tok_is(r, i, "lender") ||
                         tok_is(r, i, "chipmaker") || tok_is(r, i, "carmaker") || tok_is(r, i, "automaker") ||
                         tok_is(r, i, "conglomerate") || tok_is(r, i, "designer") ||
                         tok_is(r, i, "manufacturer") || tok_is(r, i, "operator"));
}

int cl_resolve_topic(reading *r, size_t i, const dsc_claim_mention **out) {
    if (r->topic_limit != r->toks[i].start) {
        r->topic_limit = r->toks[i].start;
        if (!resolve_topic_uncached(r, i, &r->topic_out)) r->topic_out = NULL;
    }
    *out = r->topic_out;
    return *out != NULL;
}

static int resolve_topic_uncached(const reading *r, size_t i, const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    struct { const dsc_claim_mention *m; int score; uint32_t entity; size_t len; } cand[32];
    size_t nc = 0, k, c, recent_from = r->si >= 2 ? r->si - 2 : 0;
    uint32_t limit = r->toks[i].start;
    size_t from = 0, lo, hi;
    int best = -1;
    /* the story around the pronoun: the mentions of the last 6000 bytes
     * (a news article's worth), so a long document stays linear */
    lo = 0; hi = r->m1;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (in->mentions[mid].start + 6000 < limit) lo = mid + 1; else hi = mid;
    }
    from = lo;
    /* "the company", "the app", "the startup" is never a government body
     * ("It gave the company 20 days to reply", the Garante to DeepSeek) */
    int business = i < r->nt && (r->toks[i].flags & W_PRONOUN) && !(r->toks[i].flags & W_PERSONAL) &&
                   !tok_is(r, i, "it") && !tok_is(r, i, "its") && !tok_is(r, i, "they") && !tok_is(r, i, "we");
    for (k = from; k < r->m1; k++) {                   /* the orgs */
        const dsc_claim_mention *mn = &in->mentions[k];
        if (mn->start >= limit) break;
        if (mn->outlet || mn->kind != DSC_ORG) continue;
        if (business && cl_government(mn->name)) continue;
        for (c = 0; c < nc; c++) if (cand[c].m->entity == mn->entity) break;
        if (c == nc) {
            if (nc == sizeof cand / sizeof cand[0]) continue;
            cand[nc].score = 0; cand[nc].entity = mn->entity; cand[nc].len = strlen(mn->name); nc++;
        }
        cand[c].m = mn;
    }
    for (k = from; k < r->m1; k++) {                   /* their weight */
        const dsc_claim_mention *mn = &in->mentions[k];
        int w;
        if (mn->start >= limit) break;
        w = mn->start >= in->sents[recent_from].start ? 2 : 1;
        if (k == from || !same_sentence(r, k - 1, k)) w += 2;    /* a sentence's subject */
        if (mn->start >= r->s->start) w += 4;                     /* named in this sentence */
        if (mn->kind == DSC_MODEL || mn->kind == DSC_PRODUCT || mn->kind == DSC_CHIP) {
            /* a model counts for its maker ("DeepSeek-R1" for DeepSeek) */
            for (c = 0; c < nc; c++) {
                const char *o = cand[c].m->name;
                size_t n = cand[c].len;
                if (mn->name[0] == o[0] && strncmp(mn->name, o, n) == 0 &&
                    (mn->name[n] == '-' || mn->name[n] == ' '))
                    cand[c].score += w;
            }
        } else {
            for (c = 0; c < nc; c++)
                if (cand[c].entity == mn->entity) { cand[c].score += w; break; }
        }
    }
    *out = NULL;
    for (c = 0; c < nc; c++)
        if (cand[c].score > best || (cand[c].score == best && cand[c].m->start > (*out)->start)) {
            best = cand[c].score; *out = cand[c].m;
        }
    return *out != NULL;
}

/* "the commission said", "the panel's top Democrat": the org named before
 * whose name holds that noun as a word ("Personal Information Protection
 * Commission"). Searches the last 4000 bytes; the latest wins. */
static int head_noun_org(const reading *r, size_t i, const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    const ctok *t = &r->toks[i];
    size_t len = t->end - t->start, k = r->m1;
    uint32_t limit = t->start;
    if (len < 4 || t->cap || t->mention >= 0) return 0;
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
            if (strncasecmp_ascii(mn->name + j, in->text + t->start, len) == 0) { *out = mn; return 1; }
        }
    }
    return 0;
}

/* "the watchdog", "the regulator", "the ministry": the government body
 * named last (within 4000 bytes), by the words such names are made of. */
static int regulator_noun(const reading *r, size_t i, const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    size_t k = r->m1;
    uint32_t limit = r->toks[i].start;
    if (!(tok_is(r, i, "watchdog") || tok_is(r, i, "regulator") || tok_is(r, i, "authority") ||
          tok_is(r, i, "agency") || tok_is(r, i, "ministry") || tok_is(r, i, "commission") ||
          tok_is(r, i, "department") || tok_is(r, i, "administration") || tok_is(r, i, "bureau")))
        return 0;
    while (k-- > 0) {
        const dsc_claim_mention *mn = &in->mentions[k];
        if (mn->start >= limit) continue;
        if (limit - mn->start > 4000) break;
        if (mn->kind == DSC_ORG && !mn->outlet && cl_government(mn->name)) { *out = mn; return 1; }
    }
    /* none before: the one named after it (a lede says "China's internet
     * regulator said ...", the text names the body further on) */
    for (k = r->m1; k < in->n_mentions; k++) {
        const dsc_claim_mention *mn = &in->mentions[k];
        if (mn->start - limit > 3000) break;
        if (mn->kind == DSC_ORG && !mn->outlet && cl_government(mn->name)) { *out = mn; return 1; }
    }
    return 0;
}

/* Is token i followed by a possessive 's? */
int cl_possessive_after(const reading *r, size_t i) {
    const char *t = r->in->text;
    size_t e = r->toks[i].end;
    if (e + 1 < r->s->end && t[e] == '\'' && t[e + 1] == 's') return 1;
    return e + 3 < r->s->end && (unsigned char)t[e] == 0xE2 && (unsigned char)t[e + 1] == 0x80 &&
           (unsigned char)t[e + 2] == 0x99 && t[e + 3] == 's';
}

/* The maker of a model or product named by mention rel, when an org of
 * the document bears its name ("DeepSeek-R1" -> "DeepSeek"); else the
 * mention itself. */
static const dsc_claim_mention *maker(const reading *r, int rel) {
    const dsc_claim_mention *m = mention(r, rel);
    size_t k;
    if (m->kind == DSC_ORG || m->kind == DSC_PERSON) return m;
    for (k = 0; k < r->in->n_mentions; k++) {
        const dsc_claim_mention *o = &r->in->mentions[k];
        if (o->kind == DSC_ORG && cl_owned_by(m->name, o->name)) return o;
    }
    return m;
}

/* The org that opens this sentence before token i (a model counts for
 * its maker): what "it" refers to inside the same sentence. */
static int own_subject(const reading *r, size_t i, const dsc_claim_mention **out) {
    size_t k;
    for (k = 0; k < i && k < 4; k++) {
        if (r->toks[k].mention < 0) continue;
        *out = maker(r, r->toks[k].mention);
        return (*out)->kind == DSC_ORG && !(*out)->outlet;
    }
    return 0;
}

/* Subject of the verb at token v: the mention that ends the noun phrase
 * before it, stepping over auxiliaries, time phrases and an appositive
 * set off by commas ("Jane Doe, an analyst at Foo, said"). */

/* Adverbs and auxiliaries that may stand between a subject and its verb. */
int cl_verb_modifier(const reading *r, size_t k) {
    return (r->toks[k].flags & (W_AUX | W_HEDGE)) || tok_is(r, k, "not") || tok_is(r, k, "publicly") ||
           tok_is(r, k, "repeatedly") || tok_is(r, k, "separately") || tok_is(r, k, "then") ||
           tok_is(r, k, "now") || tok_is(r, k, "later") || tok_is(r, k, "once") || tok_is(r, k, "recently") ||
           tok_is(r, k, "reportedly") || tok_is(r, k, "allegedly") || tok_is(r, k, "itself") ||
           tok_is(r, k, "himself") || tok_is(r, k, "herself") || tok_is(r, k, "themselves") ||
           tok_is(r, k, "privately") || tok_is(r, k, "openly") || tok_is(r, k, "first");
}

/* "sources at OpenAI", "one engineer at a U.S. lab", "analysts at
 * Bernstein": the token at k (a mention or a noun) follows "at X" after a
 * people noun. Firms speak through their analysts and researchers; a
 * source inside a company stays unnamed. Returns 1 and fills a. */
static int unnamed_at(reading *r, size_t k, attribution *a) {
    size_t j = k, steps = 0;
    while (j > 0 && steps < 4) {
        j--; steps++;
        if (tok_is(r, j, "at") || tok_is(r, j, "from") || tok_is(r, j, "inside") || tok_is(r, j, "within")) break;
        if (r->toks[j].comma_before) return 0;
    }
    if (!(tok_is(r, j, "at") || tok_is(r, j, "from") || tok_is(r, j, "inside") || tok_is(r, j, "within")) || j == 0)
        return 0;
    j--;
    if (!(r->toks[j].flags & W_UNNAMED) && !(r->toks[j].flags & W_ROLE)) return 0;
    if ((tok_is(r, j, "analysts") || tok_is(r, j, "researchers") || tok_is(r, j, "economists") ||
         tok_is(r, j, "strategists") || tok_is(r, j, "analyst")) && r->toks[k].mention >= 0) {
        a->mention = r->toks[k].mention; a->name = mention(r, a->mention)->name;
        return 1;
    }
    /* "an official at the commission said": an official speaks for the
     * body (a source inside a company stays unnamed) */
    if (tok_is(r, j, "official") || tok_is(r, j, "officials") || tok_is(r, j, "spokesperson") ||
        tok_is(r, j, "spokesman") || tok_is(r, j, "spokeswoman") || tok_is(r, j, "representative")) {
        const dsc_claim_mention *m;
        if (r->toks[k].mention >= 0 && mention(r, r->toks[k].mention)->kind == DSC_ORG) {
            a->mention = r->toks[k].mention; a->name = mention(r, a->mention)->name;
            return 1;
        }
        if (k > 0 && tok_is(r, k - 1, "the") && (head_noun_org(r, k, &m) || regulator_noun(r, k, &m))) {
            a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
            return 1;
        }
    }
    a->mention = -1;
    a->name = unnamed(r, j);
    if (!a->name) a->name = "unnamed source";
    if (r->toks[k].mention >= 0) r->excluded[r->toks[k].mention] = 1;   /* where the source works */
    return 1;
}

/* The first named subject of the sentence, after any dateline: the
 * subject of a coordinated verb ("X released a model and said ..."). */
static int sentence_subject(reading *r, size_t v, attribution *a) {
    size_t k;
    /* "She argued that ... and said she expected ...", "The company raised
     * its forecast, citing ...": a pronoun or description opening the
     * sentence is its subject */
    if (v > 1 && !r->toks[0].in_quote && (r->toks[0].flags & W_PRONOUN)) {
        const dsc_claim_mention *m;
        if (r->toks[0].flags & W_PERSONAL) {
            if (r->prev_name && r->prev_person && r->prev_entity < 0 && r->prev_si + 3 > r->si) {
                a->name = r->prev_name; a->mention = -1; a->entity = -1;
                return 1;
            }
            if (resolve_pronoun(r, 0, 1, &m)) { a->name = m->name; a->mention = -1; a->entity = (long)m->entity; return 1; }
        } else if (!tok_is(r, 0, "we") && (cl_prev_subject(r, &m) || cl_resolve_topic(r, 0, &m))) {
            a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
            return 1;
        }
    }
    if (v > 2 && tok_is(r, 0, "the") && (r->toks[1].flags & W_PRONOUN) && !(r->toks[1].flags & W_PERSONAL)) {
        const dsc_claim_mention *m;
        if (cl_prev_subject(r, &m) || cl_resolve_topic(r, 1, &m)) {
            a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
            return 1;
        }
    }
    for (k = 0; k < v; k++) {
        const ctok *t = &r->toks[k];
        if (t->in_quote) continue;
        if (t->mention >= 0) {
            const dsc_claim_mention *m = mention(r, t->mention);
            /* an outlet opening the sentence is its subject ("The research
             * firm SemiAnalysis estimated ... and said"); one later in it
             * is a source cited along the way */
            if ((m->outlet && k > 3) || (m->kind != DSC_ORG && m->kind != DSC_PERSON)) continue;
            if (m->start < cl_dateline_end(r)) continue;
            a->mention = t->mention; a->name = m->name;
            return 1;
        }
    }
    return 0;
}

/* "A pseudonymous developer who ...", "One European official", "A server
 * broker in Shenzhen", "A former DeepSeek researcher, who asked ...": a
 * person the text does not name opens the sentence. Returns the token of
 * the role noun, or nt. A spokesperson speaks for the company and a named
 * person is named: neither counts. */
static size_t indefinite_subject(const reading *r) {
    size_t k = 0, j;
    while (k < r->nt && r->toks[k].start < cl_dateline_end(r)) k++;
    if (k >= r->nt || !(tok_is(r, k, "a") || tok_is(r, k, "an") || tok_is(r, k, "one") ||
                        tok_is(r, k, "another")))
        return r->nt;
    for (j = k + 1; j < r->nt && j <= k + 5; j++) {
        const ctok *t = &r->toks[j];
        if (t->in_quote || t->comma_before) return r->nt;
        if (t->mention >= 0 && mention(r, t->mention)->kind == DSC_PERSON) return r->nt;
        if (tok_is(r, j, "of")) return r->nt;                 /* "one of the people" */
        if (t->flags & W_ROLE) {
            if (tok_is(r, j, "spokesperson") || tok_is(r, j, "spokesman") || tok_is(r, j, "spokeswoman") ||
                tok_is(r, j, "representative"))
                return r->nt;
            /* "an Alibaba executive denied": the company speaks (a former one does not) */
            if (r->toks[j - 1].mention >= 0 && mention(r, r->toks[j - 1].mention)->kind == DSC_ORG &&
                !(j >= 2 && tok_is(r, j - 2, "former")))
                return r->nt;
            /* "an official at the commission": the body speaks (unnamed_at) */
            if ((tok_is(r, j, "official") || tok_is(r, j, "officials")) && j + 1 < r->nt &&
                (tok_is(r, j + 1, "at") || tok_is(r, j + 1, "from") || tok_is(r, j + 1, "of")))
                return r->nt;
            return j;
        }
    }
    return r->nt;
}

/* The description of the unnamed person at token k ("official",
 * "unnamed source"). */
static const char *indefinite_name(const reading *r, size_t k) {
    if (tok_is(r, k, "official")) return "official";
    if (tok_is(r, k, "analyst")) return "analysts";
    if (tok_is(r, k, "expert")) return "experts";
    return "unnamed source";
}

/* The org the previous sentence opens with ("Shanghai-based MiniMax
 * open-sourced ..."): its first mention, within its first four words and
 * not after a preposition. */
int cl_prev_subject(const reading *r, const dsc_claim_mention **out) {
    const dsc_claim_input *in = r->in;
    const dsc_sent *p;
    size_t k, words = 0, i;
    if (r->si == 0 || r->m0 == 0) return 0;
    p = &in->sents[r->si - 1];
    for (k = r->m0; k-- > 0;) if (in->mentions[k].start < p->start) break;
    k++;                                          /* its first mention */
    for (; k < r->m0; k++) {
        const dsc_claim_mention *mn = &in->mentions[k];
        if (mn->kind == DSC_PLACE) continue;      /* "Shanghai-based" */
        if (mn->kind != DSC_ORG || mn->outlet) return 0;
        for (i = p->start; i < mn->start; i++)
            if (in->text[i] == ' ' && ++words > 3) return 0;
        for (i = mn->start; i > p->start + 3; i--)
            if (in->text[i - 1] == ' ') break;
        if (i >= p->start + 3 && (strncasecmp_ascii(in->text + i - 3, "at ", 3) == 0 ||
                                  strncasecmp_ascii(in->text + i - 3, "of ", 3) == 0))
            return 0;
        *out = mn;
        return 1;
    }
    return 0;
}

/* The first token of a list of places ending with the place that starts
 * at token j: "France, Ireland, the Netherlands and Belgium". */
static size_t place_list_start(const reading *r, size_t j) {
    size_t start = j;
    while (j > 0) {
        size_t x = j;
        int pm;
        if (x > 0 && tok_is(r, x - 1, "the")) x--;
        if (x > 0 && tok_is(r, x - 1, "and")) x--;
        else if (!r->toks[x].comma_before) break;
        if (x > 0 && tok_is(r, x - 1, "the") && x > 1 && r->toks[x - 2].mention >= 0) x--;
        if (x == 0 || r->toks[x - 1].mention < 0 || mention(r, r->toks[x - 1].mention)->kind != DSC_PLACE) break;
        pm = r->toks[x - 1].mention;
        x--;
        while (x > 0 && r->toks[x - 1].mention == pm) x--;
        if (x > 0 && tok_is(r, x - 1, "the")) x--;
        j = start = x;
    }
    return start;
}

/* Is a person named between the previous speaker's sentence and token i? */
static int person_between(const reading *r, size_t i) {
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

/* Subject of the verb at token v: the mention that ends the noun phrase
 * before it, stepping over auxiliaries, time phrases and an appositive
 * set off by commas ("Jane Doe, an analyst at Foo, has said"). */
int cl_subject_before(reading *r, size_t v, attribution *a) {
    size_t k = v, steps = 0, g = v;
    int depth = 0;
    if (v == 0) return 0;
    /* "people familiar with the matter said", "sources close to X said" */
    for (k = v; k-- > 0 && v - k <= 8;) {
        if (r->toks[k].in_quote) break;
        if (tok_is(r, k, "familiar") || tok_is(r, k, "knowledge") ||
            (tok_is(r, k, "close") && k > 0 && (r->toks[k - 1].flags & W_UNNAMED))) {
            size_t j = k;
            while (j > 0 && v - j < 10 && !(r->toks[j].flags & (W_UNNAMED | W_ROLE))) j--;
            if (r->toks[j].flags & (W_UNNAMED | W_ROLE)) {
                /* "two officials familiar with the scheme": officials */
                a->name = tok_is(r, j, "officials") ? "officials" :
                          tok_is(r, k, "knowledge") ? knowledge_label(r, k) :
                          "people familiar with the matter";
                a->mention = -1;
                return 1;
            }
        }
    }
    /* the verb group: "has also said" */
    while (g > 0 && cl_verb_modifier(r, g - 1) && !r->toks[g].comma_before) g--;
    /* "One of them put the purchases at ...": one of the unnamed sources
     * the sentence before cited */
    if (g >= 3 && tok_is(r, g - 1, "them") && tok_is(r, g - 2, "of") &&
        (tok_is(r, g - 3, "one") || tok_is(r, g - 3, "two") || tok_is(r, g - 3, "some") ||
         tok_is(r, g - 3, "both") || tok_is(r, g - 3, "several")) &&
        r->prev_name && r->prev_entity < 0 && r->prev_si + 3 > r->si && !r->toks[g - 1].in_quote) {
        a->name = r->prev_name; a->mention = -1; a->entity = -1;
        return 1;
    }
    /* "the same note said", "the same tracker said": the source cited last */
    if (g >= 3 && tok_is(r, g - 3, "the") && tok_is(r, g - 2, "same") && !r->toks[g - 1].in_quote &&
        r->toks[g - 1].mention < 0 && r->prev_name && r->prev_si + 6 > r->si) {
        a->name = r->prev_name; a->mention = -1; a->entity = r->prev_entity;
        return 1;
    }
    /* a coordinated verb: "X released a model and said it ..." */
    if (g > 0 && (tok_is(r, g - 1, "and") || tok_is(r, g - 1, "but")) && !r->toks[g - 1].in_quote)
        return sentence_subject(r, g - 1, a);
    k = g;
    /* "research by the firm Feroot Security, which said in February that":
     * the org the relative pronoun follows */
    if (g > 1 && tok_is(r, g - 1, "which") && r->toks[g - 1].comma_before && r->toks[g - 2].mention >= 0 &&
        mention(r, r->toks[g - 2].mention)->kind == DSC_ORG) {
        a->mention = r->toks[g - 2].mention; a->name = mention(r, a->mention)->name;
        return 1;
    }
    /* "Daniel Reyes, a former Commerce Department official, who said ...":
     * the person the relative pronoun follows */
    if (g > 1 && tok_is(r, g - 1, "who") && r->toks[g - 1].comma_before) {
        size_t x;
        for (x = g - 1; x-- > 0 && g - x <= 14;) {
            if (r->toks[x].in_quote) break;
            if (r->toks[x].mention >= 0 && mention(r, r->toks[x].mention)->kind == DSC_PERSON) {
                a->mention = r->toks[x].mention; a->name = mention(r, a->mention)->name;
                return 1;
            }
        }
    }
    /* a relative clause before the verb: "Oracle, which is building a
     * campus in Abilene, Texas, with Crusoe, told investors": the subject
     * stands before ", which" */
    if (r->toks[g].comma_before) {
        size_t w;
        for (w = g; w-- > 1 && g - w < 30;) {
            if (r->toks[w].in_quote || (r->toks[w].flags & W_REPORT)) break;
            if (tok_is(r, w, "who") && r->toks[w].comma_before) {
                /* "Professor Gu Lanting of Tsinghua University, who advises
                 * labs, says": who is a person, not the university */
                size_t x;
                for (x = w; x-- > 0 && w - x <= 6;)
                    if (r->toks[x].mention >= 0 && mention(r, r->toks[x].mention)->kind == DSC_PERSON) {
                        a->mention = r->toks[x].mention; a->name = mention(r, a->mention)->name;
                        return 1;
                    }
            }
            if ((tok_is(r, w, "which") || tok_is(r, w, "who")) && r->toks[w].comma_before &&
                r->toks[w - 1].mention >= 0) {
                a->mention = r->toks[w - 1].mention; a->name = mention(r, a->mention)->name;
                if (mention(r, a->mention)->kind == DSC_PERSON || mention(r, a->mention)->kind == DSC_ORG) {
                    size_t j;
                    for (j = w; j < v; j++)            /* what the clause says of it */
                        if (r->toks[j].mention >= 0 && r->toks[j].mention != a->mention)
                            r->excluded[r->toks[j].mention] = 1;
                    return 1;
                }
                a->mention = -1; a->name = "article";
                break;
            }
        }
    }
    /* appositive: a comma right before the verb group */
    if (r->toks[g].comma_before) {
        size_t c = g, j;
        while (c > 0 && !r->toks[c - 1].comma_before && g - c < 14) c--;
        /* c-1 is the first word after the opening comma */
        if (!(c > 1 && r->toks[c - 1].comma_before)) return 0;
        /* "The authority, known as the Garante, said" */
        for (j = c - 1; j + 2 < g; j++)
            if (tok_is(r, j, "known") && tok_is(r, j + 1, "as")) {
                size_t x = j + 2;
                while (x < g && r->toks[x].mention < 0 && x < j + 4) x++;
                if (x < g && r->toks[x].mention >= 0) {
                    a->mention = r->toks[x].mention; a->name = mention(r, a->mention)->name;
                    return 1;
                }
            }
        /* "Its founder, Yang Zhilin, told staff": the name is in the apposition */
        if (c > 1 && r->toks[c - 2].mention < 0) {
            for (j = c - 1; j < g; j++)
                if (r->toks[j].mention >= 0 && mention(r, r->toks[j].mention)->kind == DSC_PERSON) {
                    a->mention = r->toks[j].mention; a->name = mention(r, a->mention)->name;
                    return 1;
                }
        }
        k = c - 1; depth = 1;
    }
    while (k > 0 && steps < 8) {
        const ctok *t = &r->toks[k - 1];
        k--; steps++;
        if (t->in_quote) return 0;
        /* "Sen. Dale Whitcomb, R-Iowa, the bill's sponsor, said": the party
         * and state of a legislator is a label, not the speaker */
        if (t->mention >= 0 && mention(r, t->mention)->kind == DSC_PLACE && t->comma_before &&
            t->end - t->start > 2 && r->in->text[t->start + 1] == '-' &&
            (r->in->text[t->start] == 'R' || r->in->text[t->start] == 'D' || r->in->text[t->start] == 'I'))
            continue;
        if (t->mention >= 0) {
            if (unnamed_at(r, k, a)) return 1;
            /* "a small lab in China says": China only modifies the subject;
             * so does a list, "regulators in France, Ireland and Belgium" */
            {
                size_t j = k;
                while (j > 0 && r->toks[j - 1].mention == t->mention) j--;
                if (mention(r, t->mention)->kind == DSC_PLACE) j = place_list_start(r, j);
                /* "a spokesperson for Nvidia said": the company speaks */
                if (j > 1 && tok_is(r, j - 1, "for") &&
                    (tok_is(r, j - 2, "spokesperson") || tok_is(r, j - 2, "spokesman") ||
                     tok_is(r, j - 2, "spokeswoman") || tok_is(r, j - 2, "representative")) &&
                    mention(r, t->mention)->kind == DSC_ORG) {
                    a->mention = t->mention; a->name = mention(r, t->mention)->name;
                    return 1;
                }
                if (j > 0 && (tok_is(r, j - 1, "in") || tok_is(r, j - 1, "from") || tok_is(r, j - 1, "of") ||
                              tok_is(r, j - 1, "on") || tok_is(r, j - 1, "at") || tok_is(r, j - 1, "about") ||
                              tok_is(r, j - 1, "near") || tok_is(r, j - 1, "across") || tok_is(r, j - 1, "for") ||
                              tok_is(r, j - 1, "with") || tok_is(r, j - 1, "outside")) &&
                    !r->toks[j].comma_before) {
                    /* ... unless a document stands before it: "data from X showed" */
                    if (!(j > 1 && ((r->toks[j - 2].flags & W_DOC) || tok_is(r, j - 2, "data") ||
                                    tok_is(r, j - 2, "figures") || tok_is(r, j - 2, "estimates") ||
                                    tok_is(r, j - 2, "numbers")))) {
                        k = j;
                        continue;
                    }
                }
            }
            /* the head of a "Org CEO Person" run is the last mention */
            a->mention = t->mention;
            a->name = mention(r, t->mention)->name;
            /* the descriptor between subject and verb is not about-able */
            {
                size_t j;
                for (j = k + 1; j < v; j++)
                    if (r->toks[j].mention >= 0 && r->toks[j].mention != t->mention)
                        r->excluded[r->toks[j].mention] = 1;
                /* title before the subject: "Microsoft CEO Satya Nadella" */
                j = k;
                while (j > 0 && (r->toks[j - 1].mention == t->mention)) j--;
                if (j > 1 && r->toks[j - 1].mention < 0 && r->toks[j - 2].mention >= 0 &&
                    mention(r, t->mention)->kind == DSC_PERSON)
                    r->excluded[r->toks[j - 2].mention] = 1;
                /* "Citi analysts said": the firm speaks */
            }
            return 1;
        }
        if ((t->flags & W_UNNAMED) && k > 0 && tok_is(r, k - 1, "the") &&
            !(tok_is(r, k, "people") || tok_is(r, k, "person") || tok_is(r, k, "sources") ||
              tok_is(r, k, "source"))) {
            /* "the researchers said": the ones named before ("researchers at Wiz");
             * "the people said" stays unnamed (unnamed() looks back for them) */
            const dsc_claim_mention *m;
            if (doc_author(r, k, &m)) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
        }
        if (t->flags & W_UNNAMED) {
            /* "Citi analysts said", "Bernstein analysts wrote" */
            if (k > 0 && r->toks[k - 1].mention >= 0 && !r->toks[k].comma_before &&
                mention(r, r->toks[k - 1].mention)->kind == DSC_ORG) {
                a->mention = r->toks[k - 1].mention; a->name = mention(r, a->mention)->name;
                return 1;
            }
            /* "officials and industry executives said": the first named group */
            {
                size_t j = k;
                while (j > 0 && k - j < 4 && !tok_is(r, j - 1, "and")) j--;
                if (j > 1 && tok_is(r, j - 1, "and") && (r->toks[j - 2].flags & W_UNNAMED)) k = j - 2;
            }
            a->name = unnamed(r, k); a->mention = -1;
            return a->name != NULL;
        }
        if ((t->flags & W_ROLE) && k > 0 && r->toks[k - 1].mention >= 0 &&
            mention(r, r->toks[k - 1].mention)->kind == DSC_ORG &&
            !(k > 1 && tok_is(r, k - 2, "former"))) {
            /* "an Alibaba executive denied": the company speaks */
            a->mention = r->toks[k - 1].mention; a->name = mention(r, a->mention)->name;
            return 1;
        }
        if (t->flags & W_ROLE) {
            /* "one engineer at a U.S. lab", "a senior engineer at ..." */
            if (k + 1 < v && tok_is(r, k + 1, "at")) { a->name = "unnamed source"; a->mention = -1; return 1; }
        }
        if ((t->flags & W_PRONOUN) && !(t->flags & W_SELF && !(t->flags & W_PRONOUN))) {
            const dsc_claim_mention *m;
            int personal = (t->flags & W_PERSONAL) != 0;
            /* "we think", "we estimate" outside quotes: the writer's own voice
             * (newsletters and notes speak as "we") */
            if (tok_is(r, k, "we") && !t->in_quote) { a->name = "article"; a->mention = -1; a->entity = -1; return 1; }
            if (unnamed_at(r, k, a)) return 1;
            /* "X priced its model ..., which it said was cheaper", "Huawei
             * opened a beta ..., the company said": "it", "they" and "the
             * company" take the subject of their own sentence when it has one */
            if (!personal && (tok_is(r, k, "it") || tok_is(r, k, "they") || k > 2) && own_subject(r, k, &m)) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
            /* "MiniMax open-sourced its models. The company said ...": the
             * company the last sentence opened with */
            if (!personal && k <= 1 && cl_prev_subject(r, &m)) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
            /* "A former researcher ... said ..." / "she said": the person
             * the text did not name; "Researchers at Foo said ..." / "They
             * said": the same source */
            if (r->prev_name && r->prev_si + 3 > r->si &&
                ((personal && r->prev_person && r->prev_entity < 0 && !person_between(r, k)) ||
                 (!personal && tok_is(r, k, "they") && r->prev_si + 2 > r->si))) {
                a->name = r->prev_name; a->mention = -1; a->entity = r->prev_entity;
                return 1;
            }
            if (personal ? resolve_pronoun(r, k, 1, &m) : cl_resolve_topic(r, k, &m)) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
            return 0;
        }
        if (t->flags & W_DOC) {
            /* "the report says": its author, the last org named before */
            const dsc_claim_mention *m;
            {
                /* "DeepSeek's report", "DeepSeek's own paper", "R1's paper" (its
                 * maker), "DeepSeek's own V3 paper" (the model only names it) */
                size_t j = k;
                while (j > 0 && k - j < 4 && !r->toks[j].comma_before &&
                       (r->toks[j - 1].mention < 0 ||
                        (mention(r, r->toks[j - 1].mention)->kind == DSC_MODEL && !cl_possessive_after(r, j - 1))))
                    j--;
                if (j > 0 && r->toks[j - 1].mention >= 0 && cl_possessive_after(r, j - 1)) {
                    const dsc_claim_mention *owner = maker(r, r->toks[j - 1].mention);
                    size_t x;
                    a->name = owner->name; a->entity = (long)owner->entity;
                    a->mention = owner == mention(r, r->toks[j - 1].mention) ? r->toks[j - 1].mention : -1;
                    /* "DeepSeek's own privacy policy", "DeepSeek's paper": what a
                     * company writes of its own work concerns it; an analyst's
                     * note is about others */
                    for (x = j; x <= k; x++)
                        if (tok_is(r, x, "own")) a->self = 1;
                    if (tok_is(r, k, "paper") || tok_is(r, k, "policy") || tok_is(r, k, "filing"))
                        a->self = 1;
                    return 1;
                }
            }
            size_t j = k;
            int definite = k > 0 && (tok_is(r, k - 1, "the") || tok_is(r, k - 1, "its"));
            /* "The company's privacy policy states" */
            while (j > 0 && k - j < 3 && !definite) {
                j--;
                if ((r->toks[j].flags & W_PRONOUN) && cl_possessive_after(r, j)) definite = 1;
            }
            if (doc_author(r, k, &m) || (definite && cl_resolve_topic(r, k, &m))) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
            return 0;
        }
        if (!t->cap && k > 0 && tok_is(r, k - 1, "the") && !(t->flags & W_PRONOUN)) {
            /* "the commission said": the Personal Information Protection
             * Commission; "the watchdog said": the body named last */
            const dsc_claim_mention *m;
            if (head_noun_org(r, k, &m) || regulator_noun(r, k, &m)) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
        }
        if (!t->cap && k > 0) {
            /* "Italy's data protection authority said", "China's internet
             * regulator said": the body the text names before or after */
            size_t x = k;
            const dsc_claim_mention *m;
            while (x > 0 && k - x < 3 && r->toks[x - 1].mention < 0 && !r->toks[x].comma_before &&
                   !r->toks[x - 1].cap)
                x--;
            if (x > 0 && x < k + 1 && r->toks[x - 1].mention >= 0 && cl_possessive_after(r, x - 1) &&
                mention(r, r->toks[x - 1].mention)->kind == DSC_PLACE && regulator_noun(r, k, &m)) {
                a->name = m->name; a->mention = -1; a->entity = (long)m->entity;
                return 1;
            }
        }
        if (!t->cap && k > 0 && r->toks[k - 1].mention >= 0 && cl_possessive_after(r, k - 1)) {
            /* "DeepSeek's engineers wrote": about DeepSeek's own work */
            a->mention = r->toks[k - 1].mention; a->name = mention(r, a->mention)->name;
            a->self = 1;
            return 1;
        }
        /* "the Longgang District government said": the place speaks */
        if ((tok_is(r, k, "government") || tok_is(r, k, "authorities")) && k > 0 && r->toks[k - 1].mention >= 0 &&
            mention(r, r->toks[k - 1].mention)->kind == DSC_PLACE && !r->toks[k].comma_before) {
            a->mention = r->toks[k - 1].mention; a->name = mention(r, a->mention)->name;
            return 1;
        }
        /* ", one European official said": a person the text does not name */
        if (t->flags & W_ROLE) {
            size_t x = k;
            while (x > 0 && k - x < 3 && !r->toks[x].comma_before && r->toks[x - 1].mention < 0) {
                x--;
                if (tok_is(r, x, "a") || tok_is(r, x, "an") || tok_is(r, x, "one") || tok_is(r, x, "another")) {
                    a->name = indefinite_name(r, k); a->mention = -1; a->entity = -1;
                    return 1;
                }
            }
        }
        /* "an official at the regulator told ...", "sources at the lab said" */
        if (!t->cap && k > 1 && unnamed_at(r, k, a)) return 1;
        /* "analysts we speak to regularly expect": a contact clause */
        if (tok_is(r, k, "to") && k >= 2 && (tok_is(r, k - 2, "we") || tok_is(r, k - 2, "they") ||
                                             tok_is(r, k - 2, "i"))) {
            k -= 2;
            continue;
        }
        if (t->comma_before && !depth) return 0;
        if (cl_verb_modifier(r, k)) continue;
        if (t->cap) continue;                     /* Monday, Friday */
        /* "Third-party estimates suggest", "customs data show": the figures
         * speak, described as the text describes them */
        if ((tok_is(r, k, "estimates") || tok_is(r, k, "data") || tok_is(r, k, "figures") ||
             tok_is(r, k, "surveys") || tok_is(r, k, "polls")) && k + 1 == v) {
            size_t s0 = k, x, len;
            char *d;
            while (s0 > 0 && k - s0 < 2 && r->toks[s0 - 1].mention < 0 && !r->toks[s0].comma_before &&
                   !(r->toks[s0 - 1].flags & (W_AUX | W_PRONOUN)) && !tok_is(r, s0 - 1, "the") &&
                   !tok_is(r, s0 - 1, "of") && !tok_is(r, s0 - 1, "and"))
                s0--;
            if (s0 > 0 && tok_is(r, s0, "same") && r->prev_name && r->prev_si + 3 > r->si) {
                a->name = r->prev_name; a->mention = -1; a->entity = r->prev_entity;   /* "the same data show" */
                return 1;
            }
            if (s0 > 0 && r->toks[s0 - 1].mention >= 0) {     /* "FactSet data show" */
                a->mention = r->toks[s0 - 1].mention; a->name = mention(r, a->mention)->name;
                return 1;
            }
            len = r->toks[k].end - r->toks[s0].start;
            d = dsc_arena_strndup(r->in->arena, r->in->text + r->toks[s0].start, len);
            if (!d) return 0;
            for (x = 0; x < len; x++) if (d[x] >= 'A' && d[x] <= 'Z') d[x] = (char)(d[x] + 32);
            a->name = d; a->mention = -1;
            return 1;
        }
        /* "the Xinhua news agency reported", "the broadcaster CCTV said" */
        if (!t->cap && k > 1 && tok_is(r, k, "agency") && tok_is(r, k - 1, "news") &&
            r->toks[k - 2].mention >= 0 && mention(r, r->toks[k - 2].mention)->kind == DSC_ORG) {
            a->mention = r->toks[k - 2].mention; a->name = mention(r, a->mention)->name;
            return 1;
        }
        if (!t->cap && k > 0 && r->toks[k - 1].mention >= 0 && !r->toks[k].comma_before &&
            mention(r, r->toks[k - 1].mention)->kind == DSC_ORG &&
            (tok_is(r, k, "agency") || tok_is(r, k, "newspaper") || tok_is(r, k, "broadcaster") ||
             (tok_is(r, k, "news") ) || tok_is(r, k, "daily") || tok_is(r, k, "outlet"))) {
            a->mention = r->toks[k - 1].mention; a->name = mention(r, a->mention)->name;
            return 1;
        }
        if (tok_is(r, k, "news") && k + 1 < v && tok_is(r, k + 1, "agency")) continue;
        /* "Nvidia on Nov. 19 reported": a date between subject and verb */
        if (dsc_is_digit(r->in->text[t->start]) && t->end - t->start <= 4 && !t->comma_before) continue;
        /* "Quzhou Kangning Hospital in Zhejiang province said" */
        if ((tok_is(r, k, "province") || tok_is(r, k, "city") || tok_is(r, k, "district") ||
             tok_is(r, k, "county") || tok_is(r, k, "state")) && k > 0 && r->toks[k - 1].mention >= 0 &&
            mention(r, r->toks[k - 1].mention)->kind == DSC_PLACE)
            continue;
        /* "several people in the industry believe" */
        if ((tok_is(r, k, "industry") || tok_is(r, k, "sector")) && k >= 3 && tok_is(r, k - 1, "the") &&
            tok_is(r, k - 2, "in") && (r->toks[k - 3].flags & (W_UNNAMED | W_ROLE)))
            continue;
        if (tok_is(r, k, "on") || tok_is(r, k, "in") || tok_is(r, k, "a") || tok_is(r, k, "the") ||
            tok_is(r, k, "last") || tok_is(r, k, "this") || tok_is(r, k, "week") ||
            tok_is(r, k, "spokesperson") || tok_is(r, k, "spokesman") ||
            tok_is(r, k, "spokeswoman") || tok_is(r, k, "representative"))
            continue;
        if (depth) continue;
        return 0;
    }
    return 0;
}

/* "said Jane Doe", "said Perplexity CEO Jane Doe": prefer a person. */
static int subject_after(reading *r, size_t v, attribution *a) {
    size_t k;
    int first = -1;
    /* inversion follows a quotation or a comma: '"...," said Jane Doe' */
    if (v > 0 && !r->toks[v].comma_before && !r->toks[v - 1].in_quote && !tok_is(r, v - 1, "also"))
        return 0;
    for (k = v + 1; k < r->nt && k < v + 6; k++) {
        const ctok *t = &r->toks[k];
        if (t->in_quote) break;
        if (t->mention >= 0) {
            dsc_entity_kind kind = mention(r, t->mention)->kind;
            /* "claimed the Ascend 910C reaches ...": a chip says nothing */
            if (kind != DSC_PERSON && kind != DSC_ORG) break;
            if (first < 0) first = t->mention;
            if (kind == DSC_PERSON) {
                size_t j;
                for (j = v + 1; j < k; j++)
                    if (r->toks[j].mention >= 0 && r->toks[j].mention != t->mention)
                        r->excluded[r->toks[j].mention] = 1;
                first = t->mention;
                break;
            }
            continue;
        }
        if (t->flags & W_UNNAMED) { a->name = unnamed(r, k); a->mention = -1; return a->name != NULL; }
        /* 'said an executive at a Shanghai chip designer' */
        if ((t->flags & W_ROLE) && first < 0 && k > v + 1 &&
            (tok_is(r, k - 1, "an") || tok_is(r, k - 1, "a") || tok_is(r, k - 1, "one") ||
             (k > v + 2 && (tok_is(r, k - 2, "an") || tok_is(r, k - 2, "a") || tok_is(r, k - 2, "one"))))) {
            a->name = indefinite_name(r, k); a->mention = -1;
            return 1;
        }
        if (t->comma_before && first >= 0) break;
        if (!t->cap && first >= 0) break;
        if (!t->cap && !(tok_is(r, k, "the") || tok_is(r, k, "a") || tok_is(r, k, "an")) && k > v + 1) break;
    }
    if (first < 0) return 0;
    a->mention = first;
    a->name = mention(r, first)->name;
    return 1;
}

/* The appositive after a claimant: ", CEO of Foo," / ", a partner at Foo,".
 * It opens with a determiner, a title or a lowercase word, never with a
 * name ("according to Reuters, Nvidia lost ..." has none). */
static void exclude_appositive(reading *r, int claimant) {
    size_t k, start = r->nt;
    for (k = 0; k < r->nt; k++)
        if (r->toks[k].mention == claimant) start = k;
    if (start >= r->nt) return;
    for (k = start + 1; k < r->nt && r->toks[k].mention == claimant; k++) {}
    if (k >= r->nt || !r->toks[k].comma_before || r->toks[k].mention >= 0) return;
    if (r->toks[k].cap && !(tok_is(r, k, "CEO") || tok_is(r, k, "CTO") || tok_is(r, k, "CFO") ||
                            tok_is(r, k, "A") || tok_is(r, k, "An") || tok_is(r, k, "The")))
        return;
    for (; k < r->nt && k < start + 12; k++) {
        if (r->toks[k].flags & W_REPORT) return;
        if (r->toks[k].mention >= 0 && r->toks[k].mention != claimant) r->excluded[r->toks[k].mention] = 1;
        if (k + 1 < r->nt && r->toks[k + 1].comma_before) return;
    }
}

/* "told Reuters", "told CNBC": the outlet only relays. */
void cl_exclude_told(reading *r) {
    size_t i, k;
    for (i = 0; i + 1 < r->nt; i++) {
        if (!(r->toks[i].flags & W_TELL)) continue;
        /* "told Reuters", "told the Chinese outlet 36Kr" */
        for (k = i + 1; k < r->nt && k <= i + 5; k++) {
            if (k > i + 1 && r->toks[k].comma_before) break;
            /* "told us DeepSeek took delivery": the listener came first */
            if (tok_is(r, k, "us") || tok_is(r, k, "me") || tok_is(r, k, "reporters") ||
                tok_is(r, k, "investors") || tok_is(r, k, "analysts") || tok_is(r, k, "lawmakers"))
                break;
            if (r->toks[k].mention >= 0) { r->excluded[r->toks[k].mention] = 1; break; }
            if (tok_is(r, k, "that") || (r->toks[k].flags & W_PRONOUN)) break;
        }
    }
}

static void find_attribution_in(reading *r, attribution *a);

void cl_find_attribution(reading *r, attribution *a) {
    size_t i;
    a->name = "article"; a->mention = -1; a->entity = -1; a->verb = r->nt; a->passive = 0; a->self = 0;
    find_attribution_in(r, a);
    if (a->mention >= 0) a->entity = (long)mention(r, a->mention)->entity;
    /* "One Meta researcher, who spoke on condition of anonymity, said" */
    if (!(a->mention >= 0 && mention(r, a->mention)->kind == DSC_PERSON) && (r->all & W_REPORT))
        for (i = 0; i < r->nt; i++)
            if (!r->toks[i].in_quote && (tok_is(r, i, "anonymity") || tok_is(r, i, "anonymous") ||
                                         ((tok_is(r, i, "named") || tok_is(r, i, "identified")) && i > 2 &&
                                          tok_is(r, i - 1, "be") && tok_is(r, i - 2, "to") &&
                                          tok_is(r, i - 3, "not")))) {
                size_t v;
                for (v = i + 1; v < r->nt; v++)
                    if ((r->toks[v].flags & W_REPORT) && !r->toks[v].in_quote) break;
                if (v == r->nt) break;
                a->name = "unnamed source"; a->mention = -1; a->entity = -1;
                if (a->verb >= r->nt) a->verb = v;
                break;
            }
}

/* The source named from token k on, after "according to", "per" or
 * "citing" at token v: a mention, a document standing for its author, an
 * unnamed source, or (for "according to") the words themselves as a
 * lowercase description ("company filings"). */
static int source_after(reading *r, size_t v, size_t k, int describe, attribution *a) {
    size_t j, start;
    int indefinite = k < r->nt && (tok_is(r, k, "a") || tok_is(r, k, "an"));
    while (k < r->nt && (tok_is(r, k, "the") || tok_is(r, k, "a") || tok_is(r, k, "an") ||
                         tok_is(r, k, "two") || tok_is(r, k, "three") || tok_is(r, k, "several") ||
                         tok_is(r, k, "one") || tok_is(r, k, "some") || tok_is(r, k, "those") ||
                         (tok_is(r, k, "of") && k > 0 && !(r->toks[k - 1].flags & W_DOC))))
        k++;
    if (k >= r->nt || r->toks[k].in_quote) return 0;
    if (r->toks[k].mention >= 0) {
        int m = r->toks[k].mention;
        /* "per Bank of America's fund manager survey" still names the bank */
        a->mention = m; a->name = mention(r, m)->name; a->verb = v;
        exclude_appositive(r, m);
        return 1;
    }
    for (j = k; j < r->nt && j < k + 3; j++) {
        /* "according to a technical report the lab published" */
        const dsc_claim_mention *m;
        if (!(r->toks[j].flags & W_DOC)) continue;
        if (j + 1 < r->nt && r->toks[j + 1].mention >= 0 && !r->toks[j + 1].comma_before) {
            a->mention = r->toks[j + 1].mention; a->name = mention(r, a->mention)->name; a->verb = v;
            return 1;                                    /* "a report by Bernstein" */
        }
        if (j + 2 < r->nt && (tok_is(r, j + 1, "by") || tok_is(r, j + 1, "from")) &&
            r->toks[j + 2].mention >= 0) {
            a->mention = r->toks[j + 2].mention; a->name = mention(r, a->mention)->name; a->verb = v;
            return 1;                                    /* "a report by Bernstein" */
        }
        /* "an internal memo seen by CNBC": the outlet relays; the memo is
         * the subject's ("NASA followed, blocking the app, according to an
         * internal memo seen by CNBC") */
        if (j + 3 < r->nt && (tok_is(r, j + 1, "seen") || tok_is(r, j + 1, "reviewed") ||
                              tok_is(r, j + 1, "obtained")) && tok_is(r, j + 2, "by")) {
            if (r->toks[j + 3].mention >= 0) r->excluded[r->toks[j + 3].mention] = 1;
            if (sentence_subject(r, v, a)) { a->verb = v; return 1; }
            a->name = "unnamed source"; a->verb = v;
            return 1;
        }
        {
            /* an indefinite document ("a report", "a filing with the securities
             * regulator") is not one the story is about, unless a clause
             * names its author ("a technical report the lab published") */
            size_t x;
            int author = 0;
            for (x = j + 1; x < r->nt && x <= j + 2; x++) {
                if (tok_is(r, x, "with") || tok_is(r, x, "to") || tok_is(r, x, "at") || tok_is(r, x, "on"))
                    break;
                if (r->toks[x].mention >= 0 || (r->toks[x].flags & W_PRONOUN)) author = 1;
            }
            if (indefinite && !author) {
                a->name = tok_is(r, j, "filing") ? "official information" :
                          tok_is(r, j, "report") ? "media reports" : "unnamed source";
                a->verb = v;
                return 1;
            }
        }
        if (doc_author(r, j, &m)) {
            a->name = m->name; a->entity = (long)m->entity; a->verb = v;
            return 1;
        }
        /* "according to the same report": the source of the claim before */
        if (j > 0 && tok_is(r, j - 1, "same") && r->prev_name && r->prev_si + 3 > r->si) {
            a->name = r->prev_name; a->entity = r->prev_entity; a->verb = v;
            return 1;
        }
        if (cl_resolve_topic(r, j, &m)) {
            a->name = m->name; a->entity = (long)m->entity; a->verb = v;
            return 1;
        }
    }
    /* "according to the company": the company meant */
    if (k > 0 && tok_is(r, k - 1, "the") && (r->toks[k].flags & W_PRONOUN) && !(r->toks[k].flags & W_PERSONAL) &&
        !tok_is(r, k, "it") && !tok_is(r, k, "they") && !tok_is(r, k, "we")) {
        const dsc_claim_mention *m;
        if (own_subject(r, k, &m) || cl_prev_subject(r, &m) || cl_resolve_topic(r, k, &m)) {
            a->name = m->name; a->entity = (long)m->entity; a->verb = v;
            return 1;
        }
    }
    {
        const char *u = unnamed(r, k);
        if (!u && k + 1 < r->nt) u = unnamed(r, k + 1);   /* "industry analysts" */
        if (u) { a->name = u; a->verb = v; return 1; }
    }
    if (!describe) return 0;
    /* "estimates from Crescent Bay", "data from the Foo Association" */
    for (j = k; j < r->nt && j < k + 5; j++) {
        if (j > k && r->toks[j].comma_before) break;
        if (r->toks[j].mention >= 0) {
            a->mention = r->toks[j].mention; a->name = mention(r, a->mention)->name; a->verb = v;
            return 1;
        }
    }
    /* registration records and filings are official information */
    for (j = k; j < r->nt && j < k + 3; j++)
        if (tok_is(r, j, "registration") || tok_is(r, j, "regulatory") || tok_is(r, j, "government")) {
            a->name = "official information"; a->verb = v;
            return 1;
        }
    /* "according to a property consultancy we spoke to": someone the text
     * does not name */
    if (indefinite) { a->name = "unnamed source"; a->verb = v; return 1; }
    /* up to three lowercase words, as written: "company filings" */
    for (start = k, j = k; j < r->nt && j < start + 3; j++) {
        if (r->toks[j].cap || (j > start && r->toks[j].comma_before) || r->toks[j].mention >= 0) break;
        if (tok_is(r, j, "we") || tok_is(r, j, "they") || tok_is(r, j, "it") || tok_is(r, j, "he") ||
            tok_is(r, j, "she") || tok_is(r, j, "i"))
            break;                                     /* "a consultancy we spoke to" */
        if (tok_is(r, j, "that") || tok_is(r, j, "which") || tok_is(r, j, "who") || tok_is(r, j, "and") ||
            tok_is(r, j, "or") || tok_is(r, j, "from") || tok_is(r, j, "by") || tok_is(r, j, "of") ||
            tok_is(r, j, "in") || tok_is(r, j, "on") || tok_is(r, j, "for") || tok_is(r, j, "with"))
            break;
    }
    if (j == start) return 0;
    {
        size_t len = r->toks[j - 1].end - r->toks[start].start, x;
        char *d = dsc_arena_strndup(r->in->arena, r->in->text + r->toks[start].start, len);
        if (!d) return 0;
        for (x = 0; x < len; x++) if (d[x] >= 'A' && d[x] <= 'Z') d[x] = (char)(d[x] + 32);
        a->name = d; a->verb = v;
        return 1;
    }
}

/* The reporting verb's own claimant: "X said", "said X", a passive. */
/* "was", "is", "been": a passive before a participle. */
static int passive_aux(const reading *r, size_t i) {
    return tok_is(r, i, "was") || tok_is(r, i, "were") || tok_is(r, i, "is") || tok_is(r, i, "are") ||
           tok_is(r, i, "been") || tok_is(r, i, "be");
}

/* Verbs of saying, preferred to verbs of thinking or expecting when a
 * sentence has both ("Meta expects ..., Zuckerberg said"). */
static int saying(const reading *r, size_t i) {
    return tok_is(r, i, "said") || tok_is(r, i, "says") || tok_is(r, i, "told") || tok_is(r, i, "tells") ||
           tok_is(r, i, "wrote") || tok_is(r, i, "writes") || tok_is(r, i, "stated") ||
           tok_is(r, i, "announced") || tok_is(r, i, "claimed") || tok_is(r, i, "reported") ||
           tok_is(r, i, "added") || tok_is(r, i, "noted") || tok_is(r, i, "acknowledged");
}

static int verb_attribution_pass(reading *r, attribution *a, int strong);

/* "lifted its target", "cut its price target", "kept its buy rating" at
 * token i. */
static int rating_call(const reading *r, size_t i) {
    size_t k;
    if (!(tok_is(r, i, "lifted") || tok_is(r, i, "raised") || tok_is(r, i, "cut") || tok_is(r, i, "lowered") ||
          tok_is(r, i, "trimmed") || tok_is(r, i, "boosted") || tok_is(r, i, "kept") || tok_is(r, i, "maintained") ||
          tok_is(r, i, "set") || tok_is(r, i, "stuck")))
        return 0;
    for (k = i + 1; k < r->nt && k <= i + 5; k++)
        if (tok_is(r, k, "target") || tok_is(r, k, "targets") || tok_is(r, k, "rating") ||
            tok_is(r, k, "forecast") || tok_is(r, k, "forecasts") || tok_is(r, k, "guidance") ||
            tok_is(r, k, "outlook") || tok_is(r, k, "estimate") || tok_is(r, k, "estimates"))
            return 1;                      /* "raised its full-year revenue forecast" */
    return 0;
}

/* "Some investors have raised concerns about the deals", "expressed
 * doubts that": voicing a worry is a statement of the subject's. */
static int voiced_concern(const reading *r, size_t i) {
    size_t k;
    if (!(tok_is(r, i, "raised") || tok_is(r, i, "expressed") || tok_is(r, i, "aired") ||
          tok_is(r, i, "raising") || tok_is(r, i, "expressing")))
        return 0;
    for (k = i + 1; k < r->nt && k <= i + 2; k++)
        if (tok_is(r, k, "concerns") || tok_is(r, k, "concern") || tok_is(r, k, "doubts") ||
            tok_is(r, k, "fears") || tok_is(r, k, "questions") || tok_is(r, k, "worries"))
            return 1;
    return 0;
}

/* "told X to do": the object, then an infinitive before any clause. */
static int told_to(const reading *r, size_t i) {
    size_t k;
    for (k = i + 1; k < r->nt && k <= i + 5; k++) {
        if (tok_is(r, k, "that") || r->toks[k].in_quote || r->toks[k].comma_before) return 0;
        /* "told investors it expects to spend": a clause, not an order */
        if ((r->toks[k].flags & (W_REPORT | W_PERSONAL)) || tok_is(r, k, "it") || tok_is(r, k, "they") ||
            tok_is(r, k, "we"))
            return 0;
        if (tok_is(r, k, "to") && k + 1 < r->nt && !r->toks[k + 1].cap && r->toks[k + 1].mention < 0 &&
            !(r->toks[k + 1].flags & W_PRONOUN))
            return 1;
    }
    return 0;
}

/* "reported first-quarter results", "posted a loss": figures, not words. */
static int reports_results(const reading *r, size_t i) {
    size_t k;
    for (k = i + 1; k < r->nt && k <= i + 4; k++)
        if (tok_is(r, k, "results") || tok_is(r, k, "earnings") || tok_is(r, k, "revenue") ||
            tok_is(r, k, "sales") || tok_is(r, k, "loss") || tok_is(r, k, "profit") || tok_is(r, k, "quarter"))
            return 1;
    return 0;
}

/* Passes: 2, an active verb of saying with its subject ("Llama 4 is
 * expected in June, Meta said": Meta, not the passive); 1, verbs of saying
 * and passives; 0, any reporting verb. */
static int verb_attribution(reading *r, attribution *a) {
    attribution save = *a;
    if (verb_attribution_pass(r, a, 2) && (a->mention >= 0 || a->entity >= 0)) return 1;
    *a = save;
    if (verb_attribution_pass(r, a, 1)) return 1;
    *a = save;
    return verb_attribution_pass(r, a, 0);
}

/* "Alphabet: raised its capex guidance to $91 billion", "Meta: now
 * expects ...": a name and a colon label the clause that follows. Returns
 * the label's relative mention, or -1. */
static int label_subject(const reading *r) {
    size_t k = 0;
    const char *t = r->in->text;
    uint32_t e;
    if (r->nt < 3 || r->toks[0].mention < 0 || r->toks[0].in_quote) return -1;
    while (k + 1 < r->nt && r->toks[k + 1].mention == r->toks[0].mention) k++;
    e = r->toks[k].end;
    while (e < r->s->end && t[e] != ':' && t[e] != ' ' && (unsigned char)t[e] < 0x80 && t[e] != ',') e++;
    if (e >= r->s->end || t[e] != ':') return -1;
    if (mention(r, r->toks[0].mention)->kind != DSC_ORG && mention(r, r->toks[0].mention)->kind != DSC_PERSON)
        return -1;
    return r->toks[0].mention;
}

static int verb_attribution_pass(reading *r, attribution *a, int strong) {
    size_t i;
    const attribution saved_a = *a;
    int label = strong ? -1 : label_subject(r);
    for (i = 0; i < r->nt; i++) {
        const ctok *t = &r->toks[i];
        /* "Morgan Stanley lifted its target to $160", "kept its buy rating":
         * a broker's call is its claim */
        if (!t->in_quote && !strong && i > 0 && rating_call(r, i)) {
            if (cl_subject_before(r, i, a)) { a->verb = i; return 1; }
            if (label >= 0 && i < 6) { a->mention = label; a->name = mention(r, label)->name; a->verb = i; return 1; }
            continue;
        }
        if (!t->in_quote && !strong && i > 0 && voiced_concern(r, i)) {
            /* people worry; "the chatbot ... raised questions" caused them */
            if (cl_subject_before(r, i, a) &&
                (a->mention >= 0 ? mention(r, a->mention)->kind == DSC_PERSON
                                 : a->entity < 0 && a->name && strcmp(a->name, "article") != 0)) {
                a->verb = i;
                return 1;
            }
            *a = saved_a;
            continue;
        }
        if (!(t->flags & (W_REPORT | W_PASSIVE)) || t->in_quote || tok_is(r, i, "according")) continue;
        /* "analysts had been looking for $45.9 billion" */
        if (tok_is(r, i, "looking") && !(i + 1 < r->nt && tok_is(r, i + 1, "for"))) continue;
        /* "told several partners to set aside capacity": an instruction, an
         * action the text reports, not a statement */
        if ((t->flags & W_TELL) && told_to(r, i)) continue;
        /* "Nvidia posted a loss": a figure the text reports (but "SoftBank
         * reported a net profit of": the company's own account) */
        if (tok_is(r, i, "posted") && reports_results(r, i)) continue;
        if (strong && !saying(r, i) && !(t->flags & W_PASSIVE)) continue;
        if (strong == 2 && (!saying(r, i) || !(t->flags & W_REPORT) ||
                            (i > 0 && (passive_aux(r, i - 1) || tok_is(r, i - 1, "widely")))))
            continue;
        /* passive: "was reported", "is said to"; "first reported by X" names X */
        if ((t->flags & W_PASSIVE) && i + 2 < r->nt && tok_is(r, i + 1, "by") && r->toks[i + 2].mention >= 0 &&
            (i == 0 || !(r->toks[i - 1].mention >= 0)) &&
            !(tok_is(r, i, "seen") || tok_is(r, i, "obtained") || tok_is(r, i, "reviewed"))) {
            a->mention = r->toks[i + 2].mention; a->name = mention(r, a->mention)->name; a->verb = i;
            return 1;
        }
        if ((t->flags & W_PASSIVE) && i > 0 &&
            (passive_aux(r, i - 1) || (i > 1 && cl_verb_modifier(r, i - 1) && passive_aux(r, i - 2)) ||
             tok_is(r, i - 1, "was") || tok_is(r, i - 1, "were") || tok_is(r, i - 1, "is") ||
             tok_is(r, i - 1, "are") || tok_is(r, i - 1, "been") || tok_is(r, i - 1, "be") ||
             tok_is(r, i - 1, "widely"))) {
            if (!(i + 1 < r->nt && tok_is(r, i + 1, "by"))) {
                a->name = NULL; a->mention = -1; a->passive = 1; a->verb = i;
                return 1;
            }
        }
        if (!(t->flags & W_REPORT)) continue;      /* a passive participle only */
        /* "claims" as a noun ("the claims") or reports as a noun */
        if ((tok_is(r, i, "claims") || tok_is(r, i, "reports") || tok_is(r, i, "claim") ||
             tok_is(r, i, "estimates") || tok_is(r, i, "estimate")) &&
            i > 0 && (tok_is(r, i - 1, "the") || tok_is(r, i - 1, "its") || tok_is(r, i - 1, "their") ||
                      tok_is(r, i - 1, "his") || tok_is(r, i - 1, "her") || tok_is(r, i - 1, "these") ||
                      (r->toks[i - 1].mention >= 0 && cl_possessive_after(r, i - 1))))
            continue;
        /* "estimates of its compute", "reports of a ban": nouns */
        if (i + 1 < r->nt && tok_is(r, i + 1, "of") && !r->toks[i + 1].comma_before) continue;
        /* "has said nothing about its timing": no statement */
        if (i + 1 < r->nt && (tok_is(r, i + 1, "nothing") || tok_is(r, i + 1, "little"))) continue;
        /* "posted a model card" is an action; "posted on X that" a statement */
        if (tok_is(r, i, "posted") &&
            !(i + 1 < r->nt && (tok_is(r, i + 1, "on") || tok_is(r, i + 1, "that") ||
                                r->toks[i + 1].in_quote || r->toks[i + 1].comma_before)))
            continue;
        /* "had added $2 trillion": reporting only with a clause after it */
        if (tok_is(r, i, "added") && i + 1 < r->nt && !tok_is(r, i + 1, "that") &&
            !r->toks[i + 1].comma_before && !r->toks[i + 1].in_quote)
            continue;
        /* "put the figure at", "put High-Flyer's spending at $1.2bn": putting
         * is estimating only with an "at" to come */
        if (tok_is(r, i, "put") || tok_is(r, i, "puts")) {
            size_t x;
            int at_figure = 0;
            for (x = i + 2; x < r->nt && x <= i + 12; x++) if (tok_is(r, x, "at")) at_figure = 1;
            /* "put it bluntly: '...'" introduces the speaker's words */
            if (i + 1 < r->nt && tok_is(r, i + 1, "it"))
                for (x = i + 2; x < r->nt && x <= i + 4; x++) if (r->toks[x].in_quote) at_figure = 1;
            if (!at_figure) continue;
        }
        /* "called R1 'AI's Sputnik moment'": calling is saying when a quote follows */
        if (tok_is(r, i, "called")) {
            size_t k;
            int quoted_soon = 0;
            for (k = i + 1; k < r->nt && k <= i + 6; k++) if (r->toks[k].in_quote) quoted_soon = 1;
            if (!quoted_soon) continue;
        }
        /* "X issued guidance saying ...", "X paused sign-ups, citing
         * 'attacks'": the subject of the sentence */
        if (tok_is(r, i, "saying") || (tok_is(r, i, "citing") && i + 1 < r->nt && r->toks[i + 1].in_quote)) {
            if (sentence_subject(r, i, a)) { a->verb = i; return 1; }
            continue;
        }
        {
            /* "A server broker in Shenzhen told us": a person not named, as
             * long as nobody named stands between that person and the verb */
            size_t ind = indefinite_subject(r), j;
            int named = 0;
            for (j = ind + 1; j < i && ind < r->nt; j++)
                if (r->toks[j].mention >= 0 && !r->toks[j].in_quote &&
                    mention(r, r->toks[j].mention)->kind == DSC_PERSON)
                    named = 1;
            if (ind < i && !named) {
                a->name = indefinite_name(r, ind); a->mention = -1; a->entity = -1; a->verb = i;
                for (j = ind + 1; j < i; j++)               /* where the person works or lives */
                    if (r->toks[j].mention >= 0) r->excluded[r->toks[j].mention] = 1;
                return 1;
            }
        }
        /* "arguing in letters that", "warning that": the sentence's subject,
         * named or not ("Lawmakers ... had pressed ..., arguing that") */
        if (tok_is(r, i, "arguing") || tok_is(r, i, "warning") || tok_is(r, i, "noting") ||
            tok_is(r, i, "claiming") || tok_is(r, i, "insisting")) {
            if (sentence_subject(r, i, a)) { a->verb = i; return 1; }
            if (r->toks[0].flags & W_UNNAMED && (a->name = unnamed(r, 0)) != NULL) {
                a->mention = -1; a->verb = i;
                return 1;
            }
            continue;
        }
        if (label >= 0 && i < 6 && (t->flags & W_REPORT)) {
            a->mention = label; a->name = mention(r, label)->name; a->verb = i;
            return 1;
        }
        if (cl_subject_before(r, i, a) || subject_after(r, i, a)) {
            /* "far more than analysts had forecast": a comparison, not a
             * source (inside a quotation "than" is the speaker's) */
            size_t x = i;
            while (x > 0 && i - x < 4 && !tok_is(r, x - 1, "than") && !r->toks[x - 1].in_quote) x--;
            if (x > 0 && tok_is(r, x - 1, "than") && !r->toks[x - 1].in_quote) { *a = saved_a; continue; }
            a->verb = i;
            if (a->mention >= 0) exclude_appositive(r, a->mention);
            /* "An official told the state-run Global Times that ...": for
             * what an unnamed source told an outlet, the outlet is the
             * claimant (doc/claims.md: the originator only when named) */
            if (a->mention < 0 && a->entity < 0 && a->name && strcmp(a->name, "article") != 0 && (t->flags & W_TELL)) {
                size_t o;
                for (o = i + 1; o < r->nt && o <= i + 5 && !r->toks[o].in_quote; o++)
                    if (r->toks[o].mention >= 0) {
                        if (mention(r, r->toks[o].mention)->outlet) {
                            a->mention = r->toks[o].mention; a->name = mention(r, a->mention)->name;
                        }
                        break;
                    }
            }
            return 1;
        }
    }
    return 0;
}

/* The claimant: a named speaker or author ("X said", "said X") is the
 * originator and wins over a relay ("according to one of those people",
 * "citing people familiar"); otherwise "according to X", "per X",
 * "citing X"; otherwise an unnamed or pronoun subject of a reporting verb;
 * otherwise the article itself. */
/* "by the lab's own arithmetic", "by its own count", "according to
 * Nvidia's own estimate": the owner of the reckoning is the source. k is
 * the token after "by" or "according to". */
static int own_reckoning(reading *r, size_t v, size_t k, attribution *a) {
    const dsc_claim_mention *m = NULL;
    size_t own = k;
    while (own < r->nt && own < k + 3 && !tok_is(r, own, "own")) own++;
    if (own == k || own + 1 >= r->nt || !tok_is(r, own, "own") || r->toks[own].in_quote) return 0;
    if (!(tok_is(r, own + 1, "arithmetic") || tok_is(r, own + 1, "count") || tok_is(r, own + 1, "estimate") ||
          tok_is(r, own + 1, "estimates") || tok_is(r, own + 1, "account") || tok_is(r, own + 1, "figures") ||
          tok_is(r, own + 1, "numbers") || tok_is(r, own + 1, "tally") || tok_is(r, own + 1, "reckoning") ||
          tok_is(r, own + 1, "calculations") || tok_is(r, own + 1, "data") || tok_is(r, own + 1, "admission")))
        return 0;
    if (r->toks[own - 1].mention >= 0 && cl_possessive_after(r, own - 1))
        m = maker(r, r->toks[own - 1].mention);             /* "Nvidia's own" */
    else if (tok_is(r, own - 1, "his") || tok_is(r, own - 1, "her")) {
        if (!resolve_pronoun(r, own - 1, 1, &m)) return 0;
    } else if (tok_is(r, own - 1, "its") || tok_is(r, own - 1, "their")) {
        /* "By its own count, Zhipu has ...": the org of this sentence first */
        size_t x;
        for (x = 0; x < r->nt && !m; x++)
            if (r->toks[x].mention >= 0 && !r->toks[x].in_quote) {
                const dsc_claim_mention *o = maker(r, r->toks[x].mention);
                if (o->kind == DSC_ORG && !o->outlet) m = o;
            }
        if (!m && !cl_resolve_topic(r, own - 1, &m)) return 0;
    } else if (own - k == 2 && tok_is(r, k, "the") && (r->toks[k + 1].flags & W_PRONOUN) &&
               cl_possessive_after(r, k + 1)) {
        if (!cl_resolve_topic(r, k + 1, &m)) return 0;       /* "the lab's own" */
    } else
        return 0;
    if (!m) return 0;
    a->name = m->name; a->mention = -1; a->entity = (long)m->entity; a->verb = v;
    return 1;
}

/* "By the paper's accounting, ...": the reckoning of a document the text
 * is about, so of the org the text is about (k: the token after "by"). */
static int paper_reckoning(reading *r, size_t v, size_t k, attribution *a) {
    const dsc_claim_mention *m;
    if (k + 2 >= r->nt || !tok_is(r, k, "the") || !(r->toks[k + 1].flags & W_DOC) ||
        !cl_possessive_after(r, k + 1) || r->toks[k].in_quote)
        return 0;
    if (!(tok_is(r, k + 2, "accounting") || tok_is(r, k + 2, "account") || tok_is(r, k + 2, "count") ||
          tok_is(r, k + 2, "estimate") || tok_is(r, k + 2, "figures") || tok_is(r, k + 2, "numbers") ||
          tok_is(r, k + 2, "calculations") || tok_is(r, k + 2, "tally")))
        return 0;
    if (!cl_resolve_topic(r, k + 1, &m)) return 0;
    a->name = m->name; a->mention = -1; a->entity = (long)m->entity; a->verb = v;
    return 1;
}

static void find_attribution_in(reading *r, attribution *a) {
    attribution by_verb = *a, by_source = *a;
    int verb = verb_attribution(r, &by_verb), source = 0;
    size_t i;
    /* a commitment ("the UAE has pledged to invest ..., according to the
     * White House") is an action the source reports, not a statement */
    int commitment = verb && by_verb.verb < r->nt &&
                     (tok_is(r, by_verb.verb, "pledged") || tok_is(r, by_verb.verb, "pledges") ||
                      tok_is(r, by_verb.verb, "promised") || tok_is(r, by_verb.verb, "vowed") ||
                      /* "Amazon expects capex of $125 billion, according to
                       * CFO Brian Olsavsky": the guidance is his */
                      tok_is(r, by_verb.verb, "expects") || tok_is(r, by_verb.verb, "plans"));
    if (verb && (by_verb.mention >= 0 || by_verb.entity >= 0) && !by_verb.passive && !commitment) {
        *a = by_verb;
        return;
    }
    for (i = 0; i + 1 < r->nt && !source; i++) {
        if (r->toks[i].in_quote) continue;
        if (tok_is(r, i, "according") && tok_is(r, i + 1, "to"))
            source = own_reckoning(r, i, i + 2, &by_source) || source_after(r, i, i + 2, 1, &by_source);
        else if ((tok_is(r, i, "by") || tok_is(r, i, "By")) &&
                 (own_reckoning(r, i, i + 1, &by_source) || paper_reckoning(r, i, i + 1, &by_source)))
            source = 1;
        else if (((tok_is(r, i, "per") && !r->toks[i].cap) || (tok_is(r, i, "Per") && i == 0)) &&
                 (r->toks[i + 1].mention >= 0 || r->toks[i + 1].cap || tok_is(r, i + 1, "the") ||
                  tok_is(r, i + 1, "a") || tok_is(r, i + 1, "its") || (r->toks[i + 1].flags & W_UNNAMED) ||
                  (i + 2 < r->nt && (r->toks[i + 2].flags & W_UNNAMED))) &&   /* "per three researchers" */
                 !(tok_is(r, i + 1, "share") || tok_is(r, i + 1, "cent") || tok_is(r, i + 1, "unit") ||
                   tok_is(r, i + 1, "hour") || tok_is(r, i + 1, "day") || tok_is(r, i + 1, "month") ||
                   tok_is(r, i + 1, "year") || tok_is(r, i + 1, "token") || tok_is(r, i + 1, "user") ||
                   tok_is(r, i + 1, "capita") || tok_is(r, i + 1, "person")))   /* a rate */
            source = source_after(r, i, i + 1, 0, &by_source);   /* "per Bloomberg", not "per share" */
        else if (tok_is(r, i, "citing"))
            source = source_after(r, i, i + 1, 0, &by_source);
    }
    if (source) { *a = by_source; return; }
    if (verb) { *a = by_verb; return; }
    a->name = "article"; a->mention = -1;
}
