/*
 * memory.c: what the claim stage reads of a document once, so that no text
 * is searched again for every word that asks.
 *
 * cl_doc_author() asks which of the eight sentences before names a word
 * ("the report says": where was a report named?), the unnamed-source rules
 * where "familiar with" was last written. Searching the text again for each
 * question made one long sentence before eight that ask sixty times each
 * cost seconds a megabyte. So the words of those kinds are listed once per
 * sentence (in a ring of the latest sentences: the questions come in
 * sentence order) and the phrases' places once per document.
 */
#include "claim.h"

#define DOC_WORDS 48            /* the lexicon has 42 words of those kinds */
#define DOC_WORD_LEN 16
#define RING 16                 /* more than the 8 sentences looked back at */

typedef struct {
    size_t si1;                 /* the sentence + 1; 0: none yet */
    int overflow;               /* more words than fit: search its text */
    size_t n;
    char w[DOC_WORDS][DOC_WORD_LEN];   /* lowercase */
} sentence_words;

/* The entity a sentence's reporting verb was given (cl_doc_author: "the
 * note said" is the speaker's of the sentence that named the note). */
typedef struct {
    size_t si1;                 /* the sentence + 1; 0: none */
    long entity;
} sentence_speaker;

struct cl_memory {
    sentence_words ring[RING];
    sentence_speaker speakers[RING];
    int oom;                    /* phrases could not grow: search the text */
    size_t phrases_from, phrases_upto;   /* phrases holds those starting in [from, upto) */
    dsc_vec phrases;            /* size_t: where "familiar with" and "knowledge of " start */
    uint8_t *word_bytes;        /* cl_memory_word_bytes */
    uint8_t *mark_bytes;        /* cl_memory_mark_bytes */
    cl_topic_fact *topic;       /* per mention, the first n_topic filled (refer.c) */
    size_t n_topic;
    uint8_t *entity_bytes;      /* cl_memory_entity_bytes */
    struct cl_topic_state *topic_state;   /* cl_memory_topic_state */
    size_t dot_from, dot_at;    /* no middle dot in [dot_from, dot_at); dot_at: one, or the text's end */
    int dots_read;              /* dot_from and dot_at hold an answer */
};

cl_memory *cl_memory_new(void) {
    cl_memory *m = calloc(1, sizeof *m);
    if (m) m->phrases.elem = sizeof(size_t);
    return m;
}

void cl_memory_free(cl_memory *m) {
    if (!m) return;
    dsc_vec_free(&m->phrases);
    free(m->word_bytes);
    free(m->mark_bytes);
    free(m->topic);
    free(m->entity_bytes);
    cl_topic_state_free(m->topic_state);
    free(m);
}

/* ASCII case-insensitive comparison of n bytes: 0 when equal. */
int cl_casecmp_ascii(const char *a, const char *b, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        int x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x >= 'A' && x <= 'Z') x += 32;
        if (y >= 'A' && y <= 'Z') y += 32;
        if (x != y) return x - y;
    }
    return 0;
}

/* ===================================================================== */
/* The words of the sentences before                                      */
/* ===================================================================== */

/* May a word of n bytes at j in sentence s be what cl_doc_author() looks
 * for: on its own (no letter or digit touching it) and not "the ..." or
 * "the same ..." (which refer back further)? */
static int author_word_at(const char *t, const dsc_sent *s, size_t j, size_t n) {
    if (j > s->start && dsc_word_char_at(t, s->end, j - 1)) return 0;
    if (j + n < s->end && dsc_word_char_at(t, s->end, j + n)) return 0;
    if (j >= s->start + 4 && cl_casecmp_ascii(t + j - 4, "the ", 4) == 0) return 0;
    if (j >= s->start + 5 && cl_casecmp_ascii(t + j - 5, "same ", 5) == 0) return 0;
    return 1;
}

/* Does sentence s name the word [w, w + n) so? The plain search. */
static int names_word(const dsc_claim_input *in, const dsc_sent *s, const char *w, size_t n) {
    size_t j;
    for (j = s->start; j + n <= s->end; j++)
        if (!cl_casecmp_ascii(in->text + j, w, n) && author_word_at(in->text, s, j, n)) return 1;
    return 0;
}

/* A word of the kinds cl_doc_author() is asked about: ASCII letters, a
 * document or an unnamed source in the lexicon (its entry id, 0: none).
 * Lowercased into w. */
static int doc_word_cls(dsc_lx_cls c, const char *s, size_t n, char w[DOC_WORD_LEN]) {
    size_t k;
    if (n == 0 || n >= DOC_WORD_LEN) return 0;
    if (!dsc_lx_has(c, LX_DOCUMENT) && !dsc_lx_has(c, LX_UNNAMED)) return 0;
    for (k = 0; k < n; k++) {
        if (!dsc_is_alpha(s[k])) return 0;
        w[k] = (char)(s[k] | 0x20);
    }
    w[n] = '\0';
    return 1;
}

static int doc_word(const dsc_lexicon *lx, uint32_t id, const char *s, size_t n, char w[DOC_WORD_LEN]) {
    return doc_word_cls(dsc_lex_entry(lx, id)->cls, s, n, w);
}

/* The words of those kinds sentence si names as names_word() finds them,
 * listed when first asked. A word names_word() matches is a whole run of
 * ASCII letters (a letter before or after would touch it), so the runs
 * are what is looked at. */
/* The lexicon entry of the letters [j, k) of sentence si: the one the
 * sentence's words (words.c) hold when a word is those letters exactly,
 * walking *at along them; else looked up. */
static uint32_t run_id(const dsc_claim_input *in, size_t si, size_t j, size_t k, size_t *at) {
    const dsc_words *ws = in->words;
    if (ws) {
        const dsc_word *w = ws->words.data;
        while (*at < ws->first[si + 1] && w[*at].start < j) ++*at;
        if (*at < ws->first[si + 1] && w[*at].start == j && w[*at].end == k) return w[*at].id;
    }
    return k - j < DOC_WORD_LEN ? dsc_lex_find(in->lexicon, in->text + j, k - j) : 0;
}

static const sentence_words *words_of(const reading *r, size_t si) {
    sentence_words *sw = &r->mem->ring[si % RING];
    const dsc_sent *s = &r->in->sents[si];
    const char *t = r->in->text;
    size_t j, k, x, at = r->in->words ? r->in->words->first[si] : 0;
    const dsc_lx_entry *entries = dsc_lex_entries(r->in->lexicon);
    uint32_t id;
    if (sw->si1 == si + 1) return sw;
    sw->si1 = si + 1; sw->n = 0; sw->overflow = 0;
    for (j = s->start; j < s->end; j = k) {
        char w[DOC_WORD_LEN];
        k = j + 1;
        if (!dsc_is_alpha(t[j])) continue;
        while (k < s->end && dsc_is_alpha(t[k])) k++;
        id = run_id(r->in, si, j, k, &at);
        /* "Lambda filed for an IPO": the act names the filing that
         * "according to the filing" refers back to */
        if (id && dsc_lx_has(entries[id].cls, LX_MAKES_FILING)) memcpy(w, "filing", 7);
        else if (!doc_word_cls(entries[id].cls, t + j, k - j, w) || !author_word_at(t, s, j, k - j))
            continue;
        for (x = 0; x < sw->n && strcmp(sw->w[x], w) != 0; x++) {}
        if (x < sw->n) continue;
        if (sw->n == DOC_WORDS) { sw->overflow = 1; break; }
        memcpy(sw->w[sw->n++], w, strlen(w) + 1);
    }
    return sw;
}

/* Are the letters of w (lowercase, n of them) anywhere in sentence s,
 * whatever their case? Each place is compared only when its first byte is
 * w's first letter in either case. */
static int has_letters(const char *t, const dsc_sent *s, const char *w, size_t n) {
    /* the places of its first byte, in either case ((byte | 0x20) == w[0]:
     * w[0] or w[0] less bit 0x20), found by memchr, not byte by byte */
    const char first[2] = { w[0], (char)(w[0] & ~0x20) };
    size_t c;
    if (!(w[0] & 0x20) || s->end - s->start < n) return 0;      /* no byte | 0x20 is w[0]; no room */
    for (c = 0; c < 2; c++) {
        const char *p = t + s->start, *last = t + s->end - n;      /* the last place w fits */
        while (p <= last && (p = memchr(p, first[c], (size_t)(last - p) + 1)) != NULL) {
            if (!cl_casecmp_ascii(p, w, n)) return 1;
            p++;
        }
    }
    return 0;
}

int cl_sentence_names_word(const reading *r, size_t si, size_t tok) {
    const ctok *t = &r->toks[tok];
    size_t len = t->end - t->start, x;
    char w[DOC_WORD_LEN];
    const sentence_words *sw = NULL;
    if (doc_word(r->in->lexicon, t->word, r->in->text + t->start, len, w)) {
        /* a sentence whose words are not listed yet and that does not have
         * the letters of w names it neither in its list (an entry is a run
         * of its letters) nor by the plain search; "filing" may come from
         * another word ("filed") */
        if (r->mem->ring[si % RING].si1 != si + 1 && strcmp(w, "filing") != 0 &&
            !has_letters(r->in->text, &r->in->sents[si], w, len))
            return 0;
        sw = words_of(r, si);
    }
    if (!sw || sw->overflow) return names_word(r->in, &r->in->sents[si], r->in->text + t->start, len);
    for (x = 0; x < sw->n && strcmp(sw->w[x], w) != 0; x++) {}
    return x < sw->n;
}

/* ===================================================================== */
/* Who spoke in the sentences before                                     */
/* ===================================================================== */

void cl_memory_set_speaker(cl_memory *m, size_t si, long entity) {
    m->speakers[si % RING].si1 = si + 1;
    m->speakers[si % RING].entity = entity;
}

long cl_memory_speaker(const cl_memory *m, size_t si) {
    const sentence_speaker *s = &m->speakers[si % RING];
    return s->si1 == si + 1 ? s->entity : -1;
}

/* ===================================================================== */
/* Where "familiar with" was written                                      */
/* ===================================================================== */

static int is_phrase_at(const char *t, size_t j) {
    return memcmp(t + j, "familiar with", 13) == 0 || memcmp(t + j, "knowledge of ", 13) == 0;
}

/* The next byte c at or after j before upto, or upto. */
static size_t next_byte(const char *t, size_t j, size_t upto, char c) {
    const char *p = j < upto ? memchr(t + j, c, upto - j) : NULL;
    return p ? (size_t)(p - t) : upto;
}

/* Indexes the phrases starting before upto: the text is read once, up to
 * the latest place asked about, the letters f and k found by memchr. */
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

size_t cl_latest_phrase(const reading *r, size_t from, size_t last) {
    cl_memory *m = r->mem;
    const char *t = r->in->text;
    const size_t *p;
    size_t j, lo = 0, hi;
    /* a window that does not meet the text read so far starts it again:
     * the questions come from a few sentences of a long document (3000
     * bytes before each), and the text between them need not be read */
    if (from < m->phrases_from || from > m->phrases_upto) {
        m->phrases.len = 0;
        m->phrases_from = m->phrases_upto = from;
    }
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

/* ===================================================================== */
/* Where the middle dots are                                             */
/* ===================================================================== */

size_t cl_next_middle_dot(cl_memory *m, const char *t, size_t n, size_t a) {
    const char *p = t + a;
    if (m->dots_read && a >= m->dot_from && a <= m->dot_at) return m->dot_at;
    /* the questions come in the order of the sentences (twice, a pass
     * each): each read starts where the answer before ends */
    while (p + 1 < t + n && (p = memchr(p, 0xC2, (size_t)(t + n - 1 - p))) != NULL && (unsigned char)p[1] != 0xB7) p++;
    m->dots_read = 1;
    m->dot_from = a;
    m->dot_at = p && p + 1 < t + n ? (size_t)(p - t) : n;
    return m->dot_at;
}

/* ===================================================================== */
/* What a stage works out of a word                                      */
/* ===================================================================== */

uint8_t *cl_memory_word_bytes(cl_memory *m, size_t n_words) {
    if (m && !m->word_bytes) m->word_bytes = calloc(n_words ? n_words : 1, 1);
    return m ? m->word_bytes : NULL;
}

uint8_t *cl_memory_mark_bytes(cl_memory *m, size_t n_words) {
    if (m && !m->mark_bytes) m->mark_bytes = calloc(n_words ? n_words : 1, 1);
    return m ? m->mark_bytes : NULL;
}

/* ===================================================================== */
/* What the topic scores read of each mention                             */
/* ===================================================================== */

cl_topic_fact *cl_memory_topic_facts(cl_memory *m, size_t n_mentions, size_t **n) {
    if (!m) return NULL;
    if (!m->topic && n_mentions && !(m->topic = malloc(n_mentions * sizeof *m->topic))) return NULL;
    *n = &m->n_topic;
    return m->topic;
}

uint8_t *cl_memory_entity_bytes(cl_memory *m, const dsc_claim_input *in) {
    size_t k, n = 0;
    if (!m) return NULL;
    if (!m->entity_bytes) {
        for (k = 0; k < in->n_mentions; k++)
            if (in->mentions[k].entity >= n) n = (size_t)in->mentions[k].entity + 1;
        m->entity_bytes = calloc(n ? n : 1, 1);
    }
    return m->entity_bytes;
}

struct cl_topic_state **cl_memory_topic_state(cl_memory *m) {
    return m ? &m->topic_state : NULL;
}
