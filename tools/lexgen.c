/*
 * lexgen.c: compiles the engine's English (data/lexicon/) into C at build
 * time, and refuses a file that is not well formed, naming file:line.
 *
 *   lexgen OUT.h OUT.c data/lexicon/classes.tsv data/lexicon/WORDS.tsv...
 *
 * classes.tsv names the classes a word can carry, one per line:
 *     class<TAB>what a word of the class signals[<TAB>cased]
 * Their order is their number (at most 256; the first 64 also get a mask
 * for tests of several classes at once). A class marked cased holds
 * spellings, not words: "Dr" is a title, "dr" and "DR" are not (the name
 * finder and the sentence splitter match their lists byte for byte).
 * Every other file lists words:
 *     word<TAB>class class ...[<TAB>label]
 * A word is ASCII letters, digits, '-', '\'' and '.', at most 31 bytes,
 * looked up with its case folded; it may carry no class (a word the rules
 * name by itself). A word written with capitals carries cased classes
 * only: they hold that spelling; a lowercase word's cased classes hold the
 * lowercase spelling. Each file is sorted (byte order) with no spelling
 * twice; a word listed in several files carries the union of their
 * classes; at most one file gives it a label (the phrase a class reports
 * for it, such as an unnamed source's description).
 *
 * OUT.h defines LX_<CLASS> (the class number), LXM_<CLASS> (its mask, for
 * classes below 64) and LXW_<WORD> (the word's number, 1-based, for the
 * rules that name a word). OUT.c holds the entries, their classes, the
 * spellings of each with their cased classes, and an open-addressing hash
 * table over them built here, so the module does no work at load time.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"
#include "../src/lexicon_hash.h"

#define MAX_CLASSES 256          /* src/lexicon.h: lo and three words of hi */
#define MAX_WORD 31

typedef struct { char *name; char *desc; int cased, bit; } klass;
typedef struct {
    char s[MAX_WORD + 1];
    uint64_t lo, hi[3];       /* its cased classes */
} spelling;
typedef struct {
    char word[MAX_WORD + 1];  /* lowercase */
    uint64_t lo, hi[3];       /* its classes that fold case */
    char *label;
    const char *label_file; int label_line;
    spelling *spell;
    size_t n_spell;
} entry;

static klass classes[2 * MAX_CLASSES];
static int n_classes, n_folded, n_cased;
static entry *entries;
static size_t n_entries, cap_entries;

/* Splits one line into up to max TAB-separated fields; returns the count. */
static int split_tabs(char *line, char **field, int max) {
    int k = 0;
    field[k++] = line;
    for (char *p = line; *p; p++)
        if (*p == '\t') {
            *p = '\0';
            if (k == max) return max + 1;
            field[k++] = p + 1;
        }
    return k;
}

static int class_name_ok(const char *s) {
    if (!(*s >= 'a' && *s <= 'z')) return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-')) return 0;
    return 1;
}

static int word_ok(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > MAX_WORD) return 0;
    if (!isalnum((unsigned char)*s)) return 0;
    for (; *s; s++)
        if (!(isalnum((unsigned char)*s) || *s == '-' || *s == '\'' || *s == '.')) return 0;
    return 1;
}

static int has_capital(const char *s) {
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z') return 1;
    return 0;
}

static int find_class(const char *name, size_t n) {
    for (int i = 0; i < n_classes; i++)
        if (strlen(classes[i].name) == n && memcmp(classes[i].name, name, n) == 0) return i;
    return -1;
}

static void class_line(const char *path, int lineno, char *line) {
    char *field[4];
    int k = split_tabs(line, field, 3);
    if (k < 2 || k > 3 || !*field[1]) die(path, lineno, "expected: class<TAB>what a word of the class signals[<TAB>cased]");
    if (k == 3 && strcmp(field[2], "cased") != 0)
        die(path, lineno, "class '%s': the third field is 'cased' or nothing, not '%s'", field[0], field[2]);
    if (!class_name_ok(field[0])) die(path, lineno, "class '%s': lowercase letters, digits and '-' only", field[0]);
    if (find_class(field[0], strlen(field[0])) >= 0) die(path, lineno, "class '%s' listed twice", field[0]);
    if ((k == 3 ? n_cased : n_folded) == MAX_CLASSES)
        die(path, lineno, "more than %d %s classes", MAX_CLASSES, k == 3 ? "cased" : "folded");
    classes[n_classes].name = field[0];
    classes[n_classes].desc = field[1];
    classes[n_classes].cased = k == 3;
    classes[n_classes].bit = k == 3 ? n_cased++ : n_folded++;
    n_classes++;
}

static char prev_word[MAX_WORD + 2];

static entry *entry_for(const char *word) {
    size_t i;
    for (i = 0; i < n_entries; i++)          /* build time only: a few thousand words */
        if (strcmp(entries[i].word, word) == 0) return &entries[i];
    if (n_entries == cap_entries) {
        cap_entries = cap_entries ? cap_entries * 2 : 1024;
        entries = realloc(entries, cap_entries * sizeof *entries);
        if (!entries) die(NULL, 0, "lexgen: out of memory");
    }
    memset(&entries[n_entries], 0, sizeof *entries);
    strcpy(entries[n_entries].word, word);
    return &entries[n_entries++];
}

/* The spelling s of entry e, added when new. */
static spelling *spelling_for(entry *e, const char *s) {
    size_t i;
    for (i = 0; i < e->n_spell; i++)
        if (strcmp(e->spell[i].s, s) == 0) return &e->spell[i];
    e->spell = grow(e->spell, (e->n_spell + 1) * sizeof *e->spell);
    memset(&e->spell[e->n_spell], 0, sizeof *e->spell);
    strcpy(e->spell[e->n_spell].s, s);
    return &e->spell[e->n_spell++];
}

static void word_line(const char *path, int lineno, char *line) {
    char *field[4], *p, word[MAX_WORD + 1];
    int k = split_tabs(line, field, 3), capital, n_classes_here = 0;
    size_t i;
    entry *e;
    if (k > 3) die(path, lineno, "too many fields: word<TAB>classes[<TAB>label]");
    if (!word_ok(field[0]))
        die(path, lineno, "word '%s': 1 to %d letters, digits, '-', '\\'' or '.'", field[0], MAX_WORD);
    if (prev_word[0] && strcmp(prev_word, field[0]) >= 0)
        die(path, lineno, strcmp(prev_word, field[0]) == 0 ? "'%s' listed twice" : "'%s' out of order (the file is sorted)",
            field[0]);
    strcpy(prev_word, field[0]);
    capital = has_capital(field[0]);
    for (i = 0; field[0][i]; i++) word[i] = (char)tolower((unsigned char)field[0][i]);
    word[i] = '\0';
    e = entry_for(word);
    for (p = k > 1 ? field[1] : (char *)""; *p;) {
        char *w = p;
        int c;
        uint64_t *lo = &e->lo, *hi = e->hi;
        while (*p && *p != ' ') p++;
        if (p == w) { p++; continue; }
        c = find_class(w, (size_t)(p - w));
        if (c < 0) die(path, lineno, "unknown class '%.*s' (classes.tsv lists them)", (int)(p - w), w);
        if (capital && !classes[c].cased)
            die(path, lineno, "word '%s': a word with capitals carries cased classes only ('%s' folds case: "
                "write the word in lowercase)", field[0], classes[c].name);
        if (classes[c].cased) {
            spelling *sp = spelling_for(e, field[0]);
            lo = &sp->lo; hi = sp->hi;
        }
        if (classes[c].bit < 64) *lo |= UINT64_C(1) << classes[c].bit;
        else hi[(classes[c].bit - 64) >> 6] |= UINT64_C(1) << ((classes[c].bit - 64) & 63);
        n_classes_here++;
    }
    if (capital && !n_classes_here)
        die(path, lineno, "word '%s': a word with capitals carries cased classes only (it has none)", field[0]);
    if (k == 3) {
        if (!*field[2]) die(path, lineno, "an empty label");
        if (e->label) die(path, lineno, "'%s' has a label in %s:%d already", field[0], e->label_file, e->label_line);
        e->label = field[2]; e->label_file = path; e->label_line = lineno;
    }
}

static int cmp_entry(const void *a, const void *b) {
    return strcmp(((const entry *)a)->word, ((const entry *)b)->word);
}

/* The hash the module computes over a lowercased word (lexicon_hash.h). */
static uint32_t hash(const char *w) {
    return dsc_lx_hash_bytes((const unsigned char *)w, strlen(w));
}

/* A word's key (src/lexicon.h): its first 8 bytes, the first byte
 * lowest; under 8 bytes, zero-padded with the length in the top byte
 * (word_ok() allows no byte below 0x27, so a longer word's 8th byte is
 * never a length). Never 0. */
static uint64_t word_key(const char *w) {
    size_t len = strlen(w), k;
    uint64_t key = len < 8 ? (uint64_t)len << 56 : 0;
    for (k = 0; k < len && k < 8; k++) key |= (uint64_t)(unsigned char)w[k] << (8 * k);
    return key;
}

static void macro_name(FILE *f, const char *prefix, const char *s) {
    fputs(prefix, f);
    for (; *s; s++) fputc(*s == '-' || *s == '\'' || *s == '.' ? '_' : toupper((unsigned char)*s), f);
}

static void c_string(FILE *f, const char *s) {
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') fputc('\\', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

int main(int argc, char **argv) {
    FILE *h, *c;
    size_t i, slots = 1;
    uint16_t *table;
    if (argc < 4) die(NULL, 0, "usage: lexgen OUT.h OUT.c classes.tsv words.tsv...");
    each_line(argv[3], class_line);
    if (n_classes == 0) die(argv[3], 1, "no class");
    for (int a = 4; a < argc; a++) {
        prev_word[0] = '\0';
        each_line(argv[a], word_line);
    }
    qsort(entries, n_entries, sizeof *entries, cmp_entry);
    /* two words whose macro names collide ("gpu-hours", "gpu_hours") */
    for (i = 1; i < n_entries; i++) {
        const char *a = entries[i - 1].word, *b = entries[i].word;
        size_t k;
        for (k = 0; a[k] && b[k]; k++) {
            char x = a[k] == '-' || a[k] == '\'' || a[k] == '.' ? '_' : a[k];
            char y = b[k] == '-' || b[k] == '\'' || b[k] == '.' ? '_' : b[k];
            if (x != y) break;
        }
        if (!a[k] && !b[k]) die(NULL, 0, "lexgen: '%s' and '%s' give the same LXW_ name", a, b);
    }
    if (n_entries >= 30000) die(NULL, 0, "lexgen: too many words (%zu)", n_entries);
    while (slots < n_entries * 3) slots *= 2;
    table = calloc(slots, sizeof *table);
    if (!table) die(NULL, 0, "lexgen: out of memory");
    for (i = 0; i < n_entries; i++) {
        uint32_t s = hash(entries[i].word) & (uint32_t)(slots - 1);
        while (table[s]) s = (s + 1) & (uint32_t)(slots - 1);
        table[s] = (uint16_t)(i + 1);
    }

    h = fopen(argv[1], "w");
    if (!h) die(argv[1], 0, "cannot write");
    fprintf(h, "/* generated by tools/lexgen.c from data/lexicon/: do not edit */\n");
    fprintf(h, "#ifndef DSC_LEXICON_IDS_H\n#define DSC_LEXICON_IDS_H\n\n");
    fprintf(h, "#define LX_N_CLASSES %d\n", n_folded);
    fprintf(h, "/* cased classes (their words are spellings) are numbered apart: LXC_* */\n");
    fprintf(h, "#define LXC_N_CLASSES %d\n", n_cased);
    for (int k = 0; k < n_classes; k++) {
        const char *px = classes[k].cased ? "LXC" : "LX";
        char mname[16];
        fprintf(h, "/* %s */\n", classes[k].desc);
        snprintf(mname, sizeof mname, "#define %s_", px);
        macro_name(h, mname, classes[k].name);
        fprintf(h, " %d\n", classes[k].bit);
        if (classes[k].bit < 64) {
            snprintf(mname, sizeof mname, "#define %sM_", px);
            macro_name(h, mname, classes[k].name);
            fprintf(h, " (UINT64_C(1) << %d)\n", classes[k].bit);
        }
    }
    fprintf(h, "\n#define LXW_N %zu\n", n_entries);
    for (i = 0; i < n_entries; i++) {
        macro_name(h, "#define LXW_", entries[i].word);
        fprintf(h, " %zu\n", i + 1);
    }
    fprintf(h, "\n#endif\n");
    if (fclose(h) != 0) die(argv[1], 0, "write failed");

    c = fopen(argv[2], "w");
    if (!c) die(argv[2], 0, "cannot write");
    fprintf(c, "/* generated by tools/lexgen.c from data/lexicon/: do not edit */\n");
    fprintf(c, "#include \"lexicon.h\"\n\n");
    for (int cased = 0; cased < 2; cased++) {
        const char *px = cased ? "dsc_lxc" : "dsc_lx", *n = cased ? "LXC_N_CLASSES" : "LX_N_CLASSES";
        fprintf(c, "const char *const %s_class_names[%s + 1] = {\n", px, n);
        for (int k = 0; k < n_classes; k++)
            if (classes[k].cased == cased) { fputs("    ", c); c_string(c, classes[k].name); fputs(",\n", c); }
        fprintf(c, "    NULL\n};\n\nconst char *const %s_class_meanings[%s + 1] = {\n", px, n);
        for (int k = 0; k < n_classes; k++)
            if (classes[k].cased == cased) { fputs("    ", c); c_string(c, classes[k].desc); fputs(",\n", c); }
        fprintf(c, "    NULL\n};\n\n");
    }
    fprintf(c, "/* the spellings of the words that have cased classes */\n");
    {
        size_t n_spell = 0, at = 0, pool_at;
        for (i = 0; i < n_entries; i++) n_spell += entries[i].n_spell;
        fprintf(c, "static const dsc_lx_spelling spellings[%zu] = {\n", n_spell + 1);
        for (i = 0; i < n_entries; i++)
            for (size_t k = 0; k < entries[i].n_spell; k++) {
                fputs("    {", c);
                c_string(c, entries[i].spell[k].s);
                fprintf(c, ", {UINT64_C(0x%llx), {UINT64_C(0x%llx), UINT64_C(0x%llx), UINT64_C(0x%llx)}}},\n",
                        (unsigned long long)entries[i].spell[k].lo, (unsigned long long)entries[i].spell[k].hi[0],
                        (unsigned long long)entries[i].spell[k].hi[1], (unsigned long long)entries[i].spell[k].hi[2]);
            }
        fprintf(c, "    {\"\", {0, {0, 0, 0}}}\n};\n\n");
        /* the words, each NUL-padded to a multiple of 8 bytes in one array
         * (dsc_lex_find reads them 8 bytes at a time) */
        fprintf(c, "static const char word_pool[] =\n");
        for (i = 0; i < n_entries; i++) {
            size_t len = strlen(entries[i].word);
            fputs("    ", c);
            c_string(c, entries[i].word);
            fputs(" \"", c);
            for (size_t k = len; k < (len / 8 + 1) * 8; k++) fputs("\\0", c);
            fputs("\"\n", c);
        }
        fprintf(c, "    ;\n\n");
        fprintf(c, "const dsc_lx_entry dsc_lx_builtin[%zu] = {\n    {\"\", 0, 0, {0, {0, 0, 0}}, NULL, NULL},\n", n_entries + 1);
        for (i = 0, pool_at = 0; i < n_entries; i++) {
            fprintf(c, "    {word_pool + %zu", pool_at);
            pool_at += (strlen(entries[i].word) / 8 + 1) * 8;
            fprintf(c, ", %zu, %zu, {UINT64_C(0x%llx), {UINT64_C(0x%llx), UINT64_C(0x%llx), UINT64_C(0x%llx)}}, ",
                    strlen(entries[i].word), entries[i].n_spell, (unsigned long long)entries[i].lo,
                    (unsigned long long)entries[i].hi[0], (unsigned long long)entries[i].hi[1],
                    (unsigned long long)entries[i].hi[2]);
            if (entries[i].label) c_string(c, entries[i].label); else fputs("NULL", c);
            if (entries[i].n_spell) fprintf(c, ", &spellings[%zu]},\n", at); else fputs(", NULL},\n", c);
            at += entries[i].n_spell;
        }
    }
    fprintf(c, "};\nconst size_t dsc_lx_builtin_n = %zu;\n\n", n_entries);
    /* the key of the word in each slot, 0 in an empty one: a lookup
     * compares keys without first reading which entry the slot holds */
    fprintf(c, "const uint64_t dsc_lx_builtin_slot_key[%zu] = {", slots);
    for (i = 0; i < slots; i++)
        fprintf(c, "%sUINT64_C(0x%llx),", i % 4 ? " " : "\n    ",
                (unsigned long long)(table[i] ? word_key(entries[table[i] - 1].word) : 0));
    fprintf(c, "\n};\n");
    fprintf(c, "const uint16_t dsc_lx_builtin_slots[%zu] = {", slots);
    for (i = 0; i < slots; i++) fprintf(c, "%s%u,", i % 16 ? " " : "\n    ", table[i]);
    fprintf(c, "\n};\nconst uint32_t dsc_lx_builtin_mask = %zuu;\n", slots - 1);
    if (fclose(c) != 0) die(argv[2], 0, "write failed");
    return 0;
}
