/*
 * quantity_units.h: the quantity finder's units and number words as data.
 * The files in data/units/ list the currencies (symbols, codes, words, the
 * ISO code), scales, number words, count nouns, time units, measures and
 * qualifiers, and say what each unit measures (its dsc_quantity_kind);
 * tools/unitgen.c compiles them into the tables below (build/gen/
 * units_data.c) and numbers every unit (QU_* in the generated
 * units_ids.h), so the finder chooses a unit and its kind and currency
 * together and never compares unit names to learn what they measure.
 */
#ifndef DSC_QUANTITY_UNITS_H
#define DSC_QUANTITY_UNITS_H

#include <stddef.h>
#include <stdint.h>
#include "dsc.h"
#include "units_ids.h"

/* A unit the finder reports: qu_units[QU_*]; qu_units[0] is no unit (""). */
typedef struct {
    char name[32];            /* as the JSON shows it: "GPUs", "%", "USD"; NUL-padded */
    dsc_quantity_kind kind;   /* what it measures */
    char currency[4];         /* money: the ISO 4217 code (the name); else "" */
} qu_unit;

/* What a form's flags say (each list uses its own). */
enum {
    QF_SING = 0x1,            /* nouns: the singular form */
    QF_FIXED = 0x2,           /* nouns: a unit of the annotation scheme */
    QF_DUR = 0x4,             /* nouns: a time unit (its unit is a duration) */
    QF_BIG = 0x8,             /* nouns: counted in millions */
    QF_MEASURE = 0x10,        /* nouns: "a" counts one of it ("a gigawatt") */
    QF_HYPHEN = 0x20,         /* scale words: may follow a hyphen */
    QF_LETTER = 0x40,         /* glued scales: one letter ("300k", "$6M") */
    QF_SIZE = 0x80,           /* glued scales: "B", "T", a model's size */
    QF_PLURAL = 0x100,        /* denominators: the plural ("thirds") */
    QF_ALONE = 0x200          /* denominators: a fraction by itself ("half") */
};

/* One way of writing something: the lists below end with form == NULL.
 * Where the first form to match wins, longer forms come first, so "pounds
 * sterling" is tried before "pounds" and "GPU hours" before "GPU". */
typedef struct {
    const char *form;         /* as in the data: "US$", "pounds sterling" */
    int32_t value;            /* a number word's value; a multiplier's; a
                                 denominator's; a scale's factor beside its
                                 power of ten ("dozen": 12); a noun's worth
                                 in its unit ("decade": 10); a qualifier */
    uint16_t unit;            /* QU_*: what it reports (0: none) */
    uint16_t flags;           /* QF_* */
    uint8_t len;              /* strlen(form) */
    int8_t e10;               /* a power of ten: scales; cents (-2) */
} qu_form;

extern const qu_unit qu_units[QU_N + 1];

extern const qu_form qu_currency_before[];   /* "$", "US$", "RMB": case as written */
extern const qu_form qu_currency_after[];    /* "yuan", "US dollars": any case */
extern const qu_form qu_currency_glued[];    /* "¢" */
extern const qu_form qu_scale_words[];       /* "million", "bn", "dozen" */
extern const qu_form qu_scale_glued[];       /* "k", "M", "bn": case as written */
extern const qu_form qu_vague[];             /* "tens", "billions" */
extern const qu_form qu_numbers[];           /* "one" ... "thousand" */
extern const qu_form qu_multipliers[];       /* "twice", "tripled" */
extern const qu_form qu_denominators[];      /* "half", "thirds" */
extern const qu_form qu_symbols[];           /* "GB/s", "MW": case as written */
extern const qu_form qu_measure_words[];     /* "percent", "times": any case */
extern const qu_form qu_qualifiers[];        /* "more than": value a dsc_qualifier */
extern const qu_form qu_ordinals[];          /* "second": value 2 */

/* The lists matched in any case, by first letter: LIST[LIST_from[b] ..
 * LIST_from[b + 1]) are the forms of bucket b = letter - 'a' (26: a form
 * that starts with another byte), longer forms first. */
extern const uint16_t qu_currency_after_from[28];
extern const uint16_t qu_scale_words_from[28];
extern const uint16_t qu_vague_from[28];
extern const uint16_t qu_multipliers_from[28];
extern const uint16_t qu_denominators_from[28];
extern const uint16_t qu_measure_words_from[28];
extern const uint16_t qu_qualifiers_from[28];
extern const uint16_t qu_ordinals_from[28];

/* Count nouns and time units by their first letter and the byte after it
 * (its letter, or 26 for any other byte): the forms of bucket b = 27 *
 * letter + column are qu_nouns[qu_noun_from[b] .. qu_noun_from[b + 1]). */
extern const qu_form qu_nouns[];
extern const uint16_t qu_noun_from[26 * 27 + 1];
/* Bytes a currency prefix (case as written) or a scale word (any case) may
 * start with. */
extern const unsigned char qu_currency_first[256];
extern const unsigned char qu_scale_first[256];
extern const unsigned char qu_symbol_first[256];   /* the first bytes of qu_symbols */

/* The single words the scan asks about, in an open-addressing hash of
 * QU_WORD_SLOTS slots: the lowercase word (1 to 16 letters, zero-padded
 * in w), hashed as a lexicon word is (lexicon_hash.h), lives in slot
 * h & (QU_WORD_SLOTS - 1) or after it; qu_word_tag[slot] is h | 1 (0:
 * empty). */
enum {
    QW_START = 1,             /* may start a quantity: see may_start() */
    QW_MASS = 2,              /* a plural noun counted in millions, its own unit */
    QW_NUMBER = 4,            /* a number word: value */
    QW_FEW = 8,               /* "several": a floor before a scale */
    QW_CURRENCY = 16,         /* the letters a currency prefix starts with:
                                 "us" of "US$", "u" of "U.S.$", "rmb" */
    QW_AFTER_A = 32,          /* the first word of a form that may follow "a"
                                 in a quantity: see article_may_start() */
    QW_QUAL_LAST = 64         /* the last word of a qualifier phrase
                                 (qualifiers.tsv): "than" of "more than" */
};
#define QU_WORD_SLOTS 1024u
typedef struct {
    uint8_t n, flags;
    char w[16];
    int32_t value;            /* QW_NUMBER: its value */
    uint16_t unit;            /* QW_MASS: its unit (QU_*) */
} qu_word;
extern const uint32_t qu_word_tag[QU_WORD_SLOTS];
extern const qu_word qu_word_set[QU_WORD_SLOTS];

#endif
