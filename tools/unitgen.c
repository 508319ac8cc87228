/*
 * unitgen.c: compiles the quantity finder's units (data/units/) into C at
 * build time, and refuses a file that is not well formed, naming file:line.
 *
 *   unitgen OUT.h OUT.c data/units/units.tsv data/units/OTHER.tsv...
 *
 * Each file's name says what its lines hold (its header comment says more):
 *   units.tsv       unit<TAB>kind                         what a unit measures
 *   currencies.tsv  iso<TAB>place<TAB>form[<TAB>scale]     before|after|glued
 *   nouns.tsv       unit<TAB>form[<TAB>flags]              count nouns
 *   time.tsv        unit<TAB>form[<TAB>flags]              time units (duration)
 *   symbols.tsv     unit<TAB>place<TAB>form                symbol|word
 *   scales.tsv      place<TAB>form<TAB>value[<TAB>flags]   word|glued|vague
 *   numbers.tsv     role<TAB>form[<TAB>value][<TAB>flags]  number|multiplier|denominator|few|ordinal
 *   qualifiers.tsv  qualifier<TAB>phrase                   about|less-than|more-than
 * A file's lines are sorted by their bytes (LC_ALL=C sort), '#' starts a
 * comment line. It refuses an unsorted line, a form listed twice in the
 * same place, a field out of its vocabulary (a kind, a place, a flag, a unit
 * no file declares, an ISO code that is not three capitals), a number that
 * is not one, and a form the finder could never match.
 *
 * OUT.h numbers the units (QU_<unit>, case kept: QU_GPUs, QU_USD; '%' is
 * "pct"). OUT.c holds the units with their kinds, the lists of forms the
 * finder scans (longer forms first where the first match wins), their
 * indexes, and a hash of the single words the scan asks about, all built
 * here so the module does no work at load time.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"
#include "../src/lexicon_hash.h"

#define MAX_FORM 31           /* unit names fit the finder's unit[32] */
#define MAX_UNITS 1000
#define WORD_SLOTS 1024u      /* QU_WORD_SLOTS in src/quantity_units.h */

static char *dup(const char *s) {
    size_t n = strlen(s) + 1;
    return memcpy(grow(NULL, n), s, n);
}

/* ===================================================================== */
/* Vocabularies                                                           */
/* ===================================================================== */

/* dsc_quantity_kind, in its order (src/dsc.h, dsc_quantity_kind_name). */
static const char *const KINDS[] = {
    "other", "money", "price", "percent", "count", "duration", "parameters", "tokens", "compute",
    "power", "bandwidth", "multiplier", "rank", "ratio", "score", NULL
};
static const char *const KIND_ENUMS[] = {
    "DSC_Q_OTHER", "DSC_Q_MONEY", "DSC_Q_PRICE", "DSC_Q_PERCENT", "DSC_Q_COUNT", "DSC_Q_DURATION",
    "DSC_Q_PARAMETERS", "DSC_Q_TOKENS", "DSC_Q_COMPUTE", "DSC_Q_POWER", "DSC_Q_BANDWIDTH",
    "DSC_Q_MULTIPLIER", "DSC_Q_RANK", "DSC_Q_RATIO", "DSC_Q_SCORE"
};
enum { K_MONEY = 1, K_PRICE = 2, K_PERCENT = 3, K_DURATION = 5, K_MULTIPLIER = 11 };

static const char *const QUALIFIERS[] = {"about", "less-than", "more-than", NULL};
static const char *const QUALIFIER_ENUMS[] = {"DSC_ABOUT", "DSC_LESS_THAN", "DSC_MORE_THAN"};

/* The lists OUT.c holds; a form goes to one. */
enum {
    L_CUR_BEFORE, L_CUR_AFTER, L_CUR_GLUED, L_SCALE_WORD, L_SCALE_GLUED, L_VAGUE, L_NUMBER,
    L_MULTIPLIER, L_DENOMINATOR, L_FEW, L_NOUN, L_SYMBOL, L_MEASURE_WORD, L_QUALIFIER, L_ORDINAL, L_N
};
static const struct {
    const char *name;         /* the C array; NULL: not emitted */
    int folded;               /* matched in any case */
    int longest_first;        /* the first form to match wins */
    int indexed;              /* by first letter: NAME_from[28] */
    const char *place;        /* for messages */
} LISTS[L_N] = {
    {"qu_currency_before", 0, 1, 0, "before"}, {"qu_currency_after", 1, 1, 1, "after"},
    {"qu_currency_glued", 0, 1, 0, "glued"}, {"qu_scale_words", 1, 1, 1, "word"},
    {"qu_scale_glued", 0, 0, 0, "glued"}, {"qu_vague", 1, 1, 1, "vague"}, {"qu_numbers", 1, 0, 0, "number"},
    {"qu_multipliers", 1, 0, 1, "multiplier"}, {"qu_denominators", 1, 1, 1, "denominator"},
    {NULL, 1, 0, 0, "few"}, {"qu_nouns", 1, 1, 0, "noun"}, {"qu_symbols", 0, 1, 0, "symbol"},
    {"qu_measure_words", 1, 1, 1, "word"}, {"qu_qualifiers", 1, 0, 1, "qualifier"},
    {"qu_ordinals", 1, 0, 1, "ordinal"}
};

/* Flags a line may give, and the lists that take each. */
static const struct { const char *word; const char *macro; unsigned bit; int list; } FLAGS[] = {
    {"singular", "QF_SING", 0x1, L_NOUN},    {"fixed", "QF_FIXED", 0x2, L_NOUN},
    {"big", "QF_BIG", 0x8, L_NOUN},          {"measure", "QF_MEASURE", 0x10, L_NOUN},
    {"hyphen", "QF_HYPHEN", 0x20, L_SCALE_WORD}, {"letter", "QF_LETTER", 0x40, L_SCALE_GLUED},
    {"size", "QF_SIZE", 0x80, L_SCALE_GLUED}, {"plural", "QF_PLURAL", 0x100, L_DENOMINATOR},
    {"alone", "QF_ALONE", 0x200, L_DENOMINATOR}, {NULL, NULL, 0, 0}
};
#define QF_DUR 0x4
#define FLAG_MACRO_DUR "QF_DUR"

static int index_of(const char *const *list, const char *s) {
    for (int k = 0; list[k]; k++)
        if (strcmp(list[k], s) == 0) return k;
    return -1;
}

/* ===================================================================== */
/* What was read                                                          */
/* ===================================================================== */

typedef struct {
    char *name;
    int kind;
    const char *file; int line;
} unit;

typedef struct {
    char *form;
    int list, unit, e10, seq;
    long value;
    unsigned flags;
    const char *file; int line;
} form;

static unit units[MAX_UNITS];
static int n_units;
static form *forms;
static size_t n_forms, cap_forms;

static int find_unit(const char *name) {
    for (int k = 0; k < n_units; k++)
        if (strcmp(units[k].name, name) == 0) return k;
    return -1;
}

static int add_unit(const char *name, int kind, const char *file, int line) {
    if (n_units == MAX_UNITS) die(file, line, "more than %d units", MAX_UNITS);
    units[n_units].name = dup(name);
    units[n_units].kind = kind;
    units[n_units].file = file;
    units[n_units].line = line;
    return n_units++;
}

static int fold_eq(const char *a, const char *b, int folded) {
    if (!folded) return strcmp(a, b) == 0;
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return 0;
    return *a == *b;
}

static form *add_form(const char *path, int lineno, int list, const char *text) {
    form *f;
    for (size_t k = 0; k < n_forms; k++)
        if (forms[k].list == list && fold_eq(forms[k].form, text, LISTS[list].folded))
            die(path, lineno, "'%s' listed twice (%s:%d)", text, forms[k].file, forms[k].line);
    if (n_forms == cap_forms) {
        cap_forms = cap_forms ? cap_forms * 2 : 256;
        forms = grow(forms, cap_forms * sizeof *forms);
    }
    f = &forms[n_forms];
    memset(f, 0, sizeof *f);
    f->form = dup(text);
    f->list = list;
    f->unit = -1;
    f->value = 1;
    f->seq = (int)n_forms;
    f->file = path;
    f->line = lineno;
    n_forms++;
    return f;
}

/* ===================================================================== */
/* Fields                                                                 */
/* ===================================================================== */

static long number_field(const char *path, int lineno, const char *s, long lo, long hi) {
    char *end;
    long v;
    errno = 0;
    v = strtol(s, &end, 10);
    if (!*s || *end || errno || v < lo || v > hi)
        die(path, lineno, "'%s': a whole number from %ld to %ld", s, lo, hi);
    return v;
}

/* A form the finder can match: at most MAX_FORM bytes, no tab, no space at
 * either end or twice. words: ASCII letters, digits, '-', '.', '\'' and
 * single spaces only (the forms read in any case). */
static void check_form(const char *path, int lineno, const char *s, int words) {
    size_t n = strlen(s);
    if (n == 0) die(path, lineno, "an empty form");
    if (n > MAX_FORM) die(path, lineno, "'%s': longer than %d bytes", s, MAX_FORM);
    if (s[0] == ' ' || s[n - 1] == ' ' || strstr(s, "  "))
        die(path, lineno, "'%s': a space at an end, or two", s);
    if (words)
        for (const char *p = s; *p; p++)
            if (!(isalnum((unsigned char)*p) || *p == ' ' || *p == '-' || *p == '.' || *p == '\''))
                die(path, lineno, "'%s': letters, digits, '-', '.', '\\'' and spaces only", s);
}

/* The space-separated flags of s, each allowed in list. */
static unsigned flag_field(const char *path, int lineno, char *s, int list, long *times) {
    unsigned bits = 0;
    for (char *w = strtok(s, " "); w; w = strtok(NULL, " ")) {
        int k;
        if (list == L_NOUN && w[0] == 'x' && isdigit((unsigned char)w[1])) {
            *times = number_field(path, lineno, w + 1, 2, 1000000);   /* "x10": a decade */
            continue;
        }
        for (k = 0; FLAGS[k].word; k++)
            if (strcmp(FLAGS[k].word, w) == 0) break;
        if (!FLAGS[k].word || FLAGS[k].list != list)
            die(path, lineno, "unknown flag '%s' for a %s form", w, LISTS[list].place);
        bits |= FLAGS[k].bit;
    }
    return bits;
}

static int unit_field(const char *path, int lineno, const char *name) {
    int u = find_unit(name);
    if (u < 0) die(path, lineno, "unknown unit '%s' (units.tsv lists them)", name);
    return u;
}

/* value: a power of ten becomes e10, anything else a factor. */
static void split_scale(form *f, long value) {
    int e = 0;
    long v = value;
    while (v % 10 == 0) { v /= 10; e++; }
    if (v == 1) { f->e10 = e; f->value = 1; } else { f->e10 = 0; f->value = value; }
}

/* ===================================================================== */
/* One line of each file                                                  */
/* ===================================================================== */

static void units_line(const char *path, int lineno, char **field, int nf) {
    int kind = index_of(KINDS, field[1]);
    (void)nf;
    check_form(path, lineno, field[0], 0);
    if (kind < 0) die(path, lineno, "unknown kind '%s'", field[1]);
    if (kind == K_MONEY || kind == K_PRICE)
        die(path, lineno, "kind '%s': money units are the ISO codes of currencies.tsv", field[1]);
    if (find_unit(field[0]) >= 0) die(path, lineno, "unit '%s' listed twice", field[0]);
    add_unit(field[0], kind, path, lineno);
}

static void currency_line(const char *path, int lineno, char **field, int nf) {
    static const char *const PLACES[] = {"before", "after", "glued", NULL};
    const char *iso = field[0];
    int place = index_of(PLACES, field[1]), u;
    form *f;
    if (strlen(iso) != 3 || !isupper((unsigned char)iso[0]) || !isupper((unsigned char)iso[1]) ||
        !isupper((unsigned char)iso[2]))
        die(path, lineno, "'%s': an ISO 4217 code is three capitals", iso);
    if (place < 0) die(path, lineno, "unknown place '%s' (before, after, glued)", field[1]);
    check_form(path, lineno, field[2], place == 1);
    if (place != 1 && strchr(field[2], ' ')) die(path, lineno, "'%s': a symbol has no space", field[2]);
    u = find_unit(iso);
    if (u < 0) u = add_unit(iso, K_MONEY, path, lineno);
    else if (units[u].kind != K_MONEY) die(path, lineno, "'%s' is a unit of %s:%d", iso, units[u].file, units[u].line);
    f = add_form(path, lineno, place == 0 ? L_CUR_BEFORE : place == 1 ? L_CUR_AFTER : L_CUR_GLUED, field[2]);
    f->unit = u;
    if (nf == 4) f->e10 = (int)number_field(path, lineno, field[3], -9, 9);
}

static void noun_line(const char *path, int lineno, char **field, int nf, int time) {
    int u = unit_field(path, lineno, field[0]);
    form *f;
    check_form(path, lineno, field[1], 1);
    if (!isalpha((unsigned char)field[1][0])) die(path, lineno, "'%s': a noun starts with a letter", field[1]);
    if (time != (units[u].kind == K_DURATION))
        die(path, lineno, time ? "'%s' is not a duration (units.tsv)" : "'%s' is a duration: time.tsv lists those",
            field[0]);
    f = add_form(path, lineno, L_NOUN, field[1]);
    f->unit = u;
    if (nf == 3) f->flags = flag_field(path, lineno, field[2], L_NOUN, &f->value);
    if (time) f->flags |= QF_DUR;
}

static void symbol_line(const char *path, int lineno, char **field, int nf) {
    static const char *const PLACES[] = {"symbol", "word", NULL};
    int u = unit_field(path, lineno, field[0]), place = index_of(PLACES, field[1]);
    form *f;
    (void)nf;
    if (place < 0) die(path, lineno, "unknown place '%s' (symbol, word)", field[1]);
    check_form(path, lineno, field[2], place == 1);
    if (place == 0 && strchr(field[2], ' ')) die(path, lineno, "'%s': a symbol has no space", field[2]);
    if (place == 1 && units[u].kind != K_PERCENT && units[u].kind != K_MULTIPLIER)
        die(path, lineno, "a word measure reports a percent or a multiplier, not '%s'", field[0]);
    if (units[u].kind == K_DURATION) die(path, lineno, "'%s' is a duration: time.tsv lists those", field[0]);
    f = add_form(path, lineno, place == 0 ? L_SYMBOL : L_MEASURE_WORD, field[2]);
    f->unit = u;
}

static void scale_line(const char *path, int lineno, char **field, int nf) {
    static const char *const PLACES[] = {"word", "glued", "vague", NULL};
    static const int LIST[] = {L_SCALE_WORD, L_SCALE_GLUED, L_VAGUE};
    int place = index_of(PLACES, field[0]);
    long value;
    form *f;
    if (place < 0) die(path, lineno, "unknown place '%s' (word, glued, vague)", field[0]);
    check_form(path, lineno, field[1], 1);
    for (const char *p = field[1]; *p; p++)
        if (!isalpha((unsigned char)*p)) die(path, lineno, "'%s': a scale is letters only", field[1]);
    if (place == 2 && strlen(field[1]) > 16) die(path, lineno, "'%s': longer than 16 letters", field[1]);
    value = number_field(path, lineno, field[2], 2, 1000000000000000L);
    f = add_form(path, lineno, LIST[place], field[1]);
    split_scale(f, value);
    if (place == 1 && f->value != 1) die(path, lineno, "a glued scale is a power of ten, not %ld", value);
    if (f->value > 1000000) die(path, lineno, "%ld: a scale other than a power of ten is at most 1000000", value);
    if (nf == 4) f->flags = flag_field(path, lineno, field[3], LIST[place], &value);
}

static void number_line(const char *path, int lineno, char **field, int nf) {
    static const char *const ROLES[] = {"number", "multiplier", "denominator", "few", "ordinal", NULL};
    static const int LIST[] = {L_NUMBER, L_MULTIPLIER, L_DENOMINATOR, L_FEW, L_ORDINAL};
    int role = index_of(ROLES, field[0]);
    size_t n = strlen(field[1]);
    form *f;
    if (role < 0) die(path, lineno, "unknown role '%s' (number, multiplier, denominator, few, ordinal)", field[0]);
    if (n == 0 || n > 16) die(path, lineno, "'%s': 1 to 16 lowercase letters", field[1]);
    for (const char *p = field[1]; *p; p++)
        if (!islower((unsigned char)*p)) die(path, lineno, "'%s': 1 to 16 lowercase letters", field[1]);
    if ((role == 3) != (nf == 2)) die(path, lineno, role == 3 ? "'few' takes no value" : "a %s needs a value", field[0]);
    if (nf == 4 && role != 2) die(path, lineno, "a %s takes no flags", field[0]);
    f = add_form(path, lineno, LIST[role], field[1]);
    if (nf >= 3) f->value = number_field(path, lineno, field[2], role == 2 ? 2 : 1, 1000000);
    if (nf == 4) f->flags = flag_field(path, lineno, field[3], L_DENOMINATOR, &f->value);
}

static void qualifier_line(const char *path, int lineno, char **field, int nf) {
    int q = index_of(QUALIFIERS, field[0]), words = 1, letters = 0;
    form *f;
    (void)nf;
    if (q < 0) die(path, lineno, "unknown qualifier '%s' (about, less-than, more-than)", field[0]);
    check_form(path, lineno, field[1], 1);
    /* the finder reads at most four words of at most 19 letters before an amount */
    for (const char *p = field[1]; *p; p++) {
        if (*p == ' ') { words++; letters = 0; continue; }
        if (!islower((unsigned char)*p) || ++letters > 19)
            die(path, lineno, "'%s': lowercase words of at most 19 letters", field[1]);
    }
    if (words > 4) die(path, lineno, "'%s': more than four words never match", field[1]);
    /* the finder reads a fourth word only after "of" (src/quantity.c, words_before) */
    if (words == 4 && strcmp(field[1] + strlen(field[1]) - 3, " of") != 0)
        die(path, lineno, "'%s': a four-word qualifier ends in \"of\"", field[1]);
    f = add_form(path, lineno, L_QUALIFIER, field[1]);
    f->value = q;
}

/* ===================================================================== */
/* Files                                                                  */
/* ===================================================================== */

enum { F_UNITS, F_CURRENCIES, F_NOUNS, F_TIME, F_SYMBOLS, F_SCALES, F_NUMBERS, F_QUALIFIERS, F_N };
static const struct { const char *base; int min, max; const char *usage; } FILES[F_N] = {
    {"units.tsv", 2, 2, "unit<TAB>kind"},
    {"currencies.tsv", 3, 4, "iso<TAB>place<TAB>form[<TAB>scale]"},
    {"nouns.tsv", 2, 3, "unit<TAB>form[<TAB>flags]"},
    {"time.tsv", 2, 3, "unit<TAB>form[<TAB>flags]"},
    {"symbols.tsv", 3, 3, "unit<TAB>place<TAB>form"},
    {"scales.tsv", 3, 4, "place<TAB>form<TAB>value[<TAB>flags]"},
    {"numbers.tsv", 2, 4, "role<TAB>form[<TAB>value][<TAB>flags]"},
    {"qualifiers.tsv", 2, 2, "qualifier<TAB>phrase"},
};

static int file_kind(const char *path) {
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    for (int k = 0; k < F_N; k++)
        if (strcmp(FILES[k].base, base) == 0) return k;
    return -1;
}

static void one_line(int fk, const char *path, int lineno, char *line) {
    char *field[5];
    int nf = 0;
    field[nf++] = line;
    for (char *p = line; *p; p++)
        if (*p == '\t') {
            *p = '\0';
            if (nf == 5) break;
            field[nf++] = p + 1;
        }
    if (nf < FILES[fk].min || nf > FILES[fk].max)
        die(path, lineno, "%d fields, expected %s", nf, FILES[fk].usage);
    for (int k = 0; k < nf; k++)
        if (!*field[k]) die(path, lineno, "field %d is empty (%s)", k + 1, FILES[fk].usage);
    switch (fk) {
    case F_UNITS: units_line(path, lineno, field, nf); break;
    case F_CURRENCIES: currency_line(path, lineno, field, nf); break;
    case F_NOUNS: noun_line(path, lineno, field, nf, 0); break;
    case F_TIME: noun_line(path, lineno, field, nf, 1); break;
    case F_SYMBOLS: symbol_line(path, lineno, field, nf); break;
    case F_SCALES: scale_line(path, lineno, field, nf); break;
    case F_NUMBERS: number_line(path, lineno, field, nf); break;
    default: qualifier_line(path, lineno, field, nf); break;
    }
}

/* The line before in the file being read: the lines are sorted by bytes. */
static char *prev_line;

static void file_line(const char *path, int lineno, char *line) {
    if (prev_line && strcmp(prev_line, line) >= 0)
        die(path, lineno, strcmp(prev_line, line) == 0 ? "the line before, again" : "out of order (the file is sorted by bytes)");
    free(prev_line);
    prev_line = dup(line);
    one_line(file_kind(path), path, lineno, line);
}

static void read_file(const char *path) {
    free(prev_line);
    prev_line = NULL;
    each_line(path, file_line);
}

/* ===================================================================== */
/* Output                                                                 */
/* ===================================================================== */

/* The units in byte order of their names: by_name[id - 1]; id_of[u] is the
 * QU_ number of units[u]. */
static int by_name[MAX_UNITS], id_of[MAX_UNITS];

static int cmp_unit(const void *a, const void *b) {
    return strcmp(units[*(const int *)a].name, units[*(const int *)b].name);
}

static void number_units(void) {
    for (int u = 0; u < n_units; u++) by_name[u] = u;
    qsort(by_name, (size_t)n_units, sizeof *by_name, cmp_unit);
    for (int k = 0; k < n_units; k++) id_of[by_name[k]] = k + 1;
}

static int letter_of(int c) { return isalpha(c) ? tolower(c) - 'a' : -1; }

/* The noun bucket of a form: 27 * first letter + column of the byte after. */
static int noun_bucket(const char *w) {
    int c1 = letter_of((unsigned char)w[1]);
    return 27 * letter_of((unsigned char)w[0]) + (c1 < 0 ? 26 : c1);
}

/* The bucket of an indexed list: the first letter, 26 for another byte. */
static int letter_bucket(const char *w) {
    int c = letter_of((unsigned char)w[0]);
    return c < 0 ? 26 : c;
}

static int cmp_form(const void *a, const void *b) {
    const form *x = a, *y = b;
    if (x->list != y->list) return x->list - y->list;
    if (x->list == L_NOUN && noun_bucket(x->form) != noun_bucket(y->form))
        return noun_bucket(x->form) - noun_bucket(y->form);
    if (LISTS[x->list].indexed && letter_bucket(x->form) != letter_bucket(y->form))
        return letter_bucket(x->form) - letter_bucket(y->form);
    if (x->list == L_QUALIFIER) return strcmp(x->form, y->form);
    if (LISTS[x->list].longest_first && strlen(x->form) != strlen(y->form))
        return strlen(x->form) > strlen(y->form) ? -1 : 1;
    return x->seq - y->seq;
}

static void c_string(FILE *f, const char *s) {
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') fputc('\\', f);
        if ((unsigned char)*s >= 0x80 || *s < 0x20) fprintf(f, "\\%03o", (unsigned char)*s);
        else fputc(*s, f);
    }
    fputc('"', f);
}

static void macro_name(char *out, const char *s) {
    char *o = out + sprintf(out, "QU_");
    for (; *s; s++) {
        if (isalnum((unsigned char)*s)) *o++ = *s;
        else if (*s == '%') o += sprintf(o, "pct");
        else *o++ = '_';
    }
    *o = '\0';
}

static void flags_expr(FILE *c, unsigned flags) {
    int any = 0;
    for (int k = 0; FLAGS[k].word; k++)
        if (flags & FLAGS[k].bit) { fprintf(c, "%s%s", any ? " | " : "", FLAGS[k].macro); any = 1; }
    if (flags & QF_DUR) { fprintf(c, "%s%s", any ? " | " : "", FLAG_MACRO_DUR); any = 1; }
    if (!any) fputc('0', c);
}

static void emit_list(FILE *c, int list) {
    fprintf(c, "const qu_form %s[] = {\n", LISTS[list].name);
    for (size_t k = 0; k < n_forms; k++) {
        const form *f = &forms[k];
        if (f->list != list) continue;
        fputs("    {", c);
        c_string(c, f->form);
        if (list == L_QUALIFIER) fprintf(c, ", %s", QUALIFIER_ENUMS[f->value]);
        else fprintf(c, ", %ld", f->value);
        fprintf(c, ", %d, ", f->unit < 0 ? 0 : id_of[f->unit]);
        flags_expr(c, f->flags);
        fprintf(c, ", %zu, %d},\n", strlen(f->form), f->e10);
    }
    fprintf(c, "    {NULL, 0, 0, 0, 0, 0}\n};\n\n");
}

/* The hash of the single words the scan asks about (see quantity_units.h). */
typedef struct { uint32_t tag; unsigned n, flags, unit; char w[16]; long value; } slot;
static slot word_slots[WORD_SLOTS];
static size_t n_words;

static void word_put(const char *w, unsigned flags, long value, unsigned unit) {
    uint32_t h, s;
    size_t n = strlen(w);
    char low[16];
    if (n == 0 || n > 16) return;
    for (size_t i = 0; i < n; i++) low[i] = (char)tolower((unsigned char)w[i]);
    h = dsc_lx_hash_bytes((const unsigned char *)low, n);
    for (s = h & (WORD_SLOTS - 1); word_slots[s].tag; s = (s + 1) & (WORD_SLOTS - 1))
        if (word_slots[s].n == n && memcmp(word_slots[s].w, low, n) == 0) break;
    if (!word_slots[s].tag) {
        if (++n_words > WORD_SLOTS / 2) die(NULL, 0, "unitgen: more than %u single words", WORD_SLOTS / 2);
        word_slots[s].tag = h | 1u;
        word_slots[s].n = (unsigned)n;
        memcpy(word_slots[s].w, low, n);
    }
    if ((flags & 4) && !(word_slots[s].flags & 4)) word_slots[s].value = value;   /* QW_NUMBER */
    if (flags & 2) word_slots[s].unit = unit;                                     /* QW_MASS */
    word_slots[s].flags |= flags;
}

static int lowercase_word(const char *w) {
    for (; *w; w++)
        if (!islower((unsigned char)*w)) return 0;
    return 1;
}

/* Flags the letters a form starts with (up to its first byte that is no
 * ASCII letter): the word of the text where the form matches. */
static void word_put_run(const char *form, unsigned flags) {
    char run[17];
    size_t n = 0;
    while (n < 16 && isalpha((unsigned char)form[n])) { run[n] = form[n]; n++; }
    run[n] = '\0';
    if (n > 0 && !isalpha((unsigned char)form[n])) word_put(run, flags, 0, 0);
}

/* QW_START: the words quantity_at() may start at, ordinals among them (the finder adds "a",
 * "an", "no", "number", "top" and "*fold"); QW_MASS: the plural nouns
 * counted in millions that are their own unit ("users"); QW_NUMBER, QW_FEW;
 * QW_CURRENCY: the letters a currency prefix starts with ("us" of "US$");
 * QW_AFTER_A: the first word of a form that may follow "a" or "an" in a
 * quantity (article_may_start() in src/quantity.c: "few", a scale word, a
 * singular denominator, a singular duration or measure, "factor");
 * QW_QUAL_LAST: the last word of a qualifier phrase ("than" of "more than"). */
static void build_words(void) {
    word_put("few", 32u, 0, 0);                                     /* "a few hundred" */
    word_put("factor", 32u, 0, 0);                                  /* "a factor of two" */
    for (size_t k = 0; k < n_forms; k++) {
        const form *f = &forms[k];
        switch (f->list) {
        case L_CUR_BEFORE: word_put_run(f->form, 16u); break;
        case L_NUMBER: word_put(f->form, 4u | (f->value < 100 ? 1u : 0u), f->value, 0); break;
        case L_MULTIPLIER: case L_VAGUE: word_put(f->form, 1u, 0, 0); break;
        case L_DENOMINATOR:
            if (f->flags & 0x200) word_put(f->form, 1u, 0, 0);
            if (!(f->flags & 0x100)) word_put_run(f->form, 32u);                 /* singular */
            break;
        case L_FEW: word_put(f->form, 1u | 8u, 0, 0); word_put_run(f->form, 32u); break;
        case L_QUALIFIER: word_put_run(strrchr(f->form, ' ') ? strrchr(f->form, ' ') + 1 : f->form, 64u); break;
        case L_SCALE_WORD: word_put_run(f->form, 32u); break;
        case L_ORDINAL: word_put(f->form, 1u, 0, 0); break;
        case L_NOUN:
            if ((f->flags & 0x1) && (f->flags & (0x4 | 0x10))) word_put_run(f->form, 32u);   /* "a month" */
            if ((f->flags & 0x8) && !(f->flags & 0x1) && lowercase_word(f->form) &&
                strcmp(f->form, units[f->unit].name) == 0)
                word_put(f->form, 2u, 0, (unsigned)id_of[f->unit]);
            break;
        default: break;
        }
    }
}

static void emit_header(const char *path) {
    FILE *h = fopen(path, "w");
    char name[3 * MAX_FORM + 8];
    if (!h) die(path, 0, "cannot write");
    fprintf(h, "/* generated by tools/unitgen.c from data/units/: do not edit */\n");
    fprintf(h, "#ifndef DSC_UNITS_IDS_H\n#define DSC_UNITS_IDS_H\n\n#define QU_N %d\n", n_units);
    for (int k = 0; k < n_units; k++) {
        const unit *u = &units[by_name[k]];
        macro_name(name, u->name);
        fprintf(h, "#define %s %d   /* %s: %s */\n", name, k + 1, u->name, KINDS[u->kind]);
    }
    fprintf(h, "\n#endif\n");
    if (fclose(h) != 0) die(path, 0, "write failed");
}

static void emit_first_bytes(FILE *c, const char *name, int list) {
    unsigned char first[256] = {0};
    for (size_t k = 0; k < n_forms; k++)
        if (forms[k].list == list) {
            int b = (unsigned char)forms[k].form[0];
            first[b] = 1;
            if (LISTS[list].folded && isalpha(b)) first[toupper(b)] = first[tolower(b)] = 1;
        }
    fprintf(c, "const unsigned char %s[256] = {", name);
    for (int b = 0; b < 256; b++) fprintf(c, "%s%d,", b % 32 ? "" : "\n    ", first[b]);
    fprintf(c, "\n};\n\n");
}

static void emit_data(const char *path) {
    FILE *c = fopen(path, "w");
    size_t k, pos;
    int b;
    if (!c) die(path, 0, "cannot write");
    fprintf(c, "/* generated by tools/unitgen.c from data/units/: do not edit */\n");
    fprintf(c, "#include \"quantity_units.h\"\n\nconst qu_unit qu_units[QU_N + 1] = {\n    {\"\", DSC_Q_OTHER, \"\"},\n");
    for (int k = 0; k < n_units; k++) {
        const unit *u = &units[by_name[k]];
        fputs("    {", c);
        c_string(c, u->name);
        fprintf(c, ", %s, ", KIND_ENUMS[u->kind]);
        c_string(c, u->kind == K_MONEY ? u->name : "");
        fputs("},\n", c);
    }
    fprintf(c, "};\n\n");
    for (int l = 0; l < L_N; l++)
        if (LISTS[l].name) emit_list(c, l);
    /* the noun buckets: forms sorted by bucket, so each is a range */
    fprintf(c, "const uint16_t qu_noun_from[26 * 27 + 1] = {");
    for (b = 0; b <= 26 * 27; b++) {
        for (pos = 0, k = 0; k < n_forms; k++) pos += forms[k].list == L_NOUN && noun_bucket(forms[k].form) < b;
        fprintf(c, "%s%zu,", b % 16 ? " " : "\n    ", pos);
    }
    fprintf(c, "\n};\n\n");
    /* the letter buckets of the indexed lists */
    for (int l = 0; l < L_N; l++) {
        if (!LISTS[l].indexed) continue;
        fprintf(c, "const uint16_t %s_from[28] = {", LISTS[l].name);
        for (b = 0; b <= 27; b++) {
            for (pos = 0, k = 0; k < n_forms; k++) pos += forms[k].list == l && letter_bucket(forms[k].form) < b;
            fprintf(c, " %zu,", pos);
        }
        fprintf(c, "\n};\n\n");
    }
    emit_first_bytes(c, "qu_currency_first", L_CUR_BEFORE);
    emit_first_bytes(c, "qu_scale_first", L_SCALE_WORD);
    emit_first_bytes(c, "qu_symbol_first", L_SYMBOL);
    fprintf(c, "const uint32_t qu_word_tag[QU_WORD_SLOTS] = {");
    for (k = 0; k < WORD_SLOTS; k++) fprintf(c, "%s%uu,", k % 8 ? " " : "\n    ", (unsigned)word_slots[k].tag);
    fprintf(c, "\n};\n\nconst qu_word qu_word_set[QU_WORD_SLOTS] = {\n");
    for (k = 0; k < WORD_SLOTS; k++) {
        char w[17];
        if (!word_slots[k].tag) { fprintf(c, "    {0, 0, \"\", 0, 0},\n"); continue; }
        memcpy(w, word_slots[k].w, word_slots[k].n);
        w[word_slots[k].n] = '\0';
        fprintf(c, "    {%u, %u, ", word_slots[k].n, word_slots[k].flags);
        c_string(c, w);
        fprintf(c, ", %ld, %u},\n", word_slots[k].value, word_slots[k].unit);
    }
    fprintf(c, "};\n");
    if (fclose(c) != 0) die(path, 0, "write failed");
}

/* Two units whose macro names collide ("GB/s", "GB_s"). */
static void check_macros(void) {
    char a[3 * MAX_FORM + 8], b[3 * MAX_FORM + 8];
    for (int i = 0; i < n_units; i++)
        for (int j = i + 1; j < n_units; j++) {
            macro_name(a, units[i].name);
            macro_name(b, units[j].name);
            if (strcmp(a, b) == 0)
                die(units[j].file, units[j].line, "'%s' and '%s' give the same name %s", units[i].name, units[j].name, a);
        }
}

int main(int argc, char **argv) {
    int seen[F_N] = {0};
    if (argc < 4) die(NULL, 0, "usage: unitgen OUT.h OUT.c data/units/units.tsv data/units/OTHER.tsv...");
    for (int a = 3; a < argc; a++) {
        int fk = file_kind(argv[a]);
        if (fk < 0) die(argv[a], 0, "no such units file: units, currencies, nouns, time, symbols, scales, numbers, qualifiers");
        if (seen[fk]) die(argv[a], 0, "given twice");
        seen[fk] = a;
    }
    if (!seen[F_UNITS]) die(NULL, 0, "unitgen: no units.tsv: it says what each unit measures");
    /* units first, then currencies (they declare the money units), then the rest */
    for (int k = 0; k < F_N; k++)
        if (seen[k]) read_file(argv[seen[k]]);
    number_units();
    check_macros();
    emit_header(argv[1]);
    qsort(forms, n_forms, sizeof *forms, cmp_form);
    build_words();
    emit_data(argv[2]);
    return 0;
}
