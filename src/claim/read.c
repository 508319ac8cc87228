/*
 * read.c: a sentence read into tokens: words looked up in the lexicon once,
 * quotation spans, commas and the mentions each word belongs to; and the
 * sentence's quantities, with what the sentence before it left for them.
 */
#include "claim.h"
#include "quantity_units.h"
#include <stdio.h>

/* ===================================================================== */
/* Sentence reading                                                      */
/* ===================================================================== */

/* A quotation opened and closed in the sentence: its tokens [first,
 * first + n) and the byte after its closing mark. */
typedef struct { size_t first, n; uint32_t after; } quote_span;
#define MAX_SPANS 16

/* Quotation marks around a name ('a chatbot called "Le Chat"', '"Le
 * Chat" topped the charts') or a scare quote ('its "AI+" action plan',
 * 'what it called possible "backdoor" security risks') quote nobody: a
 * span of at most three words that are all one name, or all capitalised
 * after a verb of naming; or of one or two words that modify the noun
 * right after the closing mark. */
static int quotes_nobody(const reading *r, const quote_span *q) {
    const char *t = r->in->text;
    size_t k, last = q->first + q->n - 1, next = q->first + q->n;
    int one_name, caps = 1;
    if (q->n == 0 || q->n > 3) return 0;           /* also: no token read (the sentence's 400 are full) */
    one_name = r->toks[q->first].mention >= 0;
    for (k = q->first; k <= last; k++) {
        if (r->toks[k].mention != r->toks[q->first].mention) one_name = 0;
        if (!r->toks[k].cap) caps = 0;
    }
    if (one_name || (caps && q->first > 0 && tok_has(r, q->first - 1, LX_NAMING_VERB))) return 1;
    /* the word after the mark, one space on, modifies no clause: a noun */
    if (q->n > 2 || next >= r->nt || r->toks[next].start != q->after + 1 || t[q->after] != ' ' ||
        r->toks[next].in_quote || !dsc_is_lower(t[r->toks[next].start]))
        return 0;
    return !(tok_has(r, next, LX_PREPOSITION) || tok_has(r, next, LX_CLAUSE_LINK) || tok_w(r, next, LXW_THE) ||
             tok_w(r, next, LXW_A) || tok_w(r, next, LXW_AN) ||
             (r->toks[next].cls.lo & (LXM_REPORT | LXM_AUX | LXM_HEDGE | LXM_PRONOUN | LXM_PASSIVE)));
}

/* Does a reporting verb stand outside quotation marks in the sentence? */
static int reports_outside_quotes(const reading *r) {
    size_t k;
    for (k = 0; k < r->nt; k++)
        if ((r->toks[k].cls.lo & LXM_REPORT) && !r->toks[k].in_quote) return 1;
    return 0;
}

/* A term in quotation marks: a span of up to three words inside a
 * sentence that reports nobody's words ('registered with the regulator
 * for "listing guidance", the first formal step'). */
static int quoted_term(const reading *r, const quote_span *q, int reports) {
    return !reports && q->n >= 1 && q->n <= 3 && q->first > 0 && !r->starts_in_quote;
}

/* After the sentence is read: the spans that quote nobody are read as
 * words outside quotation marks; has_quote says whether a quotation with
 * words is left (a closed one, or two words or more still open). */
static void settle_quotes(reading *r, const quote_span *spans, size_t n_spans, int open_words) {
    size_t s, k;
    int reports = n_spans && reports_outside_quotes(r);
    r->has_quote = r->open_at_end && open_words >= 2;
    for (s = 0; s < n_spans; s++) {
        if (!quotes_nobody(r, &spans[s]) && !quoted_term(r, &spans[s], reports)) {
            if (spans[s].n >= 1) r->has_quote = 1;
            continue;
        }
        for (k = spans[s].first; k < spans[s].first + spans[s].n; k++) r->toks[k].in_quote = 0;
        r->quote_words -= (int)spans[s].n;
    }
}

/* What reading a sentence keeps between its words: the quotation state,
 * whether a comma or a dash came since the last word, the quotation spans. */
typedef struct {
    int comma, quote, words_in_quote, opened_here, closed_before, quote_words;
    size_t n_spans, span_first;
    quote_span spans[MAX_SPANS];
} read_state;

/* The bytes [i, to) between two words of the sentence [sstart, e):
 * quotation marks, commas and dashes (words.c found the words; nothing
 * here starts one). nt: the tokens read so far. */
static void read_gap(const char *t, size_t i, size_t to, size_t sstart, size_t e, size_t nt, read_state *st) {
    while (i < to) {
        int open = -1;
        unsigned char ch = (unsigned char)t[i];
        size_t q, l = 1;
        if (ch == ' ') { i++; continue; }
        if (ch < 0x80 && ch != '"') {            /* ASCII but '"': no quotation mark, no dash */
            /* "10,000" and "3:1" group digits: no break in the sentence */
            if ((ch == ',' || ch == ':') && i > sstart && i + 1 < e && dsc_is_digit(t[i - 1]) && dsc_is_digit(t[i + 1]))
                ;
            else if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')') st->comma = 1;
            i++;
            continue;
        }
        /* only '"' and a few UTF-8 lead bytes can start a quote mark */
        q = (ch == '"' || ch == 0xE2 || ch == 0xC2) ? dsc_quote_at(t, e, i, &open) : 0;
        if (q) {
            /* straight quotes: opening when nothing wordy precedes */
            if (open < 0) open = !(i > sstart && (dsc_word_char_before(t, i) ||
                                   strchr(".,!?;:", t[i - 1]) != NULL));
            if (open && !st->quote) {
                st->quote = 1; st->opened_here = 1; st->words_in_quote = 0; st->span_first = nt;
            } else if (!open && st->quote) {
                st->quote = 0;
                if (st->opened_here && st->n_spans < MAX_SPANS) {
                    quote_span *sp = &st->spans[st->n_spans++];
                    sp->first = st->span_first; sp->n = nt - st->span_first; sp->after = (uint32_t)(i + q);
                } else if (st->words_in_quote >= 1) st->closed_before = 1;   /* opened in a sentence before */
                st->opened_here = 0;
            }
            i += q;
            continue;
        }
        if (ch >= 0x80) dsc_utf8_at(t, e, i, &l);
        if (l == 3 && ch == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
            ((unsigned char)t[i + 2] == 0x94 || (unsigned char)t[i + 2] == 0x93))
            st->comma = 1;                                   /* dashes */
        i += l;
    }
}

/* The words of the sentence r reads: the document's (words.c), or, for a
 * sentence read alone (a test's), found now into own (freed by the
 * caller; no words if that fails). */
static const dsc_word *sentence_words(const reading *r, dsc_vec *own, size_t *n) {
    if (r->in->words) return dsc_words_of(r->in->words, r->si, n);
    if (dsc_words_scan(r->in->text, r->s->start, r->s->end, r->in->len, r->in->lexicon, NULL, own) < 0) own->len = 0;
    *n = own->len;
    return own->data;
}

/* The mention each token of the sentence is in (its words: words), and
 * what a mention rules out: a word of a name ("United States") is no verb
 * or hedge. Walked by the mentions: each token is taken by the first
 * mention, from the one the token before took, that ends past the
 * token's start, when that mention starts before the word ends (with its
 * possessive); a sentence has few mentions and the tokens outside them
 * cost one comparison. */
static void attach_mentions(reading *r, const dsc_word *words) {
    const dsc_claim_mention *ments = r->in->mentions;
    size_t mi, k = 0, nt = r->nt, first = nt, last = 0;
    for (mi = r->m0; mi < r->m1 && k < nt; mi++) {
        uint32_t ms = ments[mi].start, me = ms + ments[mi].len;
        for (; k < nt && r->toks[k].start < me; k++) {
            if (ms >= words[k].end + words[k].poss) continue;
            r->toks[k].mention = (int16_t)(mi - r->m0);
            r->toks[k].cls.lo &= ~(uint64_t)(LXM_REPORT | LXM_PASSIVE | LXM_HEDGE | LXM_PREDICATE);
            if (first == nt) first = k;
            last = k + 1;
        }
    }
    /* the tokens from the first with a mention to the last: known here,
     * not searched for again by each loop over names (about.c) */
    r->mt0 = first < nt ? first : 0;
    r->mt1 = first < nt ? last : 0;
}

/* The marks (TM_*) of word w, kept in the document's table mb when there
 * is one: the scans of later stages stop at these words. */
static uint8_t word_marks(const dsc_lx_entry *entries, uint8_t *mb, uint32_t w) {
    uint8_t m = TM_KNOWN;
    /* the reader never takes the class pronoun from a token: the entry's is the token's */
    if ((entries[w].cls.lo & LXM_PRONOUN) || w == LXW_IT || w == LXW_ITS || w == LXW_MODEL) m |= 1u << TM_REF;
    if (w == LXW_NOT || w == LXW_DECLINED || w == LXW_BE || w == LXW_CONTRIBUTED || w == LXW_EARLIER ||
        w == LXW_CORRECTED || w == LXW_AMENDED || w == LXW_UPDATED)
        m |= 1u << TM_CUE;
    if (w == LXW_AND) m |= 1u << TM_AND;
    if (w == LXW_THAT || dsc_lx_has(entries[w].cls, LX_DATING_CLAUSE) || dsc_lx_has(entries[w].cls, LX_BACKGROUND_CLAUSE))
        m |= 1u << TM_CLAUSE;
    if (mb) mb[w] = m;
    return m;
}

/* Reads words, marks quotation spans and attaches mentions to tokens.
 * What the loop reads and counts is held in locals (the quotation state,
 * the comma, the mentions, all), written to r and to the read_state once:
 * every token written through r would otherwise make the compiler read
 * them from r again, and read_gap's pointer to the state would keep the
 * state in memory, stored and loaded at every word. Only the first
 * MAX_TOKS words are tokens; the words past them are read for their
 * quotation marks alone. */
void cl_read_sentence(reading *r, int in_quote) {
    const char *t = r->in->text;
    const dsc_lx_entry *entries = dsc_lex_entries(r->in->lexicon);
    size_t i = r->s->start, e = r->s->end, sstart = r->s->start;
    size_t n_words, n_toks, w;
    int quote = in_quote, comma, quote_words = 0, wiq_from = 0;   /* words in the quotation: quote_words - wiq_from */
    uint64_t lo = 0, hi0 = 0, hi1 = 0, hi2 = 0;
    dsc_vec own = DSC_VEC(dsc_word);
    const dsc_word *words = sentence_words(r, &own, &n_words);
    ctok *toks = r->toks;
    uint8_t *mb = cl_memory_mark_bytes(r->mem, dsc_lex_size(r->in->lexicon) + 1);
    read_state st;
    st.comma = 0; st.quote = in_quote; st.words_in_quote = 0; st.opened_here = 0; st.closed_before = 0;
    st.quote_words = 0; st.n_spans = 0; st.span_first = 0;
    r->has_quote = 0;
    r->starts_in_quote = in_quote;
    n_toks = n_words < MAX_TOKS ? n_words : MAX_TOKS;
    for (w = 0; w < n_toks; w++) {
        const dsc_word wd = words[w];
        ctok *k = &toks[w];
        uint64_t cls = entries[wd.id].cls.lo;
        size_t j = wd.end + wd.poss, wlen = wd.end - wd.start;
        int cap = dsc_is_upper(t[wd.start]);
        /* the bytes before the word are read only where a quotation mark may be */
        if (wd.gap & DSC_GAP_MARK) {
            st.quote = quote; st.comma = 0; st.words_in_quote = quote_words - wiq_from;
            read_gap(t, i, wd.start, sstart, e, w, &st);
            quote = st.quote; comma = st.comma; wiq_from = quote_words - st.words_in_quote;
        } else comma = wd.gap & DSC_GAP_COMMA;
        i = wd.start;
        /* only lowercase modals and pronouns: "May" is a month, "It" starts sentences */
        if ((cls & LXM_HEDGE) && cap && wlen <= 5 && !(cls & LXM_PRONOUN && i == sstart))
            cls &= ~(uint64_t)LXM_HEDGE;
        /* words capitalised mid-sentence are not verbs or hedges (nor
         * words of a name: attach_mentions) */
        if (cap && w > 0) cls &= ~(uint64_t)(LXM_REPORT | LXM_PASSIVE | LXM_HEDGE | LXM_PREDICATE);
        k->start = (uint32_t)i; k->end = (uint32_t)(i + wlen);
        k->word = wd.id;
        k->cls = entries[wd.id].cls;
        k->cls.lo = cls;
        k->in_quote = (uint8_t)quote;
        k->comma_before = (uint8_t)comma;
        k->cap = (uint8_t)cap;
        k->mention = -1;
        quote_words += quote;
        i = j;
    }
    st.quote = quote; st.words_in_quote = quote_words - wiq_from;
    for (w = n_toks; w < n_words; w++) {
        if (words[w].gap & DSC_GAP_MARK) read_gap(t, i, words[w].start, sstart, e, n_toks, &st);
        i = words[w].end + words[w].poss;
    }
    read_gap(t, i, e, sstart, e, n_toks, &st);
    r->nt = n_toks;
    attach_mentions(r, words);
    dsc_vec_free(&own);
    /* the classes of all the tokens and their marks, gathered apart: fewer
     * values held through the loop above */
    for (w = 0; w < (n_toks + 63) >> 6; w++)
        r->marks[TM_REF][w] = r->marks[TM_CUE][w] = r->marks[TM_AND][w] = r->marks[TM_CLAUSE][w] = 0;
    for (w = 0; w < n_toks; w++) {
        uint8_t m = mb ? mb[toks[w].word] : 0;
        lo |= toks[w].cls.lo; hi0 |= toks[w].cls.hi[0]; hi1 |= toks[w].cls.hi[1]; hi2 |= toks[w].cls.hi[2];
        if (m == TM_KNOWN) continue;                  /* most words: no mark */
        if (!m) m = word_marks(entries, mb, toks[w].word);
        for (m &= (uint8_t)~TM_KNOWN; m; m &= (uint8_t)(m - 1))   /* each mark the word has */
            r->marks[dsc_lowest_bit(m)][w >> 6] |= (uint64_t)1 << (w & 63);
    }
    r->all.lo = lo; r->all.hi[0] = hi0; r->all.hi[1] = hi1; r->all.hi[2] = hi2;
    r->quote_words = quote_words;
    r->open_at_end = st.quote;
    settle_quotes(r, st.spans, st.n_spans, st.words_in_quote);
    if (st.closed_before) r->has_quote = 1;
    r->t0 = 0; r->t1 = r->nt; r->b0 = (uint32_t)r->s->start; r->b1 = (uint32_t)r->s->end;
}

/* ===================================================================== */
/* Quantities                                                             */
/* ===================================================================== */

/* The quantities of the sentence, with what the sentence before it in the
 * paragraph left for them ("... 200,000 AI chips. Our own estimate is
 * 230,000 to 260,000"): one sentence back, whatever order claims are
 * emitted in. */
/* Does s start with a yen/yuan sign (¥ U+00A5 or fullwidth U+FFE5)? */
static int yen_sign(const char *s) {
    const unsigned char *u = (const unsigned char *)s;
    return (u[0] == 0xC2 && u[1] == 0xA5) || (u[0] == 0xEF && u[1] == 0xBF && u[2] == 0xA5);
}

/* The currency (QU_JPY, QU_CNY, ...) the letters w[0..n) name when written
 * after an amount (data/units/currencies.tsv: "yen"; "yuan", "renminbi",
 * "RMB"), any case; 0 for none, and for the ISO code itself ("CNY"), which
 * the count below never counted. */
static unsigned currency_word(const char *w, size_t n) {
    int b = (w[0] | 0x20) - 'a';
    size_t k;
    for (k = qu_currency_after_from[b]; k < qu_currency_after_from[b + 1]; k++) {
        const qu_form *f = &qu_currency_after[k];
        if (f->len == n && dsc_ieq(w, n, f->form) && strcmp(f->form, qu_units[f->unit].currency) != 0)
            return f->unit;
    }
    return 0;
}

/* The sign ¥ is both yen and yuan (the quantity finder reads CNY): a text
 * that spells out the yen's words more often than the yuan's counts in
 * yen. Counted only when the text has the sign at all. */
int cl_counts_in_yen(const char *t, size_t n) {
    size_t i, e;
    long yen = 0, yuan = 0;
    const char *p = t;
    /* ¥ is C2 A5 or EF BF A5: find the A5 bytes, then look behind them */
    for (;;) {
        const char *a = memchr(p, 0xA5, n - (size_t)(p - t));
        if (!a) return 0;
        if ((a - t >= 1 && (unsigned char)a[-1] == 0xC2) ||
            (a - t >= 2 && (unsigned char)a[-2] == 0xEF && (unsigned char)a[-1] == 0xBF))
            break;
        p = a + 1;
    }
    for (i = 0; i < n; i = e + 1) {
        unsigned u;
        e = i;
        while (e < n && ((t[e] | 0x20) >= 'a' && (t[e] | 0x20) <= 'z')) e++;
        if (e == i || (i > 0 && (unsigned char)t[i - 1] >= '0' && (unsigned char)t[i - 1] <= '9')) continue;
        u = currency_word(t + i, e - i);
        if (u == QU_JPY) yen++;
        else if (u == QU_CNY) yuan++;
    }
    return yen > yuan;
}

/* "TOKYO -- ...", "Tokyo-based Lumora Pay": a text whose places are
 * Japanese more often than Chinese (mentions of places the dictionary
 * tags country=JP against CN) is set in Japan; its ¥ is yen, as in a
 * story about a Japanese company (doc/claims.md) whose name the
 * dictionary does not know. */
int cl_set_in_japan(const dsc_claim_input *in) {
    size_t m;
    long jp = 0, cn = 0;
    for (m = 0; m < in->n_mentions; m++) {
        if (in->mentions[m].kind != DSC_PLACE) continue;
        if (memcmp(in->mentions[m].country, "JP", 3) == 0) jp++;
        else if (memcmp(in->mentions[m].country, "CN", 3) == 0) cn++;
    }
    return jp > cn;
}

/* Does the sentence name something Japanese: an entity the dictionary
 * tags country=JP (Japan, Tokyo, SoftBank, Sony, the Bank of Japan ...),
 * or a name found in the text that opens with one? */
static int names_japan(const reading *r) {
    size_t m;
    for (m = r->m0; m < r->m1; m++)
        if (memcmp(r->in->mentions[m].country, "JP", 3) == 0) return 1;
    return 0;
}

/* The words of the sentence the quantity finder may pass over, at most
 * cap (the rest it reads), in offsets from the sentence's start. A run of
 * them parted by one space is one span: the finder passes over a space
 * as it passes over an inert word, noting nothing, so it jumps over the
 * run at once instead of stepping word by word. */
static size_t inert_words(const reading *r, dsc_qty_skip *skip, size_t cap) {
    const dsc_words *ws = r->in->words;
    const dsc_word *w;
    size_t k, n = 0;
    if (!ws) return 0;
    w = ws->words.data;
    for (k = ws->first[r->si]; k < ws->first[r->si + 1] && n < cap; k++) {
        if (!w[k].qty_inert) continue;
        if (n && w[k - 1].qty_inert && w[k].start == w[k - 1].end + 1 && r->in->text[w[k - 1].end] == ' ') {
            skip[n - 1].end = w[k].end - r->s->start;
            continue;
        }
        skip[n].start = w[k].start - r->s->start;
        skip[n++].end = w[k].end - r->s->start;
    }
    return n;
}

size_t cl_quantities(const reading *r, dsc_quantity *q, size_t cap) {
    const dsc_sent *p = r->si > 0 ? &r->in->sents[r->si - 1] : NULL;
    const char *text = r->in->text + r->s->start;
    dsc_quantity_context ctx, own;
    dsc_qty_skip skip[MAX_TOKS];
    size_t len = r->s->end - r->s->start, n, i, k, out = 0, n_skip = inert_words(r, skip, MAX_TOKS);
    const dsc_qty_skip *sk = n_skip ? skip : NULL;      /* (none read when there are none) */
    n = dsc_quantities_scan(text, len, NULL, &own, q, cap, sk, n_skip);
    /* the sentence before is read only when it could matter */
    if (own.open && p && p->block == r->s->block && !p->heading) {
        dsc_quantities_find_ctx(r->in->text + p->start, p->end - p->start, NULL, &ctx, NULL, 0);
        n = dsc_quantities_scan(text, len, &ctx, NULL, q, cap, sk, n_skip);
    }
    if (n > cap) n = cap;
    for (i = 0; i < n; i++) {
        size_t qs = r->s->start + q[i].start, m;
        int inside = 0, dup = 0;
        /* a number inside an entity name (Llama 3.1 405B) is not an amount */
        for (m = r->m0; m < r->m1; m++) {
            const dsc_claim_mention *mn = &r->in->mentions[m];
            if (qs >= mn->start && qs < mn->start + mn->len) inside = 1;
        }
        /* "¥2.16tn" in a story told in yen (SoftBank's results) is yen,
         * and so is its price ("¥30 per million input tokens") */
        if (strncmp(q[i].unit, "CNY", 3) == 0 && (q[i].unit[3] == '\0' || q[i].unit[3] == ' ') &&
            yen_sign(r->in->text + qs) && (r->yen || names_japan(r))) {
            memcpy(q[i].unit, "JPY", 3);
            dsc_quantity_type(&q[i]);
        }
        /* a figure repeated ("$5.6 million ... the $5.6 million") is listed
         * once; two counts of the same size are two ("10,000 A100 units and
         * 10,000 H800 units") */
        for (k = 0; k < out; k++)
            if (q[k].value == q[i].value && strcmp(q[k].unit, q[i].unit) == 0 && q[k].len == q[i].len &&
                memcmp(text + q[k].start, text + q[i].start, q[i].len) == 0)
                dup = 1;
        if (inside || dup) continue;
        q[out++] = q[i];
    }
    return out;
}
