/*
 * tickers.c: a company's stock ticker is a name of the company, its
 * exchange and market are markup.
 *
 * "Nvidia (NASDAQ: NVDA)", "Alibaba (NYSE: BABA)", "Alibaba (9988.HK)",
 * "$NVDA": the symbols are aliases of their companies in data/entities.tsv
 * (NVDA, BABA, 9988.HK), so the dictionary links them. What is left is the
 * exchange ("NASDAQ", "NYSE") and the market's suffix ("HK" of a symbol
 * the dictionary does not list): the dictionary or the names finder makes
 * them mentions (Nasdaq, Hong Kong), and a claim would be about them, or
 * even claimed by them ("Alibaba (NYSE: BABA) said ..."). Those mentions
 * are dropped here. The words are data/lexicon/table.tsv's classes
 * exchange and ticker-suffix.
 */
#include "internal.h"
#include "lexicon.h"

/* Does the first word of t[a, b) carry class k? */
static int word_has(const dsc_lexicon *lx, const char *t, size_t a, size_t b, unsigned k) {
    size_t e = a;
    uint32_t id;
    while (e < b && dsc_is_alnum(t[e])) e++;
    id = e > a ? dsc_lex_find(lx, t + a, e - a) : 0;
    return id && dsc_lx_has(dsc_lex_entry(lx, id)->cls, k);
}

/* A ticker symbol at t[i]: capitals and digits, a market suffix after a
 * dot allowed ("BABA", "9988.HK", "NVDA.O"), then a ')', ',' or ';'. */
static int symbol_at(const char *t, size_t i, size_t n) {
    size_t j = i;
    while (j < n && j - i < 12 && (dsc_is_upper(t[j]) || dsc_is_digit(t[j]) || t[j] == '.')) j++;
    return j > i && t[j - 1] != '.' && j < n && (t[j] == ')' || t[j] == ',' || t[j] == ';');
}

/* "NASDAQ: NVDA" inside parentheses: the match [a, b) is the exchange. */
static int exchange_mark(const dsc_lexicon *lx, const char *t, size_t n, size_t a, size_t b) {
    size_t k = b;
    if (!(a > 0 && (t[a - 1] == '(' || (a > 1 && t[a - 1] == ' ' && (t[a - 2] == ',' || t[a - 2] == ';' ||
                                                                     t[a - 2] == '(')))))
        return 0;
    if (k >= n || t[k] != ':') return 0;
    for (k++; k < n && t[k] == ' '; k++) {}
    return symbol_at(t, k, n) && word_has(lx, t, a, b, LX_EXCHANGE);
}

/* "9988.HK": the match [a, b) is the suffix of a symbol. */
static int suffix_mark(const dsc_lexicon *lx, const char *t, size_t n, size_t a, size_t b) {
    size_t k;
    if (a < 2 || t[a - 1] != '.' || !(dsc_is_upper(t[a - 2]) || dsc_is_digit(t[a - 2]))) return 0;
    if (b < n && (dsc_is_alnum(t[b]) || t[b] == '.')) return 0;
    for (k = a - 1; k > 0 && (dsc_is_upper(t[k - 1]) || dsc_is_digit(t[k - 1])); k--) {}
    if (k > 0 && dsc_is_alnum(t[k - 1])) return 0;
    return word_has(lx, t, a, b, LX_TICKER_SUFFIX);
}

void dsc_drop_ticker_marks(const dsc_dict *d, const char *text, size_t n, dsc_vec *matches) {
    const dsc_lexicon *lx = dsc_dict_lexicon(d);
    size_t i, w = 0;
    for (i = 0; i < matches->len; i++) {
        const dsc_match *m = &DSC_AT(*matches, dsc_match, i);
        size_t a = m->start, b = (size_t)m->start + m->len;
        if (b <= n && (exchange_mark(lx, text, n, a, b) || suffix_mark(lx, text, n, a, b))) continue;
        DSC_AT(*matches, dsc_match, w++) = *m;
    }
    matches->len = w;
}
