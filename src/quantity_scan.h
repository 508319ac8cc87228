/*
 * quantity_scan.h: what the files of the quantity finder share (private
 * to src/quantity*.c): reading the text through at() and its helpers, the
 * lexicon's word classes, a unit as the finder carries it, and the unit
 * parsers quantity_units.c lends quantity.c.
 *
 *   quantity.c        numbers, scales, qualifiers, amounts, ranges, the scan
 *   quantity_units.c  what a number counts: currencies, count nouns, time
 *                     units, symbols (data/units/, through quantity_units.h)
 */
#ifndef DSC_QUANTITY_SCAN_H
#define DSC_QUANTITY_SCAN_H

#include "dsc.h"
#include "lexicon.h"
#include "quantity_units.h"

#include <string.h>

#define NPOS ((size_t)-1)

/* ===================================================================== */
/* Text access                                                            */
/* ===================================================================== */

typedef struct {
    const unsigned char *s;
    size_t n;
    size_t first_alnum;       /* the first ASCII letter or digit, or n */
} text;

static inline int at(const text *t, size_t i) { return i < t->n ? t->s[i] : -1; }
static inline int before(const text *t, size_t i) { return i > 0 && i <= t->n ? t->s[i - 1] : -1; }

/* ASCII classes of a byte from at(), which may be -1: one unsigned compare
 * each ((unsigned)-1 - 'A' is huge), so they stay cheap in the hot loops. */
static inline int is_digit(int c) { return (unsigned)(c - '0') < 10u; }
static inline int is_upper(int c) { return (unsigned)(c - 'A') < 26u; }
static inline int is_lower(int c) { return (unsigned)(c - 'a') < 26u; }
static inline int is_alpha(int c) { return (unsigned)((c | 0x20) - 'a') < 26u; }
static inline int is_alnum(int c) { return is_alpha(c) || is_digit(c); }
static inline int lower(int c) { return is_upper(c) ? c + ('a' - 'A') : c; }

/* Bytes of the space character at i: ASCII blank, NBSP (U+00A0), thin or
 * narrow no-break space (U+2009, U+202F); 0 if there is none. */
static inline size_t space_len(const text *t, size_t i)
{
    int c = at(t, i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
    if (c == 0xC2 && at(t, i + 1) == 0xA0) return 2;
    if (c == 0xE2 && at(t, i + 1) == 0x80 && (at(t, i + 2) == 0x89 || at(t, i + 2) == 0xAF))
        return 3;
    return 0;
}

/* Bytes of the space character that ends just before i, 0 if none. */
static inline size_t space_before(const text *t, size_t i)
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
static inline size_t spaces(const text *t, size_t i)
{
    size_t k, m = 0;
    if (i == NPOS) return NPOS;
    /* one blank before a letter or digit: most calls */
    if (i + 1 < t->n && t->s[i] == ' ' && is_alnum(t->s[i + 1])) return i + 1;
    while (m < 4 && (k = space_len(t, i)) > 0) { i += k; m++; }
    return m ? i : NPOS;
}

static inline size_t opt_spaces(const text *t, size_t i)
{
    size_t j = spaces(t, i);
    return j == NPOS ? i : j;
}

/* strcmp(a, b) == 0 in line: the words compared are short and mostly
 * differ in the first byte, where a call to strcmp costs more than the test. */
static inline int streq(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

/* Matches the literal w at i (case-folded if fold); a ' ' in w matches one
 * space character. Returns the end, or NPOS. */
static inline size_t match_lit(const text *t, size_t i, const char *w, int fold)
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

/* Can the literal w (case as written; it does not start with a space)
 * match where the text has byte c (from at())? The loops over the lists
 * that match case ask this before match_lit(): it rejects nearly every
 * entry with one compare instead of a call. */
static inline int first_may_match(int c, const char *w) { return c == (unsigned char)w[0]; }

/* Can the literal w match at i (the lists' bucket loops ask before
 * match_lit()), judging by its byte k, when its first k bytes are no
 * spaces (each then matches one byte of the text)? A letter there must be
 * the text's, case-folded, as match_lit() finds: the forms of a bucket
 * share their first byte or two, so most fail at this one compare instead
 * of a call. */
static inline int next_may_match(const text *t, size_t i, const char *w, size_t k)
{
    int c = (unsigned char)w[k];
    return i != NPOS && (!is_alpha(c) || lower(at(t, i + k)) == lower(c));
}

/* The forms of a list of data/units/ indexed by first letter (see
 * quantity_units.h) that may match where the text has byte c (from at()):
 * [returned, *end). */
static inline const qu_form *bucket(const qu_form *list, const uint16_t from[28], int c, const qu_form **end)
{
    int b = is_alpha(c) ? lower(c) - 'a' : 26;
    *end = list + from[b + 1];
    return list + from[b];
}

/* match_lit() that must end at a word boundary. */
static inline size_t match_word(const text *t, size_t i, const char *w, int fold)
{
    size_t e = match_lit(t, i, w, fold);
    return e != NPOS && !is_alnum(at(t, e)) ? e : NPOS;
}

/* End of the run of ASCII letters at i, or NPOS if it is longer than max. */
static inline size_t letters_end(const text *t, size_t i, size_t max)
{
    size_t e = i;
    while (is_alpha(at(t, e))) {
        if (e - i >= max) return NPOS;
        e++;
    }
    return e;
}

/* Is [i, e) the word w (case-folded)? Most calls fail on the first byte,
 * so the length is checked as the walk goes rather than with strlen. */
static inline int span_is(const text *t, size_t i, size_t e, const char *w)
{
    const unsigned char *p = (const unsigned char *)w;
    size_t k, n = e - i;
    for (k = 0; k < n; k++)
        if (p[k] == '\0' || lower(t->s[i + k]) != lower(p[k])) return 0;
    return p[n] == '\0';
}

/* ===================================================================== */
/* Word classes                                                           */
/* ===================================================================== */

/* The words the finder reads by class are in the lexicon (data/lexicon/
 * quantity.tsv: quantity-stop, not-plural, month ...); it reads the
 * built-in one, whatever a user's dictionary adds. */

/* The lexicon's classes of the word [i, e), any case (none if it is not
 * listed, empty or longer than a lexicon word). */
static inline dsc_lx_cls span_classes(const text *t, size_t i, size_t e)
{
    uint32_t id = i < e ? dsc_lex_find(NULL, (const char *)t->s + i, e - i) : 0;
    return dsc_lex_entry(NULL, id)->cls;
}

/* Is [i, e) a word of class cls (LX_*)? */
static inline int span_has(const text *t, size_t i, size_t e, unsigned cls)
{
    return dsc_lx_has(span_classes(t, i, e), cls);
}

/* Is the unit string u a word of class cls ("people": informant)? */
static inline int unit_has(const char *u, unsigned cls)
{
    return dsc_lx_has(dsc_lex_entry(NULL, dsc_lex_find(NULL, u, strlen(u)))->cls, cls);
}

/* The end of the word of class cls at i (letters, then no letter or
 * digit), or NPOS. */
static inline size_t class_word(const text *t, size_t i, unsigned cls)
{
    size_t e = letters_end(t, i, DSC_LX_MAX_WORD);
    return e != NPOS && e > i && !is_digit(at(t, e)) && span_has(t, i, e, cls) ? e : NPOS;
}

/* ===================================================================== */
/* Units as the finder carries them                                       */
/* ===================================================================== */

/* How the parsers treat a unit (its kind in the JSON is a dsc_quantity_kind). */
enum { K_NONE, K_MONEY, K_PERCENT, K_MULT, K_DATA, K_DURATION, K_COUNT, K_RANK, K_RATIO };

/* A unit as the finder carries it: the name the JSON shows, the unit of
 * data/units/ it is (QU_*; 0 for a noun only the text names, "API calls"),
 * what it measures and, for money and prices, the ISO currency. Chosen
 * together, from the data, so nothing re-derives the kind from the name. */
typedef struct {
    char name[32];
    uint16_t id;
    uint8_t kind;             /* dsc_quantity_kind */
    char currency[4];
} unit_val;

/* A unit read after a number. */
typedef struct {
    int kind;            /* K_*: how the parsers treat it */
    unit_val unit;
    size_t end;
    int e10;             /* cents: -2 */
    int mul;             /* "decade": 10 (years); 0 or 1 otherwise */
    int flags;           /* QF_* of a known noun */
    int generic;         /* a plural recognised by its form only */
    int modifiers;       /* words between the number and the noun */
    int hyphen;          /* "10-year", "2,048-GPU" */
    int attributive;     /* a singular noun before another word: "GPU cluster" */
} unit_match;

/* ===================================================================== */
/* What quantity_units.c lends                                            */
/* ===================================================================== */

void qty_unit_of(unit_val *u, unsigned id);                 /* the data's unit QU_* id */
unsigned qty_unit_id(const char *s, size_t n);              /* the unit named s[0..n), 0 none */
void qty_unit_named(unit_val *u, const char *s, size_t n);  /* a noun the text names */
void qty_price_name(char name[32], const char currency[4]); /* "USD per 1M tokens" */
void qty_price_unit(unit_val *u);                           /* money -> its price per 1M tokens */
void qty_rate_name(char name[32], const char currency[4], const char *per); /* "INR per GPU hour" */
void qty_rate_unit(unit_val *u, unsigned id);               /* money -> its price per one of unit id */
size_t qty_currency_prefix(const text *t, size_t i, unsigned *cur);
size_t qty_data_unit(const text *t, size_t i, unsigned *unit);
int qty_known_noun(const text *t, size_t i, unit_match *u);
int qty_duration_follows(const text *t, size_t i);
int qty_count_noun(const text *t, size_t i, int allow_generic, unit_match *u);
size_t qty_currency_word(const text *t, size_t i, unit_match *u);
int qty_parse_unit(const text *t, size_t j, int allow_generic, unit_match *u);

/* ... and what quantity.c lends it */
int qty_number_word_value(const text *t, size_t i, size_t e);

#endif
