/*
 * quantity_units.c: what a number counts. After a number (and its scale)
 * the finder reads a currency ("4.7 billion yuan", "14 cents"), a percent
 * or a multiplier in words ("17 percent", "10 times"), a measurement symbol
 * ("400GB/s", "5 GW"), a count noun or time unit after up to three
 * modifiers ("2,048 Nvidia H800 GPUs", "two months"), a plural it knows by
 * its form ("1.2 billion API calls") or a hyphenated one ("a 300-page
 * book"); before a number, a currency symbol or code ("US$", "RMB"). The
 * forms are data (data/units/, compiled by tools/unitgen.c), and each
 * reports a unit of the data with what it measures and its currency, so
 * the kind of a quantity is chosen with its unit.
 */
#include "quantity_scan.h"

/* A word with its length, for lists scanned in hot loops: a length that
 * differs rules an entry out without reading it. */
typedef struct {
    size_t len;
    const char *w;
} sized_word;
#define SW(w) {sizeof w - 1, w}
#define SW_END {0, NULL}

/* ===================================================================== */
/* Units                                                                  */
/* ===================================================================== */

/* u is the unit QU_* id of the data. */
void qty_unit_of(unit_val *u, unsigned id)
{
    const qu_unit *d = &qu_units[id];
    memcpy(u->name, d->name, sizeof u->name);   /* NUL-padded, at most 31 bytes */
    u->id = (uint16_t)id;
    u->kind = (uint8_t)d->kind;
    memcpy(u->currency, d->currency, sizeof u->currency);
}

/* The QU_* number of the unit named s[0..n), 0 if the data has none. */
unsigned qty_unit_id(const char *s, size_t n)
{
    size_t lo = 1, hi = QU_N + 1;
    if (n > 31) return 0;                         /* no unit's name is longer */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *name = qu_units[mid].name;
        int c = strncmp(name, s, n);
        if (c == 0 && name[n]) c = 1;
        if (c == 0) return (unsigned)mid;
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return 0;
}

/* Is s[0..n) the name of a count data/units/ lists ("GPUs", "chips")? A
 * table's header that is one types its cells (src/claim/table.c). */
int dsc_unit_is_count(const char *s, size_t n)
{
    unsigned id = qty_unit_id(s, n);
    return id != 0 && qu_units[id].kind == DSC_Q_COUNT;
}

/* u is a noun the text names (s[0..n), at most 31 bytes kept): the data's
 * unit of that name if there is one ("points", "quarters"), else a count
 * of it ("API calls", "pages"); no unit at all if n is 0. */
void qty_unit_named(unit_val *u, const char *s, size_t n)
{
    unsigned id;
    if (n > 31) n = 31;
    if ((id = qty_unit_id(s, n)) != 0) {
        qty_unit_of(u, id);
        return;
    }
    memset(u, 0, sizeof *u);
    memcpy(u->name, s, n);
    u->kind = n ? DSC_Q_COUNT : DSC_Q_OTHER;
}

/* The name of a price in currency per what it prices: "USD per 1M tokens",
 * "INR per GPU hour" (cut at 31 bytes). */
void qty_rate_name(char name[32], const char currency[4], const char *per)
{
    size_t n = strnlen(currency, 3), m = strlen(per);
    memset(name, 0, 32);
    if (n + 5 + m > 31) m = 31 - n - 5;
    memcpy(name, currency, n);
    memcpy(name + n, " per ", 5);
    memcpy(name + n + 5, per, m);
}

/* The name of a price in currency per million tokens: "USD per 1M tokens". */
void qty_price_name(char name[32], const char currency[4])
{
    qty_rate_name(name, currency, "1M tokens");
}

/* A currency symbol or code before the number at i ("$", "US$", "€",
 * "RMB": data/units/currencies.tsv, case as written): the position after it
 * (and after one optional space), provided digits follow; NPOS otherwise.
 * qu_currency_first rules out the bytes none starts with: digits and
 * lowercase letters, where the scan calls most. */
size_t qty_currency_prefix(const text *t, size_t i, unsigned *cur)
{
    const qu_form *f;
    size_t e, j;
    int c = at(t, i);
    if (c < 0 || !qu_currency_first[c]) return NPOS;
    for (f = qu_currency_before; f->form; f++) {
        if (!first_may_match(c, f->form)) continue;
        e = match_lit(t, i, f->form, 0);
        if (e == NPOS) continue;
        /* "US$", "USD": the letters must start a word */
        if (is_alpha(at(t, i)) && is_alnum(before(t, i))) return NPOS;
        j = space_len(t, e) ? e + space_len(t, e) : e;
        if (!is_digit(at(t, j))) continue;
        *cur = f->unit;
        return j;
    }
    return NPOS;
}

/* A measurement symbol at i with a word boundary after it ("GB/s", "MW":
 * data/units/symbols.tsv, case as written). Not "nm": "7nm" names a
 * process, it does not measure anything. */
size_t qty_data_unit(const text *t, size_t i, unsigned *unit)
{
    const qu_form *f;
    size_t e;
    int c = at(t, i);
    /* most words after a number start with a byte no symbol starts with
     * ("in", "models"): the list is not in buckets */
    if (c < 0 || !qu_symbol_first[c]) return NPOS;
    for (f = qu_symbols; f->form; f++) {
        if (!first_may_match(c, f->form)) continue;
        e = match_lit(t, i, f->form, 0);
        if (e != NPOS && !is_alnum(at(t, e)) && at(t, e) != '/') {
            *unit = f->unit;
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

/* A lowercase word that looks like a plural noun ("gigawatts", "miles",
 * "co-founders": a hyphen between lowercase letters): ends in "s" but not
 * "ss", "us", "is" ("less", "famous", "analysis"), and is not a verb or
 * function word (not-plural, quantity-stop). */
static size_t generic_plural(const text *t, size_t i)
{
    size_t e = i;
    dsc_lx_cls cls;
    while (is_lower(at(t, e)) || (at(t, e) == '-' && e > i && is_lower(at(t, e + 1)))) {
        if (e - i >= 24) return NPOS;
        e++;
    }
    if (e - i < 3 || is_alnum(at(t, e)) || at(t, e - 1) != 's') return NPOS;
    if (at(t, e - 2) == 's' || at(t, e - 2) == 'u' || at(t, e - 2) == 'i') return NPOS;
    cls = span_classes(t, i, e);
    if (dsc_lx_has(cls, LX_NOT_PLURAL) || dsc_lx_has(cls, LX_QUANTITY_STOP)) return NPOS;
    return e;
}

/* An acronym in the plural the data does not list ("100,000 XPUs", "40
 * LLMs", "12 NPUs"): two to five capitals and a lowercase "s" count the
 * acronym's thing, as a lowercase plural counts its noun (generic_plural);
 * one capital is no acronym ("Ms"). */
static size_t acronym_plural(const text *t, size_t i)
{
    size_t e = i;
    while (is_upper(at(t, e)) && e - i < 6) e++;
    if (e - i < 2 || e - i > 5 || at(t, e) != 's' || is_alnum(at(t, e + 1))) return NPOS;
    if (at(t, e + 1) == '-' || at(t, e + 1) == '\'') return NPOS;   /* "XPUs-based", "LLMs'" */
    return e + 1;
}

/* The endings of an adjective before a count noun that is not part of its
 * name: "20 consecutive sessions", "the famous four" (the words without
 * one are the class count-adjective: "50 other markets"). */
static const sized_word ADJECTIVE_ENDINGS[] = {
    SW("ive"), SW("al"), SW("ous"), SW("ful"), SW("less"), SW("able"), SW("ible"), SW("ic"),
    SW("ed"), SW("ing"), SW("ent"), SW("ant"), SW("ary"), SW("ory"), SW("ly"), SW("est"),
    SW("ese"), SW("ish"), SW("ian"), SW_END
};

/* Does the lowercase word [i, e) look like an adjective? */
static int looks_adjective(const text *t, size_t i, size_t e)
{
    const sized_word *x;
    if (span_has(t, i, e, LX_COUNT_ADJECTIVE)) return 1;
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
 * companies") are listed in data/units/nouns.tsv. */
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
    /* "14.8 trillion diverse, high-quality tokens": a comma between two
     * adjectives */
    k = at(t, e) == ',' && !up && !dig && looks_adjective(t, i, e) ? spaces(t, e + 1) : spaces(t, e);
    if (k == NPOS) return NPOS;
    if (is_digit(at(t, i)) && !up) return NPOS;   /* "910C" is a chip; "2024", "3rd" are not */
    /* "671B total params", "37B active parameters": a count-adjective
     * modifies even where it stops a noun ("$5 billion total") */
    if (!up && !dig && span_has(t, i, e, LX_QUANTITY_STOP) && !span_has(t, i, e, LX_COUNT_ADJECTIVE))
        return NPOS;
    if (!dig && qty_number_word_value(t, i, e) > 0) return NPOS;
    m->start = i;
    m->end = e;
    m->strong = up || dig;
    m->adjunct = up && !low && !dig && e - i >= 2 && e - i <= 5;        /* "API", "AI" */
    return k;
}

/* u reports what the form f of data/units/ reports, as a unit of parse
 * class kind (K_*), and ends at e. */
static void take_form(unit_match *u, const qu_form *f, int kind, size_t e)
{
    u->kind = kind;
    qty_unit_of(&u->unit, f->unit);
    u->e10 = f->e10;
    u->end = e;
}

static int noun_column(int c) { return is_alpha(c) ? lower(c) - 'a' : 26; }

/* Does a noun the singular before it modifies start at j ("a 10,000 GPU
 * cluster")? A lowercase word, but no function word: in "Claude 4 second
 * and Grok third" the "second" modifies nothing; unless the word joins
 * another number whose noun follows ("4 GPU and 8 GPU nodes", "a 10 to 20
 * year loan"). */
static int attributive_at(const text *t, size_t j)
{
    size_t w, k;
    if (j == NPOS || !is_lower(at(t, j))) return 0;
    w = letters_end(t, j, 16);
    if (w == NPOS || w == j || !span_has(t, j, w, LX_QUANTITY_STOP)) return 1;
    k = spaces(t, w);
    return (span_is(t, j, w, "and") || span_is(t, j, w, "or") || span_is(t, j, w, "to")) && k != NPOS &&
           is_digit(at(t, k));
}

/* A known noun at i (no modifiers): data/units/nouns.tsv and time.tsv, any
 * case. Only the forms of the bucket of the first two bytes can match (see
 * qu_noun_from), longer forms first: "GPU hours" before "GPU"; a form
 * followed by a hyphen and a letter is part of a longer word
 * ("gigawatt-hours" is no gigawatt). Every noun starts with a letter. */
int qty_known_noun(const text *t, size_t i, unit_match *u)
{
    const qu_form *f, *end;
    size_t e, j, b;
    int c = at(t, i);
    if (!is_alpha(c)) return 0;
    b = (size_t)(lower(c) - 'a') * 27 + (size_t)noun_column(at(t, i + 1));
    for (f = qu_nouns + qu_noun_from[b], end = qu_nouns + qu_noun_from[b + 1]; f < end; f++) {
        if (is_alpha((unsigned char)f->form[1]) && !next_may_match(t, i, f->form, 2)) continue;
        e = match_word(t, i, f->form, 1);
        if (e == NPOS || (at(t, e) == '-' && is_alpha(at(t, e + 1)))) continue;
        take_form(u, f, f->flags & QF_DUR ? K_DURATION : K_COUNT, e);
        u->flags = f->flags;
        u->mul = f->value;
        j = spaces(t, e);
        u->attributive = attributive_at(t, j);
        return 1;
    }
    return 0;
}

/* A singular duration or unit of measure after a space at i: "a month",
 * "an hour", "a gigawatt". */
int qty_duration_follows(const text *t, size_t i)
{
    unit_match u;
    size_t k = spaces(t, i);
    memset(&u, 0, sizeof u);
    return k != NPOS && qty_known_noun(t, k, &u) && (u.kind == K_DURATION || (u.flags & QF_MEASURE)) &&
           (u.flags & QF_SING);
}

/* The known singular noun u ("model") stands before a plural the
 * data does not know ("makers"), or one it does ("model weights" is
 * not: "weights" is no count noun): the plural, as u, with mods + 1
 * modifiers. */
static int modifier_noun(const text *t, unit_match *u, int mods)
{
    size_t j = spaces(t, u->end), e;
    if (j == NPOS || !is_lower(at(t, j)) || (e = generic_plural(t, j)) == NPOS) return 0;
    u->kind = K_COUNT;
    u->generic = 1;
    u->flags = 0;
    u->attributive = 0;
    qty_unit_named(&u->unit, (const char *)t->s + j, e - j);
    u->end = e;
    u->modifiers = mods + 1;
    return 1;
}

/* A count noun or duration at i, after up to three modifiers: "Nvidia H800
 * GPUs", "37 billion activated parameters". A plural recognised by its form
 * alone keeps the acronyms that name it: "1.2 billion API calls" counts
 * "API calls", "20 consecutive sessions" counts "sessions", "three major
 * telecom operators" counts "operators". */
int qty_count_noun(const text *t, size_t i, int allow_generic, unit_match *u)
{
    modifier_word mw[3];
    size_t k = i, e;
    int mods, first, weak = 0;
    for (mods = 0;; mods++) {
        if (qty_known_noun(t, k, u)) {
            /* "three model makers", "six chip designers": a singular noun
             * the data does not fix, before a plural, modifies it */
            if (allow_generic && mods < 3 && (u->flags & QF_SING) && !(u->flags & QF_FIXED) &&
                modifier_noun(t, u, mods))
                return 1;
            u->modifiers = mods;
            return 1;
        }
        if (!weak && (e = chip_plural(t, k)) != NPOS) {
            u->kind = K_COUNT;
            u->flags = QF_FIXED;
            qty_unit_of(&u->unit, QU_GPUs);
            u->end = e;
            u->modifiers = mods;
            return 1;
        }
        if (allow_generic && weak <= 2 && (e = acronym_plural(t, k)) != NPOS) {
            u->kind = K_COUNT;
            u->generic = 1;
            qty_unit_named(&u->unit, (const char *)t->s + k, e - k);
            u->end = e;
            u->modifiers = mods;
            return 1;
        }
        if (allow_generic && weak <= 2 && (e = generic_plural(t, k)) != NPOS) {
            for (first = mods; first > 0 && mw[first - 1].adjunct; first--) {}
            u->kind = K_COUNT;
            u->generic = 1;
            qty_unit_named(&u->unit, (const char *)t->s + (first < mods ? mw[first].start : k),
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

/* A currency after a number at i ("4.7 billion dollars", "14 cents", "21.6
 * billion won": data/units/currencies.tsv, any case), longer forms first
 * ("pounds sterling" before "pounds"). */
size_t qty_currency_word(const text *t, size_t i, unit_match *u)
{
    const qu_form *f, *end;
    size_t e;
    for (f = bucket(qu_currency_after, qu_currency_after_from, at(t, i), &end); f < end; f++) {
        if (!next_may_match(t, i, f->form, 1)) continue;
        e = match_word(t, i, f->form, 1);
        if (e == NPOS) continue;
        take_form(u, f, K_MONEY, e);
        return e;
    }
    return NPOS;
}

/* A currency symbol right after the digits at j: "14¢" (data/units/
 * currencies.tsv, place glued). */
static int glued_currency(const text *t, size_t j, unit_match *u)
{
    const qu_form *f;
    size_t e;
    for (f = qu_currency_glued; f->form; f++)
        if ((e = match_lit(t, j, f->form, 0)) != NPOS) {
            take_form(u, f, K_MONEY, e);
            return 1;
        }
    return 0;
}

/* A percent or a multiplier written as words after a number at k: "17
 * percent", "50 basis points", "10 times" (data/units/symbols.tsv, place
 * word, any case). */
static int measure_word(const text *t, size_t k, unit_match *u)
{
    const qu_form *f, *end;
    size_t e;
    for (f = bucket(qu_measure_words, qu_measure_words_from, at(t, k), &end); f < end; f++) {
        if (!next_may_match(t, k, f->form, 1) || (e = match_word(t, k, f->form, 1)) == NPOS) continue;
        take_form(u, f, qu_units[f->unit].kind == DSC_Q_PERCENT ? K_PERCENT : K_MULT, e);
        return 1;
    }
    return 0;
}

/* "a 300-page book", "a 10-member panel": a singular noun after a hyphen,
 * used attributively; not a word that follows a number and a hyphen
 * without being counted (not-hyphen-noun: "a 2,000-strong team", "a
 * 10-year-old", "20-something"). Writes its plural to unit and returns its
 * end. */
static size_t hyphen_noun(const text *t, size_t i, unit_val *u)
{
    size_t e = i, n, k;
    dsc_lx_cls cls;
    char unit[16];
    int c;
    while (is_lower(at(t, e)) && e - i < 13) e++;
    n = e - i;
    if (n < 3 || n > 12 || is_alnum(at(t, e)) || at(t, e) == '-') return NPOS;
    k = spaces(t, e);
    if (k == NPOS || !is_lower(at(t, k))) return NPOS;   /* attributive: a noun follows */
    cls = span_classes(t, i, e);
    if (dsc_lx_has(cls, LX_NOT_HYPHEN_NOUN) || dsc_lx_has(cls, LX_QUANTITY_STOP) || looks_adjective(t, i, e) ||
        t->s[e - 1] == 's')
        return NPOS;
    if (span_is(t, i, e, "person")) {
        qty_unit_of(u, QU_people);
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
    qty_unit_named(u, unit, strlen(unit));
    return e;
}

/* u is the data's unit id, of parse class kind (K_*), ending at e. */
static int unit_at(unit_match *u, int kind, unsigned id, size_t e)
{
    u->kind = kind;
    qty_unit_of(&u->unit, id);
    u->end = e;
    return 1;
}

/* A sign right after the number ending at j: "17%", "17 %", "14¢", "10×". */
static int sign_unit(const text *t, size_t j, unit_match *u)
{
    size_t k = opt_spaces(t, j);
    if (at(t, k) == '%') return unit_at(u, K_PERCENT, QU_pct, k + 1);
    if (at(t, k) == 0xEF && at(t, k + 1) == 0xBC && at(t, k + 2) == 0x85)   /* fullwidth % */
        return unit_at(u, K_PERCENT, QU_pct, k + 3);
    if (glued_currency(t, j, u)) return 1;
    if (at(t, j) == 0xC3 && at(t, j + 1) == 0x97 && !is_alnum(at(t, j + 2))) return unit_at(u, K_MULT, QU_x, j + 2);
    return 0;
}

/* A unit after the number and a hyphen at j, used as an adjective:
 * "17-percent", "50-fold", "10-year", "2,048-GPU", "300,000-yuan projects",
 * "a 300-page book". */
static int hyphen_unit(const text *t, size_t j, int allow_generic, unit_match *u)
{
    size_t k = j + 1, e;
    if ((e = match_word(t, k, "percent", 1)) != NPOS) return unit_at(u, K_PERCENT, QU_pct, e);
    if ((e = match_word(t, k, "fold", 1)) != NPOS) return unit_at(u, K_MULT, QU_x, e);
    if (qty_known_noun(t, k, u) && match_lit(t, u->end, "-old", 1) == NPOS) {
        u->hyphen = 1;
        u->attributive = 0;
        return 1;
    }
    memset(u, 0, sizeof *u);
    /* "a $5-million deal": money used attributively */
    if (qty_currency_word(t, k, u) != NPOS) return 1;
    memset(u, 0, sizeof *u);
    if (allow_generic && (e = hyphen_noun(t, k, &u->unit)) != NPOS) {
        u->kind = K_COUNT;
        u->generic = u->hyphen = 1;
        u->end = e;
        return 1;
    }
    return 0;
}

/* The unit after a number (and its scale) ending at j. */
int qty_parse_unit(const text *t, size_t j, int allow_generic, unit_match *u)
{
    size_t k, e;
    unsigned sym;
    memset(u, 0, sizeof *u);
    if (sign_unit(t, j, u)) return 1;
    if (at(t, j) == '-') return hyphen_unit(t, j, allow_generic, u);

    /* "at least a few thousand" H20s, "more than 40" contracts: a
     * quotation closes before the noun; the text ends with the quotation */
    e = at(t, j) == '"' ? 1 : (at(t, j) == 0xE2 && at(t, j + 1) == 0x80 && at(t, j + 2) == 0x9D) ? 3 : 0;
    if (e && (k = spaces(t, j + e)) != NPOS && qty_count_noun(t, k, allow_generic, u)) {
        u->end = j;
        return 1;
    }
    memset(u, 0, sizeof *u);

    if ((k = spaces(t, j)) == NPOS) return 0;
    if (measure_word(t, k, u)) return 1;
    if ((e = qty_data_unit(t, k, &sym)) != NPOS) return unit_at(u, K_DATA, sym, e);
    if (qty_currency_word(t, k, u) != NPOS) return 1;
    if (qty_count_noun(t, k, allow_generic, u)) return 1;
    memset(u, 0, sizeof *u);
    return 0;
}

/* A money unit priced per million tokens: "USD per 1M tokens", a price in
 * its currency. */
void qty_price_unit(unit_val *u)
{
    qty_price_name(u->name, u->currency);
    u->kind = DSC_Q_PRICE;
}

/* A money unit priced per one of the data's unit id, named by its singular
 * (the plural less its "s"): "USD per GPU hour". */
void qty_rate_unit(unit_val *u, unsigned id)
{
    char per[32];
    size_t n = strnlen(qu_units[id].name, sizeof per - 1);
    memcpy(per, qu_units[id].name, n);
    if (n > 1 && per[n - 1] == 's') n--;
    per[n] = '\0';
    qty_rate_name(u->name, u->currency, per);
    u->kind = DSC_Q_PRICE;
}

/* ===================================================================== */
/* What a quantity measures                                               */
/* ===================================================================== */

/* For a caller that changes a quantity's unit (the claim stage makes "¥"
 * yen in a story told in yen): the kind and currency of the unit of that
 * name in data/units/, a price per million tokens in a currency, or a
 * count of a noun the data does not list; "" is no unit ("other"). The
 * finder itself sets them when it chooses the unit. */
void dsc_quantity_type(dsc_quantity *q)
{
    const char *per = memchr(q->unit, ' ', sizeof q->unit);
    size_t n = strnlen(q->unit, sizeof q->unit);
    unsigned id;
    unit_val u;
    /* "USD per 1M tokens", "INR per GPU hour": a currency, " per ", what */
    if (per && per + 5 < q->unit + n && memcmp(per, " per ", 5) == 0 &&
        (id = qty_unit_id(q->unit, (size_t)(per - q->unit))) != 0 && qu_units[id].kind == DSC_Q_MONEY) {
        qty_unit_of(&u, id);
        qty_rate_name(u.name, u.currency, per + 5);
        u.kind = DSC_Q_PRICE;
    } else {
        qty_unit_named(&u, q->unit, n);
    }
    q->kind = (dsc_quantity_kind)u.kind;
    memcpy(q->currency, u.currency, sizeof q->currency);
}
