/*
 * quantity.c: the numeric amounts of one sentence of clean text.
 *
 * dsc_quantities_find() walks the sentence once, left to right. At each token
 * start it tries, in order:
 *
 *   a rank            "No. 1", "#1", "number one", "top spot"
 *   a vague plural    "billions of dollars", "tens of thousands of GPUs"
 *   a word amount     "tenfold", "twice as", "more than double", "more than half"
 *   an amount         [currency] number [scale] [unit]
 *                     "$5.6 million", "2,048 Nvidia H800 GPUs", "17%",
 *                     "two months", "4.7 billion yuan", "400GB/s", "10x",
 *                     "within a week", "took a decade", "a few hundred
 *                     people", "Liang, 40,"
 *
 * Two amounts joined by "-", "–", "to" (or "and" after "between") become one
 * range ("15-20%", "$1.2 million to $23.5 million"). A money amount may carry
 * a token price ("$0.55 per million input tokens", "¥16, or about $2.19,
 * per million tokens"), and once a sentence has one, its other small money
 * amounts are token prices too. A bare number with a spelled-out scale
 * takes the unit of the amount before it ("671 billion parameters, of which
 * 37 billion"), else of a noun counted in millions before it ("the most
 * users in January, at 79 million"); a number after "rating" is a score.
 * The qualifier comes from the words just before the amount ("less than",
 * "about"), which stay outside the surface text; "+" and "or more" after
 * it count too.
 *
 * dsc_quantities_find_ctx() also reads what the sentence before left: the
 * unit it counted in thousands ("... 200,000 AI chips. Our estimate is
 * 230,000 to 260,000") and whether it priced tokens ("... $2.19 per million
 * output tokens. OpenAI charges $10 and $40"). Context fills in units only.
 *
 * A number with nothing to measure is not a quantity: years, dates, times,
 * version numbers and names ("Llama 3.1", "GPT-4o", "H800", "01.ai") fall
 * out because they have no unit, or are rejected by the context checks; so
 * do counts of informants ("according to two people familiar with...").
 *
 * Most token starts cannot begin a quantity ("the", "said", a comma); a
 * cheap test of the first byte or word (may_start) skips them before any
 * parser runs. Every look-ahead and look-behind is bounded and a failed
 * token is skipped whole, so the scan is linear in the sentence length.
 * Every read goes through at(), which returns -1 outside [0, n): the text
 * need not be NUL-terminated.
 * No allocation and no mutable static data but the lookup tables that
 * build_tables() writes once under pthread_once (word lists by first letter,
 * a hash of the words that matter to the scan): the little the scan
 * remembers between quantities lives on the caller's stack.
 */
#include "dsc.h"

#include <float.h>
#include <pthread.h>
#include <string.h>

#define NPOS ((size_t)-1)

/* Builds the lookup tables once; dsc_quantities_find_ctx(), the way into
 * every parser, calls it first. */
static void tables_init(void);

/* ===================================================================== */
/* Text access                                                            */
/* ===================================================================== */

typedef struct {
    const unsigned char *s;
    size_t n;
    size_t first_alnum;       /* the first ASCII letter or digit, or n */
} text;

static int at(const text *t, size_t i) { return i < t->n ? t->s[i] : -1; }
static int before(const text *t, size_t i) { return i > 0 && i <= t->n ? t->s[i - 1] : -1; }

/* ASCII classes of a byte from at(), which may be -1: one unsigned compare
 * each ((unsigned)-1 - 'A' is huge), so they stay cheap in the hot loops. */
static int is_digit(int c) { return (unsigned)(c - '0') < 10u; }
static int is_upper(int c) { return (unsigned)(c - 'A') < 26u; }
static int is_lower(int c) { return (unsigned)(c - 'a') < 26u; }
static int is_alpha(int c) { return (unsigned)((c | 0x20) - 'a') < 26u; }
static int is_alnum(int c) { return is_alpha(c) || is_digit(c); }
static int lower(int c) { return is_upper(c) ? c + ('a' - 'A') : c; }

/* Bytes of the space character at i: ASCII blank, NBSP (U+00A0), thin or
 * narrow no-break space (U+2009, U+202F); 0 if there is none. */
static size_t space_len(const text *t, size_t i)
{
    int c = at(t, i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
    if (c == 0xC2 && at(t, i + 1) == 0xA0) return 2;
    if (c == 0xE2 && at(t, i + 1) == 0x80 && (at(t, i + 2) == 0x89 || at(t, i + 2) == 0xAF))
        return 3;
    return 0;
}

/* Bytes of the space character that ends just before i, 0 if none. */
static size_t space_before(const text *t, size_t i)
{
    int c = before(t, i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
    if (c == 0xA0 && i >= 2 && t->s[i - 2] == 0xC2) return 2;
    if ((c == 0x89 || c == 0xAF) && i >= 3 && t->s[i - 2] == 0x80 && t->s[i - 3] == 0xE2)
        return 3;
    return 0;
}

/* Position after one to four spaces at i; NPOS if there is no space (or i
 * is NPOS). The text is collapsed, so more than one is rare; the bound keeps
 * look-ahead constant. */
static size_t spaces(const text *t, size_t i)
{
    size_t k, m = 0;
    if (i == NPOS) return NPOS;
    while (m < 4 && (k = space_len(t, i)) > 0) { i += k; m++; }
    return m ? i : NPOS;
}

static size_t opt_spaces(const text *t, size_t i)
{
    size_t j = spaces(t, i);
    return j == NPOS ? i : j;
}

/* strcmp(a, b) == 0 in line: the words compared are short and mostly
 * differ in the first byte, where a call to strcmp costs more than the test. */
static int streq(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

/* Matches the literal w at i (case-folded if fold); a ' ' in w matches one
 * space character. Returns the end, or NPOS. */
static size_t match_lit(const text *t, size_t i, const char *w, int fold)
{
    const unsigned char *p = (const unsigned char *)w;
    if (i == NPOS) return NPOS;
    for (; *p; p++) {
        int c;
        if (*p == ' ') {
            size_t k = space_len(t, i);
            if (!k) return NPOS;
            i += k;
            continue;
        }
        c = at(t, i);
        if (c < 0 || (fold ? lower(c) != lower(*p) : c != *p)) return NPOS;
        i++;
    }
    return i;
}

/* Can the literal w match where the text has byte c (from at())? The table
 * loops below ask this before match_lit(): it rejects nearly every entry
 * with one compare instead of a call. */
static int first_may_match(int c, const char *w, int fold)
{
    int f = (unsigned char)w[0];
    return f == ' ' || (fold ? lower(c) == lower(f) : c == f);
}

/* match_lit() that must end at a word boundary. */
static size_t match_word(const text *t, size_t i, const char *w, int fold)
{
    size_t e = match_lit(t, i, w, fold);
    return e != NPOS && !is_alnum(at(t, e)) ? e : NPOS;
}

/* End of the run of ASCII letters at i, or NPOS if it is longer than max. */
static size_t letters_end(const text *t, size_t i, size_t max)
{
    size_t e = i;
    while (is_alpha(at(t, e))) {
        if (e - i >= max) return NPOS;
        e++;
    }
    return e;
}

/* A word with its length, for lists scanned in hot loops: a length that
 * differs rules an entry out without reading it. */
typedef struct {
    size_t len;
    const char *w;
} sized_word;
#define SW(w) {sizeof w - 1, w}
#define SW_END {0, NULL}

/* Is [i, e) the word w (case-folded)? Most calls fail on the first byte,
 * so the length is checked as the walk goes rather than with strlen. */
static int span_is(const text *t, size_t i, size_t e, const char *w)
{
    const unsigned char *p = (const unsigned char *)w;
    size_t k, n = e - i;
    for (k = 0; k < n; k++)
        if (p[k] == '\0' || lower(t->s[i + k]) != lower(p[k])) return 0;
    return p[n] == '\0';
}

/* Is [i, e) one of the words of list (case-folded)? The lists hold no
 * empty word, and the first byte rules out most of them. */
static int span_in(const text *t, size_t i, size_t e, const char *const *list)
{
    int c;
    if (i >= e) return 0;
    c = lower(t->s[i]);
    for (; *list; list++)
        if (lower((unsigned char)**list) == c && span_is(t, i, e, *list)) return 1;
    return 0;
}

/* ===================================================================== */
/* Word tables                                                            */
/* ===================================================================== */

/* Words that never modify a count noun: "5 of the chips" is not "5 chips". */
static const char *const STOPWORDS[] = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with",
    "about", "as", "into", "onto", "than", "per", "over", "under", "between",
    "after", "before", "since", "during", "including", "across", "among",
    "through", "against", "via", "within", "without", "upon", "and", "or",
    "but", "nor", "so", "yet", "if", "while", "because", "that", "which",
    "who", "whom", "whose", "when", "where", "what", "how", "why", "it", "its",
    "they", "their", "them", "we", "our", "us", "you", "your", "he", "she",
    "his", "her", "him", "i", "my", "me", "this", "these", "those", "there",
    "here", "is", "are", "was", "were", "be", "been", "being", "has", "have",
    "had", "do", "does", "did", "will", "would", "can", "could", "may",
    "might", "must", "shall", "should", "not", "no", "also", "only", "just",
    "less", "least", "then", "each", "every", "all", "both", "some", "any",
    "such", "up", "down", "out", "off", "ago", "later", "earlier", "said",
    "says", "say", "according", "reportedly", "alone", "apiece", "last",
    "next", "versus", "vs", "like", "compared", "worth", "plus", "minus",
    "total", "times", "percent", "year", "month", "week", "day", NULL
};

/* Lowercase words ending in "s" that are not plural count nouns. */
static const char *const NOT_PLURAL[] = {
    "has", "was", "does", "goes", "its", "yes", "this", "thus", "plus",
    "always", "perhaps", "towards", "afterwards", "besides", "whereas",
    "sometimes", "nevertheless", "news", "series", "species", "means",
    "hers", "ours", "yours", "theirs", "lens", "gas", "alias", "chaos",
    "ethos", "times", "says", "uses", "makes", "takes", "gets", "seems",
    "becomes", "gives", "keeps", "lets", "puts", "helps", "allows",
    "outperforms", "surpasses", "exceeds", "requires", "includes", "remains",
    "appears", "suggests", "believes", "knows", "thinks", "tells", "asks",
    "tries", "wants", "needs", "comes", "runs", "sits", "stands",
    "represents", "equals", "reaches", "beats", "matches", "rivals",
    "trails", "lags", "lacks", "continues", "marks", "accounts", "amounts",
    "totals", "ranks", "sells", "costs", "tops", "protects", "tens", "dozens",
    "hundreds", "thousands", "millions", "billions", "trillions", NULL
};

/* Capitalised words that may open a sentence before a number without
 * making it a name ("About 200 engineers", "Some 20 countries"); any other
 * capitalised word before a number does ("Section 230", "Llama 3"). */
static const char *const OPENERS[] = {
    "about", "nearly", "roughly", "almost", "approximately", "around", "some",
    "more", "fewer", "less", "over", "under", "above", "below", "within", "up",
    "at", "just", "only", "exactly", "estimated", "upwards", "north", "close",
    "the", "its", "their", "his", "her", "our", "those", "these", "all",
    "another", "every", "each", "with", "in", "on", "by", "for", "from",
    "after", "before", "since", "and", "but", "of", "to", NULL
};

/* Words after which a four-digit number is a year: "in 2024", "since 2015". */
static const char *const YEAR_CUES[] = {
    "in", "since", "by", "from", "until", "till", "through", "of", "during",
    "before", "after", "early", "late", "mid", "year", "fiscal", "the",
    "this", "last", "next", "its", "their", "and", "to", "between", "fy", NULL
};

static const char *const MONTHS[] = {
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Jan", "Feb", "Mar",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", NULL
};

static const char *const WEEKDAYS[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", NULL
};

/* "ranging from 2 to 5" is a range; "fell from 5 to 2" is a change. */
static const char *const RANGE_LEADS[] = {
    "ranging", "range", "ranges", "ranged", "anywhere", "varying", "vary",
    "varies", "size", NULL   /* "range in size from" */
};

/* Words that may sit between a token count and "tokens". */
static const char *const TOKEN_KINDS[] = {
    "input", "output", "cached", "cache", "uncached", "prompt", "completion",
    "generated", "hit", "miss", NULL
};

static const struct { const char *w; int v; } NUMBER_WORDS[] = {
    {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
    {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10},
    {"eleven", 11}, {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
    {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40},
    {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80},
    {"ninety", 90}, {"hundred", 100}, {"thousand", 1000}   /* "hundredfold" */
};
#define N_NUMBER_WORDS (sizeof NUMBER_WORDS / sizeof NUMBER_WORDS[0])

/* ===================================================================== */
/* Number parsing                                                         */
/* ===================================================================== */

enum {
    W_DIGITS,         /* "2,048" */
    W_WORD,           /* "two", "twenty-five" */
    W_ARTICLE,        /* "a million", "half a million" */
    W_A_UNIT,         /* "a month": counts only after a qualifier ("within a month") */
    W_FEW             /* "a few hundred", "several thousand": a floor */
};

typedef struct {
    double mant;      /* significant digits, as an integer */
    int e10;          /* the number is mant * 10^e10 */
    size_t end;
    int grouped;      /* thousands separators: "2,048" */
    int fraction;     /* a decimal point: "2.5" */
    int word;         /* W_*: how the number is written */
    int ndigits;      /* digits before the decimal point */
} number;

/* Digits accumulate exactly into mant while it stays below 2^53; beyond
 * that, integer digits only raise the exponent (saturating), so a thousand-
 * digit run stays finite in the counter and costs one pass. */
static void add_digit(number *x, int d, int frac)
{
    if (x->mant < 9e14) {
        x->mant = x->mant * 10 + d;
        if (frac) x->e10--;
    } else if (!frac && x->e10 < 1000) {
        x->e10++;
    }
}

/* mant * 10^e10, exact for the usual cases (both factors exact, one
 * rounding), clamped to DBL_MAX. */
static double scaled(double mant, int e10)
{
    static const double p10[] = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    double v = mant;
    if (e10 > 400) e10 = 400;
    if (e10 < -400) e10 = -400;
    while (e10 > 22) { v *= 1e22; e10 -= 22; }
    while (e10 < -22) { v /= 1e22; e10 += 22; }
    v = e10 >= 0 ? v * p10[e10] : v / p10[-e10];
    return v > DBL_MAX ? DBL_MAX : v;
}

/* "2,048", "1,000,000", "2.664", "17". Commas group exactly three digits
 * after a first run of one to three ("1,2,3" is a list, read as 1). */
static size_t parse_digits(const text *t, size_t i, number *x)
{
    size_t j = i;
    memset(x, 0, sizeof *x);
    while (is_digit(at(t, j))) {
        add_digit(x, at(t, j) - '0', 0);
        x->ndigits++;
        j++;
    }
    if (x->ndigits <= 3)
        while (at(t, j) == ',' && is_digit(at(t, j + 1)) && is_digit(at(t, j + 2)) &&
               is_digit(at(t, j + 3)) && !is_digit(at(t, j + 4))) {
            add_digit(x, at(t, j + 1) - '0', 0);
            add_digit(x, at(t, j + 2) - '0', 0);
            add_digit(x, at(t, j + 3) - '0', 0);
            x->ndigits += 3;
            x->grouped = 1;
            j += 4;
        }
    if (at(t, j) == '.' && is_digit(at(t, j + 1))) {
        x->fraction = 1;
        for (j++; is_digit(at(t, j)); j++) add_digit(x, at(t, j) - '0', 1);
    }
    x->end = j;
    return j;
}

/* ===================================================================== */
/* Scale words                                                            */
/* ===================================================================== */

/* Spelled-out scales, after a space or a hyphen ("671-billion-parameter"). */
static const struct { const char *w; int e10, mul, hyphen; } SCALE_WORDS[] = {
    {"thousand", 3, 1, 1}, {"million", 6, 1, 1}, {"billion", 9, 1, 1},
    {"trillion", 12, 1, 1}, {"hundred", 2, 1, 1}, {"dozen", 0, 12, 1},
    {"mln", 6, 1, 0}, {"mn", 6, 1, 0}, {"bln", 9, 1, 0}, {"bn", 9, 1, 0},
    {"trn", 12, 1, 0}, {"tn", 12, 1, 0},
    {"crore", 7, 1, 1}, {"lakh", 5, 1, 1}           /* Indian English: 10^7, 10^5 */
};
#define N_SCALE_WORDS (sizeof SCALE_WORDS / sizeof SCALE_WORDS[0])

/* Abbreviations glued to the digits: "$6M", "$600bn", "300k", "$1tn".
 * Case matters: "B" and "T" are model sizes unless a currency or a unit
 * noun says otherwise (see unit_allowed). */
static const struct { const char *w; int e10, letter; } SCALE_SUFFIXES[] = {
    {"k", 3, 1}, {"K", 3, 1}, {"m", 6, 1}, {"M", 6, 1}, {"mn", 6, 0},
    {"Mn", 6, 0}, {"mln", 6, 0}, {"b", 9, 2}, {"B", 9, 2}, {"bn", 9, 0},
    {"Bn", 9, 0}, {"bln", 9, 0}, {"T", 12, 2}, {"tn", 12, 0}, {"trn", 12, 0}
};
#define N_SCALE_SUFFIXES (sizeof SCALE_SUFFIXES / sizeof SCALE_SUFFIXES[0])

/* The glued scale suffix spanning exactly [j, e), or -1. */
static int scale_suffix(const text *t, size_t j, size_t e)
{
    size_t k;
    for (k = 0; k < N_SCALE_SUFFIXES; k++)
        if (at(t, j) == (unsigned char)SCALE_SUFFIXES[k].w[0] && strlen(SCALE_SUFFIXES[k].w) == e - j &&
            memcmp(t->s + j, SCALE_SUFFIXES[k].w, e - j) == 0)
            return (int)k;
    return -1;
}

/* A scale word at i (after a separator already skipped): its end, NPOS. */
/* Bytes a scale word may start with (first_may_match(), build_tables()). */
static unsigned char scale_first[256];

static size_t scale_word(const text *t, size_t i, int hyphen, int *e10, int *mul)
{
    size_t k, e;
    int c = at(t, i);
    if (c < 0 || !scale_first[c]) return NPOS;
    for (k = 0; k < N_SCALE_WORDS; k++) {
        if (hyphen && !SCALE_WORDS[k].hyphen) continue;
        if (!first_may_match(c, SCALE_WORDS[k].w, 1)) continue;
        e = match_word(t, i, SCALE_WORDS[k].w, 1);
        if (e != NPOS) {
            *e10 = SCALE_WORDS[k].e10;
            *mul = SCALE_WORDS[k].mul;
            return e;
        }
    }
    return NPOS;
}

static int scale_word_follows(const text *t, size_t i)
{
    int e10, mul;
    size_t k = spaces(t, i);
    return k != NPOS && scale_word(t, k, 0, &e10, &mul) != NPOS;
}

/* ===================================================================== */
/* Number words                                                           */
/* ===================================================================== */

static int number_word_lookup(const unsigned char *s, size_t n);

/* The value of the number word [i, e), or -1: one probe of the word hash
 * (build_tables()) instead of span_is() down NUMBER_WORDS. */
static int number_word_value(const text *t, size_t i, size_t e)
{
    size_t k;
    if (e <= i || e - i > 16) return -1;          /* no number word is empty or that long */
    if (e <= t->n) return number_word_lookup(t->s + i, e - i);
    for (k = 0; k < N_NUMBER_WORDS; k++)
        if (span_is(t, i, e, NUMBER_WORDS[k].w)) return NUMBER_WORDS[k].v;
    return -1;
}

static int duration_follows(const text *t, size_t i);

/* "two", "twenty-five", "Ten"; "a" or "half a" before a scale word ("a
 * million users", "a dozen engineers", "half a million"); "a" or "an"
 * before a duration ("within an hour"); "a few" or "several" before a scale
 * ("a few hundred people"). "hundred" and "thousand" alone are scale words,
 * not numbers. */
static size_t parse_number_word(const text *t, size_t i, number *x)
{
    size_t e = letters_end(t, i, 12), k, e2;
    int v, u;
    memset(x, 0, sizeof *x);
    if (e == NPOS || e == i || is_digit(at(t, e))) return NPOS;
    x->mant = 1;
    x->end = e;
    if (span_is(t, i, e, "a") || span_is(t, i, e, "an")) {
        if ((k = match_word(t, spaces(t, e), "few", 1)) != NPOS && scale_word_follows(t, k)) {
            x->word = W_FEW;
            x->end = k;
            return k;
        }
        if (e - i == 1 && scale_word_follows(t, e)) {
            x->word = W_ARTICLE;
            return e;
        }
        if (duration_follows(t, e)) {
            x->word = W_A_UNIT;
            return e;
        }
        return NPOS;
    }
    if (span_is(t, i, e, "several") && scale_word_follows(t, e)) {
        x->word = W_FEW;
        return e;
    }
    if (span_is(t, i, e, "half") && (k = match_word(t, spaces(t, e), "a", 1)) != NPOS &&
        scale_word_follows(t, k)) {
        x->mant = 5;
        x->e10 = -1;
        x->word = W_ARTICLE;
        x->end = k;
        return k;
    }
    v = number_word_value(t, i, e);
    if (v < 1 || v >= 100) return NPOS;
    /* "twenty-five", "twenty five" */
    if (v >= 20 && v % 10 == 0) {
        k = at(t, e) == '-' ? e + 1 : spaces(t, e);
        if (k != NPOS && (e2 = letters_end(t, k, 12)) != NPOS && e2 > k &&
            (u = number_word_value(t, k, e2)) >= 1 && u <= 9) {
            v += u;
            e = e2;
        }
    }
    x->mant = v;
    x->word = W_WORD;
    x->end = e;
    return e;
}

/* ===================================================================== */
/* Units                                                                  */
/* ===================================================================== */

enum { K_NONE, K_MONEY, K_PERCENT, K_MULT, K_DATA, K_DURATION, K_COUNT, K_RANK, K_RATIO };

/* Currency before the number: symbols ("$", "US$", "€") may be followed by
 * one space, codes ("USD", "RMB") by a space or the digits. */
static const struct { const char *w; const char *code; int is_code; } CURRENCY_PREFIXES[] = {
    {"US$", "USD", 0}, {"U.S.$", "USD", 0}, {"HK$", "HKD", 0}, {"NT$", "TWD", 0},
    {"A$", "AUD", 0}, {"C$", "CAD", 0}, {"S$", "SGD", 0}, {"R$", "BRL", 0},
    {"$", "USD", 0}, {"\xE2\x82\xAC", "EUR", 0} /* € */, {"\xC2\xA3", "GBP", 0} /* £ */,
    {"\xC2\xA5", "CNY", 0} /* ¥ */, {"\xEF\xBF\xA5", "CNY", 0} /* fullwidth ¥ */,
    {"\xE2\x82\xB9", "INR", 0} /* ₹ */, {"\xE2\x82\xA9", "KRW", 0} /* ₩ */,
    {"USD", "USD", 1}, {"RMB", "CNY", 1}, {"Rmb", "CNY", 1}, {"CNY", "CNY", 1},
    {"EUR", "EUR", 1}, {"GBP", "GBP", 1}, {"HKD", "HKD", 1}, {"JPY", "JPY", 1}
};
#define N_CURRENCY_PREFIXES (sizeof CURRENCY_PREFIXES / sizeof CURRENCY_PREFIXES[0])

/* Currency after the number ("4.7 billion dollars", "14 cents"). */
static const struct { const char *w; const char *code; int e10; } CURRENCY_WORDS[] = {
    {"U.S. dollars", "USD", 0}, {"US dollars", "USD", 0},
    {"American dollars", "USD", 0}, {"Hong Kong dollars", "HKD", 0},
    {"Singapore dollars", "SGD", 0}, {"Australian dollars", "AUD", 0},
    {"Canadian dollars", "CAD", 0}, {"New Taiwan dollars", "TWD", 0},
    {"Taiwan dollars", "TWD", 0}, {"dollars", "USD", 0}, {"dollar", "USD", 0},
    {"US cents", "USD", -2}, {"U.S. cents", "USD", -2}, {"cents", "USD", -2},
    {"cent", "USD", -2}, {"yuan", "CNY", 0}, {"renminbi", "CNY", 0},
    {"RMB", "CNY", 0}, {"CNY", "CNY", 0}, {"USD", "USD", 0}, {"euros", "EUR", 0},
    {"euro", "EUR", 0}, {"EUR", "EUR", 0}, {"pounds sterling", "GBP", 0},
    {"pounds", "GBP", 0}, {"GBP", "GBP", 0}, {"HKD", "HKD", 0}, {"yen", "JPY", 0},
    {"JPY", "JPY", 0}, {"rupees", "INR", 0}, {"rupee", "INR", 0},
    {"won", "KRW", 0}   /* after a number only: "21.6 billion won" */
};
#define N_CURRENCY_WORDS (sizeof CURRENCY_WORDS / sizeof CURRENCY_WORDS[0])

static const struct { const char *w; const char *unit; } PERCENT_WORDS[] = {
    {"percentage points", "percentage points"}, {"percentage point", "percentage points"},
    {"percent", "%"}, {"per cent", "%"}, {"pct", "%"},
    {"basis points", "basis points"}, {"basis point", "basis points"},
    {"bps", "basis points"}
};
#define N_PERCENT_WORDS (sizeof PERCENT_WORDS / sizeof PERCENT_WORDS[0])

/* Measurement symbols, glued or after a space; case matters ("GB" not "gb").
 * Not "nm": "7nm" names a process, it does not measure anything. */
static const struct { const char *w; const char *unit; } DATA_UNITS[] = {
    {"GB/s", "GB/s"}, {"TB/s", "TB/s"}, {"Gb/s", "Gb/s"}, {"GBps", "GB/s"},
    {"Gbps", "Gbps"}, {"GB", "GB"}, {"TB", "TB"}, {"MB", "MB"}, {"PB", "PB"},
    {"GW", "gigawatts"}, {"MW", "megawatts"}, {"kW", "kilowatts"}, {"GHz", "GHz"},   /* as the spelled-out units */
    {"TFLOPS", "TFLOPS"}, {"PFLOPS", "PFLOPS"}, {"EFLOPS", "EFLOPS"},
    {"teraflops", "TFLOPS"}, {"petaflops", "PFLOPS"}, {"exaflops", "EFLOPS"}
};
#define N_DATA_UNITS (sizeof DATA_UNITS / sizeof DATA_UNITS[0])

/* Known count nouns and durations. The unit is the canonical plural.
 * N_SING marks a singular form, N_FIXED a unit of the annotation scheme
 * (these may follow "one" and be used attributively: "a 10,000 GPU
 * cluster", "a 5 year plan"), N_DUR a duration; N_X10 and N_X2 convert
 * to the unit ("a decade" is 10 years, "a fortnight" 2 weeks). Multi-word
 * forms first. */
#define N_SING 1
#define N_FIXED 2
#define N_DUR 4
#define N_BIG 8   /* counted in millions: plausible after a model-size suffix
                     ("7B parameters"), and what a later bare number counts
                     ("the most users in January, at 79 million") */
#define N_X10 16
#define N_X2 32
#define N_MEASURE 64  /* a unit of measure "a" counts as one of: "a gigawatt of capacity" */
static const struct { const char *w; const char *unit; int flags; } NOUNS[] = {
    {"GPU hours", "GPU hours", N_FIXED | N_BIG}, {"GPU-hours", "GPU hours", N_FIXED | N_BIG},
    {"GPU hour", "GPU hours", N_FIXED | N_SING}, {"GPU-hour", "GPU hours", N_FIXED | N_SING},
    {"data centers", "data centers", 0}, {"data centres", "data centers", 0},
    {"holding companies", "holding companies", 0},
    {"holding company", "holding companies", N_SING},
    {"war rooms", "war rooms", 0}, {"power plants", "power plants", 0},
    {"price cuts", "price cuts", 0}, {"job cuts", "job cuts", 0},
    {"square feet", "square feet", 0}, {"square foot", "square feet", N_SING},
    {"square metres", "square meters", 0}, {"square meters", "square meters", 0},
    {"square kilometres", "square kilometers", 0},
    {"square kilometers", "square kilometers", 0},
    {"data center", "data centers", N_SING}, {"data centre", "data centers", N_SING},
    {"datacenters", "data centers", 0}, {"datacenter", "data centers", N_SING},
    {"GPUs", "GPUs", N_FIXED}, {"GPU", "GPUs", N_FIXED | N_SING},
    {"parameters", "parameters", N_FIXED | N_BIG}, {"parameter", "parameters", N_FIXED | N_SING | N_BIG},
    {"params", "parameters", N_FIXED | N_BIG}, {"param", "parameters", N_FIXED | N_SING | N_BIG},
    {"seconds", "seconds", N_FIXED | N_DUR}, {"second", "seconds", N_FIXED | N_DUR | N_SING},
    {"minutes", "minutes", N_FIXED | N_DUR}, {"minute", "minutes", N_FIXED | N_DUR | N_SING},
    {"hours", "hours", N_FIXED | N_DUR}, {"hour", "hours", N_FIXED | N_DUR | N_SING},
    {"days", "days", N_FIXED | N_DUR}, {"day", "days", N_FIXED | N_DUR | N_SING},
    {"weeks", "weeks", N_FIXED | N_DUR}, {"week", "weeks", N_FIXED | N_DUR | N_SING},
    {"months", "months", N_FIXED | N_DUR}, {"month", "months", N_FIXED | N_DUR | N_SING},
    {"years", "years", N_FIXED | N_DUR}, {"year", "years", N_FIXED | N_DUR | N_SING},
    {"decades", "years", N_FIXED | N_DUR | N_X10},
    {"decade", "years", N_FIXED | N_DUR | N_SING | N_X10},
    {"fortnights", "weeks", N_FIXED | N_DUR | N_X2},
    {"fortnight", "weeks", N_FIXED | N_DUR | N_SING | N_X2},
    {"tokens", "tokens", N_BIG}, {"token", "tokens", N_SING | N_BIG},
    {"chips", "chips", 0}, {"chip", "chips", N_SING},
    {"TPUs", "TPUs", 0}, {"CPUs", "CPUs", 0}, {"NPUs", "NPUs", 0},
    {"accelerators", "accelerators", 0}, {"processors", "processors", 0},
    {"servers", "servers", 0}, {"nodes", "nodes", 0}, {"clusters", "clusters", 0},
    {"supercomputers", "supercomputers", 0}, {"supercomputer", "supercomputers", N_SING},
    {"people", "people", N_BIG}, {"users", "users", N_BIG}, {"user", "users", N_SING},
    {"men", "men", 0}, {"women", "women", 0}, {"children", "children", 0},
    {"downloads", "downloads", N_BIG}, {"installs", "installs", N_BIG},
    {"employees", "employees", 0}, {"workers", "workers", 0},
    {"engineers", "engineers", 0}, {"researchers", "researchers", 0},
    {"scientists", "scientists", 0}, {"staff", "staff", 0}, {"staffers", "staffers", 0},
    {"members", "members", 0}, {"companies", "companies", 0},
    {"company", "companies", N_SING}, {"firms", "firms", 0}, {"firm", "firms", N_SING},
    {"startups", "startups", 0}, {"start-ups", "startups", 0},
    {"businesses", "businesses", 0}, {"teams", "teams", 0}, {"labs", "labs", 0},
    {"laboratories", "laboratories", 0}, {"models", "models", 0},
    {"model", "models", N_SING}, {"countries", "countries", 0},
    {"apps", "apps", 0}, {"papers", "papers", 0}, {"patents", "patents", 0},
    {"shares", "shares", 0}, {"customers", "customers", N_BIG},
    {"subscribers", "subscribers", N_BIG}, {"developers", "developers", N_BIG},
    {"queries", "queries", N_BIG}, {"requests", "requests", N_BIG},
    {"questions", "questions", 0}, {"problems", "problems", 0},
    {"languages", "languages", 0}, {"investors", "investors", 0},
    {"universities", "universities", 0}, {"students", "students", 0},
    {"jobs", "jobs", 0}, {"layers", "layers", 0}, {"experts", "experts", 0},
    {"images", "images", 0}, {"videos", "videos", 0}, {"tasks", "tasks", 0},
    {"agents", "agents", 0}, {"visits", "visits", N_BIG}, {"visitors", "visitors", N_BIG},
    {"officials", "officials", 0}, {"lawmakers", "lawmakers", 0},
    {"Democrats", "Democrats", 0}, {"Republicans", "Republicans", 0}, {"senators", "senators", 0},
    {"states", "states", 0}, {"cities", "cities", 0}, {"provinces", "provinces", 0},
    {"entities", "entities", 0}, {"products", "products", 0}, {"deals", "deals", 0},
    {"devices", "devices", 0}, {"smartphones", "smartphones", 0},
    {"vehicles", "vehicles", 0}, {"robots", "robots", 0}, {"benchmarks", "benchmarks", 0},
    {"floating-point operations", "floating-point operations", N_BIG},
    {"FLOPs", "floating-point operations", N_BIG},
    /* energy: the hours first, so "gigawatt-hours" is not a gigawatt */
    {"terawatt-hours", "terawatt-hours", 0}, {"terawatt-hour", "terawatt-hours", N_SING | N_FIXED},
    {"gigawatt-hours", "gigawatt-hours", 0}, {"gigawatt-hour", "gigawatt-hours", N_SING | N_FIXED},
    {"megawatt-hours", "megawatt-hours", 0}, {"megawatt-hour", "megawatt-hours", N_SING | N_FIXED},
    {"gigawatts", "gigawatts", 0}, {"megawatts", "megawatts", 0},
    {"gigawatt", "gigawatts", N_SING | N_FIXED | N_MEASURE}, {"megawatt", "megawatts", N_SING | N_FIXED | N_MEASURE}
};
#define N_NOUNS (sizeof NOUNS / sizeof NOUNS[0])

static void set_unit(char dst[32], const char *src, size_t len)
{
    if (len > 31) len = 31;
    memcpy(dst, src, len);
    dst[len] = '\0';
}

static void set_unit_str(char dst[32], const char *src) { set_unit(dst, src, strlen(src)); }

/* A currency symbol or code at i: the position after it (and after one
 * optional space), provided digits follow; NPOS otherwise. */
/* Bytes a currency prefix may start with (first_may_match(), build_tables()):
 * digits and lowercase letters, where the scan calls most, are none. */
static unsigned char currency_first[256];

static size_t currency_prefix(const text *t, size_t i, const char **code)
{
    size_t k, e, j;
    int c = at(t, i);
    if (c < 0 || !currency_first[c]) return NPOS;
    for (k = 0; k < N_CURRENCY_PREFIXES; k++) {
        if (!first_may_match(c, CURRENCY_PREFIXES[k].w, 0)) continue;
        e = match_lit(t, i, CURRENCY_PREFIXES[k].w, 0);
        if (e == NPOS) continue;
        /* "US$", "USD": the letters must start a word */
        if (is_alpha(at(t, i)) && is_alnum(before(t, i))) return NPOS;
        j = space_len(t, e) ? e + space_len(t, e) : e;
        if (!is_digit(at(t, j))) continue;
        *code = CURRENCY_PREFIXES[k].code;
        return j;
    }
    return NPOS;
}

/* A data unit at i with a word boundary after it. */
static size_t data_unit(const text *t, size_t i, const char **unit)
{
    size_t k, e;
    int c = at(t, i);
    for (k = 0; k < N_DATA_UNITS; k++) {
        if (!first_may_match(c, DATA_UNITS[k].w, 0)) continue;
        e = match_lit(t, i, DATA_UNITS[k].w, 0);
        if (e != NPOS && !is_alnum(at(t, e)) && at(t, e) != '/') {
            *unit = DATA_UNITS[k].unit;
            return e;
        }
    }
    return NPOS;
}

/* "H100s", "H800s", "MI300Xs": a plural chip name counts GPUs. */
static size_t chip_plural(const text *t, size_t i)
{
    size_t e = i, d;
    while (is_upper(at(t, e)) && e - i < 3) e++;
    if (e == i) return NPOS;
    d = e;
    while (is_digit(at(t, e)) && e - d < 4) e++;
    if (e == d) return NPOS;
    while (is_upper(at(t, e)) && e - d < 6) e++;
    if (at(t, e) != 's' || is_alnum(at(t, e + 1))) return NPOS;
    return e + 1;
}

/* A lowercase word that looks like a plural noun ("gigawatts", "miles"):
 * ends in "s" but not "ss", "us", "is" ("less", "famous", "analysis"), and
 * is not a verb or function word from NOT_PLURAL. */
static size_t generic_plural(const text *t, size_t i)
{
    size_t e = i;
    while (is_lower(at(t, e))) {
        if (e - i >= 24) return NPOS;
        e++;
    }
    if (e - i < 3 || is_alnum(at(t, e)) || at(t, e - 1) != 's') return NPOS;
    if (at(t, e - 2) == 's' || at(t, e - 2) == 'u' || at(t, e - 2) == 'i') return NPOS;
    if (span_in(t, i, e, NOT_PLURAL) || span_in(t, i, e, STOPWORDS)) return NPOS;
    return e;
}

/* Adjectives before a count noun that are not part of its name: "20
 * consecutive sessions", "50 other markets" (but "four war rooms"). */
static const char *const ADJECTIVES[] = {
    "other", "new", "more", "free", "big", "small", "large", "major", "top",
    "key", "few", "many", "several", "same", "different", "various", "old",
    "young", "high", "low", "full", "main", "own", "best", "early", "late",
    "recent", "current", "former", "extra", "separate", "straight", "open",
    "single", "double", "whole", "entire", "average", "last", "next", "first",
    "second", "third", "fewer", "most", "such", "similar", "certain", "senior",
    "junior", "leading", "foreign", "smaller", "larger", "bigger", "further",
    "additional", "paying", "active", "daily", "weekly", "monthly", "yearly",
    "annual", "total", "top", "real", "true", "fake", "well", NULL
};

static const sized_word ADJECTIVE_ENDINGS[] = {
    SW("ive"), SW("al"), SW("ous"), SW("ful"), SW("less"), SW("able"), SW("ible"), SW("ic"),
    SW("ed"), SW("ing"), SW("ent"), SW("ant"), SW("ary"), SW("ory"), SW("ly"), SW("est"),
    SW("ese"), SW("ish"), SW("ian"), SW_END
};

/* Does the lowercase word [i, e) look like an adjective? */
static int looks_adjective(const text *t, size_t i, size_t e)
{
    const sized_word *x;
    if (span_in(t, i, e, ADJECTIVES)) return 1;
    for (x = ADJECTIVE_ENDINGS; x->w; x++)
        if (e - i > x->len + 2 && match_lit(t, e - x->len, x->w, 1) == e) return 1;
    return 0;
}

/* A modifier between a number and its noun ("Nvidia", "H800", "910C",
 * "activated", "U.S.", "high-end"). Returns its end after the following
 * space, or NPOS; sets m->end to the end of the word, m->strong when it is
 * a name or a chip (capitals or digits) and m->adjunct when it belongs to
 * the noun's name: an acronym ("API calls", "GPU clusters"). A lowercase
 * noun before the head is dropped ("three major telecom operators" counts
 * "operators"); the compounds that keep theirs ("war rooms", "holding
 * companies") are listed in NOUNS. */
typedef struct {
    size_t start, end;
    int strong, adjunct;
} modifier_word;

static size_t modifier(const text *t, size_t i, modifier_word *m)
{
    size_t e = i, k;
    int up = 0, low = 0, dig = 0, dots = 0;
    if (!is_alnum(at(t, i))) return NPOS;
    for (;;) {
        int c = at(t, e);
        if (is_alnum(c)) {
            up |= is_upper(c);
            low |= is_lower(c);
            dig |= is_digit(c);
            e++;
        } else if ((c == '-' || c == '.' || c == '\'') && is_alnum(at(t, e + 1))) {
            dots |= c == '.';
            e++;
        } else if (c == 0xE2 && at(t, e + 1) == 0x80 && at(t, e + 2) == 0x99 && is_alnum(at(t, e + 3))) {
            e += 3;                                        /* "Nvidia’s" */
        } else {
            break;
        }
        if (e - i > 40) return NPOS;
    }
    if (at(t, e) == '.' && dots) e++;   /* "U.S." */
    k = spaces(t, e);
    if (k == NPOS) return NPOS;
    if (is_digit(at(t, i)) && !up) return NPOS;   /* "910C" is a chip; "2024", "3rd" are not */
    if (!up && !dig && span_in(t, i, e, STOPWORDS)) return NPOS;
    if (!dig && number_word_value(t, i, e) > 0) return NPOS;
    m->start = i;
    m->end = e;
    m->strong = up || dig;
    m->adjunct = up && !low && !dig && e - i >= 2 && e - i <= 5;        /* "API", "AI" */
    return k;
}

typedef struct {
    int kind;            /* K_* */
    char unit[32];
    size_t end;
    int e10;             /* cents: -2 */
    int mul;             /* "decade": 10 (years); 0 or 1 otherwise */
    int flags;           /* N_* of a known noun */
    int generic;         /* a plural recognised by its form only */
    int modifiers;       /* words between the number and the noun */
    int hyphen;          /* "10-year", "2,048-GPU" */
    int attributive;     /* a singular noun before another word: "GPU cluster" */
} unit_match;

/* The NOUNS that may match where the text has a letter, by that letter
 * and the byte after it (its letter, or 26 for any other byte), in table
 * order, so that the first form to match is the one the full scan finds:
 * noun_index[noun_from[b]..noun_from[b + 1]) for bucket b = 27 * letter +
 * column. A form whose second byte is no letter can only match before
 * something that is none (a boundary, a space, a '-'); a form starting
 * with ' ' never matches at a letter. */
typedef char noun_count_fits[N_NOUNS <= 255 ? 1 : -1];
static unsigned char noun_index[N_NOUNS];
static unsigned short noun_from[26 * 27 + 1];

static int noun_column(int c) { return is_alpha(c) ? lower(c) - 'a' : 26; }

static void build_noun_index(void)
{
    size_t b, k, n = 0;
    for (b = 0; b < 26 * 27; b++) {
        noun_from[b] = (unsigned short)n;
        for (k = 0; k < N_NOUNS; k++) {
            const unsigned char *w = (const unsigned char *)NOUNS[k].w;
            if (is_alpha(w[0]) && (size_t)(lower(w[0]) - 'a') == b / 27 &&
                (size_t)noun_column(w[1]) == b % 27)
                noun_index[n++] = (unsigned char)k;
        }
    }
    noun_from[26 * 27] = (unsigned short)n;
}

/* A known noun at i (no modifiers). */
static int known_noun(const text *t, size_t i, unit_match *u)
{
    size_t k, e, j, x, x_end;
    int c = at(t, i), alpha = is_alpha(c);
    if (alpha) {                   /* the nouns of the first two letters only */
        size_t b = (size_t)(lower(c) - 'a') * 27 + (size_t)noun_column(at(t, i + 1));
        x = noun_from[b];
        x_end = noun_from[b + 1];
    } else {
        x = 0;
        x_end = N_NOUNS;
    }
    for (; x < x_end; x++) {
        k = alpha ? noun_index[x] : x;
        if (!first_may_match(c, NOUNS[k].w, 1)) continue;
        e = match_word(t, i, NOUNS[k].w, 1);
        if (e == NPOS || (at(t, e) == '-' && is_alpha(at(t, e + 1)))) continue;
        u->kind = NOUNS[k].flags & N_DUR ? K_DURATION : K_COUNT;
        u->flags = NOUNS[k].flags;
        u->mul = NOUNS[k].flags & N_X10 ? 10 : NOUNS[k].flags & N_X2 ? 2 : 1;
        set_unit_str(u->unit, NOUNS[k].unit);
        u->end = e;
        j = spaces(t, e);
        u->attributive = j != NPOS && is_lower(at(t, j));
        return 1;
    }
    return 0;
}

/* A singular duration or unit of measure after a space at i: "a month",
 * "an hour", "a gigawatt". */
static int duration_follows(const text *t, size_t i)
{
    unit_match u;
    size_t k = spaces(t, i);
    memset(&u, 0, sizeof u);
    return k != NPOS && known_noun(t, k, &u) && (u.kind == K_DURATION || (u.flags & N_MEASURE)) &&
           (u.flags & N_SING);
}

/* A count noun or duration at i, after up to three modifiers: "Nvidia H800
 * GPUs", "37 billion activated parameters". A plural recognised by its form
 * alone keeps the acronyms that name it: "1.2 billion API calls" counts
 * "API calls", "20 consecutive sessions" counts "sessions", "three major
 * telecom operators" counts "operators". */
static int count_noun(const text *t, size_t i, int allow_generic, unit_match *u)
{
    modifier_word mw[3];
    size_t k = i, e;
    int mods, first, weak = 0;
    for (mods = 0;; mods++) {
        if (known_noun(t, k, u)) {
            u->modifiers = mods;
            return 1;
        }
        if (!weak && (e = chip_plural(t, k)) != NPOS) {
            u->kind = K_COUNT;
            u->flags = N_FIXED;
            set_unit_str(u->unit, "GPUs");
            u->end = e;
            u->modifiers = mods;
            return 1;
        }
        if (allow_generic && weak <= 2 && (e = generic_plural(t, k)) != NPOS) {
            for (first = mods; first > 0 && mw[first - 1].adjunct; first--) {}
            u->kind = K_COUNT;
            u->generic = 1;
            set_unit(u->unit, (const char *)t->s + (first < mods ? mw[first].start : k),
                     e - (first < mods ? mw[first].start : k));
            u->end = e;
            u->modifiers = mods;
            return 1;
        }
        if (mods == 3 || (e = modifier(t, k, &mw[mods])) == NPOS) return 0;
        weak += !mw[mods].strong;
        k = e;
    }
}

/* The currency word at i. */
static size_t currency_word(const text *t, size_t i, unit_match *u)
{
    size_t k, e;
    int c = at(t, i);
    for (k = 0; k < N_CURRENCY_WORDS; k++) {
        if (!first_may_match(c, CURRENCY_WORDS[k].w, 1)) continue;
        e = match_word(t, i, CURRENCY_WORDS[k].w, 1);
        if (e == NPOS) continue;
        u->kind = K_MONEY;
        set_unit_str(u->unit, CURRENCY_WORDS[k].code);
        u->e10 = CURRENCY_WORDS[k].e10;
        u->end = e;
        return e;
    }
    return NPOS;
}

/* Words that follow a number and a hyphen without being counted: "a
 * 2,000-strong team", "a 10-year-old", "20-something". */
static const char *const NOT_HYPHEN_NOUNS[] = {
    "old", "strong", "long", "wide", "odd", "plus", "fold", "percent", "something",
    "ish", "off", "for", "and", "way", "time", "times", "high", "low", "year", NULL
};

/* "a 300-page book", "a 10-member panel": a singular noun after a hyphen,
 * used attributively. Writes its plural to unit and returns its end. */
static size_t hyphen_noun(const text *t, size_t i, char unit[32])
{
    size_t e = i, n, k;
    int c;
    while (is_lower(at(t, e)) && e - i < 13) e++;
    n = e - i;
    if (n < 3 || n > 12 || is_alnum(at(t, e)) || at(t, e) == '-') return NPOS;
    k = spaces(t, e);
    if (k == NPOS || !is_lower(at(t, k))) return NPOS;   /* attributive: a noun follows */
    if (span_in(t, i, e, NOT_HYPHEN_NOUNS) || span_in(t, i, e, STOPWORDS) || looks_adjective(t, i, e) ||
        t->s[e - 1] == 's')
        return NPOS;
    if (span_is(t, i, e, "person")) {
        set_unit_str(unit, "people");
        return e;
    }
    memcpy(unit, t->s + i, n);
    c = t->s[e - 1];
    if (c == 'y' && !strchr("aeiou", t->s[e - 2])) {
        memcpy(unit + n - 1, "ies", 4);                    /* "country" -> "countries" */
    } else if (c == 'x' || c == 'z' || (c == 'h' && (t->s[e - 2] == 'c' || t->s[e - 2] == 's'))) {
        memcpy(unit + n, "es", 3);
    } else {
        memcpy(unit + n, "s", 2);
    }
    return e;
}

/* The unit after a number (and its scale) ending at j. */
static int parse_unit(const text *t, size_t j, int allow_generic, unit_match *u)
{
    size_t k, e;
    const char *sym;
    memset(u, 0, sizeof *u);

    /* Symbols: "17%", "17 %", "14¢", "10×" */
    k = opt_spaces(t, j);
    if (at(t, k) == '%' || (at(t, k) == 0xEF && at(t, k + 1) == 0xBC && at(t, k + 2) == 0x85)) {
        u->kind = K_PERCENT;
        set_unit_str(u->unit, "%");
        u->end = k + (at(t, k) == '%' ? 1 : 3);
        return 1;
    }
    if (at(t, j) == 0xC2 && at(t, j + 1) == 0xA2) {
        u->kind = K_MONEY;
        set_unit_str(u->unit, "USD");
        u->e10 = -2;
        u->end = j + 2;
        return 1;
    }
    if (at(t, j) == 0xC3 && at(t, j + 1) == 0x97 && !is_alnum(at(t, j + 2))) {
        u->kind = K_MULT;
        set_unit_str(u->unit, "x");
        u->end = j + 2;
        return 1;
    }

    /* Hyphenated adjectives: "17-percent", "50-fold", "10-year", "2,048-GPU" */
    if (at(t, j) == '-') {
        k = j + 1;
        if ((e = match_word(t, k, "percent", 1)) != NPOS) {
            u->kind = K_PERCENT;
            set_unit_str(u->unit, "%");
            u->end = e;
            return 1;
        }
        if ((e = match_word(t, k, "fold", 1)) != NPOS) {
            u->kind = K_MULT;
            set_unit_str(u->unit, "x");
            u->end = e;
            return 1;
        }
        if (known_noun(t, k, u) && match_lit(t, u->end, "-old", 1) == NPOS) {
            u->hyphen = 1;
            u->attributive = 0;
            return 1;
        }
        memset(u, 0, sizeof *u);
        /* "300,000-yuan projects", "a $5-million deal": money used attributively */
        if (currency_word(t, k, u) != NPOS) return 1;
        memset(u, 0, sizeof *u);
        if (allow_generic && (e = hyphen_noun(t, k, u->unit)) != NPOS) {
            u->kind = K_COUNT;
            u->generic = u->hyphen = 1;
            u->end = e;
            return 1;
        }
        return 0;
    }

    /* "at least a few thousand" H20s: a quotation closes before a known
     * noun; the text ends with the quotation */
    e = at(t, j) == '"' ? 1 : (at(t, j) == 0xE2 && at(t, j + 1) == 0x80 && at(t, j + 2) == 0x9D) ? 3 : 0;
    if (e && (k = spaces(t, j + e)) != NPOS && count_noun(t, k, 0, u)) {
        u->end = j;
        return 1;
    }
    memset(u, 0, sizeof *u);

    if ((k = spaces(t, j)) == NPOS) return 0;
    for (e = 0; e < N_PERCENT_WORDS; e++) {
        size_t end = first_may_match(at(t, k), PERCENT_WORDS[e].w, 1)
                         ? match_word(t, k, PERCENT_WORDS[e].w, 1) : NPOS;
        if (end != NPOS) {
            u->kind = K_PERCENT;
            set_unit_str(u->unit, PERCENT_WORDS[e].unit);
            u->end = end;
            return 1;
        }
    }
    if ((e = match_word(t, k, "times", 1)) != NPOS) {
        u->kind = K_MULT;
        set_unit_str(u->unit, "x");
        u->end = e;
        return 1;
    }
    if ((e = data_unit(t, k, &sym)) != NPOS) {
        u->kind = K_DATA;
        set_unit_str(u->unit, sym);
        u->end = e;
        return 1;
    }
    if (currency_word(t, k, u) != NPOS) return 1;
    if (count_noun(t, k, allow_generic, u)) return 1;
    memset(u, 0, sizeof *u);
    return 0;
}

/* "per million input tokens", "per 1M tokens", "/M tokens", "per token":
 * the end, with *per set to the number of tokens priced; NPOS if none. */
static size_t per_tokens(const text *t, size_t j, double *per)
{
    size_t k, e, m, start;
    number x;
    int e10 = 0, mul = 1, i, sx, counted;
    double count = 1;

    if (at(t, j) == '/') {
        k = j + 1;
    } else {
        k = match_word(t, spaces(t, j), "per", 1);
        if (k == NPOS) return NPOS;
        if ((k = spaces(t, k)) == NPOS) return NPOS;
    }
    start = k;
    if (is_digit(at(t, k))) {                       /* "1M", "1 million", "1,000" */
        k = parse_digits(t, k, &x);
        count = scaled(x.mant, x.e10);
        e = letters_end(t, k, 3);
        if (e != NPOS && e > k) {
            if ((sx = scale_suffix(t, k, e)) < 0) return NPOS;
            count *= scaled(1, SCALE_SUFFIXES[sx].e10);
            k = e;
        } else if ((m = spaces(t, k)) != NPOS && (e = scale_word(t, m, 0, &e10, &mul)) != NPOS) {
            count *= scaled(mul, e10);
            k = e;
        }
    } else if ((e = scale_word(t, k, 0, &e10, &mul)) != NPOS) {   /* "million" */
        count = scaled(mul, e10);
        k = e;
    } else if ((e = match_word(t, k, "M", 0)) != NPOS || (e = match_word(t, k, "K", 0)) != NPOS) {
        count = at(t, k) == 'M' ? 1e6 : 1e3;
        k = e;
    } else if ((e = match_word(t, k, "one", 1)) != NPOS || (e = match_word(t, k, "a", 1)) != NPOS) {
        m = spaces(t, e);
        if (m == NPOS || (e = scale_word(t, m, 0, &e10, &mul)) == NPOS) return NPOS;
        count = scaled(mul, e10);
        k = e;
    }
    /* then "tokens", perhaps after "input" or "output"; a space separates
     * them from the count, and "per token" has none */
    counted = k != start;
    for (i = 0; i < 3; i++) {
        if ((counted || i > 0) && (k = spaces(t, k)) == NPOS) return NPOS;
        if ((e = match_word(t, k, "tokens", 1)) != NPOS || (e = match_word(t, k, "token", 1)) != NPOS) {
            *per = count > 0 ? count : 1;
            return e;
        }
        e = letters_end(t, k, 12);
        if (e == NPOS || e == k || !span_in(t, k, e, TOKEN_KINDS)) return NPOS;
        k = e;
    }
    return NPOS;
}

/* ===================================================================== */
/* Qualifiers                                                             */
/* ===================================================================== */

/* Phrases just before an amount; the longest match wins. */
static const struct { const char *w; dsc_qualifier q; } QUALIFIERS[] = {
    {"no more than", DSC_LESS_THAN}, {"not more than", DSC_LESS_THAN},
    {"as many as", DSC_LESS_THAN}, {"as much as", DSC_LESS_THAN},
    {"in excess of", DSC_MORE_THAN}, {"no less than", DSC_MORE_THAN},
    {"no fewer than", DSC_MORE_THAN}, {"not less than", DSC_MORE_THAN},
    {"on the order of", DSC_ABOUT}, {"in the region of", DSC_ABOUT},
    {"less than", DSC_LESS_THAN}, {"fewer than", DSC_LESS_THAN},
    {"up to", DSC_LESS_THAN}, {"at most", DSC_LESS_THAN}, {"lower than", DSC_LESS_THAN},
    {"shy of", DSC_LESS_THAN}, {"under", DSC_LESS_THAN}, {"within", DSC_LESS_THAN},
    {"below", DSC_LESS_THAN},
    {"more than", DSC_MORE_THAN}, {"at least", DSC_MORE_THAN},
    {"upwards of", DSC_MORE_THAN}, {"upward of", DSC_MORE_THAN},
    {"north of", DSC_MORE_THAN}, {"greater than", DSC_MORE_THAN},
    {"higher than", DSC_MORE_THAN}, {"over", DSC_MORE_THAN}, {"above", DSC_MORE_THAN},
    {"exceeding", DSC_MORE_THAN}, {"exceed", DSC_MORE_THAN}, {"exceeds", DSC_MORE_THAN},
    {"exceeded", DSC_MORE_THAN}, {"surpass", DSC_MORE_THAN}, {"surpassed", DSC_MORE_THAN},
    {"surpassing", DSC_MORE_THAN},
    /* verbs of passing a mark: "topped $5 trillion", "passed $100 million" */
    {"to top", DSC_MORE_THAN}, {"topped", DSC_MORE_THAN}, {"tops", DSC_MORE_THAN},
    {"topping", DSC_MORE_THAN}, {"passed", DSC_MORE_THAN}, {"crossed", DSC_MORE_THAN},
    {"eclipsed", DSC_MORE_THAN},
    {"close to", DSC_ABOUT}, {"an estimated", DSC_ABOUT}, {"estimated", DSC_ABOUT},
    {"closer to", DSC_ABOUT}, {"something like", DSC_ABOUT}, {"in the neighborhood of", DSC_ABOUT},
    {"in the neighbourhood of", DSC_ABOUT}, {"somewhere near", DSC_ABOUT}, {"near", DSC_ABOUT},
    {"about", DSC_ABOUT}, {"roughly", DSC_ABOUT}, {"nearly", DSC_ABOUT},
    {"almost", DSC_ABOUT}, {"approximately", DSC_ABOUT}, {"approx", DSC_ABOUT},
    {"around", DSC_ABOUT}, {"some", DSC_ABOUT}, {"circa", DSC_ABOUT}
};
#define N_QUALIFIERS (sizeof QUALIFIERS / sizeof QUALIFIERS[0])

/* QUALIFIERS by first letter, in table order: qual_index[qual_from[c]..
 * qual_from[c + 1]) (build_tables()). */
typedef char qualifier_count_fits[N_QUALIFIERS <= 255 ? 1 : -1];
static unsigned char qual_index[N_QUALIFIERS];
static unsigned char qual_from[27];

static void build_qualifier_index(void)
{
    size_t c, x, n = 0;
    for (c = 0; c < 26; c++) {
        qual_from[c] = (unsigned char)n;
        for (x = 0; x < N_QUALIFIERS; x++)
            if (QUALIFIERS[x].w[0] == (char)('a' + c)) qual_index[n++] = (unsigned char)x;
    }
    qual_from[26] = (unsigned char)n;
}

typedef struct {
    int qual;        /* a dsc_qualifier, or -1 */
    int between;     /* "between 10 and 20" */
    int change;      /* "from 10 to 20" (a change, not a range) */
    int spread;      /* "over" that means "across": "$500 billion over four years" */
    int compare;     /* "against 85.5", "V3's 60.5": compared with an earlier amount */
    int by;          /* "cut by half", "by two-thirds" */
    char word[20];   /* the word just before, lowercase ("" if none) */
} lead;

/* Words before "a month" that make it a span of time without a qualifier:
 * "took a month", "spent a decade", "wait a week", "for a year"; but not
 * "$200 a month" or "a year ago". */
static const char *const PERIOD_EDGES[] = {"past", "last", "next", "coming", "first", NULL};

static const char *const SPAN_LEADS[] = {
    "took", "take", "takes", "taking", "spent", "spend", "spends", "spending", "wait",
    "waits", "waited", "waiting", "lasted", "lasts", "lasting", "for", NULL
};

/* Words before a bare number that compare it with the amount before. */
static const char *const COMPARE_CUES[] = {"against", "versus", "vs", "than", NULL};
/* ... and words before "the" that do: "nearly double the 12,000". */
static const char *const MULTIPLIER_CUES[] = {
    "double", "twice", "triple", "half", "times", "quadruple", NULL
};

/* Bytes of the gap that ends at k: spaces and quotation marks ("well
 * under" $10 billion), at least one space, at most a few characters. */
static size_t gap_before(const text *t, size_t k)
{
    size_t g = 0, sp;
    int spaced = 0;
    while (g < 12) {
        int c = before(t, k - g);
        if ((sp = space_before(t, k - g)) > 0) {
            g += sp;
            spaced = 1;
        } else if (c == '"' || c == '\'') {
            g++;
        } else if ((c == 0x9C || c == 0x9D || c == 0x98 || c == 0x99) && k - g >= 3 &&
                   t->s[k - g - 2] == 0x80 && t->s[k - g - 3] == 0xE2) {
            g += 3;                                        /* “ ” ‘ ’ */
        } else {
            break;
        }
    }
    return spaced ? g : 0;
}

/* "over" before a duration means "more than" after these words ("took over
 * two months", "for over a decade"); elsewhere it spreads an amount across
 * the period ("$500 billion over four years"). */
static const char *const OVER_MORE_THAN[] = {
    "took", "take", "takes", "taking", "lasted", "lasts", "last", "for", "in",
    "just", "spent", "after", "well", "of", NULL
};

/* Reads up to three words before p (bounded) and matches the qualifier
 * phrases against them, longest first. */
static void look_behind(const text *t, size_t p, lead *ld)
{
    char w[3][20];
    char phrase[64];
    int nw = 0, m, c;
    size_t k = p, sp, b, q, len;
    const char *const *r;

    memset(ld, 0, sizeof *ld);
    ld->qual = -1;

    /* Symbols: "~$6M", "< 5%", "≈ 10x" */
    sp = space_before(t, k);
    c = before(t, k - sp);
    if (c == '~') { ld->qual = DSC_ABOUT; return; }
    if (c == '<') { ld->qual = DSC_LESS_THAN; return; }
    if (c == '>') { ld->qual = DSC_MORE_THAN; return; }
    if (k - sp >= 3 && t->s[k - sp - 3] == 0xE2 && t->s[k - sp - 2] == 0x89) {
        c = t->s[k - sp - 1];
        if (c == 0x88) { ld->qual = DSC_ABOUT; return; }
        if (c == 0xA4) { ld->qual = DSC_LESS_THAN; return; }
        if (c == 0xA5) { ld->qual = DSC_MORE_THAN; return; }
    }

    /* "DeepSeek-V3's 60.5": a possessive before a bare number compares it */
    if (space_before(t, k) && before(t, k - space_before(t, k)) == 's' &&
        (before(t, k - space_before(t, k) - 1) == '\'' || before(t, k - space_before(t, k) - 1) == 0x99))
        ld->compare = 1;

    while (nw < 3) {
        if ((sp = gap_before(t, k)) == 0) break;
        k -= sp;
        if (before(t, k) == '.' && is_alpha(before(t, k - 1))) k--;   /* "approx.", "vs." */
        b = k;
        while (b > 0 && is_alpha(t->s[b - 1]) && k - b < 19) b--;
        if (b == k || is_alnum(before(t, b))) break;
        for (q = 0; q < k - b; q++) w[nw][q] = (char)lower(t->s[b + q]);
        w[nw][k - b] = '\0';
        nw++;
        k = b;
    }
    if (nw == 0) return;
    ld->between = streq(w[0], "between");
    ld->by = streq(w[0], "by");
    memcpy(ld->word, w[0], sizeof ld->word);
    /* "within the past five years", "within the next two months" */
    if (nw == 3 && streq(w[2], "within") && streq(w[1], "the"))
        for (r = PERIOD_EDGES; *r; r++)
            if (streq(w[0], *r)) {
                ld->qual = DSC_LESS_THAN;
                return;
            }
    for (r = COMPARE_CUES; *r; r++)
        if (streq(w[0], *r)) ld->compare = 1;
    if (nw > 1 && streq(w[1], "compared")) ld->compare = 1;   /* "compared with" */
    if (nw > 1 && streq(w[0], "the"))                          /* "nearly double the 12,000" */
        for (r = MULTIPLIER_CUES; *r; r++)
            if (streq(w[1], *r)) ld->compare = 1;
    /* "2,300 employees, up from 1,000": the earlier level of the same thing */
    if (streq(w[0], "from") && nw > 1 && (streq(w[1], "up") || streq(w[1], "down"))) ld->compare = 1;
    if (streq(w[0], "from")) {
        /* "ranging from", "range in size from": a range, not a change */
        ld->change = 1;
        for (m = 1; m < nw; m++)
            for (r = RANGE_LEADS; *r; r++)
                if (streq(w[m], *r)) ld->change = 0;
    }
    for (m = nw; m >= 1; m--) {
        size_t x, y;
        phrase[0] = '\0';
        len = 0;
        for (q = (size_t)m; q-- > 0;) {
            size_t wl = strlen(w[q]);
            if (len) phrase[len++] = ' ';
            memcpy(phrase + len, w[q], wl + 1);
            len += wl;
        }
        /* phrase[0] is a lowercase letter: the qualifiers starting with it */
        for (y = qual_from[phrase[0] - 'a']; y < qual_from[phrase[0] - 'a' + 1]; y++)
            if ((x = qual_index[y], phrase[0] == QUALIFIERS[x].w[0]) && streq(phrase, QUALIFIERS[x].w)) {
                const char *const *o;
                ld->qual = (int)QUALIFIERS[x].q;
                /* "compared with about 147,000", "up from around 1,000": the
                 * cue stands before the qualifier */
                if (nw > m) {
                    for (r = COMPARE_CUES; *r; r++)
                        if (streq(w[m], *r)) ld->compare = 1;
                    if (nw > m + 1 && (streq(w[m + 1], "compared") ||
                                       (streq(w[m], "from") && (streq(w[m + 1], "up") || streq(w[m + 1], "down")))))
                        ld->compare = 1;
                }
                if (m == 1 && streq(w[0], "over")) {
                    ld->spread = 1;
                    for (o = OVER_MORE_THAN; nw > 1 && *o; o++)
                        if (streq(w[1], *o)) ld->spread = 0;
                }
                return;
            }
    }
}

/* Is the word before a verb of spending time ("took a month")? */
static int spans_time(const lead *ld)
{
    const char *const *r;
    for (r = SPAN_LEADS; *r; r++)
        if (streq(ld->word, *r)) return 1;
    return 0;
}

/* "a year ago", "a day later": a point in time, not a span. */
static int time_reference(const text *t, size_t e)
{
    size_t k = spaces(t, e);
    return match_word(t, k, "ago", 1) != NPOS || match_word(t, k, "earlier", 1) != NPOS ||
           match_word(t, k, "later", 1) != NPOS;
}

/* "a day later", "a month before the launch", "a year after": a span
 * between two events. */
static int span_between(const text *t, size_t e)
{
    size_t k = spaces(t, e);
    return match_word(t, k, "later", 1) != NPOS || match_word(t, k, "after", 1) != NPOS ||
           match_word(t, k, "before", 1) != NPOS;
}

/* "100 GPUs or more", "two months or so": a qualifier after the amount. */
static int look_after(const text *t, size_t e)
{
    size_t k = match_word(t, spaces(t, e), "or", 1);
    k = spaces(t, k);
    if (match_word(t, k, "more", 1) != NPOS) return DSC_MORE_THAN;
    if (match_word(t, k, "less", 1) != NPOS || match_word(t, k, "fewer", 1) != NPOS)
        return DSC_LESS_THAN;
    if (match_word(t, k, "so", 1) != NPOS) return DSC_ABOUT;
    return -1;
}

/* ===================================================================== */
/* Amounts                                                                */
/* ===================================================================== */

typedef struct {
    size_t start, end;
    double mant;         /* value = mant * 10^(num_e10 + scale_e10 + unit_e10) * unit_mul */
    int num_e10, scale_e10, unit_e10;
    int unit_mul;        /* "two decades": 10 (years); 0 or 1 otherwise */
    int scaled;          /* a scale word or suffix was given */
    int neg;             /* a minus sign (kept for percentages only) */
    int kind;            /* K_* */
    char unit[32];
    int qual;            /* qualifier carried by the amount ("100+"), or -1 */
    double per;          /* tokens priced ("per million tokens"), 0 if none */
    int yearish;         /* a bare four-digit year-like number */
    int digits;          /* written in digits, without a scale: "1,930", "60.5" */
    int needs_qual;      /* "a month": an amount only after "within", "about"... */
    int bare;            /* B_*: a number without a unit that may still count */
} amount;

/* Numbers without a unit of their own that still count, taking the unit of
 * the amount before them in the sentence (or none): "of which 37 billion",
 * "16 million downloads vs. 9 million", "62.2 points, ahead of V3's 60.5". */
enum {
    B_NO,
    B_SCALED,         /* a spelled-out scale: "37 billion" */
    B_COMPARED,       /* a decimal after "against", "vs.", a possessive */
    B_GROUPED         /* the same with thousands separators: "the 12,000"; and
                         a range of them: "230,000 to 260,000" */
};

static double amount_value(const amount *a)
{
    double v = scaled(a->mant, a->num_e10 + a->scale_e10 + a->unit_e10);
    if (a->unit_mul > 1) v *= a->unit_mul;
    if (a->per > 0) v = v * (1e6 / a->per);
    if (v > DBL_MAX) v = DBL_MAX;                         /* "$9...9 per token" */
    return a->neg ? -v : v;
}

/* The number as written, without its scale: "$5" in "$5-10 million". */
static double amount_raw(const amount *a) { return scaled(a->mant, a->num_e10); }

/* May a number start at j? Not inside a name or a version ("GPT-4",
 * "Qwen2.5", "3.1.2", "9:30", "1/20", "’90s"). */
static int digit_start_ok(const text *t, size_t j)
{
    int p = before(t, j), p2 = j >= 2 ? t->s[j - 2] : -1;
    if (p < 0) return 1;
    if (is_alnum(p) || p == '_' || p == '\'') return 0;
    if ((p == '-' || p == '.' || p == '/' || p == ':' || p == ',') && is_alnum(p2)) return 0;
    if (p == 0x99 && p2 == 0x80 && j >= 3 && t->s[j - 3] == 0xE2) return 0;   /* ’ */
    return 1;
}

/* The token just before j (across one space): [*b, *e). Tokens hold
 * letters, digits, '.' and '-'. */
static int prev_token(const text *t, size_t j, size_t *b, size_t *e)
{
    size_t sp = space_before(t, j), k;
    if (!sp) return 0;
    k = j - sp;
    *e = k;
    while (k > 0 && *e - k < 40 &&
           (is_alnum(t->s[k - 1]) || t->s[k - 1] == '.' || t->s[k - 1] == '-'))
        k--;
    *b = k;
    return k < *e;
}

/* Does the word starting at b follow an apostrophe (' or ’), as the s of
 * a possessive does? */
static int after_apostrophe(const text *t, size_t b)
{
    return before(t, b) == '\'' || (before(t, b) == 0x99 && b >= 3 && t->s[b - 2] == 0x80);
}

/* Is the number at j part of a name: "Llama 3", "Section 230", "H800 2"?
 * A capitalised word or a word with digits just before it says so, unless
 * that word is an ordinary opener ("About 200 engineers") or possessive
 * ("Meta's 2 models"). */
static int name_context(const text *t, size_t j)
{
    size_t b, e, k;
    int up = 0, dig = 0;
    if (!prev_token(t, j, &b, &e)) return 0;
    if (after_apostrophe(t, b)) return 0;                   /* possessive */
    for (k = b; k < e; k++) {
        up |= is_upper(t->s[k]);
        dig |= is_digit(t->s[k]);
    }
    if (dig) return 1;
    if (!up) return 0;
    if (t->first_alnum < b) return 1;                       /* (found once per text) */
    return !span_in(t, b, e, OPENERS);                      /* opens the sentence */
}

/* A day of the month: "January 27", "Jan. 20", "27 January". */
static int date_context(const text *t, size_t j, size_t end)
{
    size_t b, e, k;
    if (prev_token(t, j, &b, &e)) {
        if (e > b && t->s[e - 1] == '.') e--;
        if (span_in(t, b, e, MONTHS) && is_upper(t->s[b])) return 1;
    }
    if ((k = spaces(t, end)) != NPOS) {
        e = letters_end(t, k, 10);
        if (e != NPOS && e > k && is_upper(t->s[k]) && span_in(t, k, e, MONTHS)) return 1;
    }
    return 0;
}

/* An age after a name: "Liang, 40, founded", "Liang, now 40, co-founded". */
static int age_context(const text *t, size_t j, size_t end)
{
    size_t b, e, k = j;
    if (at(t, end) != ',') return 0;
    if (prev_token(t, k, &b, &e) && (span_is(t, b, e, "now") || span_is(t, b, e, "aged")))
        k = b;
    if (!space_before(t, k) || before(t, k - space_before(t, k)) != ',') return 0;
    k -= space_before(t, k) + 1;                           /* the comma */
    b = k;
    while (b > 0 && is_alpha(t->s[b - 1]) && k - b < 30) b--;
    return b < k && is_upper(t->s[b]) && !span_in(t, b, k, MONTHS) && !span_in(t, b, k, WEEKDAYS);
}

static int prev_word_in(const text *t, size_t j, const char *const *list)
{
    size_t b, e;
    return prev_token(t, j, &b, &e) && span_in(t, b, e, list);
}

/* " of the <noun>", " of its <noun>", " of the country's <noun>" after an
 * amount ending at j: the counted noun (not "people" or "sources": "two of
 * the people said" names a source, it counts nothing). */
static int of_the_noun(const text *t, size_t j, unit_match *u)
{
    size_t k = spaces(t, j), e;
    if (k == NPOS || (e = match_word(t, k, "of", 1)) == NPOS || (k = spaces(t, e)) == NPOS) return 0;
    if ((e = match_word(t, k, "the", 1)) == NPOS && (e = match_word(t, k, "its", 1)) == NPOS &&
        (e = match_word(t, k, "their", 1)) == NPOS && (e = match_word(t, k, "our", 1)) == NPOS)
        return 0;
    if ((k = spaces(t, e)) == NPOS) return 0;
    /* a possessive: "the province's", "the country’s" */
    e = k;
    while (is_alpha(at(t, e)) && e - k < 20) e++;
    if (e > k && at(t, e) == '\'' && at(t, e + 1) == 's' && !is_alnum(at(t, e + 2))) k = spaces(t, e + 2);
    else if (e > k && at(t, e) == 0xE2 && at(t, e + 1) == 0x80 && at(t, e + 2) == 0x99 && at(t, e + 3) == 's' &&
             !is_alnum(at(t, e + 4)))
        k = spaces(t, e + 4);
    if (k == NPOS) return 0;
    memset(u, 0, sizeof *u);
    if (!count_noun(t, k, 1, u) || u->kind != K_COUNT) return 0;
    return !(streq(u->unit, "people") || streq(u->unit, "sources") || streq(u->unit, "persons"));
}

/* Words before a glued "B"/"T" that make it a model's size. */
static const char *const SIZE_DETERMINERS[] = {
    "the", "a", "an", "its", "their", "his", "her", "this", "that", "new", "open", "smaller", "larger",
    "same", "dense", "distilled", NULL
};

/* Is the amount [i, j) with a glued "B"/"T" the size of a model: a
 * determiner or a possessive before it, "model" or "version" after? */
static int model_size_context(const text *t, size_t i, size_t j)
{
    size_t k = spaces(t, j), b, e;
    if (k == NPOS || !(match_word(t, k, "model", 1) != NPOS || match_word(t, k, "models", 1) != NPOS ||
                       match_word(t, k, "version", 1) != NPOS || match_word(t, k, "variant", 1) != NPOS))
        return 0;
    if (prev_word_in(t, i, SIZE_DETERMINERS)) return 1;
    if (!prev_token(t, i, &b, &e)) return 0;
    /* "DeepSeek's 27B", "DeepSeek’s 27B" */
    return e - b == 1 && lower(at(t, b)) == 's' && after_apostrophe(t, b);
}

/* Does the context allow number x with unit u? letter_scale: 1 for a
 * glued "k"/"M", 2 for a glued "B"/"T" (a model size unless a currency or a
 * big count follows: "7B parameters", not "7B model"). */
static int unit_allowed(const text *t, size_t j, const number *x, const amount *a,
                        const unit_match *u, int letter_scale)
{
    int plain = x->word == W_DIGITS && !x->grouped && !x->fraction;
    int versionlike = x->word == W_DIGITS && !x->grouped;   /* "Llama 3", "Qwen 2.5" */
    int counted = u->kind == K_COUNT || u->kind == K_DURATION;
    int big = (u->flags & N_BIG) != 0;

    if (u->kind == K_NONE) return 0;
    /* "a month" is a duration (and counts only after a qualifier) */
    if (x->word == W_A_UNIT)
        return (u->kind == K_DURATION || (u->flags & N_MEASURE)) && u->modifiers == 0 && !u->hyphen;
    /* "one" needs a unit of measure right after it: "one month", not "one
     * firm", "one person familiar with the matter" or "a one-day loss" */
    if (x->word == W_WORD && x->mant == 1 && !a->scaled && counted &&
        (!(u->flags & N_FIXED) || u->modifiers > 0 || u->hyphen))
        return 0;
    if (u->generic && x->word == W_WORD && x->mant < 2) return 0;
    if (u->generic && u->hyphen && (x->word != W_DIGITS || x->fraction || a->scaled)) return 0;
    /* a singular noun after a number other than 1 must be hyphenated ("a
     * 10-year plan") or attributive ("a 10,000 GPU cluster") */
    if ((u->flags & N_SING) && !u->hyphen && !(scaled(x->mant, x->e10) == 1 && !a->scaled) &&
        !((u->flags & N_FIXED) && u->attributive && !letter_scale))
        return 0;
    if (letter_scale == 2 && !big) return 0;
    if (counted && plain && date_context(t, j, x->end)) return 0;
    if (a->yearish && counted &&
        (u->modifiers > 0 || u->generic || prev_word_in(t, j, YEAR_CUES)))
        return 0;
    if (u->kind == K_COUNT && versionlike && !(letter_scale && big) && name_context(t, j)) return 0;
    return 1;
}

/* Letters glued to the digits at j: a unit ("400GB/s", "10x", "50fold"), a
 * scale ("$6M", "$600bn", "300k"), or a name or ordinal ("4o", "20th",
 * "1990s", "5G"). Returns -1 for a name, 1 when a unit was read into a, 0
 * when a scale was read; *j moves past what was read. */
static int glued_suffix(const text *t, size_t *j, int money, amount *a, int *letter_scale)
{
    const char *sym;
    size_t le = letters_end(t, *j, 8), e;
    int sx;

    if (!money && (e = data_unit(t, *j, &sym)) != NPOS) {
        a->kind = K_DATA;
        set_unit_str(a->unit, sym);
        *j = e;
        return 1;
    }
    if (le == NPOS || is_digit(at(t, le))) return -1;
    if (!money && ((le == *j + 1 && lower(at(t, *j)) == 'x') ||
                   (le == *j + 4 && match_lit(t, *j, "fold", 1) == le))) {
        a->kind = K_MULT;
        set_unit_str(a->unit, "x");
        *j = le;
        return 1;
    }
    if ((sx = scale_suffix(t, *j, le)) < 0) return -1;
    a->scaled = 1;
    a->digits = 0;
    a->scale_e10 = SCALE_SUFFIXES[sx].e10;
    *letter_scale = SCALE_SUFFIXES[sx].letter;
    *j = le;
    return 0;
}

/* Spelled-out scales after the number ending at j: "5.6 million", "two
 * hundred thousand", "671-billion", "a dozen". Returns the new end. */
static size_t spelled_scale(const text *t, size_t j, const number *x, amount *a)
{
    int n, e10, mul;
    size_t k, e;
    for (n = 0; n < 3; n++) {
        int hyphen = at(t, j) == '-';
        k = hyphen ? j + 1 : spaces(t, j);
        if (k == NPOS || (e = scale_word(t, k, hyphen, &e10, &mul)) == NPOS) break;
        if (mul != 1 && x->word == W_DIGITS) break;   /* "dozen" only after words */
        a->scaled = 1;
        a->scale_e10 += e10;
        a->mant *= mul;
        j = e;
    }
    return j;
}

/* An amount at i: [currency | sign] number [scale] [+] [unit]. Returns 0
 * if there is no number here; 1 with a->kind K_NONE for a bare number (it
 * may still join a range). in_range: i follows a range connector, so the
 * "15" in "15-20%" does not make "20" part of a name. */
static int parse_amount(const text *t, size_t i, int in_range, amount *a)
{
    number x;
    unit_match u;
    size_t j = i, e, sign = 0;
    const char *cur = NULL;
    int letter_scale = 0, c, measure = 0;

    memset(a, 0, sizeof *a);
    a->start = i;
    a->qual = -1;

    /* currency or sign, then the number */
    if ((e = currency_prefix(t, i, &cur)) != NPOS) {
        j = e;
    } else if ((at(t, i) == '-' || at(t, i) == '+') && is_digit(at(t, i + 1))) {
        sign = 1;
        a->neg = at(t, i) == '-';
    } else if (at(t, i) == 0xE2 && at(t, i + 1) == 0x88 && at(t, i + 2) == 0x92 &&
               is_digit(at(t, i + 3))) {                      /* − U+2212 */
        sign = 3;
        a->neg = 1;
    }
    j += sign;
    if (is_digit(at(t, j))) {
        if (j == i && !in_range && !digit_start_ok(t, j)) return 0;
        j = parse_digits(t, j, &x);
        /* "10^25 floating-point operations": a power of ten */
        if (x.mant == 10 && x.e10 == 0 && !x.grouped && !x.fraction && at(t, j) == '^' &&
            is_digit(at(t, j + 1))) {
            int p = at(t, j + 1) - '0';
            size_t pe = j + 2;
            if (is_digit(at(t, pe))) p = p * 10 + (at(t, pe++) - '0');
            if (!is_alnum(at(t, pe)) && p <= 99) {
                x.mant = 1; x.e10 = p; x.ndigits = p + 1;
                j = pe;
            }
        }
    } else if (j == i) {
        if ((j = parse_number_word(t, i, &x)) == NPOS) return 0;
    } else {
        return 0;
    }
    a->mant = x.mant;
    a->num_e10 = x.e10;
    a->yearish = !cur && x.word == W_DIGITS && !x.grouped && !x.fraction && x.ndigits == 4 &&
                 x.mant >= 1900 && x.mant <= 2099;
    a->digits = x.word == W_DIGITS;

    /* glued to something that is not a unit: "3.1.2", "01.ai", "9:30", "1/20" */
    c = at(t, j);
    if ((c == '.' || c == ':') && is_alnum(at(t, j + 1))) return 0;
    if (c == '/' && is_digit(at(t, j + 1))) return 0;
    if (is_alpha(c) && glued_suffix(t, &j, cur != NULL, a, &letter_scale) < 0) return 0;

    if (a->kind == K_NONE) {
        if (!a->scaled) j = spelled_scale(t, j, &x, a);
        if (a->scaled) a->yearish = a->digits = 0;
        /* "100+", "1,000-plus" */
        if (at(t, j) == '+' && !is_alnum(at(t, j + 1))) {
            a->qual = DSC_MORE_THAN;
            j++;
        } else if ((e = match_word(t, j, "-plus", 1)) != NPOS) {
            a->qual = DSC_MORE_THAN;
            j = e;
        }
        if (cur) {
            a->kind = K_MONEY;
            set_unit_str(a->unit, cur);
        } else if (parse_unit(t, j, x.word != W_A_UNIT, &u) &&
                   unit_allowed(t, i, &x, a, &u, letter_scale)) {
            a->kind = u.kind;
            set_unit_str(a->unit, u.unit);
            a->unit_e10 = u.e10;
            a->unit_mul = u.mul;
            measure = (u.flags & N_MEASURE) != 0;
            j = u.end;
        }
        /* "the 27B model", "DeepSeek's 1T model": a size in parameters
         * (but "Llama 3.1 405B" is a name, its number no determiner's) */
        if (a->kind == K_NONE && !cur && letter_scale == 2 && model_size_context(t, i, j)) {
            a->kind = K_COUNT;
            set_unit_str(a->unit, "parameters");
        }
        /* "all 13 of the province's prefecture-level cities", "about 100 of
         * the country's biggest state firms": a part of a counted whole */
        if (a->kind == K_NONE && !cur && !letter_scale && !a->yearish && (x.word == W_DIGITS || x.mant >= 2) &&
            of_the_noun(t, j, &u)) {
            a->kind = u.kind;
            set_unit_str(a->unit, u.unit);
        }
        /* "the 28-year-old founder": an age */
        if (a->kind == K_NONE && !cur && x.word == W_DIGITS && !a->scaled && !x.fraction &&
            (e = match_word(t, j, "-year-old", 1)) != NPOS) {
            a->kind = K_DURATION;
            set_unit_str(a->unit, "years");
            j = e;
        }
        if (x.word == W_FEW) a->qual = DSC_MORE_THAN;   /* "a few hundred": a floor */
        a->needs_qual = x.word == W_A_UNIT && !measure;
    }
    if (a->kind == K_NONE && !cur && !letter_scale) {
        if (a->scaled && a->scale_e10 >= 3) {
            a->bare = B_SCALED;
        } else if (x.word == W_DIGITS && (x.fraction || x.grouped) && !a->scaled) {
            a->bare = x.grouped && !x.fraction ? B_GROUPED : B_COMPARED;
        } else if (x.word == W_DIGITS && !x.grouped && !x.fraction && x.mant >= 15 &&
                   x.mant <= 110 && age_context(t, i, j)) {
            a->kind = K_DURATION;                          /* an age */
            set_unit_str(a->unit, "years");
        }
    }
    a->end = j;
    if (a->neg && a->kind != K_PERCENT) {   /* a sign only means something on a percentage */
        a->neg = 0;
        a->start += sign;
    } else if (sign && !a->neg) {
        a->start += sign;                   /* "+5%": the text starts at the digits */
    }
    return 1;
}

/* Reads the amount after a connector ("-", "–", "to", "and" after
 * "between") into b and makes a and b one range: the unit and the scale may
 * be given once ("15-20%", "$5-10 million"). Returns 0 if there is none. */
static int join_range(const text *t, amount *a, const lead *ld, amount *b)
{
    size_t j = a->end, k, e, d = opt_spaces(t, a->end);

    if (at(t, j) == '-') {
        k = j + 1;                                         /* "15-20%" */
    } else if (at(t, d) == 0xE2 && at(t, d + 1) == 0x80 && at(t, d + 2) == 0x93) {
        k = opt_spaces(t, d + 3);                          /* "15–20%", "15 – 20%" */
    } else {
        k = spaces(t, j);
        if ((e = match_word(t, k, "to", 1)) != NPOS && !ld->change)
            k = spaces(t, e);
        else if ((e = match_word(t, k, "and", 1)) != NPOS && ld->between)
            k = spaces(t, e);
        else if ((e = match_word(t, k, "or", 1)) != NPOS && a->kind == K_NONE && !a->scaled && !ld->change)
            k = spaces(t, e);                              /* "three or four labs" */
        else
            return 0;
    }
    if (k == NPOS || !parse_amount(t, k, 1, b) || b->neg || b->qual >= 0) return 0;

    if (a->kind == K_NONE && b->kind == K_NONE && b->bare != B_SCALED &&
        !(a->bare == B_GROUPED && b->bare == B_GROUPED))
        return 0;                                          /* "2024-25"; not "230,000 to 260,000" */
    if (a->kind == K_NONE) {
        a->kind = b->kind;
        a->unit_e10 = b->unit_e10;
        a->unit_mul = b->unit_mul;
        memcpy(a->unit, b->unit, sizeof a->unit);
    } else if (b->kind == K_NONE) {
        /* "$1.2 million to 2 million", "between 15% and 20"; but "fell 3.1%
         * to 19,341.83" is a change to a level */
        if (b->yearish || !(b->scaled || ld->between)) return 0;
        b->kind = a->kind;
        b->unit_e10 = a->unit_e10;
        b->unit_mul = a->unit_mul;
        memcpy(b->unit, a->unit, sizeof b->unit);
    } else if (a->kind != b->kind || !streq(a->unit, b->unit)) {
        return 0;                                          /* "17% to $5 billion" */
    }
    /* "$5-10 million", "1 to 2 billion"; but "500 to 2 million" keeps 500 */
    if (!a->scaled && b->scaled && amount_raw(a) < amount_raw(b)) {
        a->scale_e10 = b->scale_e10;
        a->scaled = 1;
    }
    if (amount_value(b) < amount_value(a)) return 0;      /* "fell 20 to 10" */
    return 1;
}

/* ===================================================================== */
/* Ranks, vague plurals, multiplier words                                 */
/* ===================================================================== */

/* "No. 1", "No.1", "#1", "number one", "top spot". */
static int parse_rank(const text *t, size_t i, amount *a)
{
    size_t k, e;
    number x;
    memset(a, 0, sizeof *a);
    a->start = i;
    a->qual = -1;
    a->kind = K_RANK;
    set_unit_str(a->unit, "rank");
    a->mant = 1;

    if ((e = match_word(t, i, "top", 1)) != NPOS && (k = spaces(t, e)) != NPOS &&
        ((e = match_word(t, k, "spot", 1)) != NPOS || (e = match_word(t, k, "position", 1)) != NPOS ||
         (e = match_word(t, k, "slot", 1)) != NPOS)) {
        a->end = e;
        return 1;
    }
    if ((e = match_word(t, i, "number", 1)) != NPOS && (k = spaces(t, e)) != NPOS &&
        !is_digit(at(t, k))) {
        e = letters_end(t, k, 8);
        if (e == NPOS || e == k || number_word_value(t, k, e) < 1 || number_word_value(t, k, e) > 20)
            return 0;
        a->mant = number_word_value(t, k, e);
        a->end = e;
        return 1;
    }
    if (at(t, i) == '#') {
        k = i + 1;
    } else if ((e = match_lit(t, i, "No.", 1)) != NPOS) {
        k = opt_spaces(t, e);
    } else if ((e = match_word(t, i, "number", 1)) != NPOS) {
        k = spaces(t, e);
    } else {
        return 0;
    }
    if (!is_digit(at(t, k))) return 0;
    e = parse_digits(t, k, &x);
    if (x.grouped || x.fraction || x.ndigits > 4 || is_alnum(at(t, e)) ||
        (at(t, e) == '.' && is_digit(at(t, e + 1))))
        return 0;
    a->mant = x.mant;
    a->end = e;
    return 1;
}

static const struct { const char *w; int e10, mul; } VAGUE[] = {
    {"tens", 1, 1}, {"dozens", 0, 12}, {"hundreds", 2, 1}, {"thousands", 3, 1},
    {"millions", 6, 1}, {"billions", 9, 1}, {"trillions", 12, 1}
};
#define N_VAGUE (sizeof VAGUE / sizeof VAGUE[0])

static size_t vague_word(const text *t, size_t i, int *e10, int *mul)
{
    size_t k, e;
    int c = at(t, i);
    for (k = 0; k < N_VAGUE; k++)
        if (first_may_match(c, VAGUE[k].w, 1) && (e = match_word(t, i, VAGUE[k].w, 1)) != NPOS) {
            *e10 = VAGUE[k].e10;
            *mul = VAGUE[k].mul;
            return e;
        }
    return NPOS;
}

/* "billions of dollars", "hundreds of millions of users", "tens of thousands
 * of GPUs": recorded with their floor and more_than. A bare "billions" or
 * "trillions" in this domain is money ("spent billions on chips"). */
static int parse_vague(const text *t, size_t i, amount *a)
{
    size_t j, k, e;
    int e10, mul, last = 0, n;
    unit_match u;

    memset(a, 0, sizeof *a);
    a->start = i;
    a->qual = DSC_MORE_THAN;
    a->mant = 1;
    if ((j = vague_word(t, i, &e10, &mul)) == NPOS) return 0;
    a->mant *= mul;
    a->scale_e10 = last = e10;
    for (n = 0; n < 2; n++) {   /* "hundreds of millions of" */
        k = spaces(t, match_word(t, spaces(t, j), "of", 1));
        if (k == NPOS || (e = vague_word(t, k, &e10, &mul)) == NPOS || e10 <= last) break;
        a->mant *= mul;
        a->scale_e10 += e10;
        last = e10;
        j = e;
    }
    k = spaces(t, match_word(t, spaces(t, j), "of", 1));
    /* "hundreds of its own engineers", "thousands of their users" */
    if (k != NPOS && ((e = match_word(t, k, "its", 1)) != NPOS || (e = match_word(t, k, "their", 1)) != NPOS ||
                      (e = match_word(t, k, "our", 1)) != NPOS)) {
        size_t o = spaces(t, e), oe;
        k = o != NPOS && (oe = match_word(t, o, "own", 1)) != NPOS ? spaces(t, oe) : o;
    }
    memset(&u, 0, sizeof u);
    if (k != NPOS && (currency_word(t, k, &u) != NPOS || count_noun(t, k, 1, &u))) {
        a->kind = u.kind;
        set_unit_str(a->unit, u.unit);
        a->end = u.end;
        return 1;
    }
    if (last >= 9) {
        a->kind = K_MONEY;
        set_unit_str(a->unit, "USD");
        a->end = j;
        return 1;
    }
    return 0;
}

/* Words after "double", "twice", "half": "double the record", "twice as
 * fast", "half of it". */
static const char *const MULTIPLIER_OBJECTS[] = {
    "as", "the", "that", "what", "its", "their", "his", "her", "our", NULL
};

static const struct { const char *w; int v; } MULTIPLIER_WORDS[] = {
    {"twice", 2}, {"double", 2}, {"triple", 3}, {"quadruple", 4},
    {"doubles", 2}, {"doubled", 2}, {"doubling", 2}, {"triples", 3}, {"tripled", 3},
    {"tripling", 3}, {"quadruples", 4}, {"quadrupled", 4}, {"quadrupling", 4}
};
#define N_MULTIPLIER_WORDS (sizeof MULTIPLIER_WORDS / sizeof MULTIPLIER_WORDS[0])

/* "tenfold", "twofold", "hundredfold"; "twice as", "double the", and "more
 * than double" (needs_qual: the caller checks for the qualifier). */
static int parse_multiplier_word(const text *t, size_t i, amount *a)
{
    size_t e = letters_end(t, i, 16), k, m;
    int v;
    memset(a, 0, sizeof *a);
    a->start = i;
    a->qual = -1;
    a->kind = K_MULT;
    set_unit_str(a->unit, "x");
    if (e == NPOS || e - i < 5 || at(t, e) == '-') return 0;   /* "double-digit" */
    if (e - i > 4 && match_lit(t, e - 4, "fold", 1) == e && (v = number_word_value(t, i, e - 4)) > 1) {
        a->mant = v;
        a->end = e;
        return 1;
    }
    for (m = 0; m < N_MULTIPLIER_WORDS; m++) {
        if (!span_is(t, i, e, MULTIPLIER_WORDS[m].w)) continue;
        a->mant = MULTIPLIER_WORDS[m].v;
        a->end = e;
        k = spaces(t, e);
        e = k == NPOS ? NPOS : letters_end(t, k, 8);
        /* "double the price"; else only "more than double" and the like */
        a->needs_qual = !(e != NPOS && e > k && span_in(t, k, e, MULTIPLIER_OBJECTS));
        return 1;
    }
    return 0;
}

/* Fractions: "more than half", "about a third of", "two-thirds of", "a
 * twentieth as much", "cut by half". A ratio needs a qualifier before it,
 * "by" before it or "of" or "as" after it, and is never "the first half"
 * (of a year). The numerator is "a", "an" or "one" before a singular
 * denominator ("a tenth"), a number word from two to nine before a plural
 * one ("three quarters"), with a space or a hyphen between. */
static const struct { const char *one, *many; int d; } DENOMINATORS[] = {
    {"half", "halves", 2}, {"third", "thirds", 3}, {"quarter", "quarters", 4},
    {"fifth", "fifths", 5}, {"sixth", "sixths", 6}, {"seventh", "sevenths", 7},
    {"eighth", "eighths", 8}, {"ninth", "ninths", 9}, {"tenth", "tenths", 10},
    {"twentieth", "twentieths", 20}, {"hundredth", "hundredths", 100},
    {"thousandth", "thousandths", 1000}
};
#define N_DENOMINATORS (sizeof DENOMINATORS / sizeof DENOMINATORS[0])

static const char *const NOT_BEFORE_FRACTION[] = {
    "the", "first", "second", "latter", "former", "other", "back", "front", NULL
};

/* The denominator word at k for numerator num (singular for 1, plural
 * otherwise): its end, with *d set; NPOS if none. */
static size_t denominator(const text *t, size_t k, int num, int *d)
{
    size_t m, e;
    for (m = 0; m < N_DENOMINATORS; m++) {
        const char *w = num == 1 ? DENOMINATORS[m].one : DENOMINATORS[m].many;
        if (!first_may_match(at(t, k), w, 1)) continue;
        if ((e = match_word(t, k, w, 1)) == NPOS || at(t, e) == '-') continue;
        *d = DENOMINATORS[m].d;
        return e;
    }
    return NPOS;
}

static int parse_fraction(const text *t, size_t i, amount *a)
{
    size_t e, b, pe, k, n;
    int num, d;
    memset(a, 0, sizeof *a);
    a->start = i;
    a->qual = -1;
    a->kind = K_RATIO;
    set_unit_str(a->unit, "ratio");
    if ((e = match_word(t, i, "half", 1)) != NPOS && at(t, e) != '-') {
        if (match_word(t, spaces(t, e), "a", 1) != NPOS || match_word(t, spaces(t, e), "an", 1) != NPOS)
            return 0;                                      /* "half a million": a number */
        num = 1;
        d = 2;
    } else {
        if ((n = letters_end(t, i, 6)) == NPOS || n == i) return 0;
        if (span_is(t, i, n, "a") || span_is(t, i, n, "an")) {
            num = 1;
        } else {
            num = number_word_value(t, i, n);
            if (num < 1 || num > 9) return 0;
        }
        k = at(t, n) == '-' ? n + 1 : spaces(t, n);
        if (k == NPOS || (e = denominator(t, k, num, &d)) == NPOS || d <= num) return 0;
    }
    if (prev_token(t, i, &b, &pe) && span_in(t, b, pe, NOT_BEFORE_FRACTION)) return 0;
    k = spaces(t, e);
    /* "cut rates by a quarter point", "half a percentage point": a size of
     * a point, not a share */
    if (match_word(t, k, "point", 1) != NPOS || match_word(t, k, "points", 1) != NPOS ||
        match_word(t, k, "percentage", 1) != NPOS ||
        match_word(t, spaces(t, match_word(t, spaces(t, match_word(t, k, "of", 1)), "a", 1)),
                   "percentage", 1) != NPOS)
        return 0;
    a->mant = (double)num / d;
    a->end = e;
    a->needs_qual = match_word(t, k, "of", 1) == NPOS && match_word(t, k, "as", 1) == NPOS;
    return 1;
}

/* "one in five", "two in three", "1 in 10": a share, as a ratio. Not "one
 * in five years" (a span of time). */
static int parse_in_ratio(const text *t, size_t i, amount *a)
{
    number x, y;
    size_t e, k;
    double num, den;
    unit_match u;
    memset(a, 0, sizeof *a);
    a->start = i;
    a->qual = -1;
    a->kind = K_RATIO;
    set_unit_str(a->unit, "ratio");
    if (is_digit(at(t, i))) {
        if (!digit_start_ok(t, i) || name_context(t, i)) return 0;   /* "Version 2 in 5 regions" */
        e = parse_digits(t, i, &x);
        if (x.grouped || x.fraction || x.ndigits > 2) return 0;
    } else if ((e = letters_end(t, i, 12)) == NPOS || number_word_value(t, i, e) < 1 ||
               (e = parse_number_word(t, i, &x)) == NPOS || x.word != W_WORD) {
        return 0;                                          /* not "a", "several" */
    }
    if (match_lit(t, e, "-in-", 1) != NPOS)
        k = e + 4;                                         /* "one-in-five" */
    else if ((k = spaces(t, match_word(t, spaces(t, e), "in", 1))) == NPOS)
        return 0;
    if (is_digit(at(t, k))) {
        e = parse_digits(t, k, &y);
        if (y.grouped || y.fraction || y.ndigits > 3) return 0;
    } else if ((e = parse_number_word(t, k, &y)) == NPOS || y.word != W_WORD) {
        return 0;
    }
    if (is_alnum(at(t, e)) || at(t, e) == '-' || (at(t, e) == '.' && is_digit(at(t, e + 1)))) return 0;
    num = scaled(x.mant, x.e10);
    den = scaled(y.mant, y.e10);
    if (num < 1 || den < 2 || num >= den) return 0;
    memset(&u, 0, sizeof u);
    if ((k = spaces(t, e)) != NPOS && known_noun(t, k, &u) && u.kind == K_DURATION) return 0;
    a->mant = num / den;
    a->end = e;
    return 1;
}

/* "a factor of two", "a factor of 2.5": a multiplier. */
static int parse_factor(const text *t, size_t i, amount *a)
{
    number x;
    size_t k, e;
    memset(a, 0, sizeof *a);
    a->start = i;
    a->qual = -1;
    a->kind = K_MULT;
    set_unit_str(a->unit, "x");
    k = match_word(t, spaces(t, match_word(t, i, "a", 1)), "factor", 1);
    if ((k = spaces(t, match_word(t, spaces(t, k), "of", 1))) == NPOS) return 0;
    if (is_digit(at(t, k))) {
        e = parse_digits(t, k, &x);
        if (x.grouped || is_alnum(at(t, e)) || (at(t, e) == '.' && is_digit(at(t, e + 1)))) return 0;
    } else if ((e = parse_number_word(t, k, &x)) == NPOS || x.word != W_WORD) {
        return 0;
    }
    a->mant = scaled(x.mant, x.e10);
    if (a->mant < 1) return 0;
    a->end = e;
    return 1;
}

/* ===================================================================== */
/* The scanner                                                            */
/* ===================================================================== */

typedef struct {
    size_t start, end;
    double value, value_max;
    int qual;
    char unit[32];
} found_q;

/* "USD" -> "USD per 1M tokens". */
static void token_price_unit(char dst[32], const char *code)
{
    size_t n = strlen(code);
    memset(dst, 0, 32);
    if (n > 8) n = 8;
    memcpy(dst, code, n);
    memcpy(dst + n, " per 1M tokens", 15);
}

/* The end of a short parenthesis after j: " (about $0.14)". */
static size_t after_parenthesis(const text *t, size_t j)
{
    size_t k = spaces(t, j), e;
    if (k == NPOS || at(t, k) != '(') return NPOS;
    for (e = k + 1; e < k + 48 && at(t, e) >= 0 && at(t, e) != '(' && at(t, e) != ')'; e++) {}
    return at(t, e) == ')' ? e + 1 : NPOS;
}

/* The end of a short apposition after j: "¥16, or about $2.19, per
 * million tokens" (the position after its closing comma). */
static size_t after_apposition(const text *t, size_t j)
{
    size_t k, e;
    if (at(t, j) != ',' || (k = spaces(t, match_word(t, spaces(t, j + 1), "or", 1))) == NPOS)
        return NPOS;
    for (e = k; e < k + 40 && at(t, e) >= 0 && !strchr(",;()", at(t, e)); e++) {}
    return at(t, e) == ',' ? e + 1 : NPOS;
}

/* Is the money amount ending at e priced per something other than tokens:
 * "$200 a month", "$20 per user", "$5/hour"? */
static int priced_per_period(const text *t, size_t e)
{
    size_t k = spaces(t, e);
    if (at(t, e) == '/' && is_alpha(at(t, e + 1))) return 1;
    return k != NPOS && (match_word(t, k, "a", 1) != NPOS || match_word(t, k, "an", 1) != NPOS ||
                         match_word(t, k, "per", 1) != NPOS || match_word(t, k, "each", 1) != NPOS);
}

/* Is q a small money amount priced per nothing: "$15", not "$1.6 billion",
 * "$200 a month" or "a $20 plan"? */
static int small_money(const text *t, const char *u, size_t e, double value_max)
{
    size_t k = spaces(t, e), w;
    if (!(strlen(u) == 3 && is_upper((unsigned char)u[0]) && is_upper((unsigned char)u[1]) &&
          is_upper((unsigned char)u[2]) && value_max < 1000 && !priced_per_period(t, e)))
        return 0;
    /* a noun right after it: the price of something else ("a $20 plan");
     * but "$15 and $60 respectively" */
    return k == NPOS || !is_lower(at(t, k)) || (w = letters_end(t, k, 16)) == NPOS ||
           is_alnum(at(t, w)) || span_in(t, k, w, STOPWORDS) ||
           (w - k > 4 && t->s[w - 2] == 'l' && t->s[w - 1] == 'y');
}

/* Once a sentence prices tokens, its other small money amounts are token
 * prices too: "$2.19 per million output tokens, against $15 and $60". So
 * are those of the sentence after it, when it gives two or more, as the
 * input and output prices of a rival do: "... $2.19 per million output
 * tokens. OpenAI charges $10 and $40 for o3". (after: the sentence before
 * priced tokens) */
static void share_token_prices(const text *t, dsc_quantity *q, size_t n, int after)
{
    size_t k, priced = 0, small = 0;
    for (k = 0; k < n; k++) {
        if (strstr(q[k].unit, " per 1M tokens")) priced = 1;
        small += small_money(t, q[k].unit, (size_t)q[k].start + q[k].len, q[k].value_max);
    }
    if (!priced && !(after && small >= 2)) return;
    for (k = 0; k < n; k++)
        if (small_money(t, q[k].unit, (size_t)q[k].start + q[k].len, q[k].value_max)) {
            char code[4];
            memcpy(code, q[k].unit, 4);
            token_price_unit(q[k].unit, code);
        }
}

/* Counts of informants are not amounts: "according to two people familiar
 * with the matter", "Two sources at OpenAI said", "per three researchers I
 * spoke to". */
static const char *const INFORMANTS[] = {
    "people", "sources", "officials", "researchers", "analysts", "executives",
    "insiders", "employees", "engineers", "staff", "persons", NULL
};
static const char *const INFORMANT_LEADS[] = {"to", "citing", "per", "told", "cited", NULL};
static const char *const INFORMANT_TAILS[] = {
    "familiar", "involved", "briefed", "close", "knowledgeable", "who", "I", NULL
};

static int informant_count(const text *t, const found_q *q)
{
    const char *const *w;
    size_t b, e, k;
    int known = 0;
    if (streq(q->unit, "sources")) return 1;
    for (w = INFORMANTS; *w; w++) known |= streq(q->unit, *w);
    if (!known || q->value > 10) return 0;
    if (prev_token(t, q->start, &b, &e) && span_in(t, b, e, INFORMANT_LEADS)) return 1;
    k = spaces(t, q->end);
    if (match_word(t, k, "with", 1) != NPOS)                /* "with knowledge of" */
        return match_word(t, spaces(t, k + 4), "knowledge", 1) != NPOS;
    e = k == NPOS ? NPOS : letters_end(t, k, 16);
    return e != NPOS && e > k && span_in(t, k, e, INFORMANT_TAILS);
}

/* What the scan remembers from one quantity to the next. */
typedef struct {
    char unit[32];      /* the unit of the last amount: "62.2 points ... V3's 60.5" */
    char big_unit[32];  /* of the last amount of a thousand or more: "16 million
                           downloads in 18 days, vs. 9 million" */
    char noun[32];      /* the last plural noun counted in millions, as a unit:
                           "the most monthly users in January, at 79 million" */
    char prev_unit[32]; /* big_unit of the sentence before: "500 million people
                           use it. That number stood at 400 million" */
    size_t rating;      /* the end of the last "rating" or "Elo", 0 if none */
    int prev_tokens;    /* the sentence before priced tokens */
    int tokens;         /* this one does */
} scan_state;

/* Is the bare number a a score: "its Codeforces rating rose to roughly
 * 1,930 from about 1,530", "an Elo of 1,350"? Digits shortly after the
 * word and in its clause, not a year and not a small count. */
static int rated(const text *t, const amount *a, const scan_state *st)
{
    size_t k;
    if (!st->rating || a->start <= st->rating || a->start - st->rating > 48 || !a->digits ||
        a->yearish || amount_raw(a) < 100)
        return 0;
    for (k = st->rating; k < a->start; k++)                /* but "1,930" is one number */
        if ((t->s[k] == ',' && !is_digit(at(t, k + 1))) || t->s[k] == ';' || t->s[k] == ':') return 0;
    return 1;
}

/* Plural nouns counted in millions (the N_BIG nouns of NOUNS, which are
 * their own units): a later bare number counts them. */
static const sized_word MASS_NOUNS[] = {
    SW("users"), SW("people"), SW("downloads"), SW("installs"), SW("tokens"),
    SW("parameters"), SW("customers"), SW("subscribers"), SW("developers"), SW("queries"),
    SW("requests"), SW("visits"), SW("visitors"), SW_END
};

/* Notes what a word the scan skips tells the amounts after it: a score
 * ("rating") or a noun counted in millions ("users", "people"). */
/* A word the scan read (may_start()): its first n letters in lowercase
 * (at most 16) and their hash, for word_flags(). */
typedef struct {
    char w[16];
    size_t n;
    uint32_t h;
    unsigned flags;           /* word_flags(), once asked; W_UNKNOWN before */
} word_key;

enum { W_START = 1, W_MASS = 2, W_NUMBER = 4, W_UNKNOWN = 0x100 };
static unsigned word_flags(word_key *k);

/* [i, e) is the word of k, whole. */
static void note_word(const text *t, size_t i, size_t e, word_key *k, scan_state *st)
{
    size_t n = e - i;
    int c = lower(t->s[i]);
    if (n < 3 || n > 16 || is_alnum(at(t, e))) return;
    if ((c == 'r' && (span_is(t, i, e, "rating") || span_is(t, i, e, "ratings"))) ||
        (t->s[i] == 'E' && span_is(t, i, e, "Elo"))) {
        st->rating = e;
        return;
    }
    if (!is_lower(t->s[i + 1]) || (t->s[e - 1] != 's' && t->s[e - 1] != 'e')) return;
    /* one of MASS_NOUNS (case-folded, so the lowercase word is the entry) */
    if (k->n == n && (word_flags(k) & W_MASS)) set_unit(st->noun, k->w, n);
}

/* The unit of a bare number: "2.664 million of those hours" names it after
 * "of"; otherwise the amount before it in the sentence does, if any. A
 * spelled-out scale or a range of thousands ("230,000 to 260,000") counts
 * what was counted in thousands before: in the sentence, a noun earlier in
 * it, or in the sentence before. */
/* " of them", " of whom" after an amount ending at e: a part of what the
 * amount before it counted ("50 researchers, at least a dozen of them from
 * OpenAI"). */
static int of_them(const text *t, size_t e)
{
    size_t k = spaces(t, match_word(t, spaces(t, e), "of", 1));
    return k != NPOS && (match_word(t, k, "them", 1) != NPOS || match_word(t, k, "whom", 1) != NPOS);
}

static void bare_unit(const text *t, const amount *a, int range, const scan_state *st, char unit[32])
{
    unit_match u;
    size_t k = spaces(t, match_word(t, spaces(t, a->end), "of", 1)), e;
    memset(&u, 0, sizeof u);
    if (k != NPOS && (e = letters_end(t, k, 8)) != NPOS && e > k &&
        (span_is(t, k, e, "those") || span_is(t, k, e, "these") || span_is(t, k, e, "the") ||
         span_is(t, k, e, "its") || span_is(t, k, e, "their")) &&
        count_noun(t, spaces(t, e), 1, &u)) {
        memcpy(unit, u.unit, 32);
        return;
    }
    if (rated(t, a, st)) {
        set_unit_str(unit, "points");
    } else if (a->bare == B_SCALED || range) {
        memcpy(unit, st->big_unit[0] ? st->big_unit : st->noun[0] ? st->noun : st->prev_unit, 32);
    } else {
        memcpy(unit, st->unit, 32);
    }
}

/* ===================================================================== */
/* Where a quantity may start                                             */
/* ===================================================================== */

/* Most token starts cannot start a quantity: "the", "said", a comma, a
 * space. quantity_at() learns that only after trying every rank, vague
 * plural, fraction, currency and number-word form against the text, so
 * the scanner first asks may_start(): a cheap test that is true wherever
 * quantity_at() can succeed (and sometimes elsewhere). It must never say no
 * where a parser would say yes; each case names the parsers it stands for,
 * and a new word in their tables needs a place here too. */

/* The first byte of a quantity: */
enum {
    S_NO,             /* cannot start one */
    S_YES,            /* may: a digit, "#1", "$5", "+5%", "-3%" */
    S_LETTER,         /* may, if the word is right: see word_may_start() */
    S_UTF8            /* may, if the character is right: £ ¥ € ₹ ₩ − ￥ */
};

#define Y_(c) [c] = S_YES
#define L_(c) [c] = S_LETTER, [c - 'a' + 'A'] = S_LETTER
static const unsigned char START_CLASS[256] = {
    Y_('0'), Y_('1'), Y_('2'), Y_('3'), Y_('4'), Y_('5'), Y_('6'), Y_('7'), Y_('8'), Y_('9'),
    Y_('#'), Y_('$'), Y_('+'), Y_('-'),
    L_('a'), L_('b'), L_('c'), L_('d'), L_('e'), L_('f'), L_('g'), L_('h'), L_('i'),
    L_('j'), L_('k'), L_('l'), L_('m'), L_('n'), L_('o'), L_('p'), L_('q'), L_('r'),
    L_('s'), L_('t'), L_('u'), L_('v'), L_('w'), L_('x'), L_('y'), L_('z'),
    [0xC2] = S_UTF8, [0xE2] = S_UTF8, [0xEF] = S_UTF8
};
#undef Y_
#undef L_

/* Words (lowercase, grouped by first letter) that may start a quantity:
 *   parse_rank               "top spot", "number one", "No. 1"
 *   parse_vague              VAGUE: "tens" ... "trillions"
 *   parse_multiplier_word    MULTIPLIER_WORDS ("*fold" is tested apart)
 *   parse_fraction           "half", or a numerator: "a", "an", NUMBER_WORDS
 *                            from "one" to "nine"
 *   parse_in_ratio           NUMBER_WORDS below 100 ("one in five")
 *   parse_factor             "a" ("a factor of two")
 *   parse_number_word        "a", "an", "several", "half", NUMBER_WORDS
 *                            below 100
 * Each list ends with SW_END; the lengths make a miss one compare. */
static const sized_word START_A[] = {SW("a"), SW("an"), SW_END};
static const sized_word START_B[] = {SW("billions"), SW_END};
static const sized_word START_D[] = {
    SW("double"), SW("dozens"), SW("doubles"), SW("doubled"), SW("doubling"), SW_END
};
static const sized_word START_E[] = {
    SW("eight"), SW("eighteen"), SW("eighty"), SW("eleven"), SW_END
};
static const sized_word START_F[] = {
    SW("five"), SW("four"), SW("fourteen"), SW("forty"), SW("fifteen"), SW("fifty"), SW_END
};
static const sized_word START_H[] = {SW("half"), SW("hundreds"), SW_END};
static const sized_word START_M[] = {SW("millions"), SW_END};
static const sized_word START_N[] = {
    SW("no"), SW("number"), SW("nine"), SW("nineteen"), SW("ninety"), SW_END
};
static const sized_word START_O[] = {SW("one"), SW_END};
static const sized_word START_Q[] = {
    SW("quadruple"), SW("quadruples"), SW("quadrupled"), SW("quadrupling"), SW_END
};
static const sized_word START_S[] = {
    SW("several"), SW("six"), SW("seven"), SW("sixteen"), SW("seventeen"), SW("sixty"),
    SW("seventy"), SW_END
};
static const sized_word START_T[] = {
    SW("two"), SW("ten"), SW("three"), SW("top"), SW("tens"), SW("twice"), SW("triple"),
    SW("triples"), SW("tripled"), SW("tripling"),
    SW("twelve"), SW("twenty"), SW("thirty"), SW("thirteen"), SW("thousands"),
    SW("trillions"), SW_END
};
static const sized_word START_NONE[] = {SW_END};

/* By first letter, 'a' to 'z'. */
static const sized_word *const START_WORDS[26] = {
    START_A, START_B, START_NONE, START_D, START_E, START_F, START_NONE, START_H,
    START_NONE, START_NONE, START_NONE, START_NONE, START_M, START_N, START_O, START_NONE,
    START_Q, START_NONE, START_S, START_T, START_NONE, START_NONE, START_NONE, START_NONE,
    START_NONE, START_NONE
};

/* The words of START_WORDS (W_START) and MASS_NOUNS (W_MASS) in one open
 * addressing hash (build_tables()): a word that is none of them costs one
 * probe instead of a walk down a list. */
#define WORD_SLOTS 1024u      /* a tenth full: most probes meet an empty slot */
typedef struct {
    unsigned char n, flags;
    char w[16];
    int value;                /* of the first NUMBER_WORDS entry spelled so */
} word_slot;
static uint32_t word_tag[WORD_SLOTS];   /* hash | 1 of the slot's word; 0: empty */
static word_slot word_set[WORD_SLOTS];

static uint32_t word_hash(uint32_t h, int c) { return h * 31u + (uint32_t)c; }

static const word_slot *word_find(const word_key *k)
{
    uint32_t slot = k->h & (WORD_SLOTS - 1), tag = k->h | 1u;
    for (; word_tag[slot]; slot = (slot + 1) & (WORD_SLOTS - 1))
        if (word_tag[slot] == tag && word_set[slot].n == k->n && memcmp(word_set[slot].w, k->w, k->n) == 0)
            return &word_set[slot];
    return NULL;
}

static unsigned word_flags(word_key *k)
{
    const word_slot *w;
    if (k->flags != W_UNKNOWN) return k->flags;
    w = word_find(k);
    k->flags = w ? w->flags : 0;
    return k->flags;
}

/* s[0..n) (1 <= n <= 16), case-folded, as a number word, or -1. */
static int number_word_lookup(const unsigned char *s, size_t n)
{
    word_key k;
    const word_slot *w;
    size_t j;
    k.n = n;
    k.h = 0;
    for (j = 0; j < n; j++) {
        int c = lower(s[j]);
        k.w[j] = (char)c;
        k.h = word_hash(k.h, c);
    }
    w = word_find(&k);
    return w && (w->flags & W_NUMBER) ? w->value : -1;
}

/* Adds w (1 to 16 bytes; lowercased if fold: the lists that the scan
 * compares case-folded) with flag; returns its slot. */
static word_slot *word_put(const char *w, unsigned flag, int fold)
{
    word_key k;
    size_t i;
    uint32_t slot;
    k.n = strlen(w);
    k.h = 0;
    for (i = 0; i < k.n; i++) {
        k.w[i] = (char)(fold ? lower((unsigned char)w[i]) : (unsigned char)w[i]);
        k.h = word_hash(k.h, (unsigned char)k.w[i]);
    }
    slot = k.h & (WORD_SLOTS - 1);
    while (word_tag[slot] && !(word_set[slot].n == k.n && memcmp(word_set[slot].w, k.w, k.n) == 0))
        slot = (slot + 1) & (WORD_SLOTS - 1);
    word_tag[slot] = k.h | 1u;
    word_set[slot].n = (unsigned char)k.n;
    memcpy(word_set[slot].w, k.w, k.n);
    word_set[slot].flags |= (unsigned char)flag;
    return &word_set[slot];
}

static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

static void build_tables(void)
{
    const sized_word *list;
    size_t c, k;
    build_noun_index();
    build_qualifier_index();
    for (c = 0; c < 256; c++) {
        for (k = 0; k < N_CURRENCY_PREFIXES; k++)
            if (first_may_match((int)c, CURRENCY_PREFIXES[k].w, 0)) currency_first[c] = 1;
        for (k = 0; k < N_SCALE_WORDS; k++)
            if (first_may_match((int)c, SCALE_WORDS[k].w, 1)) scale_first[c] = 1;
    }
    /* a list holds the words of its letter: only those could be found */
    for (c = 0; c < 26; c++)
        for (list = START_WORDS[c]; list->w; list++)
            if (list->w[0] == (char)('a' + c) && list->len <= 16) word_put(list->w, W_START, 0);
    for (list = MASS_NOUNS; list->w; list++)
        if (list->len <= 16) word_put(list->w, W_MASS, 1);
    for (c = 0; c < N_NUMBER_WORDS; c++) {
        word_slot *w;
        size_t n = strlen(NUMBER_WORDS[c].w);
        if (n == 0 || n > 16) continue;          /* number_word_value() rules those out */
        w = word_put(NUMBER_WORDS[c].w, 0, 1);
        if (!(w->flags & W_NUMBER)) {              /* the first entry wins, as in the scan */
            w->flags |= W_NUMBER;
            w->value = NUMBER_WORDS[c].v;
        }
    }
}

static void tables_init(void) { pthread_once(&tables_once, build_tables); }

/* May the word at i start a quantity? k holds its n (1 to 16) letters in
 * lowercase, e is its end. */
static int word_may_start(const text *t, size_t i, size_t e, word_key *k)
{
    const char *code, *w = k->w;
    size_t n = k->n;

    /* "tenfold", "hundredfold" (parse_multiplier_word) */
    if (w[n - 1] == 'd' && n >= 5 && memcmp(w + n - 4, "fold", 4) == 0) return 1;
    /* currency_prefix() itself, which matches case, for the shapes of
     * CURRENCY_PREFIXES spelled with capitals: "US$", "HK$", "U.S.$" (the
     * word is "U"), "USD", "RMB" */
    if (is_upper(t->s[i]) && (at(t, e) == '$' || (n == 1 && at(t, e) == '.') || n == 3) &&
        currency_prefix(t, i, &code) != NPOS)
        return 1;
    return (word_flags(k) & W_START) != 0;
}

/* May a quantity start at i (< t->n)? Sets *letters to the end of the
 * letters it read, so that token_end() need not read them again. */
static int may_start(const text *t, size_t i, size_t *letters, word_key *k)
{
    size_t n;
    uint32_t h = 0;
    switch (START_CLASS[t->s[i]]) {
    case S_YES:
        return 1;
    case S_UTF8:   /* £ ¥ (C2 A3, C2 A5), € ₹ ₩ (E2 82 ..), − (E2 88 92), ￥ (EF BF A5) */
        switch (t->s[i]) {
        case 0xC2: return at(t, i + 1) == 0xA3 || at(t, i + 1) == 0xA5;
        case 0xE2: return at(t, i + 1) == 0x82 || at(t, i + 1) == 0x88;
        default: return at(t, i + 1) == 0xBF;
        }
    case S_LETTER:
        /* every parser reads a word of at most 16 letters here */
        for (n = 0; i + n < t->n && is_alpha(t->s[i + n]); n++) {
            int c;
            if (n == sizeof k->w) {
                *letters = i + n;
                k->n = 0;          /* not a whole word */
                return 0;
            }
            c = lower(t->s[i + n]);
            k->w[n] = (char)c;
            h = word_hash(h, c);
        }
        *letters = i + n;
        k->n = n;
        k->h = h;
        k->flags = W_UNKNOWN;
        return word_may_start(t, i, i + n, k);
    default:
        return 0;
    }
}

/* The quantity starting at i, if any. */
static int quantity_at(const text *t, size_t i, const scan_state *st, found_q *q)
{
    amount a, b;
    lead ld;
    int word_amount, range, post;
    size_t e;
    double per;

    if (parse_rank(t, i, &a) || parse_vague(t, i, &a)) {
        q->start = a.start;
        q->end = a.end;
        q->value = q->value_max = amount_value(&a);
        q->qual = a.qual >= 0 ? a.qual : DSC_EXACT;
        memcpy(q->unit, a.unit, sizeof q->unit);
        return 1;
    }
    word_amount = parse_multiplier_word(t, i, &a) || parse_fraction(t, i, &a) ||
                  parse_in_ratio(t, i, &a) || parse_factor(t, i, &a);
    if (!word_amount && !parse_amount(t, i, 0, &a)) return 0;
    look_behind(t, a.start, &ld);

    /* "$200 a month"; but "cut by half", "took a month" */
    /* "a day later", "a year after the rules took effect": a span between
     * two events counts; "a year earlier", "a year ago" only date a figure */
    if (a.needs_qual && ld.qual < 0 && !(a.kind == K_RATIO && ld.by) &&
        !(a.kind == K_DURATION && spans_time(&ld) && !time_reference(t, a.end) &&
          !streq(a.unit, "seconds")) &&              /* "for a second time" */
        !(a.kind == K_DURATION && span_between(t, a.end)))
        return 0;
    range = !word_amount && join_range(t, &a, &ld, &b);
    if (!range) {
        /* a bare number: "Llama 3.1", "in 2024"; unless it borrows a unit */
        if (a.kind == K_NONE &&
            !(a.bare == B_SCALED || rated(t, &a, st) ||
              ((a.bare == B_COMPARED || a.bare == B_GROUPED) && ld.compare && st->unit[0]) ||
              (st->unit[0] && amount_value(&a) > 1 && of_them(t, a.end))))   /* not "every one of them" */
            return 0;
        b = a;
    }
    q->start = a.start;
    q->end = b.end;
    if (a.kind == K_NONE) {
        b.start = a.start;
        bare_unit(t, &b, range, st, a.unit);
    }
    memcpy(q->unit, a.unit, sizeof q->unit);
    if (a.kind == K_MONEY && (e = per_tokens(t, b.end, &per)) != NPOS) {
        a.per = b.per = per;
        q->end = e;
        token_price_unit(q->unit, a.unit);
    } else if (a.kind == K_MONEY &&
               (((e = after_parenthesis(t, b.end)) != NPOS && per_tokens(t, e, &per) != NPOS) ||
                ((e = after_apposition(t, b.end)) != NPOS && per_tokens(t, e, &per) != NPOS) ||
                (at(t, b.end) == ',' && per_tokens(t, b.end + 1, &per) != NPOS))) {
        /* "1 yuan (about $0.14) per million tokens", "¥16, or about $2.19,
         * per million tokens": the text stays "1 yuan", "¥16", "$2.19" */
        a.per = b.per = per;
        token_price_unit(q->unit, a.unit);
    }
    q->value = amount_value(&a);
    q->value_max = amount_value(&b);
    if (range) {
        q->qual = DSC_RANGE;
    } else {
        post = look_after(t, q->end);
        if (ld.spread && a.kind == K_DURATION) ld.qual = -1;
        q->qual = ld.qual >= 0 ? ld.qual : a.qual >= 0 ? a.qual : post >= 0 ? post : DSC_EXACT;
    }
    return 1;
}

/* End of the token at i, for skipping: a whole number ("2,048.5") or a
 * whole word, so a failed token is never retried from its middle. [i,
 * letters) are known to be letters (may_start() read them). */
static size_t token_end(const text *t, size_t i, size_t letters)
{
    size_t e = i;
    if (is_digit(at(t, e))) {
        while (is_alnum(at(t, e)) ||
               ((at(t, e) == ',' || at(t, e) == '.') && is_digit(at(t, e + 1))))
            e++;
        return e;
    }
    for (e = letters; is_alnum(at(t, e)); e++) {}
    return e > i ? e : i + 1;
}

size_t dsc_quantities_find_ctx(const char *s, size_t n, const dsc_quantity_context *prev,
                               dsc_quantity_context *next, dsc_quantity *out, size_t cap)
{
    text t;
    size_t i = 0, count = 0, small = 0;
    found_q q;
    scan_state st;
    int unitless = 0;

    tables_init();   /* every parser below may read the tables */
    t.s = (const unsigned char *)s;
    t.n = s ? n : 0;
    for (t.first_alnum = 0; t.first_alnum < t.n && !is_alnum(t.s[t.first_alnum]); t.first_alnum++) {}
    memset(&st, 0, sizeof st);
    if (prev) {
        memcpy(st.prev_unit, prev->unit, sizeof st.prev_unit);
        st.prev_unit[sizeof st.prev_unit - 1] = '\0';
        st.prev_tokens = prev->token_prices != 0;
    }
    while (i < t.n) {
        size_t letters = i;
        word_key key;
        if (!is_alnum(before(&t, i)) && may_start(&t, i, &letters, &key) && quantity_at(&t, i, &st, &q)) {
            i = q.end > i ? q.end : i + 1;
            if (informant_count(&t, &q)) continue;
            if (strstr(q.unit, " per 1M tokens")) st.tokens = 1;
            unitless |= q.unit[0] == '\0';
            small += small_money(&t, q.unit, q.end, q.value_max);
            /* a rank, a ratio or a multiplier relates amounts: "nearly
             * double the 12,000" compares with the amount before it */
            if (!streq(q.unit, "rank") && !streq(q.unit, "ratio") && !streq(q.unit, "x")) {
                memcpy(st.unit, q.unit, sizeof st.unit);
                if (q.value_max >= 1000) memcpy(st.big_unit, q.unit, sizeof st.big_unit);
            }
            if (count < cap && out) {
                dsc_quantity *o = &out[count];
                o->start = (uint32_t)q.start;
                o->len = (uint32_t)(q.end - q.start);
                o->value = q.value;
                o->value_max = q.value_max;
                o->qualifier = (dsc_qualifier)q.qual;
                memcpy(o->unit, q.unit, sizeof o->unit);
                o->unit[sizeof o->unit - 1] = '\0';
            }
            count++;
            continue;
        }
        if (letters > i) note_word(&t, i, letters, &key, &st);
        i = token_end(&t, i, letters);
    }
    if (out) share_token_prices(&t, out, count < cap ? count : cap, st.prev_tokens);
    if (next) {
        memcpy(next->unit, st.big_unit, sizeof next->unit);
        next->token_prices = (unsigned char)st.tokens;
        next->open = (unsigned char)(unitless || (small >= 2 && !st.tokens));
    }
    return count;
}

size_t dsc_quantities_find(const char *s, size_t n, dsc_quantity *out, size_t cap)
{
    return dsc_quantities_find_ctx(s, n, NULL, NULL, out, cap);
}
