/*
 * read.c: a sentence read into tokens: words looked up in the lexicon once,
 * quotation spans, commas and the mentions each word belongs to; and the
 * sentence's quantities, with what the sentence before it left for them.
 */
#include "claim.h"
#include <stdio.h>

/* ===================================================================== */
/* Sentence reading                                                      */
/* ===================================================================== */

/* Reads words, marks quotation spans and attaches mentions to tokens. */
void cl_read_sentence(reading *r, int in_quote) {
    const char *t = r->in->text;
    const unsigned char *u = (const unsigned char *)t;
    size_t i = r->s->start, e = r->s->end, mi = r->m0;
    int comma = 0, quote = in_quote, words_in_quote = 0, opened_here = 0, c;
    r->nt = 0; r->all.lo = r->all.hi = 0; r->has_quote = 0; r->quote_words = 0;
    r->starts_in_quote = in_quote;
    while (i < e) {
        int open = -1;
        unsigned char ch = (unsigned char)t[i];
        size_t q, j;
        if (ch == ' ') { i++; continue; }
        /* only '"' and a few UTF-8 lead bytes can start a quote mark */
        q = (ch == '"' || ch == 0xE2 || ch == 0xC2) ? dsc_quote_at(t, e, i, &open) : 0;
        if (q) {
            /* straight quotes: opening when nothing wordy precedes */
            if (open < 0) open = !(i > r->s->start && (dsc_word_char_before(t, i) ||
                                   strchr(".,!?;:", t[i - 1]) != NULL));
            if (open && !quote) { quote = 1; opened_here = 1; words_in_quote = 0; }
            else if (!open && quote) {
                quote = 0;
                if (words_in_quote >= 1) r->has_quote = 1;
            }
            i += q;
            continue;
        }
        c = dsc_byte_class[ch];
        if (c != DSC_BYTE_WORD && (c == 0 || !dsc_word_cp_at(t, e, i))) {
            size_t l = 1;
            if (t[i] == ',' || t[i] == ';' || t[i] == ':' || t[i] == '(' || t[i] == ')') comma = 1;
            if ((unsigned char)t[i] >= 0x80) dsc_utf8_at(t, e, i, &l);
            if (l == 3 && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
                ((unsigned char)t[i + 2] == 0x94 || (unsigned char)t[i + 2] == 0x93))
                comma = 1;                                   /* dashes */
            i += l;
            continue;
        }
        j = i;
        while (j < e) {
            size_t l;
            if ((j = dsc_skip_ascii_alnum(u, j, e)) >= e) break;
            c = dsc_byte_class[u[j]];
            if (c == DSC_BYTE_WORD) { j++; continue; }
            if (c && dsc_word_cp_at(t, e, j)) { dsc_utf8_at(t, e, j, &l); j += l; continue; }
            if ((t[j] == '-' || t[j] == '\'' || t[j] == '.') && dsc_word_char_at(t, e, j + 1)) { j++; continue; }
            break;
        }
        if (r->nt < MAX_TOKS) {
            ctok *k = &r->toks[r->nt++];
            size_t wlen = j - i;
            if (wlen > 2 && t[j - 2] == '\'' && t[j - 1] == 's') wlen -= 2;
            else if (wlen > 4 && (unsigned char)t[j - 4] == 0xE2 && (unsigned char)t[j - 3] == 0x80 &&
                     (unsigned char)t[j - 2] == 0x99 && t[j - 1] == 's')
                wlen -= 4;                                  /* "company’s" */
            k->start = (uint32_t)i; k->end = (uint32_t)(i + wlen);
            k->word = dsc_lex_find(r->in->lexicon, t + i, wlen);
            k->cls = dsc_lex_entry(r->in->lexicon, k->word)->cls;
            /* only lowercase modals and pronouns: "May" is a month, "It" starts sentences */
            if ((k->cls.lo & (LXM_HEDGE | LXM_PRONOUN)) && dsc_is_upper(t[i]) && wlen <= 5 &&
                !(k->cls.lo & LXM_PRONOUN && i == r->s->start)) {
                if (k->cls.lo & LXM_HEDGE) k->cls.lo &= ~(uint64_t)LXM_HEDGE;
            }
            k->in_quote = (uint8_t)quote;
            k->comma_before = (uint8_t)comma;
            k->cap = (uint8_t)dsc_is_upper(t[i]);
            k->mention = -1;
            while (mi < r->m1 && r->in->mentions[mi].start + r->in->mentions[mi].len <= i) mi++;
            if (mi < r->m1 && r->in->mentions[mi].start < j) k->mention = (int16_t)(mi - r->m0);
            /* words of a name ("United States") or capitalised mid-sentence
             * are not verbs or hedges */
            if (k->mention >= 0 || (k->cap && r->nt > 1))
                k->cls.lo &= ~(uint64_t)(LXM_REPORT | LXM_PASSIVE | LXM_HEDGE | LXM_PREDICATE);
            r->all.lo |= k->cls.lo; r->all.hi |= k->cls.hi;
            if (quote) { words_in_quote++; r->quote_words++; }
        }
        comma = 0;
        i = j;
    }
    if (quote && words_in_quote >= 2) r->has_quote = 1;
    r->open_at_end = quote;
    r->t0 = 0; r->t1 = r->nt; r->b0 = (uint32_t)r->s->start; r->b1 = (uint32_t)r->s->end;
    (void)opened_here;
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

/* The sign ¥ is both yen and yuan (the quantity finder reads CNY): a text
 * that spells out "yen" more often than "yuan", "renminbi" or "RMB" counts
 * in yen. Counted only when the text has the sign at all. (Currency words
 * belong to the units file issue 10 plans, not the lexicon.) */
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
        char w[9];
        size_t k;
        e = i;
        while (e < n && ((t[e] | 0x20) >= 'a' && (t[e] | 0x20) <= 'z')) e++;
        if (e - i < 3 || e - i > 8 || (i > 0 && (unsigned char)t[i - 1] >= '0' && (unsigned char)t[i - 1] <= '9'))
            continue;
        for (k = 0; k < e - i; k++) w[k] = (char)(t[i + k] | 0x20);
        w[k] = '\0';
        if (strcmp(w, "yen") == 0) yen++;
        else if (strcmp(w, "yuan") == 0 || strcmp(w, "renminbi") == 0 || strcmp(w, "rmb") == 0) yuan++;
    }
    return yen > yuan;
}

/* Does the sentence name Japan, a Japanese city or a Japanese company
 * (by the first word of its canonical name)? A list of entity names in C:
 * a country tag in the dictionary is to replace it (issue 10). */
static int names_japan(const reading *r) {
    static const char *const jp[] = { "Japan", "Japanese", "Tokyo", "Osaka", "Kyoto", "SoftBank", "Sony",
        "Toyota", "Nintendo", "NTT", "Fujitsu", "Hitachi", "Panasonic", "Rakuten", "KDDI", "Mitsubishi",
        "Preferred", "Sakana", "Advantest", "Lasertec", "Renesas", "Kioxia", "Nikkei", "Bank of Japan",
        "The Japan Times", NULL };
    size_t m, k;
    for (m = r->m0; m < r->m1; m++) {
        const char *name = r->in->mentions[m].name;
        for (k = 0; jp[k]; k++) {
            size_t l = strlen(jp[k]);
            if (strncmp(name, jp[k], l) == 0 && (name[l] == '\0' || name[l] == ' ')) return 1;
        }
    }
    return 0;
}

size_t cl_quantities(const reading *r, dsc_quantity *q, size_t cap) {
    const dsc_sent *p = r->si > 0 ? &r->in->sents[r->si - 1] : NULL;
    const char *text = r->in->text + r->s->start;
    dsc_quantity_context ctx, own;
    size_t len = r->s->end - r->s->start, n, i, k, out = 0;
    n = dsc_quantities_find_ctx(text, len, NULL, &own, q, cap);
    /* the sentence before is read only when it could matter */
    if (own.open && p && p->block == r->s->block && !p->heading) {
        dsc_quantities_find_ctx(r->in->text + p->start, p->end - p->start, NULL, &ctx, NULL, 0);
        n = dsc_quantities_find_ctx(text, len, &ctx, NULL, q, cap);
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
        /* "¥2.16tn" in a story told in yen (SoftBank's results) is yen */
        if (strcmp(q[i].unit, "CNY") == 0 && yen_sign(r->in->text + qs) && (r->yen || names_japan(r)))
        {
            memcpy(q[i].unit, "JPY", 4);
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
