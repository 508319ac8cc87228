/*
 * quantity.c: the numeric amounts of one sentence of clean text.
 *
 * dsc_quantities_find() walks the sentence once, left to right. At each token
 * start it tries, in order:
 *
 *   a rank            "No. 1", "#1", "number one", "top spot", "ranks third",
 *                     "second-largest"; "the eighth straight quarter"
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
 * No allocation and no mutable static data: the units, scales, number
 * words and qualifiers are data (data/units/, compiled with their indexes
 * and a hash of the words that matter to the scan by tools/unitgen.c; see
 * quantity_units.h), and the little the scan remembers between quantities
 * lives on the caller's stack. What a number counts (currencies, nouns,
 * time units, symbols) is read in quantity_units.c.
 */
#include "quantity_scan.h"
#include "internal.h"
#include "lexicon_hash.h"

#include <float.h>

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

/* The glued scale suffix spanning exactly [j, e) ("$6M", "$600bn", "300k",
 * "$1tn"; case matters: "B" and "T" are model sizes unless a currency or a
 * unit noun says otherwise, see unit_allowed), or NULL. */
static const qu_form *scale_suffix(const text *t, size_t j, size_t e)
{
    const qu_form *f;
    for (f = qu_scale_glued; f->form; f++)
        if (at(t, j) == (unsigned char)f->form[0] && f->len == e - j && memcmp(t->s + j, f->form, e - j) == 0)
            return f;
    return NULL;
}

/* How a glued scale reads: 1 for a letter ("300k", "$6M"), 2 for a model's
 * size ("7B"), 0 for an abbreviation ("$600bn"). */
static int suffix_letter(const qu_form *f)
{
    return f->flags & QF_SIZE ? 2 : f->flags & QF_LETTER ? 1 : 0;
}

/* A spelled-out scale at i (after a separator already skipped; hyphen: a
 * hyphen, "671-billion-parameter"): its end, or NPOS. */
static size_t scale_word(const text *t, size_t i, int hyphen, int *e10, int *mul)
{
    const qu_form *f, *end;
    size_t e;
    int c = at(t, i);
    if (c < 0 || !qu_scale_first[c]) return NPOS;
    for (f = bucket(qu_scale_words, qu_scale_words_from, c, &end); f < end; f++) {
        if ((hyphen && !(f->flags & QF_HYPHEN)) || !next_may_match(t, i, f->form, 1)) continue;
        e = match_word(t, i, f->form, 1);
        if (e != NPOS) {
            *e10 = f->e10;
            *mul = f->value;
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

static const qu_word *word_lookup(const unsigned char *s, size_t n);
static int number_word_lookup(const unsigned char *s, size_t n);

/* The value of the number word [i, e), or -1: one probe of the word hash
 * (quantity_units.h) instead of span_is() down qu_numbers. */
int qty_number_word_value(const text *t, size_t i, size_t e)
{
    const qu_form *f;
    if (e <= i || e - i > 16) return -1;          /* no number word is empty or that long */
    if (e <= t->n) return number_word_lookup(t->s + i, e - i);
    for (f = qu_numbers; f->form; f++)
        if (span_is(t, i, e, f->form)) return f->value;
    return -1;
}

int qty_duration_follows(const text *t, size_t i);

/* "two", "twenty-five", "Ten"; "a" or "half a" before a scale word ("a
 * million users", "a dozen engineers", "half a million"); "a" or "an"
 * before a duration ("within an hour"); "a few" or "several" before a scale
 * ("a few hundred people"). "hundred" and "thousand" alone are scale words,
 * not numbers. */
static size_t parse_number_word(const text *t, size_t i, number *x)
{
    size_t e = letters_end(t, i, 12), k, e2;
    const qu_word *w;
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
        if (qty_duration_follows(t, e)) {
            x->word = W_A_UNIT;
            return e;
        }
        return NPOS;
    }
    w = e - i <= 16 ? word_lookup(t->s + i, e - i) : NULL;   /* one probe for "several" and the value */
    if (w && (w->flags & QW_FEW) && scale_word_follows(t, e)) {
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
    v = w && (w->flags & QW_NUMBER) ? w->value : -1;
    if (v < 1 || v >= 100) return NPOS;
    /* "twenty-five", "twenty five" */
    if (v >= 20 && v % 10 == 0) {
        k = at(t, e) == '-' ? e + 1 : spaces(t, e);
        if (k != NPOS && (e2 = letters_end(t, k, 12)) != NPOS && e2 > k &&
            (u = qty_number_word_value(t, k, e2)) >= 1 && u <= 9) {
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
/* Letters, 8 at a time                                                   */
/* ===================================================================== */

/* 0x80 in each byte of x that is an ASCII letter (is_alpha), 0 elsewhere. */
static uint64_t alpha_bytes(uint64_t x)
{
    uint64_t low = x & DSC_ONES * 127;
    return (((DSC_ONES * (127 + 'Z' + 1) - low) & (low + DSC_ONES * (127 - ('A' - 1)))) |
            ((DSC_ONES * (127 + 'z' + 1) - low) & (low + DSC_ONES * (127 - ('a' - 1))))) & ~x & DSC_HIGH_BYTES;
}

/* The number of bytes of x above its highest byte marked 0x80 (x !=
 * 0, x & ~DSC_HIGH_BYTES == 0). */
static inline unsigned bytes_above(uint64_t x)
{
#if defined(__GNUC__) || defined(__clang__)
    return (unsigned)__builtin_clzll(x) >> 3;
#else
    unsigned k = 0;
    while (!(x & (UINT64_C(0x80) << 56))) { x <<= 8; k++; }
    return k;
#endif
}

/* The number of letters just before k, counted up to 19. */
static size_t letters_before(const text *t, size_t k)
{
    size_t n = 0;
    while (n < 19 && k - n >= 8) {
        uint64_t other = ~alpha_bytes(dsc_load_le64(t->s + k - n - 8)) & DSC_HIGH_BYTES;
        if (other) { n += bytes_above(other); return n < 19 ? n : 19; }
        n += 8;
    }
    while (n < 19 && k - n > 0 && is_alpha(t->s[k - n - 1])) n++;
    return n < 19 ? n : 19;
}

/* The m (1 to 8) letters at i, lowercase, as a chunk padded with zeros
 * (a letter's 0x20 bit is its lowercase). */
static inline uint64_t letters_chunk(const text *t, size_t i, size_t m)
{
    uint64_t keep = m < 8 ? (UINT64_C(1) << (8 * m)) - 1 : ~UINT64_C(0), x = 0;
    size_t j;
    if (i + 8 <= t->n) x = dsc_load_le64(t->s + i) & keep;
    else for (j = 0; j < m; j++) x |= (uint64_t)t->s[i + j] << (8 * j);
    return x | (DSC_ONES * 0x20 & keep);
}

/* Writes the 8 bytes of chunk x at d, the low byte first. */
static void put_chunk(char *d, uint64_t x)
{
    int j;
    for (j = 0; j < 8; j++) d[j] = (char)(x >> (8 * j));
}

/* ===================================================================== */
/* Qualifiers                                                             */
/* ===================================================================== */

typedef struct {
    int qual;        /* a dsc_qualifier, or -1 */
    int between;     /* "between 10 and 20" */
    int change;      /* "from 10 to 20" (a change, not a range) */
    int spread;      /* "over" that means "across": "$500 billion over four years" */
    int compare;     /* "against 85.5", "V3's 60.5": compared with an earlier amount */
    int by;          /* "cut by half", "by two-thirds" */
    int after_or;    /* "or" just before: "up to EUR 15 million or 3%" */
    int level;       /* an earlier level: "up from 302", "compared with 80" */
    dsc_lx_cls cls;  /* the lexicon's classes of the word just before */
} lead;

/* The longest qualifier phrase, in words ("in the region of"). */
#define QUAL_WORDS 4

/* A word read before an amount: lowercase, with its lexicon number and
 * classes, looked up when first asked (most amounts ask of one word). */
typedef struct {
    char s[24];      /* the letters, then zeros up to the next 8 bytes */
    size_t n;
    int looked;
    uint32_t id;     /* LXW_*, 0 if the lexicon does not list it */
    dsc_lx_cls cls;
} back_word;

static const back_word *look_up(back_word *w)
{
    if (!w->looked) {
        w->id = dsc_lex_find_in(NULL, w->s, w->n, sizeof w->s);   /* s is readable past the word */
        w->cls = dsc_lex_entry(NULL, w->id)->cls;
        w->looked = 1;
    }
    return w;
}

static uint32_t back_id(back_word *w) { return look_up(w)->id; }
static int back_has(back_word *w, unsigned cls) { return dsc_lx_has(look_up(w)->cls, cls); }

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

/* The qualifier a symbol just before k gives: "~$6M", "< 5%", "≈ 10x";
 * -1 if none. */
static int symbol_qualifier(const text *t, size_t k)
{
    size_t sp = space_before(t, k);
    int c = before(t, k - sp);
    if (c == '~') return DSC_ABOUT;
    if (c == '<') return DSC_LESS_THAN;
    if (c == '>') return DSC_MORE_THAN;
    if (k - sp >= 3 && t->s[k - sp - 3] == 0xE2 && t->s[k - sp - 2] == 0x89) {
        c = t->s[k - sp - 1];
        if (c == 0x88) return DSC_ABOUT;
        if (c == 0xA4) return DSC_LESS_THAN;
        if (c == 0xA5) return DSC_MORE_THAN;
    }
    return -1;
}

/* The words before an amount, read when first asked: most amounts are
 * judged by the nearest one or two. */
typedef struct {
    back_word w[QUAL_WORDS];
    int nw;          /* read so far */
    int ended;       /* no more to read */
    size_t k;        /* where the farthest word read starts */
} back_words;

/* Reads the words before the amount until bw holds want of them or there
 * are no more (bounded: at most 19 letters each, across gaps of spaces and
 * quotation marks, up to QUAL_WORDS), nearest first; their number. */
static int words_before(const text *t, back_words *bw, int want)
{
    back_word *w = bw->w;
    size_t k = bw->k, sp, b, q;
    int nw = bw->nw;
    /* a fourth word only before "X Y of" ("in the region of") */
    while (!bw->ended && nw < want &&
           (nw < 3 || (nw < QUAL_WORDS && w[0].n == 2 && memcmp(w[0].s, "of", 2) == 0))) {
        if ((sp = gap_before(t, k)) == 0) { bw->ended = 1; break; }
        k -= sp;
        if (before(t, k) == '.' && is_alpha(before(t, k - 1))) k--;   /* "approx.", "vs." */
        b = k - letters_before(t, k);
        if (b == k || is_alnum(before(t, b))) { bw->ended = 1; break; }
        for (q = 0; q < k - b; q += 8) put_chunk(w[nw].s + q, letters_chunk(t, b + q, k - b - q < 8 ? k - b - q : 8));
        w[nw].s[k - b] = '\0';
        w[nw].n = k - b;
        w[nw].looked = 0;
        nw++;
        k = b;
    }
    bw->k = k;
    return bw->nw = nw;
}

/* Is w the lexicon's word id, whose spelling has n letters? The length
 * first: most words are not, and need not be looked up. */
static int back_is(back_word *w, size_t n, uint32_t id) { return w->n == n && back_id(w) == id; }

/* Do the words at m and m + 1 give an earlier level of the amount before:
 * "compared with", "up from", "down from"? */
static int earlier_level(back_word *w, int nw, int m)
{
    return nw > m + 1 && (back_is(&w[m + 1], 8, LXW_COMPARED) ||
                          (back_is(&w[m], 4, LXW_FROM) &&
                           (back_id(&w[m + 1]) == LXW_UP || back_id(&w[m + 1]) == LXW_DOWN)));
}

/* Does the word at m and those before it compare the amount with the one
 * before: "against", "vs." (compare-cue), "compared with", "up from"? */
static int compares(back_word *w, int nw, int m)
{
    return back_has(&w[m], LX_COMPARE_CUE) || earlier_level(w, nw, m);
}

/* What the words before an amount say besides a qualifier: "between",
 * "by", a comparison ("nearly double the 12,000"), a change ("from 10 to
 * 20", but "ranging from" is a range). */
static void lead_words(const text *t, back_words *bw, lead *ld)
{
    back_word *w = bw->w;
    int m, nw = bw->nw;   /* two, or one if there are no more */
    uint32_t first = back_id(&w[0]);
    ld->between = first == LXW_BETWEEN;
    ld->by = first == LXW_BY;
    ld->after_or = first == LXW_OR;
    ld->cls = w[0].cls;
    ld->level = earlier_level(w, nw, 0);
    if (ld->level || back_has(&w[0], LX_COMPARE_CUE)) ld->compare = 1;
    if (nw > 1 && first == LXW_THE && back_has(&w[1], LX_MULTIPLIER_CUE)) ld->compare = 1;
    if (first == LXW_FROM) {
        ld->change = 1;
        nw = words_before(t, bw, QUAL_WORDS);
        for (m = 1; m < nw; m++)
            if (back_has(&w[m], LX_RANGE_LEAD)) ld->change = 0;
    }
}

/* The nw words before an amount as one phrase, farthest first ("in the
 * region of"): the phrase of the m nearest words is its tail from
 * from[m], so the phrases are written once, not once a length. */
typedef struct {
    char s[QUAL_WORDS * 20];
    size_t from[QUAL_WORDS + 1];
    size_t len;                 /* strlen(s) */
} back_phrase;

static void write_phrase(const back_word *w, int nw, back_phrase *ph)
{
    size_t len = 0;
    int q;
    for (q = nw; q-- > 0;) {
        if (len) ph->s[len++] = ' ';
        ph->from[q + 1] = len;
        memcpy(ph->s + len, w[q].s, w[q].n);
        len += w[q].n;
    }
    ph->s[len] = '\0';
    ph->len = len;
}

/* The qualifier of the phrase of the m words before an amount (data/units/
 * qualifiers.tsv), or -1. The lengths are compared first: most forms of
 * the phrase's first letter are not as long as it, and are passed over
 * without reading their bytes. */
static int phrase_qualifier(const back_phrase *ph, int m)
{
    const char *phrase = ph->s + ph->from[m];
    size_t y, n = ph->len - ph->from[m], first = (size_t)(phrase[0] - 'a');   /* a lowercase letter: the qualifiers starting with it */
    for (y = qu_qualifiers_from[first]; y < qu_qualifiers_from[first + 1]; y++)
        if (qu_qualifiers[y].len == n && memcmp(phrase, qu_qualifiers[y].form, n) == 0)
            return (int)qu_qualifiers[y].value;
    return -1;
}

static int qualifier_may_end(const back_word *w);

/* Reads up to QUAL_WORDS words before p (bounded) and matches the qualifier
 * phrases against them, longest first. */
static void look_behind(const text *t, size_t p, lead *ld)
{
    back_words bw;
    back_word *w = bw.w;
    back_phrase ph;
    int nw, m;
    size_t sp;

    memset(ld, 0, sizeof *ld);
    if ((ld->qual = symbol_qualifier(t, p)) >= 0) return;

    /* "DeepSeek-V3's 60.5": a possessive before a bare number compares it */
    sp = space_before(t, p);
    if (sp && before(t, p - sp) == 's' && (before(t, p - sp - 1) == '\'' || before(t, p - sp - 1) == 0x99))
        ld->compare = 1;

    bw.nw = bw.ended = 0;
    bw.k = p;
    if (words_before(t, &bw, 2) == 0) return;
    lead_words(t, &bw, ld);
    /* "within the past five years", "within the next two months" */
    if (back_has(&w[0], LX_PERIOD_EDGE) && words_before(t, &bw, 3) >= 3 && back_is(&w[2], 6, LXW_WITHIN) &&
        back_id(&w[1]) == LXW_THE) {
        ld->qual = DSC_LESS_THAN;
        return;
    }
    /* every qualifier phrase ends in the word nearest the amount: most
     * words end none ("the", "of"), and no phrase need be written */
    if (!qualifier_may_end(&w[0])) return;
    nw = words_before(t, &bw, QUAL_WORDS);
    write_phrase(w, nw, &ph);
    for (m = nw; m >= 1; m--) {
        if ((ld->qual = phrase_qualifier(&ph, m)) < 0) continue;
        /* "compared with about 147,000", "up from around 1,000": the cue
         * stands before the qualifier */
        if (nw > m && compares(w, nw, m)) ld->compare = 1;
        /* "over" before a duration means "more than" after "took",
         * "lasted", "for" (over-means-more: "took over two months"); else it
         * spreads an amount across the period ("$500 billion over four
         * years") */
        if (m == 1 && back_id(&w[0]) == LXW_OVER) ld->spread = !(nw > 1 && back_has(&w[1], LX_OVER_MEANS_MORE));
        return;
    }
}

/* Is the word before a verb of spending time ("took a month", "for a
 * year"; span-lead)? */
static int spans_time(const lead *ld) { return dsc_lx_has(ld->cls, LX_SPAN_LEAD); }

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
    unit_val unit;
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
    B_GROUPED,        /* the same with thousands separators: "the 12,000"; and
                         a range of them: "230,000 to 260,000" */
    B_SIZE,           /* a glued "B" or "T" without a noun: parameters after
                         a model's size ("671B total params, 37B active") */
    B_WORD            /* a number word of two or more: "down from more than
                         twenty" (after "eight points") */
};

static double amount_value(const amount *a)
{
    double v = scaled(a->mant, a->num_e10 + a->scale_e10 + a->unit_e10);
    if (a->unit_mul > 1) v *= a->unit_mul;
    if (a->per > 0) v = v * (1e6 / a->per);
    if (v > DBL_MAX) v = DBL_MAX;                         /* "$9...9 per token" */
    return a->neg ? -v : v;
}

/* a, empty, for an amount of parse class kind (K_*) and unit (QU_*, 0
 * none) at i. The word parsers call it once their first test passed:
 * most words fail it, and need not clear an amount. */
static void amount_init(amount *a, size_t i, int kind, unsigned unit)
{
    memset(a, 0, sizeof *a);
    a->start = i;
    a->qual = -1;
    a->kind = kind;
    if (unit) qty_unit_of(&a->unit, unit);
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
    return !span_has(t, b, e, LX_NUMBER_OPENER);            /* opens the sentence */
}

/* A day of the month: "January 27", "Jan. 20", "27 January". */
static int date_context(const text *t, size_t j, size_t end)
{
    size_t b, e, k;
    if (prev_token(t, j, &b, &e)) {
        if (e > b && t->s[e - 1] == '.') e--;
        if (span_has(t, b, e, LX_MONTH) && is_upper(t->s[b])) return 1;
    }
    if ((k = spaces(t, end)) != NPOS) {
        e = letters_end(t, k, 10);
        if (e != NPOS && e > k && is_upper(t->s[k]) && span_has(t, k, e, LX_MONTH)) return 1;
    }
    return 0;
}

/* An age after a name: "Liang, 40, founded", "Liang, now 40, co-founded". */
static int age_context(const text *t, size_t j, size_t end)
{
    size_t b, e, k = j;
    dsc_lx_cls cls;
    if (at(t, end) != ',') return 0;
    if (prev_token(t, k, &b, &e) && (span_is(t, b, e, "now") || span_is(t, b, e, "aged")))
        k = b;
    if (!space_before(t, k) || before(t, k - space_before(t, k)) != ',') return 0;
    k -= space_before(t, k) + 1;                           /* the comma */
    b = k;
    while (b > 0 && is_alpha(t->s[b - 1]) && k - b < 30) b--;
    cls = span_classes(t, b, k);
    return b < k && is_upper(t->s[b]) && !dsc_lx_has(cls, LX_MONTH) && !dsc_lx_has(cls, LX_WEEKDAY);
}

/* Is the token before j a word of class cls? */
static int prev_word_has(const text *t, size_t j, unsigned cls)
{
    size_t b, e;
    return prev_token(t, j, &b, &e) && span_has(t, b, e, cls);
}

/* The size of the whole a part is of, after "of the" at k: "top" and a
 * number ("nine of the top 10 open-weight models", "three of the five
 * labs", "40 of the top firms"), skipped; where the noun starts (k if
 * neither), NPOS if the number is part of a word ("the 5-nanometre"). */
static size_t whole_count(const text *t, size_t k)
{
    size_t e = match_word(t, k, "top", 1), n;
    if (e != NPOS && (k = spaces(t, e)) == NPOS) return NPOS;
    if (is_digit(at(t, k))) {
        for (n = k; is_digit(at(t, n)) || (at(t, n) == ',' && is_digit(at(t, n + 1))); n++) {}
    } else if ((n = letters_end(t, k, 12)) == NPOS || n == k || qty_number_word_value(t, k, n) < 2) {
        return k;                                          /* no number: "the top firms" */
    }
    return is_alnum(at(t, n)) || at(t, n) == '-' ? NPOS : spaces(t, n);
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
    if (k == NPOS || (k = whole_count(t, k)) == NPOS) return 0;
    memset(u, 0, sizeof *u);
    if (!qty_count_noun(t, k, 1, u) || u->kind != K_COUNT) return 0;
    return !unit_has(u->unit.name, LX_COUNTED_SOURCE);
}

/* Is the token at k a model size: digits (a decimal point allowed) and a
 * glued "B" or "T" ("7B", "1.5B")? Its end, or NPOS. */
static size_t size_token(const text *t, size_t k)
{
    size_t e = k;
    while (is_digit(at(t, e)) || (at(t, e) == '.' && is_digit(at(t, e + 1)) && e > k)) e++;
    if (e == k || (at(t, e) != 'B' && at(t, e) != 'T') || is_alnum(at(t, e + 1))) return NPOS;
    return e + 1;
}

/* After a model size ending at j, the noun that makes it one: other sizes
 * of a list ("the 7B and 70B models", "1.5B, 7B and 32B variants"), then
 * up to two modifiers ("a 671B MoE model", "its 32B reasoning model"),
 * then a model-noun. */
static int model_noun_after(const text *t, size_t j)
{
    size_t k = j, e;
    int n;
    for (n = 0; n < 4; n++) {                  /* ", 7B", " and 70B", ", and 32B" */
        size_t c = at(t, k) == ',' ? k + 1 : k, w = spaces(t, c);
        if (w != NPOS && ((e = match_word(t, w, "and", 1)) != NPOS || (e = match_word(t, w, "or", 1)) != NPOS))
            w = spaces(t, e);
        if (w == NPOS || (e = size_token(t, w)) == NPOS) break;
        k = e;
    }
    for (n = 0; n < 3; n++) {
        if ((k = spaces(t, k)) == NPOS) return 0;
        if (class_word(t, k, LX_MODEL_NOUN) != NPOS) return 1;
        if (n == 2) return 0;
        for (e = k; is_alnum(at(t, e)) || (at(t, e) == '-' && is_alnum(at(t, e + 1))); e++) {}
        if (e == k || e - k > 24 || span_has(t, k, e, LX_QUANTITY_STOP)) return 0;
        k = e;
    }
    return 0;
}

/* Is the amount [i, j) with a glued "B"/"T" the size of a model: a
 * model-noun after it (model_noun_after) with a determiner or a possessive
 * before it (size-determiner: "the", "its", "distilled"; "DeepSeek's
 * 27B"), or a model-noun and a preposition just before it ("checkpoints at
 * 1.5B", "variants of 7B")? Not "Llama 3.1 405B", a name. */
static int model_size_context(const text *t, size_t i, size_t j)
{
    size_t b, e, b2, e2;
    if (!prev_token(t, i, &b, &e)) return 0;
    if (span_has(t, b, e, LX_SIZE_PREPOSITION) && prev_token(t, b, &b2, &e2) && span_has(t, b2, e2, LX_MODEL_NOUN))
        return 1;
    if (!model_noun_after(t, j)) return 0;
    if (span_has(t, b, e, LX_SIZE_DETERMINER)) return 1;
    /* "DeepSeek's 27B", "DeepSeek’s 27B" */
    return e - b == 1 && lower(at(t, b)) == 's' && after_apostrophe(t, b);
}

/* Is a word of class model-noun ("model", "weights", "parameters") among
 * the 16 words either side of the amount [i, j)? Words are runs of letters,
 * digits and hyphens; at most 256 bytes each way are read, so the scan
 * stays linear. */
static int model_word_near(const text *t, size_t i, size_t j)
{
    size_t k, b, e, lo = i > 256 ? i - 256 : 0;
    int n;
    for (k = i, n = 0; n < 16 && k > lo; n++, k = b) {
        while (k > lo && !is_alnum(t->s[k - 1])) k--;
        for (b = k; b > lo && (is_alnum(t->s[b - 1]) || t->s[b - 1] == '-'); b--) {}
        if (b < k && span_has(t, b, k, LX_MODEL_NOUN)) return 1;
    }
    for (k = j, n = 0; n < 16 && k < t->n && k - j < 256; n++, k = e) {
        while (k < t->n && k - j < 256 && !is_alnum(at(t, k))) k++;
        for (e = k; is_alnum(at(t, e)) || at(t, e) == '-'; e++) {}
        if (e > k && span_has(t, k, e, LX_MODEL_NOUN)) return 1;
    }
    return 0;
}

/* Is the glued size [i, j) ("685B", "350M") stated by a verb of class
 * size-verb right before it in a sentence about a model: "the total size
 * of the model is 685B", "which includes 671B of the main model weights",
 * "a total of 7B parameters"? Not "its valuation is 40B" (no model). */
static int stated_size(const text *t, size_t i, size_t j)
{
    size_t b, e;
    return prev_token(t, i, &b, &e) && span_has(t, b, e, LX_SIZE_VERB) && model_word_near(t, i, j);
}

/* Is the amount [i, j) the length of a context window: "context" (class
 * context-noun) right after it ("128K context", "up to 128K of context")
 * or among the five words before it in its clause ("a context window of
 * up to 128K")? */
static int context_length(const text *t, size_t i, size_t j)
{
    size_t k = spaces(t, j), b, e;
    int n;
    if (k != NPOS && class_word(t, k, LX_CONTEXT_NOUN) != NPOS) return 1;
    k = spaces(t, match_word(t, k, "of", 1));
    if (k != NPOS && class_word(t, k, LX_CONTEXT_NOUN) != NPOS) return 1;
    for (k = i, n = 0; n < 5 && prev_token(t, k, &b, &e); n++, k = b)
        if (span_has(t, b, e, LX_CONTEXT_NOUN)) return 1;
    return 0;
}

/* "downloaded about 1.2 million times", "installed more than 50 million
 * times": "times" after a verb of class event-verb counts events, which
 * the verb's label names ("downloads"). The amount [i, j) ends before
 * "times"; writes the unit and returns 1 if so. */
static int counted_times(const text *t, size_t i, size_t j, unit_val *unit)
{
    size_t k = spaces(t, j), b, e;
    int n;
    const dsc_lx_entry *x;
    if (k == NPOS || match_word(t, k, "times", 1) == NPOS) return 0;
    for (k = i, n = 0; n < 4 && prev_token(t, k, &b, &e); n++, k = b) {
        if (!span_has(t, b, e, LX_EVENT_VERB)) continue;
        x = dsc_lex_entry(NULL, dsc_lex_find(NULL, (const char *)t->s + b, e - b));
        if (!x->label) return 0;
        qty_unit_named(unit, x->label, strlen(x->label));
        return 1;
    }
    return 0;
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
    int big = (u->flags & QF_BIG) != 0;

    if (u->kind == K_NONE) return 0;
    /* "a month" is a duration (and counts only after a qualifier) */
    if (x->word == W_A_UNIT)
        return (u->kind == K_DURATION || (u->flags & QF_MEASURE)) && u->modifiers == 0 && !u->hyphen;
    /* "one" needs a unit of measure right after it: "one month", not "one
     * firm", "one person familiar with the matter" or "a one-day loss" */
    if (x->word == W_WORD && x->mant == 1 && !a->scaled && counted &&
        (!(u->flags & QF_FIXED) || u->modifiers > 0 || u->hyphen))
        return 0;
    if (u->generic && x->word == W_WORD && x->mant < 2) return 0;
    if (u->generic && u->hyphen && (x->word != W_DIGITS || x->fraction || a->scaled)) return 0;
    /* a singular noun after a number other than 1 must be hyphenated ("a
     * 10-year plan") or attributive ("a 10,000 GPU cluster") */
    if ((u->flags & QF_SING) && !u->hyphen && !(scaled(x->mant, x->e10) == 1 && !a->scaled) &&
        !((u->flags & QF_FIXED) && u->attributive && !letter_scale))
        return 0;
    if (letter_scale == 2 && !big) return 0;
    if (counted && plain && date_context(t, j, x->end)) return 0;
    if (a->yearish && counted &&
        (u->modifiers > 0 || u->generic || prev_word_has(t, j, LX_YEAR_CUE)))
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
    unsigned sym;
    size_t le = letters_end(t, *j, 8), e;
    const qu_form *sx;

    if (!money && (e = qty_data_unit(t, *j, &sym)) != NPOS) {
        a->kind = K_DATA;
        qty_unit_of(&a->unit, sym);
        *j = e;
        return 1;
    }
    if (le == NPOS || is_digit(at(t, le))) return -1;
    if (!money && ((le == *j + 1 && lower(at(t, *j)) == 'x') ||
                   (le == *j + 4 && match_lit(t, *j, "fold", 1) == le))) {
        a->kind = K_MULT;
        qty_unit_of(&a->unit, QU_x);
        *j = le;
        return 1;
    }
    if ((sx = scale_suffix(t, *j, le)) == NULL) return -1;
    a->scaled = 1;
    a->digits = 0;
    a->scale_e10 = sx->e10;
    *letter_scale = suffix_letter(sx);
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

/* "10^25 floating-point operations": the number 10 ending at j raised to
 * a power of one or two digits becomes that power of ten. Returns the end. */
static size_t power_of_ten(const text *t, size_t j, number *x)
{
    int p;
    size_t pe = j + 2;
    if (!(x->mant == 10 && x->e10 == 0 && !x->grouped && !x->fraction && at(t, j) == '^' && is_digit(at(t, j + 1))))
        return j;
    p = at(t, j + 1) - '0';
    if (is_digit(at(t, pe))) p = p * 10 + (at(t, pe++) - '0');
    if (is_alnum(at(t, pe)) || p > 99) return j;
    x->mant = 1;
    x->e10 = p;
    x->ndigits = p + 1;
    return pe;
}

/* "or more", "or fewer", "or less" between a number and its noun ("100 or
 * more people", "50 or fewer employees"): a floor or a ceiling, written
 * into *qual; the end of the phrase, or NPOS. A noun must follow, so "a
 * drop of 5% or more" keeps its order to look_after(). */
static size_t or_more_before_noun(const text *t, size_t j, int *qual)
{
    size_t k = match_word(t, spaces(t, j), "or", 1), e;
    int q;
    if ((k = spaces(t, k)) == NPOS) return NPOS;
    if ((e = match_word(t, k, "more", 1)) != NPOS) q = DSC_MORE_THAN;
    else if ((e = match_word(t, k, "fewer", 1)) != NPOS || (e = match_word(t, k, "less", 1)) != NPOS)
        q = DSC_LESS_THAN;
    else
        return NPOS;
    if ((k = spaces(t, e)) == NPOS || !is_alpha(at(t, k))) return NPOS;
    *qual = q;
    return e;
}

/* The scale, "+" and unit after the number x of the amount a that starts
 * at i and whose number ends at j; cur: the QU_* currency before it (0
 * none), letter_scale as unit_allowed() takes it. Returns the new end. */
static size_t amount_unit(const text *t, size_t i, size_t j, const number *x, unsigned cur, int letter_scale,
                          amount *a)
{
    unit_match u;
    size_t e;
    int measure = 0;
    if (!a->scaled) j = spelled_scale(t, j, x, a);
    if (a->scaled) a->yearish = a->digits = 0;
    /* "100+", "1,000-plus" */
    if (at(t, j) == '+' && !is_alnum(at(t, j + 1))) {
        a->qual = DSC_MORE_THAN;
        j++;
    } else if ((e = match_word(t, j, "-plus", 1)) != NPOS) {
        a->qual = DSC_MORE_THAN;
        j = e;
    } else if ((e = or_more_before_noun(t, j, &a->qual)) != NPOS) {
        j = e;                                             /* "100 or more people" */
    }
    if (cur) {
        a->kind = K_MONEY;
        qty_unit_of(&a->unit, cur);
    } else if (counted_times(t, i, j, &a->unit)) {
        a->kind = K_COUNT;                                 /* "downloaded 1.2 million times" */
        j = match_word(t, spaces(t, j), "times", 1);
    } else if (qty_parse_unit(t, j, x->word != W_A_UNIT, &u) && unit_allowed(t, i, x, a, &u, letter_scale)) {
        a->kind = u.kind;
        a->unit = u.unit;
        a->unit_e10 = u.e10;
        a->unit_mul = u.mul;
        measure = (u.flags & QF_MEASURE) != 0;
        j = u.end;
    }
    /* "the 27B model", "DeepSeek's 1T model", "the checkpoint is 350M": a
     * size in parameters (but "Llama 3.1 405B" is a name, its number no
     * determiner's) */
    if (a->kind == K_NONE && !cur && (letter_scale == 2 || (letter_scale && a->scale_e10 == 6)) &&
        ((letter_scale == 2 && model_size_context(t, i, j)) || stated_size(t, i, j))) {
        a->kind = K_COUNT;
        qty_unit_of(&a->unit, QU_parameters);
    }
    /* "128K context", "a context window of up to 1M": tokens */
    if (a->kind == K_NONE && !cur && letter_scale && a->scale_e10 >= 3 && context_length(t, i, j)) {
        a->kind = K_COUNT;
        qty_unit_of(&a->unit, QU_tokens);
    }
    /* "all 13 of the province's prefecture-level cities", "about 100 of
     * the country's biggest state firms": a part of a counted whole */
    if (a->kind == K_NONE && !cur && !letter_scale && !a->yearish && (x->word == W_DIGITS || x->mant >= 2) &&
        of_the_noun(t, j, &u)) {
        a->kind = u.kind;
        a->unit = u.unit;
    }
    /* "the 28-year-old founder": an age */
    if (a->kind == K_NONE && !cur && x->word == W_DIGITS && !a->scaled && !x->fraction &&
        (e = match_word(t, j, "-year-old", 1)) != NPOS) {
        a->kind = K_DURATION;
        qty_unit_of(&a->unit, QU_years);
        j = e;
    }
    if (x->word == W_FEW) a->qual = DSC_MORE_THAN;   /* "a few hundred": a floor */
    a->needs_qual = x->word == W_A_UNIT && !measure;
    return j;
}

/* A number without a unit that may still count (B_*), or an age after a
 * name ("Liang, 40, founded"): the amount a starting at i, ending at j. */
static void bare_number(const text *t, size_t i, size_t j, const number *x, amount *a)
{
    if (a->scaled && a->scale_e10 >= 3) {
        a->bare = B_SCALED;
    } else if (x->word == W_DIGITS && (x->fraction || x->grouped) && !a->scaled) {
        a->bare = x->grouped && !x->fraction ? B_GROUPED : B_COMPARED;
    } else if (x->word == W_DIGITS && !x->grouped && !x->fraction && x->mant >= 15 && x->mant <= 110 &&
               age_context(t, i, j)) {
        a->kind = K_DURATION;                              /* an age */
        qty_unit_of(&a->unit, QU_years);
    } else if (x->word == W_WORD && x->mant >= 2 && !a->scaled) {
        a->bare = B_WORD;
    }
}

/* An amount at i: [currency | sign] number [scale] [+] [unit]. Returns 0
 * if there is no number here; 1 with a->kind K_NONE for a bare number (it
 * may still join a range). in_range: i follows a range connector, so the
 * "15" in "15-20%" does not make "20" part of a name. */
static int parse_amount(const text *t, size_t i, int in_range, amount *a)
{
    number x;
    size_t j = i, e, sign = 0;
    unsigned cur = 0;             /* the QU_* currency before the number */
    int letter_scale = 0, c;

    memset(a, 0, sizeof *a);
    a->start = i;
    a->qual = -1;

    /* currency or sign, then the number */
    if ((e = qty_currency_prefix(t, i, &cur)) != NPOS) {
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
        j = power_of_ten(t, parse_digits(t, j, &x), &x);
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
    if (is_alpha(c) && glued_suffix(t, &j, cur != 0, a, &letter_scale) < 0) return 0;

    if (a->kind == K_NONE) j = amount_unit(t, i, j, &x, cur, letter_scale, a);
    if (a->kind == K_NONE && !cur && !letter_scale) bare_number(t, i, j, &x, a);
    else if (a->kind == K_NONE && !cur && letter_scale == 2) a->bare = B_SIZE;
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
        a->unit = b->unit;
    } else if (b->kind == K_NONE) {
        /* "$1.2 million to 2 million", "between 15% and 20"; but "fell 3.1%
         * to 19,341.83" is a change to a level */
        if (b->yearish || !(b->scaled || ld->between)) return 0;
        b->kind = a->kind;
        b->unit_e10 = a->unit_e10;
        b->unit_mul = a->unit_mul;
        b->unit = a->unit;
    } else if (a->kind != b->kind || !streq(a->unit.name, b->unit.name)) {
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
    int c = lower(at(t, i));
    if (c != 't' && c != 'n' && c != '#') return 0;        /* "top", "number", "No.", "#" */
    amount_init(a, i, K_RANK, QU_rank);
    a->mant = 1;

    if ((e = match_word(t, i, "top", 1)) != NPOS && (k = spaces(t, e)) != NPOS &&
        (e = class_word(t, k, LX_RANK_NOUN)) != NPOS) {         /* "top spot" */
        a->end = e;
        return 1;
    }
    if ((e = match_word(t, i, "number", 1)) != NPOS && (k = spaces(t, e)) != NPOS &&
        !is_digit(at(t, k))) {
        e = letters_end(t, k, 8);
        if (e == NPOS || e == k || qty_number_word_value(t, k, e) < 1 || qty_number_word_value(t, k, e) > 20)
            return 0;
        a->mant = qty_number_word_value(t, k, e);
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

/* An ordinal at i ("second", data/units/numbers.tsv): its end, with *v its
 * value; NPOS if none. */
static size_t ordinal_word(const text *t, size_t i, int *v)
{
    const qu_form *f, *end;
    size_t e;
    for (f = bucket(qu_ordinals, qu_ordinals_from, at(t, i), &end); f < end; f++)
        if (next_may_match(t, i, f->form, 1) && (e = match_lit(t, i, f->form, 1)) != NPOS) {   /* "second", "second-largest" */
            if (is_alnum(at(t, e))) continue;
            *v = f->value;
            return e;
        }
    return NPOS;
}

/* "the eighth consecutive quarter", "its second straight quarterly
 * profit": after an ordinal ending at e, a word of class streak-word and a
 * period (a time unit, or an adjective of class period-adjective whose
 * label is its unit: "quarterly", quarters). Writes the unit; 1 if so. */
static int streak_period(const text *t, size_t e, unit_val *unit)
{
    size_t k = spaces(t, e), w, n;
    unit_match u;
    const dsc_lx_entry *x;
    if (k == NPOS || (w = class_word(t, k, LX_STREAK_WORD)) == NPOS || (k = spaces(t, w)) == NPOS) return 0;
    memset(&u, 0, sizeof u);
    if (qty_known_noun(t, k, &u) && u.kind == K_DURATION && (u.flags & QF_SING)) {
        *unit = u.unit;
        return 1;
    }
    if ((w = class_word(t, k, LX_PERIOD_ADJECTIVE)) == NPOS) return 0;
    x = dsc_lex_entry(NULL, dsc_lex_find(NULL, (const char *)t->s + k, w - k));
    if (!x->label) return 0;
    n = strlen(x->label);
    qty_unit_named(unit, x->label, n);
    return unit->kind == DSC_Q_DURATION;
}

/* A rank shared over a list: in a sentence that has ranked something
 * already, an ordinal right after a name and ending its item ("GPT-5
 * ranked first overall, Gemini 2.5 Pro second and Grok 4 third": a comma,
 * a stop, a semicolon or "and" after it) is a place too, its verb left
 * out. The ordinal ends at e. */
static int listed_place(const text *t, size_t i, size_t e)
{
    size_t b, pe, k;
    int c = at(t, e);
    if (!prev_token(t, i, &b, &pe) || !(is_upper(t->s[b]) || is_digit(t->s[b]))) return 0;
    if (c == ',' || c == '.' || c == ';' || c < 0) return 1;
    k = spaces(t, e);
    return k != NPOS && match_word(t, k, "and", 1) != NPOS;
}

/* A place written as an ordinal: "ranks third" (a rank-verb before it),
 * "fifth overall" (a rank-tail after it), "second only to ChatGPT",
 * "the second-largest penalty" (a superlative after a hyphen) are ranks,
 * and so is one in a list of places (listed_place, ranked: the sentence
 * has a rank before it); "the eighth consecutive quarter" is 8 quarters.
 * Any other ordinal ("the second half", "a third interview") is no
 * amount. */
static int parse_ordinal(const text *t, size_t i, int ranked, amount *a)
{
    size_t e, k, w, b, pe;
    int v;
    if (!is_alpha(at(t, i)) || (e = ordinal_word(t, i, &v)) == NPOS) return 0;
    memset(a, 0, sizeof *a);
    a->start = i;
    a->qual = -1;
    a->mant = v;
    a->end = e;
    if (streak_period(t, e, &a->unit)) {
        a->kind = K_DURATION;
        return 1;
    }
    a->kind = K_RANK;
    qty_unit_of(&a->unit, QU_rank);
    if (at(t, e) == '-' && (w = letters_end(t, e + 1, 16)) != NPOS && w > e + 4 &&
        match_lit(t, w - 3, "est", 1) == w && !is_alnum(at(t, w))) {
        a->end = w;                                        /* "second-largest" */
        return 1;
    }
    k = spaces(t, e);
    if (k != NPOS && (class_word(t, k, LX_RANK_TAIL) != NPOS ||
                      (match_word(t, k, "only", 1) != NPOS &&
                       match_word(t, spaces(t, match_word(t, k, "only", 1)), "to", 1) != NPOS)))
        return 1;
    if (ranked && listed_place(t, i, e)) return 1;
    return prev_token(t, i, &b, &pe) && span_has(t, b, pe, LX_RANK_VERB);
}

/* A plural scale at i: "tens", "dozens", "billions" (data/units/scales.tsv,
 * place vague). */
static size_t vague_word(const text *t, size_t i, int *e10, int *mul)
{
    const qu_form *f, *end;
    size_t e;
    for (f = bucket(qu_vague, qu_vague_from, at(t, i), &end); f < end; f++)
        if (next_may_match(t, i, f->form, 1) && (e = match_word(t, i, f->form, 1)) != NPOS) {
            *e10 = f->e10;
            *mul = f->value;
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

    if ((j = vague_word(t, i, &e10, &mul)) == NPOS) return 0;
    amount_init(a, i, K_NONE, 0);
    a->qual = DSC_MORE_THAN;
    a->mant = mul;
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
    if (k != NPOS && (qty_currency_word(t, k, &u) != NPOS || qty_count_noun(t, k, 1, &u))) {
        a->kind = u.kind;
        a->unit = u.unit;
        a->end = u.end;
        return 1;
    }
    if (last >= 9) {
        a->kind = K_MONEY;
        qty_unit_of(&a->unit, QU_USD);              /* "spent billions on chips" */
        a->end = j;
        return 1;
    }
    return 0;
}

/* Is the word [i, e) an inflected verb with an object: "doubles context",
 * "tripled its bet", "doubling capacity"? Not "doubled down", nor a verb
 * that ends its clause ("Revenue doubled."). */
static int verb_form(const text *t, size_t i, size_t e)
{
    size_t k = spaces(t, e);
    return e - i > 4 &&
           (match_lit(t, e - 2, "ed", 1) == e || match_lit(t, e - 2, "es", 1) == e ||
            match_lit(t, e - 3, "ing", 1) == e) &&
           k != NPOS && is_lower(at(t, k)) && match_word(t, k, "down", 1) == NPOS;
}

/* "plans to double output", "will triple this year": the base form after
 * "to" or a modal (verb-lead) is a verb, as "doubled" is; not "double
 * down" nor "rose to double digits" (a noun's adjective). */
static int infinitive_form(const text *t, size_t i, size_t e)
{
    size_t k = spaces(t, e);
    return prev_word_has(t, i, LX_VERB_LEAD) && k != NPOS && match_word(t, k, "down", 1) == NPOS &&
           match_word(t, k, "digits", 1) == NPOS;
}

/* "tenfold", "twofold", "hundredfold"; "twice as", "double the", and "more
 * than double" (needs_qual: the caller checks for the qualifier). */
static int parse_multiplier_word(const text *t, size_t i, amount *a)
{
    size_t e = letters_end(t, i, 16), k;
    const qu_form *m, *end;
    int v;
    if (e == NPOS || e - i < 5 || at(t, e) == '-') return 0;   /* "double-digit" */
    amount_init(a, i, K_MULT, QU_x);
    if (e - i > 4 && match_lit(t, e - 4, "fold", 1) == e && (v = qty_number_word_value(t, i, e - 4)) > 1) {
        a->mant = v;
        a->end = e;
        return 1;
    }
    for (m = bucket(qu_multipliers, qu_multipliers_from, at(t, i), &end); m < end; m++) {   /* numbers.tsv */
        if (!span_is(t, i, e, m->form)) continue;
        a->mant = m->value;
        a->end = e;
        k = spaces(t, e);
        e = k == NPOS ? NPOS : letters_end(t, k, 8);
        /* "double the price", "twice as fast" (multiplier-object), a verb
         * form ("doubled", "doubles context", "tripling"); else only "more
         * than double" and the like ("a double whammy") */
        a->needs_qual = !(e != NPOS && e > k && span_has(t, k, e, LX_MULTIPLIER_OBJECT)) && !verb_form(t, i, a->end) &&
                       !infinitive_form(t, i, a->end);
        return 1;
    }
    return 0;
}

/* Fractions: "more than half", "about a third of", "two-thirds of", "a
 * twentieth as much", "cut by half". A ratio needs a qualifier before it,
 * "by" before it or "of" or "as" after it, and is never "the first half"
 * (of a year). The numerator is "a", "an" or "one" before a singular
 * denominator ("a tenth"), a number word from two to nine before a plural
 * one ("three quarters"), with a space or a hyphen between. The
 * denominators are data (data/units/numbers.tsv). */

/* The denominator word at k for numerator num (singular for 1, plural
 * otherwise; num 0: one that is a fraction alone, "half"): its end, with
 * *d set; NPOS if none. */
static size_t denominator(const text *t, size_t k, int num, int *d)
{
    const qu_form *f, *end;
    size_t e;
    for (f = bucket(qu_denominators, qu_denominators_from, at(t, k), &end); f < end; f++) {
        if (num == 0 ? !(f->flags & QF_ALONE) : (num == 1) == ((f->flags & QF_PLURAL) != 0)) continue;
        if (!next_may_match(t, k, f->form, 1) || (e = match_word(t, k, f->form, 1)) == NPOS || at(t, e) == '-')
            continue;
        *d = f->value;
        return e;
    }
    return NPOS;
}

static int parse_fraction(const text *t, size_t i, amount *a)
{
    size_t e, b, pe, k, n;
    int num, d;
    if ((e = denominator(t, i, 0, &d)) != NPOS) {
        if (match_word(t, spaces(t, e), "a", 1) != NPOS || match_word(t, spaces(t, e), "an", 1) != NPOS)
            return 0;                                      /* "half a million": a number */
        num = 1;
    } else {
        if ((n = letters_end(t, i, 6)) == NPOS || n == i) return 0;
        if (span_is(t, i, n, "a") || span_is(t, i, n, "an")) {
            num = 1;
        } else {
            num = qty_number_word_value(t, i, n);
            if (num < 1 || num > 9) return 0;
        }
        k = at(t, n) == '-' ? n + 1 : spaces(t, n);
        if (k == NPOS || (e = denominator(t, k, num, &d)) == NPOS || d <= num) return 0;
    }
    if (prev_token(t, i, &b, &pe) && span_has(t, b, pe, LX_NOT_BEFORE_FRACTION)) return 0;   /* "the first half" */
    amount_init(a, i, K_RATIO, QU_ratio);
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
    if (is_digit(at(t, i))) {
        /* at most two digits, then "in" ("-in-" or spaced), before
         * parse_digits(): most numbers have none after them. A number
         * grouped or with a fraction has a ',' or '.' there */
        e = i + 1 + (size_t)is_digit(at(t, i + 1));
        if (is_digit(at(t, e))) return 0;
        if (match_lit(t, e, "-in-", 1) == NPOS && spaces(t, match_word(t, spaces(t, e), "in", 1)) == NPOS) return 0;
        e = parse_digits(t, i, &x);
        if (x.grouped || x.fraction || x.ndigits > 2) return 0;
        if (!digit_start_ok(t, i) || name_context(t, i)) return 0;   /* "Version 2 in 5 regions" */
    } else if ((e = letters_end(t, i, 12)) == NPOS || qty_number_word_value(t, i, e) < 1 ||
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
    if ((k = spaces(t, e)) != NPOS && qty_known_noun(t, k, &u) && u.kind == K_DURATION) return 0;
    amount_init(a, i, K_RATIO, QU_ratio);
    a->mant = num / den;
    a->end = e;
    return 1;
}

/* "a factor of two", "a factor of 2.5": a multiplier. */
static int parse_factor(const text *t, size_t i, amount *a)
{
    number x;
    size_t k, e;
    k = match_word(t, spaces(t, match_word(t, i, "a", 1)), "factor", 1);
    if ((k = spaces(t, match_word(t, spaces(t, k), "of", 1))) == NPOS) return 0;
    amount_init(a, i, K_MULT, QU_x);
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
    unit_val unit;
    int tokens;          /* a price per tokens */
    int lead_qual;       /* the qualifier the words before it gave, or -1 */
    int score;           /* a score without a unit: "scored 53.7" */
} found_q;


/* "per million input tokens", "per 1M tokens", "/M tokens", "per token":
 * the end, with *per set to the number of tokens priced; NPOS if none. */
/* Does the sentence name tokens before j ("Input tokens for K2 now cost
 * ¥1.6 per million"), and does no noun follow the count ending at k? Then
 * "per million" prices a million of them, the noun given once. */
static int tokens_named_before(const text *t, size_t j, size_t k)
{
    size_t i, m = spaces(t, k), w;
    if (m != NPOS && is_alpha(at(t, m)) &&
        ((w = letters_end(t, m, 16)) == NPOS || !span_has(t, m, w, LX_QUANTITY_STOP)))
        return 0;                                  /* "per million users" */
    for (i = 0; i + 6 <= j; i++)
        if ((t->s[i] == 't' || t->s[i] == 'T') && !is_alnum(before(t, i)) &&
            (match_word(t, i, "tokens", 1) != NPOS || match_word(t, i, "token", 1) != NPOS))
            return 1;
    return 0;
}

static size_t per_tokens(const text *t, size_t j, double *per)
{
    size_t k, e, m, start;
    number x;
    int e10 = 0, mul = 1, i, counted;
    const qu_form *sx;
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
            if ((sx = scale_suffix(t, k, e)) == NULL) return NPOS;
            count *= scaled(1, sx->e10);
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
    if (counted && count >= 1e3 && tokens_named_before(t, j, k)) {
        *per = count;                              /* "Input tokens cost ¥1.6 per million" */
        return k;
    }
    for (i = 0; i < 3; i++) {
        if ((counted || i > 0) && (k = spaces(t, k)) == NPOS) return NPOS;
        if ((e = match_word(t, k, "tokens", 1)) != NPOS || (e = match_word(t, k, "token", 1)) != NPOS) {
            *per = count > 0 ? count : 1;
            return e;
        }
        e = letters_end(t, k, 12);
        if (e == NPOS || e == k || !span_has(t, k, e, LX_TOKEN_KIND)) return NPOS;
        k = e;
    }
    return NPOS;
}

/* "per GPU hour", "per GPU-hour", "a GPU hour", "/GPU-hour", "per
 * megawatt-hour" after a money amount ending at j: the singular of a unit
 * of data/units/ that measures compute or power, which the amount prices.
 * Its end, with *unit its QU_* id; NPOS if none. */
static size_t per_compute(const text *t, size_t j, unsigned *unit)
{
    size_t k = j + 1, e;
    unit_match u;
    if (at(t, j) != '/') {
        k = spaces(t, j);
        if (k == NPOS || ((e = match_word(t, k, "per", 1)) == NPOS && (e = match_word(t, k, "a", 1)) == NPOS &&
                          (e = match_word(t, k, "an", 1)) == NPOS))
            return NPOS;
        k = spaces(t, e);
    }
    memset(&u, 0, sizeof u);
    if (k == NPOS || !qty_known_noun(t, k, &u) || !(u.flags & QF_SING) ||
        (u.unit.kind != DSC_Q_COMPUTE && u.unit.kind != DSC_Q_POWER))
        return NPOS;
    *unit = u.unit.id;
    return u.end;
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

/* Is a quantity of kind (a dsc_quantity_kind) ending at e a small money
 * amount priced per nothing: "$15", not "$1.6 billion", "$200 a month" or
 * "a $20 plan"? */
static int small_money(const text *t, int kind, size_t e, double value_max)
{
    size_t k = spaces(t, e), w;
    if (!(kind == DSC_Q_MONEY && value_max < 1000 && !priced_per_period(t, e))) return 0;
    /* a noun right after it: the price of something else ("a $20 plan");
     * but "$15 and $60 respectively" */
    return k == NPOS || !is_lower(at(t, k)) || (w = letters_end(t, k, 16)) == NPOS ||
           is_alnum(at(t, w)) || span_has(t, k, w, LX_QUANTITY_STOP) ||
           (w - k > 4 && t->s[w - 2] == 'l' && t->s[w - 1] == 'y');
}

/* Is the money amount ending at e priced by the hour ("$2 an hour", "$2
 * per hour", "$2/hour")? */
static int per_hour(const text *t, size_t e)
{
    size_t k = at(t, e) == '/' ? e + 1 : spaces(t, e), w;
    unit_match u;
    if (k == NPOS) return 0;
    if (at(t, e) != '/') {
        if ((w = match_word(t, k, "per", 1)) == NPOS && (w = match_word(t, k, "a", 1)) == NPOS &&
            (w = match_word(t, k, "an", 1)) == NPOS)
            return 0;
        if ((k = spaces(t, w)) == NPOS) return 0;
    }
    memset(&u, 0, sizeof u);
    return qty_known_noun(t, k, &u) && (u.flags & QF_SING) && u.unit.id == QU_hours;
}

/* Does the sentence count hardware: compute ("2.79 million GPU hours") or
 * a noun of class hardware-count ("2,048 Nvidia H800 chips", "H800s")? */
static int counts_hardware(const dsc_quantity *q, size_t n)
{
    size_t k, len;
    const char *w;
    for (k = 0; k < n; k++) {
        if (q[k].kind == DSC_Q_COMPUTE) return 1;
        if (q[k].kind != DSC_Q_COUNT) continue;
        len = strnlen(q[k].unit, sizeof q[k].unit);
        for (w = q[k].unit + len; w > q[k].unit && w[-1] != ' '; w--) {}
        if (dsc_lx_has(dsc_lex_entry(NULL, dsc_lex_find(NULL, w, (size_t)(q[k].unit + len - w)))->cls,
                       LX_HARDWARE_COUNT))
            return 1;
    }
    return 0;
}

/* Is the word at i a chip's name: one to three capitals, two to four
 * digits, up to three capitals, perhaps a plural "s" ("H100", "MI300X",
 * "H800s"; not "Q3", "V3", "GPT4o")? */
static int chip_name(const text *t, size_t i)
{
    size_t e = i, d;
    while (is_upper(at(t, e)) && e - i < 4) e++;
    if (e == i || e - i > 3) return 0;
    for (d = e; is_digit(at(t, e)) && e - d < 5; e++) {}
    if (e - d < 2 || e - d > 4) return 0;
    for (d = e; is_upper(at(t, e)) && e - d < 4; e++) {}
    if (at(t, e) == 's') e++;
    return !is_alnum(at(t, e));
}

/* Does the sentence name hardware without counting it: a noun of class
 * hardware-count ("Rental prices for Nvidia H100 chips") or a chip's name
 * ("Lambda rents H100s at $2.49 an hour", "the Frankfurt H100 rate")? Read
 * only for a sentence that prices something by the hour. */
static int names_hardware(const text *t)
{
    size_t i, e;
    for (i = 0; i < t->n; i = e > i ? e : i + 1) {
        e = i;
        if (!is_alpha(at(t, i)) || is_alnum(before(t, i))) continue;
        if (is_upper(at(t, i)) && chip_name(t, i)) return 1;
        if ((e = letters_end(t, i, 16)) == NPOS) {
            for (e = i; is_alpha(at(t, e)); e++) {}
            continue;
        }
        if (span_has(t, i, e, LX_HARDWARE_COUNT)) return 1;
    }
    return 0;
}

/* What the first price of the sentence prices, written into per ("1M
 * tokens", "GPU hour"); 0 if it has none. A price's unit is its currency,
 * " per " and what it prices (qty_rate_name). */
static int first_rate(const dsc_quantity *q, size_t n, char per[32])
{
    size_t k, c;
    for (k = 0; k < n; k++) {
        if (q[k].kind != DSC_Q_PRICE) continue;
        c = strnlen(q[k].currency, sizeof q[k].currency);
        if (memcmp(q[k].unit + c, " per ", 5) != 0) continue;
        memcpy(per, q[k].unit + c + 5, sizeof q[k].unit - c - 5);
        per[31 - c - 5] = '\0';
        return 1;
    }
    return 0;
}

/* Money priced by the hour in a sentence that counts hardware rents it:
 * "2,048 Nvidia H800 chips, priced at $2 an hour", "2.79 million GPU
 * hours ... at $2 an hour" are prices per GPU hour. */
static void hourly_rent(const text *t, dsc_quantity *q, size_t n)
{
    size_t k, m, hourly = 0;
    char per[32];
    for (k = 0; k < n; k++) hourly += q[k].kind == DSC_Q_MONEY && per_hour(t, (size_t)q[k].start + q[k].len);
    if (!hourly || !(counts_hardware(q, n) || names_hardware(t))) return;
    m = strnlen(qu_units[QU_GPU_hours].name, sizeof per - 1);
    memcpy(per, qu_units[QU_GPU_hours].name, m);
    per[m - 1] = '\0';                                     /* "GPU hour" */
    for (k = 0; k < n; k++)
        if (q[k].kind == DSC_Q_MONEY && per_hour(t, (size_t)q[k].start + q[k].len)) {
            qty_rate_name(q[k].unit, q[k].currency, per);
            q[k].kind = DSC_Q_PRICE;
        }
}

/* Once a sentence prices something, its other small money amounts are
 * prices of the same: "$2.19 per million output tokens, against $15 and
 * $60"; "roughly ₹70 per GPU hour, or about 80 cents, against ₹115.85".
 * So are the small amounts of the sentence after one that priced tokens,
 * when it gives two or more, as the input and output prices of a rival do:
 * "... $2.19 per million output tokens. OpenAI charges $10 and $40 for
 * o3". (after: the sentence before priced tokens) */
static void share_prices(const text *t, dsc_quantity *q, size_t n, int after)
{
    size_t k, small = 0;
    char per[32];
    hourly_rent(t, q, n);
    for (k = 0; k < n; k++) small += small_money(t, q[k].kind, (size_t)q[k].start + q[k].len, q[k].value_max);
    if (!first_rate(q, n, per)) {
        if (!(after && small >= 2)) return;
        memcpy(per, "1M tokens", 10);
    }
    for (k = 0; k < n; k++)
        if (small_money(t, q[k].kind, (size_t)q[k].start + q[k].len, q[k].value_max)) {
            qty_rate_name(q[k].unit, q[k].currency, per);
            q[k].kind = DSC_Q_PRICE;
        }
}

/* Counts of informants are not amounts: "according to two people familiar
 * with the matter", "Two sources at OpenAI said", "per three researchers I
 * spoke to". A count of sources never is; one of up to ten people,
 * officials, researchers (informant) is not after "to", "citing"
 * (informant-lead) or before "familiar", "who" (informant-tail), "with
 * knowledge". */
/* Does a word of class informant-lead stand before j ("citing three
 * officials")? "to" only after a source-cue ("according to two people"):
 * "the team shrank to five people" counts them. */
static int informant_lead(const text *t, size_t j)
{
    size_t b, e;
    if (!prev_token(t, j, &b, &e) || !span_has(t, b, e, LX_INFORMANT_LEAD)) return 0;
    return !span_is(t, b, e, "to") || prev_word_has(t, b, LX_SOURCE_CUE);
}

static int informant_count(const text *t, const found_q *q)
{
    size_t e, k, n = strlen(q->unit.name);
    uint32_t id;
    /* a count above ten is one only in "sources": no lookup for it (most
     * amounts; dsc_ieq folds case as the lexicon does) */
    if (q->value > 10) return dsc_ieq(q->unit.name, n, "sources");
    id = dsc_lex_find(NULL, q->unit.name, n);
    if (id == LXW_SOURCES) return 1;
    if (!dsc_lx_has(dsc_lex_entry(NULL, id)->cls, LX_INFORMANT) || q->value > 10) return 0;
    if (informant_lead(t, q->start)) return 1;
    k = spaces(t, q->end);
    if (match_word(t, k, "with", 1) != NPOS)                /* "with knowledge of" */
        return match_word(t, spaces(t, k + 4), "knowledge", 1) != NPOS;
    e = k == NPOS ? NPOS : letters_end(t, k, 16);
    return e != NPOS && e > k && span_has(t, k, e, LX_INFORMANT_TAIL);
}

/* What the scan remembers from one quantity to the next. */
typedef struct {
    unit_val unit;      /* the unit of the last amount: "62.2 points ... V3's 60.5" */
    unit_val big_unit;  /* of the last amount of a thousand or more: "16 million
                           downloads in 18 days, vs. 9 million" */
    unit_val noun;      /* the last plural noun counted in millions, as a unit:
                           "the most monthly users in January, at 79 million" */
    unit_val prev_unit; /* big_unit of the sentence before: "500 million people
                           use it. That number stood at 400 million" */
    size_t rating;      /* the end of the last "rating" or "Elo", 0 if none */
    int last_score;     /* the last amount was a score: "scored 53.7 against 47.4" */
    int lead_qual;      /* the qualifier the words before the last amount gave it, or -1 */
    size_t last_end;    /* where the last amount ended */
    int prev_tokens;    /* the sentence before priced tokens */
    int tokens;         /* this one does */
    int ranked;         /* this one has a rank: "ranked first overall, V3 second" */
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

/* Is the bare number a a score the text gives no unit: right after a
 * score-verb ("K2 scored 53.7", "V3.1 scores 66.0"), or a decimal compared
 * with another ("92.3 vs 88.0")? Not a year, nor a version ("Llama 3.1 vs
 * 3.3"). */
static int scored(const text *t, const amount *a)
{
    size_t k, e, b, pe;
    if (!a->digits || a->yearish || a->scaled) return 0;
    if (prev_token(t, a->start, &b, &pe) && span_has(t, b, pe, LX_SCORE_VERB)) return 1;
    if (a->bare != B_COMPARED || name_context(t, a->start) || (k = spaces(t, a->end)) == NPOS) return 0;
    e = letters_end(t, k, 8);
    if (e == NPOS || e == k || !span_has(t, k, e, LX_COMPARE_CUE)) return 0;
    if (at(t, e) == '.') e++;                              /* "vs." */
    k = spaces(t, e);
    return k != NPOS && is_digit(at(t, k)) && digit_start_ok(t, k);
}

/* Notes what a word the scan skips tells the amounts after it: a score
 * ("rating") or a noun counted in millions ("users", "people"). */
/* A word the scan read (may_start()): its first n letters in lowercase
 * (at most 16), as two 8-byte chunks padded with zero bytes (byte j of
 * the word is key_byte()), and their hash, for word_flags(). */
typedef struct {
    uint64_t c[2];
    size_t n;
    uint32_t h;
    unsigned flags;           /* word_flags(), once asked; W_UNKNOWN before */
} word_key;

enum { W_UNKNOWN = 0x100 };   /* else the QW_* flags of the word (quantity_units.h) */
static unsigned word_flags(word_key *k);
static const qu_word *word_find(const word_key *k);

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
    /* a plural noun counted in millions that is its own unit (QW_MASS) */
    if (k->n == n && (word_flags(k) & QW_MASS)) qty_unit_of(&st->noun, word_find(k)->unit);
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

/* "three large customers and as many as four more", "runs 12 data
 * centres and will build three more": "more" after the number e ends, and
 * no "than", leaves out the noun counted before. */
static int more_after(const text *t, size_t e)
{
    size_t k = spaces(t, e), m;
    if (k == NPOS || (m = match_word(t, k, "more", 1)) == NPOS) return 0;
    return match_word(t, spaces(t, m), "than", 1) == NPOS;
}

/* "a staff of about 90": a bare number after "a <noun> of" (and a
 * qualifier) counts the noun, one the data knows. Writes its unit; 1 if
 * so. */
static int noun_of(const text *t, size_t start, unit_val *unit)
{
    size_t k = start, b, e;
    int n;
    unit_match u;
    for (n = 0; n < 4 && prev_token(t, k, &b, &e); n++, k = b) {
        if (!span_is(t, b, e, "of")) continue;
        if (!prev_token(t, b, &b, &e)) return 0;
        memset(&u, 0, sizeof u);
        if (!qty_known_noun(t, b, &u) || u.end != e || u.kind != K_COUNT || !prev_token(t, b, &k, &e) ||
            !(span_is(t, k, e, "a") || span_is(t, k, e, "an")))
            return 0;
        *unit = u.unit;
        return 1;
    }
    return 0;
}

/* " of those", " of these" after an amount ending at e: it counts what
 * was counted before ("2.664 million of those hours"). */
static int of_demonstrative(const text *t, size_t e)
{
    size_t k = spaces(t, match_word(t, spaces(t, e), "of", 1));
    return k != NPOS && (match_word(t, k, "those", 1) != NPOS || match_word(t, k, "these", 1) != NPOS);
}

/* "activates only 37 billion of 671 billion parameters": a bare number
 * before "of" and an amount with a unit (k: where that amount starts) is
 * a part of it, counted in its unit. */
static int part_of_amount(const text *t, size_t k, unit_val *unit)
{
    amount b;
    if (!is_digit(at(t, k)) || !parse_amount(t, k, 0, &b) || b.kind == K_NONE) return 0;
    *unit = b.unit;
    return 1;
}

/* Does the unit u end with the noun named ("GPU hours" with "hours")? */
static int unit_tail(const unit_val *u, const unit_val *named)
{
    size_t n = strnlen(u->name, sizeof u->name), m = strnlen(named->name, sizeof named->name);
    return m > 0 && n > m && u->name[n - m - 1] == ' ' && memcmp(u->name + n - m, named->name, m) == 0;
}

static void bare_unit(const text *t, const amount *a, int range, const scan_state *st, unit_val *unit)
{
    unit_match u;
    size_t k = spaces(t, match_word(t, spaces(t, a->end), "of", 1)), e;
    memset(&u, 0, sizeof u);
    /* "671B of the main weights and 14B of the head weights": a size
     * after a size counts parameters, whatever holds them */
    if (a->bare == B_SIZE && st->unit.id == QU_parameters) {
        *unit = st->unit;
        return;
    }
    if (k != NPOS && (e = letters_end(t, k, 8)) != NPOS && e > k &&
        (span_is(t, k, e, "those") || span_is(t, k, e, "these") || span_is(t, k, e, "the") ||
         span_is(t, k, e, "its") || span_is(t, k, e, "their")) &&
        qty_count_noun(t, spaces(t, e), 1, &u)) {
        *unit = u.unit;
        /* "those hours" after "2.788 million GPU hours": the unit before */
        if (of_demonstrative(t, a->end)) {
            if (unit_tail(&st->big_unit, &u.unit)) *unit = st->big_unit;
            else if (unit_tail(&st->prev_unit, &u.unit)) *unit = st->prev_unit;
        }
        return;
    }
    if (k != NPOS && part_of_amount(t, k, unit)) return;
    /* "800 million: weekly ChatGPT users": a figure a colon glosses */
    if (at(t, a->end) == ':' && (k = spaces(t, a->end + 1)) != NPOS && qty_count_noun(t, k, 1, &u) &&
        u.kind == K_COUNT) {
        *unit = u.unit;
        return;
    }
    if (rated(t, a, st)) {
        qty_unit_of(unit, QU_points);
    } else if (a->bare == B_SCALED || range) {
        *unit = st->big_unit.name[0] ? st->big_unit : st->noun.name[0] ? st->noun : st->prev_unit;
    } else {
        *unit = st->unit;
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

/* Words that may start a quantity (QW_START of the word hash, derived by
 * tools/unitgen.c from data/units/):
 *   parse_vague              vague scales: "tens" ... "trillions"
 *   parse_ordinal            ordinals: "first" ... "twelfth"
 *   parse_multiplier_word    multipliers ("*fold" is tested apart)
 *   parse_fraction           a denominator alone ("half"), or a numerator:
 *                            "a", "an", number words from "one" to "nine"
 *   parse_in_ratio           number words below 100 ("one in five")
 *   parse_number_word        "several", "half", number words below 100
 * and the grammar words the parsers read themselves: grammar_start(). */

static const qu_word *word_find(const word_key *k)
{
    uint32_t slot = k->h & (QU_WORD_SLOTS - 1), tag = k->h | 1u;
    for (; qu_word_tag[slot]; slot = (slot + 1) & (QU_WORD_SLOTS - 1)) {
        const unsigned char *w = (const unsigned char *)qu_word_set[slot].w;   /* zero-padded */
        if (qu_word_tag[slot] == tag && qu_word_set[slot].n == k->n && dsc_load_le64(w) == k->c[0] &&
            dsc_load_le64(w + 8) == k->c[1])
            return &qu_word_set[slot];
    }
    return NULL;
}

/* k from its chunks (c1 zero for a word of up to 8 letters), hashed. */
static inline void key_from_chunks(word_key *k, uint64_t c0, uint64_t c1, size_t n)
{
    k->c[0] = c0;
    k->c[1] = c1;
    k->n = n;
    k->h = dsc_lx_hash_chunks(k->c, n);
}

static unsigned word_flags(word_key *k)
{
    const qu_word *w;
    if (k->flags != W_UNKNOWN) return k->flags;
    w = word_find(k);
    k->flags = w ? w->flags : 0;
    return k->flags;
}

/* May a qualifier phrase (data/units/qualifiers.tsv) end in the word w
 * read before an amount? Its letters are lowercase and zero-padded to the
 * next 8 bytes (words_before()); a word past 16 letters is not in the
 * hash, and is left to the phrases. */
static int qualifier_may_end(const back_word *w)
{
    const unsigned char *s = (const unsigned char *)w->s;
    word_key k;
    if (w->n > sizeof k.c) return 1;
    key_from_chunks(&k, dsc_load_le64(s), w->n > 8 ? dsc_load_le64(s + 8) : 0, w->n);
    k.flags = W_UNKNOWN;
    return (word_flags(&k) & QW_QUAL_LAST) != 0;
}

/* The word s[0..n) (1 <= n <= 16), case-folded, in the word hash, or NULL. */
static const qu_word *word_lookup(const unsigned char *s, size_t n)
{
    word_key k;
    uint64_t c[2] = {0, 0};
    size_t j;
    for (j = 0; j < n; j++) c[j / 8] |= (uint64_t)lower(s[j]) << (8 * (j % 8));
    key_from_chunks(&k, c[0], c[1], n);
    return word_find(&k);
}

/* s[0..n) (1 <= n <= 16), case-folded, as a number word, or -1. */
static int number_word_lookup(const unsigned char *s, size_t n)
{
    const qu_word *w = word_lookup(s, n);
    return w && (w->flags & QW_NUMBER) ? w->value : -1;
}

/* The grammar words a parser starts at: "a", "an" (parse_number_word:
 * "a million", "a month"; parse_fraction: "a tenth"; parse_factor: "a
 * factor of two"), "no", "number" ("No. 1", "number one") and "top" ("top
 * spot": parse_rank). */
#define CHUNK2(a, b) ((uint64_t)(a) | (uint64_t)(b) << 8)
#define CHUNK3(a, b, c) (CHUNK2(a, b) | (uint64_t)(c) << 16)
#define CHUNK6(a, b, c, d, e, f) (CHUNK3(a, b, c) | (uint64_t)CHUNK3(d, e, f) << 24)
static int grammar_start(const word_key *k)
{
    switch (k->n) {
    case 1: return k->c[0] == 'a';
    case 2: return k->c[0] == CHUNK2('a', 'n') || k->c[0] == CHUNK2('n', 'o');
    case 3: return k->c[0] == CHUNK3('t', 'o', 'p');
    case 6: return k->c[0] == CHUNK6('n', 'u', 'm', 'b', 'e', 'r');
    default: return 0;
    }
}

/* Is k's word "a" or "an"? */
static int article(const word_key *k)
{
    return (k->n == 1 && k->c[0] == 'a') || (k->n == 2 && k->c[0] == CHUNK2('a', 'n'));
}

/* May "a" or "an" ending at e start a quantity? Most do not ("a new
 * model"), and quantity_at() would try every parser to learn it. With a
 * space after, only these words can follow one that starts: "few" ("a few
 * hundred": parse_number_word), a scale word ("a million"), a singular
 * duration or measure ("an hour", "a gigawatt"), a singular denominator ("a
 * third": parse_fraction) and "factor" (parse_factor); a digit may follow
 * a currency prefix ("A$ 5"). Without a space ("a-third", "A$5") the
 * parsers decide. */
static inline size_t letter_run(const text *t, size_t i);
static int article_may_start(const text *t, size_t e)
{
    size_t k = spaces(t, e), n;
    int e10, mul, d;
    word_key w;
    if (k == NPOS || !is_alpha(at(t, k))) return 1;
    /* the next word first: unless the word table marks it as the first
     * word of one of those forms (QW_AFTER_A), none matches ("a new
     * model"); a word past 16 letters is left to the forms */
    if ((n = letter_run(t, k)) <= sizeof w.c) {
        key_from_chunks(&w, letters_chunk(t, k, n), n > 8 ? letters_chunk(t, k + 8, n - 8) : 0, n);
        w.flags = W_UNKNOWN;
        if (!(word_flags(&w) & QW_AFTER_A)) return 0;
    }
    return match_word(t, k, "few", 1) != NPOS || scale_word(t, k, 0, &e10, &mul) != NPOS ||
           denominator(t, k, 1, &d) != NPOS || match_word(t, k, "factor", 1) != NPOS || qty_duration_follows(t, e);
}

/* Byte j of k's word. */
static inline int key_byte(const word_key *k, size_t j)
{
    return (int)(unsigned char)(k->c[j / 8] >> (8 * (j % 8)));
}

/* What k's word (1 to 16 letters in lowercase) says of a quantity at it:
 * 0 none starts there, 1 one may, -1 the text around decides (an article,
 * the letters a currency prefix starts with). */
static int word_start_class(word_key *k)
{
    size_t n = k->n;
    unsigned flags = word_flags(k);

    if (article(k)) return -1;
    if ((flags & QW_START) || grammar_start(k)) return 1;
    /* "tenfold", "hundredfold" (parse_multiplier_word) */
    if (key_byte(k, n - 1) == 'd' && n >= 5 && key_byte(k, n - 4) == 'f' && key_byte(k, n - 3) == 'o' &&
        key_byte(k, n - 2) == 'l')
        return 1;
    return (flags & QW_CURRENCY) ? -1 : 0;
}

/* After the letters e ends, may a currency prefix those letters start go
 * on to its number? The prefixes that start with letters (data/units/
 * currencies.tsv) are letters and periods ("U.S.$"), then '$' or not, and
 * the number follows, after a space or not ("US$5", "USD 5", "RMB5"): most
 * capital words ("US officials", "U.S. officials") have none of these after
 * them. */
static int currency_may_follow(const text *t, size_t e)
{
    size_t sp, k = e;
    while (k < e + 8 && (at(t, k) == '.' || is_alpha(at(t, k)))) k++;
    if (at(t, k) == '$' || is_digit(at(t, k))) return 1;
    return (sp = space_len(t, k)) > 0 && is_digit(at(t, k + sp));
}

/* After "number" ending at e, may parse_rank() read a rank: a space, then
 * digits ("number 1") or a number word from one to twenty ("number one")?
 * Not "number of". */
static int number_rank_may_follow(const text *t, size_t e)
{
    size_t k = spaces(t, e), w;
    int v;
    if (k == NPOS) return 0;
    if (is_digit(at(t, k))) return 1;
    w = letters_end(t, k, 8);
    if (w == NPOS || w == k) return 0;
    v = qty_number_word_value(t, k, w);
    return v >= 1 && v <= 20;
}

/* May the word at i start a quantity? k holds its n (1 to 16) letters in
 * lowercase, e is its end. */
static int word_may_start(const text *t, size_t i, word_key *k)
{
    unsigned cur;
    int c = word_start_class(k);
    /* "no" starts only "No. 1" (parse_rank, grammar_start()): not "no
     * longer", "no one" */
    if (c > 0 && k->n == 2 && k->c[0] == CHUNK2('n', 'o') && !(word_flags(k) & QW_START))
        return at(t, i + 2) == '.';
    if (c > 0 && k->n == 6 && k->c[0] == CHUNK6('n', 'u', 'm', 'b', 'e', 'r') && !(word_flags(k) & QW_START))
        return number_rank_may_follow(t, i + 6);
    if (c >= 0) return c;
    if (article(k)) return article_may_start(t, i + k->n);
    /* qty_currency_prefix() itself, which matches case, where the word is the
     * letters a currency prefix starts with (QW_CURRENCY): "US" of "US$",
     * "U" of "U.S.$", "USD", "RMB" */
    return is_upper(t->s[i]) && currency_may_follow(t, i + k->n) && qty_currency_prefix(t, i, &cur) != NPOS;
}

/* The scan reads every word of every sentence: its letters are found,
 * folded and hashed 8 at a time (the hash of lexicon_hash.h, which
 * tools/unitgen.c lays the word hash out with). */

/* The number of letters from i on, counted up to 17. */
static inline size_t letter_run(const text *t, size_t i)
{
    size_t n = 0;
    while (n <= 16 && i + n + 8 <= t->n) {
        uint64_t a = alpha_bytes(dsc_load_le64(t->s + i + n));
        if (a != DSC_HIGH_BYTES) return n + (dsc_lowest_bit(~a & DSC_HIGH_BYTES) >> 3);
        n += 8;
    }
    while (n <= 16 && i + n < t->n && is_alpha(t->s[i + n])) n++;
    return n;
}

/* Is k's word (its letters, lowercase) inert: no start of a quantity, and
 * none of the words note_word() reads ("rating", "ratings", "Elo", the
 * QW_MASS nouns)? */
static int key_inert(word_key *k)
{
    uint64_t c0 = k->c[0];
    size_t n = k->n;
    k->flags = W_UNKNOWN;
    if ((word_flags(k) & QW_MASS) || (n == 3 && c0 == CHUNK3('e', 'l', 'o')) ||
        ((n == 6 || n == 7) && c0 == (CHUNK6('r', 'a', 't', 'i', 'n', 'g') | (n == 7 ? (uint64_t)'s' << 48 : 0))))
        return 0;
    return word_start_class(k) == 0;
}

/* dsc_quantity_word_inert() of w[0..n) where w[0..avail) may be read
 * (avail >= n): its letters found, folded and hashed 8 at a time, as the
 * scan reads them (letter_run, letters_chunk). */
int dsc_quantity_word_inert_in(const char *w, size_t n, size_t avail)
{
    text t;
    word_key k;
    if (n == 0 || n > sizeof k.c || avail < n) return 0;
    t.s = (const unsigned char *)w;
    t.n = avail;
    t.first_alnum = 0;
    if (letter_run(&t, 0) < n) return 0;        /* a byte of it is no ASCII letter */
    key_from_chunks(&k, letters_chunk(&t, 0, n < 8 ? n : 8), n > 8 ? letters_chunk(&t, 8, n - 8) : 0, n);
    return key_inert(&k);
}

int dsc_quantity_chunk_inert(uint64_t x, size_t n, uint32_t h)
{
    uint64_t keep = (UINT64_C(1) << (8 * n)) - 1, need = keep & DSC_HIGH_BYTES;
    word_key k;
    if ((alpha_bytes(x) & need) != need) return 0;     /* a byte of it is no ASCII letter */
    k.c[0] = x | (DSC_ONES * 0x20 & keep);              /* its letters in lowercase: as the lexicon folds them */
    k.c[1] = 0;
    k.n = n;
    k.h = h;
    return key_inert(&k);
}

int dsc_quantity_word_inert(const char *w, size_t n)
{
    return dsc_quantity_word_inert_in(w, n, n);
}

/* May a quantity start at i (< t->n)? Sets *letters to the end of the
 * letters it read, so that token_end() need not read them again. */
static int may_start(const text *t, size_t i, size_t *letters, word_key *k)
{
    size_t n;
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
        if ((n = letter_run(t, i)) > sizeof k->c) {
            *letters = i + sizeof k->c;
            k->n = 0;              /* not a whole word */
            return 0;
        }
        *letters = i + n;
        key_from_chunks(k, letters_chunk(t, i, n), n > 8 ? letters_chunk(t, i + 8, n - 8) : 0, n);
        k->flags = W_UNKNOWN;
        return word_may_start(t, i, k);
    default:
        return 0;
    }
}

/* "up to EUR 15 million or 3%", "up to 3 percent of turnover or EUR 15
 * million": an amount after "or" shares the qualifier the words before the
 * amount before it gave, in the same clause (no ',', ';' or ':' between,
 * at most 48 bytes). */
static int shared_qualifier(const text *t, const lead *ld, size_t start, const scan_state *st)
{
    size_t k;
    if (!ld->after_or || ld->qual >= 0 || st->lead_qual < 0 || !st->last_end || start < st->last_end ||
        start - st->last_end > 48)
        return -1;
    for (k = st->last_end; k < start; k++)
        if (t->s[k] == ',' || t->s[k] == ';' || t->s[k] == ':') return -1;
    return st->lead_qual;
}

/* How a bare number borrowed its unit, found once: a score ("scored
 * 53.7"), a noun before it ("a staff of about 90"). */
typedef struct {
    int score, named;
    unit_val noun;
} borrowed;

/* A bare number ("Llama 3.1", "in 2024") counts only when it borrows a
 * unit: a spelled-out scale, a rating, a comparison or an earlier level
 * with the amount before ("V3's 60.5", "up from 302"), a qualifier before
 * a number written with a thousands comma, which no year or version is
 * ("of around 140,000", "a performance below 1,600": unit the one before,
 * else none), a score, a noun before it, a size after parameters, "of
 * them". */
static int bare_borrows(const text *t, const amount *a, const lead *ld, const scan_state *st, borrowed *how)
{
    how->score = scored(t, a);
    how->named = !how->score && a->digits && !a->yearish && noun_of(t, a->start, &how->noun);
    return a->bare == B_SCALED || rated(t, a, st) ||
           ((a->bare == B_COMPARED || a->bare == B_GROUPED) && ld->compare && (st->unit.name[0] || st->last_score)) ||
           (a->bare == B_GROUPED && ld->qual >= 0) ||
           /* "about eight points, down from more than twenty": a number
            * word compared with the amount before, with a qualifier */
           (a->bare == B_WORD && ld->compare && ld->qual >= 0 && st->unit.name[0]) ||
           (ld->level && a->digits && !a->yearish && st->unit.name[0]) || how->score || how->named ||
           (a->bare == B_SIZE && st->unit.id == QU_parameters) ||
           (st->unit.name[0] && amount_value(a) > 1 && of_them(t, a->end)) ||   /* not "every one of them" */
           (st->unit.kind == DSC_Q_COUNT && st->unit.name[0] && !a->yearish && more_after(t, a->end));
}

/* The unit of a bare number that counts (bare_borrows), into a->unit. */
static void bare_amount_unit(const text *t, amount *a, amount *b, const lead *ld, int range, const scan_state *st,
                             const borrowed *how, found_q *q)
{
    b->start = a->start;
    if (how->named) a->unit = how->noun;
    else bare_unit(t, b, range, st, &a->unit);
    /* "EUR 20 billion for as many as five of them": what money was spent
     * on is counted, not money */
    if (of_them(t, a->end) && (a->unit.kind == DSC_Q_MONEY || a->unit.kind == DSC_Q_PRICE))
        memset(&a->unit, 0, sizeof a->unit);
    /* a score the text gives no unit, and what it is compared with */
    if (!range && (how->score || (ld->compare && st->last_score && !st->unit.name[0]))) {
        memset(&a->unit, 0, sizeof a->unit);
        q->score = 1;
    }
}

/* "355 billion total parameters and 32 billion active ones": a count of
 * a pro-noun counts what the count before it in the sentence counted. */
static void pro_noun_unit(const scan_state *st, unit_val *u)
{
    size_t n = strlen(u->name), b = n;
    int k = st->unit.kind;
    if (u->kind != DSC_Q_COUNT || u->id || !st->unit.name[0] ||
        (k != DSC_Q_COUNT && k != DSC_Q_PARAMETERS && k != DSC_Q_TOKENS))
        return;
    while (b > 0 && u->name[b - 1] != ' ') b--;            /* the head: "active ones" */
    if (!dsc_lx_has(dsc_lex_entry(NULL, dsc_lex_find(NULL, u->name + b, n - b))->cls, LX_PRO_NOUN)) return;
    *u = st->unit;
}

/* May join_range() find a connector after the amount ending at j ("-",
 * "–", "to", "and", "or")? What it then requires of the lead is left to it. */
static int range_may_follow(const text *t, size_t j)
{
    size_t d = opt_spaces(t, j), k;
    if (at(t, j) == '-' || (at(t, d) == 0xE2 && at(t, d + 1) == 0x80 && at(t, d + 2) == 0x93)) return 1;
    k = spaces(t, j);
    return match_word(t, k, "to", 1) != NPOS || match_word(t, k, "and", 1) != NPOS ||
           match_word(t, k, "or", 1) != NPOS;
}

/* Can a term of bare_borrows() that reads the lead (compare, qual, level)
 * be true for the bare amount a? If not, the words before it (look_behind)
 * cannot change whether it counts. */
static int borrows_by_lead(const amount *a, const scan_state *st)
{
    return a->bare == B_GROUPED || (a->bare == B_COMPARED && (st->unit.name[0] || st->last_score)) ||
           (st->unit.name[0] && (a->bare == B_WORD || (a->digits && !a->yearish)));
}

/* Is the bare number a (kind K_NONE) rejected whatever the words before it
 * say: no range can follow, and it borrows no unit by itself? Most bare
 * numbers ("Llama 3", "in 2024") are, and quantity_at() learns it before
 * reading the words behind them. */
static int bare_rejected(const text *t, const amount *a, const scan_state *st)
{
    lead none;
    borrowed how;
    if (borrows_by_lead(a, st) || range_may_follow(t, a->end)) return 0;
    memset(&none, 0, sizeof none);
    none.qual = -1;
    return !bare_borrows(t, a, &none, st, &how);
}

/* The quantity starting at i, if any. */
static int quantity_at(const text *t, size_t i, const scan_state *st, found_q *q)
{
    amount a, b;
    lead ld;
    int word_amount, range, post, digit;
    size_t e;
    double per;
    unsigned rate;
    borrowed how = {0, 0, {{0}, 0, 0, {0}}};

    q->tokens = 0;
    q->lead_qual = -1;
    q->score = 0;
    /* A digit starts no rank ('#', "No.", "top"), vague plural, ordinal,
     * multiplier word, fraction or factor: those read a word first (their
     * tables in data/units/ hold words). Most quantities start at one. */
    digit = is_digit(at(t, i));
    if (!digit && (parse_rank(t, i, &a) || parse_vague(t, i, &a) || parse_ordinal(t, i, st->ranked, &a))) {
        q->start = a.start;
        q->end = a.end;
        q->value = q->value_max = amount_value(&a);
        q->qual = a.qual >= 0 ? a.qual : DSC_EXACT;
        q->unit = a.unit;
        return 1;
    }
    word_amount = digit ? parse_in_ratio(t, i, &a)
                        : parse_multiplier_word(t, i, &a) || parse_fraction(t, i, &a) ||
                              parse_in_ratio(t, i, &a) || parse_factor(t, i, &a);
    if (!word_amount && !parse_amount(t, i, 0, &a)) return 0;
    if (!word_amount && a.kind == K_NONE && bare_rejected(t, &a, st)) return 0;
    look_behind(t, a.start, &ld);

    /* "$200 a month"; but "cut by half", "took a month" */
    /* "a day later", "a year after the rules took effect": a span between
     * two events counts; "a year earlier", "a year ago" only date a figure */
    if (a.needs_qual && ld.qual < 0 && !(a.kind == K_RATIO && (ld.by || ld.level)) &&   /* "up from an eighth" */
        !(a.kind == K_DURATION && spans_time(&ld) && !time_reference(t, a.end) &&
          a.unit.id != QU_seconds) &&                /* "for a second time" */
        !(a.kind == K_DURATION && span_between(t, a.end)))
        return 0;
    range = !word_amount && join_range(t, &a, &ld, &b);
    if (a.kind == K_NONE && !range && !bare_borrows(t, &a, &ld, st, &how)) return 0;
    if (!range) b = a;
    q->start = a.start;
    q->end = b.end;
    if (a.kind == K_NONE) bare_amount_unit(t, &a, &b, &ld, range, st, &how, q);
    pro_noun_unit(st, &a.unit);
    q->unit = a.unit;
    if (a.kind == K_MONEY && (e = per_tokens(t, b.end, &per)) != NPOS) {
        a.per = b.per = per;
        q->end = e;
        q->tokens = 1;
        qty_price_unit(&q->unit);
    } else if (a.kind == K_MONEY &&
               (((e = after_parenthesis(t, b.end)) != NPOS && per_tokens(t, e, &per) != NPOS) ||
                ((e = after_apposition(t, b.end)) != NPOS && per_tokens(t, e, &per) != NPOS) ||
                (at(t, b.end) == ',' && per_tokens(t, b.end + 1, &per) != NPOS))) {
        /* "1 yuan (about $0.14) per million tokens", "¥16, or about $2.19,
         * per million tokens": the text stays "1 yuan", "¥16", "$2.19" */
        a.per = b.per = per;
        q->tokens = 1;
        qty_price_unit(&q->unit);
    } else if (a.kind == K_MONEY && (e = per_compute(t, b.end, &rate)) != NPOS) {
        q->end = e;                                        /* "$2 per GPU hour" */
        qty_rate_unit(&q->unit, rate);
    }
    q->value = amount_value(&a);
    q->value_max = amount_value(&b);
    if (range) {
        q->qual = DSC_RANGE;
    } else {
        post = look_after(t, q->end);
        if (ld.spread && a.kind == K_DURATION) ld.qual = -1;
        if (shared_qualifier(t, &ld, a.start, st) >= 0) ld.qual = st->lead_qual;
        q->lead_qual = ld.qual;
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

/* The unit the sentence before left (its unit counted in thousands), with
 * its kind and currency as it chose them; a context that is not well
 * formed gives no more than a name and "other". */
static void context_unit(const dsc_quantity_context *prev, unit_val *u)
{
    memset(u, 0, sizeof *u);
    memcpy(u->name, prev->unit, sizeof u->name - 1);
    u->id = (uint16_t)qty_unit_id(u->name, strlen(u->name));
    u->kind = (unsigned)prev->kind < DSC_Q_KINDS ? (uint8_t)prev->kind : DSC_Q_OTHER;
    memcpy(u->currency, prev->currency, sizeof u->currency - 1);
}

/* The quantity q as the caller sees it. */
static void put_quantity(const found_q *q, dsc_quantity *o)
{
    o->start = (uint32_t)q->start;
    o->len = (uint32_t)(q->end - q->start);
    o->value = q->value;
    o->value_max = q->value_max;
    o->qualifier = (dsc_qualifier)q->qual;
    memcpy(o->unit, q->unit.name, sizeof o->unit);
    o->unit[sizeof o->unit - 1] = '\0';
    o->kind = q->score ? DSC_Q_SCORE : (dsc_quantity_kind)q->unit.kind;   /* "scored 53.7" */
    memcpy(o->currency, q->unit.currency, sizeof o->currency);
    o->currency[sizeof o->currency - 1] = '\0';
}

size_t dsc_quantities_find_ctx(const char *s, size_t n, const dsc_quantity_context *prev,
                               dsc_quantity_context *next, dsc_quantity *out, size_t cap)
{
    return dsc_quantities_scan(s, n, prev, next, out, cap, NULL, 0);
}

size_t dsc_quantities_scan(const char *s, size_t n, const dsc_quantity_context *prev, dsc_quantity_context *next,
                           dsc_quantity *out, size_t cap, const dsc_qty_skip *skip, size_t n_skip)
{
    text t;
    size_t i = 0, count = 0, small = 0, sk = 0;
    size_t next_skip = n_skip ? skip[0].start : SIZE_MAX;     /* skip[sk].start, held in a local */
    found_q q;
    scan_state st;
    int unitless = 0;

    t.s = (const unsigned char *)s;
    t.n = s ? n : 0;
    for (t.first_alnum = 0; t.first_alnum < t.n && !is_alnum(t.s[t.first_alnum]); t.first_alnum++) {}
    memset(&st, 0, sizeof st);
    st.lead_qual = -1;
    if (prev) {
        context_unit(prev, &st.prev_unit);
        st.prev_tokens = prev->token_prices != 0;
    }
    while (i < t.n) {
        size_t letters = i;
        word_key key;
        if (t.s[i] == ' ') { i++; continue; }   /* starts nothing (S_NO), a token of its own */
        /* a word that starts nothing and tells nothing (dsc_quantity_word_inert) */
        while (next_skip < i) next_skip = ++sk < n_skip ? skip[sk].start : SIZE_MAX;
        if (next_skip == i) { i = skip[sk].end; continue; }
        if (!is_alnum(before(&t, i)) && may_start(&t, i, &letters, &key) && quantity_at(&t, i, &st, &q)) {
            i = q.end > i ? q.end : i + 1;
            if (informant_count(&t, &q)) continue;
            if (q.tokens) st.tokens = 1;
            st.lead_qual = q.lead_qual;
            st.last_end = q.end;
            st.last_score = q.score;
            st.ranked |= q.unit.kind == DSC_Q_RANK;
            unitless |= q.unit.name[0] == '\0' || of_demonstrative(&t, q.end);
            small += small_money(&t, q.unit.kind, q.end, q.value_max);
            /* a rank, a ratio or a multiplier relates amounts: "nearly
             * double the 12,000" compares with the amount before it */
            if (q.unit.kind != DSC_Q_RANK && q.unit.kind != DSC_Q_RATIO && q.unit.kind != DSC_Q_MULTIPLIER) {
                st.unit = q.unit;
                if (q.value_max >= 1000) st.big_unit = q.unit;
            }
            if (count < cap && out) put_quantity(&q, &out[count]);
            count++;
            continue;
        }
        if (letters > i) note_word(&t, i, letters, &key, &st);
        i = token_end(&t, i, letters);
    }
    if (out) share_prices(&t, out, count < cap ? count : cap, st.prev_tokens);
    if (next) {
        memcpy(next->unit, st.big_unit.name, sizeof next->unit);
        next->kind = (dsc_quantity_kind)st.big_unit.kind;
        memcpy(next->currency, st.big_unit.currency, sizeof next->currency);
        next->token_prices = (unsigned char)st.tokens;
        next->open = (unsigned char)(unitless || (small >= 2 && !st.tokens));
    }
    return count;
}

size_t dsc_quantities_find(const char *s, size_t n, dsc_quantity *out, size_t cap)
{
    return dsc_quantities_find_ctx(s, n, NULL, NULL, out, cap);
}
