/* test_lexicon.c: the compiled lexicon (data/lexicon/), a user's
 * additions to it, and the generator's refusal of malformed files. */
#include "check.h"
#include "internal.h"
#include "lexicon.h"
#include <ctype.h>
#include <glob.h>
#include <stdlib.h>
#include <unistd.h>

#ifndef DSC_BUILD_DIR
#define DSC_BUILD_DIR "build"
#endif

static void builtin_words(void) {
    uint32_t id = dsc_lex_find(NULL, "said", 4);
    CHECK(id == LXW_SAID, "'said' is LXW_SAID (%u)", (unsigned)id);
    CHECK(dsc_lex_find(NULL, "SAID", 4) == LXW_SAID, "ASCII case folds");
    CHECK(dsc_lex_find(NULL, "Said", 4) == LXW_SAID, "a capital folds");
    CHECK(dsc_lx_has(dsc_lex_entry(NULL, LXW_SAID)->cls, LX_REPORT), "'said' reports");
    CHECK(dsc_lx_has(dsc_lex_entry(NULL, LXW_REPORTEDLY)->cls, LX_HEDGE), "'reportedly' hedges");
    CHECK(!dsc_lx_has(dsc_lex_entry(NULL, LXW_SAID)->cls, LX_HEDGE), "'said' does not hedge");
    CHECK(dsc_lex_find(NULL, "saidx", 5) == 0, "an unknown word is 0");
    CHECK(dsc_lex_find(NULL, "", 0) == 0, "the empty word is 0");
    CHECK(dsc_lex_find(NULL, "abcdefghijklmnopqrstuvwxyzabcdefghij", 36) == 0, "a long word is 0");
    {
        const dsc_lx_cls *c0 = &dsc_lex_entry(NULL, 0)->cls;
        dsc_lx_cls c;
        CHECK(c0->lo == 0 && c0->hi[0] == 0 && c0->hi[1] == 0 && c0->hi[2] == 0, "entry 0 has no class");
        memset(&c, 0, sizeof c);                   /* a class in each word of the set */
        c.lo = UINT64_C(1); c.hi[0] = UINT64_C(1) << 63; c.hi[1] = UINT64_C(1) << 2; c.hi[2] = UINT64_C(1) << 63;
        CHECK(dsc_lx_has(c, 0) && dsc_lx_has(c, 127) && dsc_lx_has(c, 130) && dsc_lx_has(c, 255),
              "classes 0, 127, 130 and 255 are read from the right words");
        CHECK(!dsc_lx_has(c, 1) && !dsc_lx_has(c, 64) && !dsc_lx_has(c, 128) && !dsc_lx_has(c, 192),
              "and no other");
    }
    {   /* the verbs of saying are the reporting verbs a sentence prefers */
        size_t i, stray = 0;
        for (i = 1; i <= dsc_lx_builtin_n; i++)
            if (dsc_lx_has(dsc_lx_builtin[i].cls, LX_SAYING) && !dsc_lx_has(dsc_lx_builtin[i].cls, LX_REPORT)) stray++;
        CHECK(stray == 0, "%zu verbs of saying are no reporting verbs", stray);
    }
    CHECK(dsc_lex_class("report", 6) == LX_REPORT, "class by name");
    CHECK(dsc_lex_class("reportx", 7) == -1, "unknown class");
    /* every built-in word is found under its own number */
    {
        size_t i, bad = 0;
        for (i = 1; i <= dsc_lx_builtin_n; i++)
            if (dsc_lex_find(NULL, dsc_lx_builtin[i].word, dsc_lx_builtin[i].len) != i) bad++;
        CHECK(bad == 0, "%zu built-in words not found under their number", bad);
    }
}

static void user_words(void) {
    char err[200] = "";
    dsc_lexicon *lx = dsc_lex_new();
    uint32_t id;
    CHECK(lx != NULL, "a user lexicon");
    CHECK(dsc_lex_find(lx, "said", 4) == LXW_SAID, "built-in words keep their numbers");
    CHECK(dsc_lex_set(lx, "Retorted", 8, "report", 6, err, sizeof err) == 0, "add a word: %s", err);
    id = dsc_lex_find(lx, "retorted", 8);
    CHECK(id > dsc_lx_builtin_n, "a new word comes after the built-in ones (%u)", (unsigned)id);
    CHECK(dsc_lx_has(dsc_lex_entry(lx, id)->cls, LX_REPORT), "the new word reports");
    CHECK(dsc_lex_find(NULL, "retorted", 8) == 0, "the built-in lexicon is not changed");
    CHECK(dsc_lex_set(lx, "said", 4, "-report hedge", 13, err, sizeof err) == 0, "change a word: %s", err);
    CHECK(!dsc_lx_has(dsc_lex_entry(lx, LXW_SAID)->cls, LX_REPORT) &&
          dsc_lx_has(dsc_lex_entry(lx, LXW_SAID)->cls, LX_HEDGE), "-class removes, class adds");
    CHECK(dsc_lx_has(dsc_lex_entry(NULL, LXW_SAID)->cls, LX_REPORT), "the built-in entry is untouched");
    CHECK(dsc_lex_set(lx, "said", 4, "= topic-cost", 12, err, sizeof err) == 0 &&
          dsc_lex_entry(lx, LXW_SAID)->cls.lo == LXM_TOPIC_COST, "= clears first");
    CHECK(dsc_lex_set(lx, "said", 4, "reprt", 5, err, sizeof err) == -1 && strstr(err, "unknown class 'reprt'"),
          "an unknown class is refused: %s", err);
    CHECK(dsc_lex_entry(lx, LXW_SAID)->cls.lo == LXM_TOPIC_COST, "a refused line changes nothing");
    CHECK(dsc_lex_set(lx, "two words", 9, "report", 6, err, sizeof err) == -1, "a space is not a word");
    CHECK(dsc_lex_set(lx, "-x", 2, "report", 6, err, sizeof err) == -1, "a word does not start with '-'");
    CHECK(dsc_lex_set(lx, "", 0, "report", 6, err, sizeof err) == -1, "the empty word is refused");
    {   /* many words: the table grows */
        char w[16];
        int k, ok = 1;
        for (k = 0; k < 3000; k++) {
            snprintf(w, sizeof w, "zzword%d", k);
            if (dsc_lex_set(lx, w, strlen(w), "hedge", 5, err, sizeof err) < 0) ok = 0;
        }
        for (k = 0; k < 3000 && ok; k++) {
            snprintf(w, sizeof w, "zzword%d", k);
            id = dsc_lex_find(lx, w, strlen(w));
            if (!id || !dsc_lx_has(dsc_lex_entry(lx, id)->cls, LX_HEDGE)) ok = 0;
        }
        CHECK(ok, "3000 added words are all found");
        CHECK(dsc_lex_find(lx, "retorted", 8) != 0 && dsc_lex_find(lx, "said", 4) == LXW_SAID,
              "earlier words survive the growth");
    }
    {
        const char *tsv = "# my trade's verbs\nopined\treport\n\nquipped\treport\r\nmused\treprt\n";
        int n = dsc_lex_load_tsv(lx, tsv, strlen(tsv), err, sizeof err);
        CHECK(n == -1 && strstr(err, "line 5:"), "a TSV error names its line: %s", err);
        CHECK(dsc_lex_find(lx, "quipped", 7) != 0, "lines before the error were applied (CRLF read)");
        tsv = "opined\treport\n  \n";
        CHECK(dsc_lex_load_tsv(lx, tsv, strlen(tsv), err, sizeof err) == 1, "a blank line is skipped: %s", err);
    }
    dsc_lex_free(lx);
}

/* Cased classes hold spellings: the name finder's and the sentence
 * splitter's lists match byte for byte, the lexicon folding case around
 * them. */
static void cased_classes(void) {
    char err[200] = "";
    dsc_lexicon *lx;
    CHECK(dsc_lex_cased_class("title", 5) == LXC_TITLE && dsc_lex_class("title", 5) == -1,
          "a cased class is numbered apart");
    CHECK(dsc_lex_spelled(NULL, "Dr", 2).lo & LXCM_TITLE, "'Dr' is a title");
    CHECK(!(dsc_lex_spelled(NULL, "dr", 2).lo & LXCM_TITLE) && !(dsc_lex_spelled(NULL, "DR", 2).lo & LXCM_TITLE),
          "'dr' and 'DR' are not");
    CHECK((dsc_lex_spelled(NULL, "Analyst", 7).lo & (LXCM_TITLE | LXCM_NOT_NAME)) == (LXCM_TITLE | LXCM_NOT_NAME),
          "'Analyst' is a title and no name");
    CHECK((dsc_lex_spelled(NULL, "analyst", 7).lo & (LXCM_TITLE | LXCM_NOT_NAME)) == LXCM_TITLE,
          "'analyst' is a title only");
    CHECK(dsc_lex_spelled(NULL, "ANALYST", 7).lo == 0, "'ANALYST' is nothing");
    CHECK(dsc_lex_spelled(NULL, "U.S", 3).lo & LXCM_MAYBE_FINAL, "'U.S' may end a sentence");
    CHECK(dsc_lx_has(dsc_lex_entry(NULL, LXW_ANALYST)->cls, LX_UNNAMED), "the folded classes stay the word's");
    lx = dsc_lex_new();
    CHECK(dsc_lex_set(lx, "Commissar", 9, "title report", 12, err, sizeof err) == 0, "%s", err);
    CHECK(dsc_lex_spelled(lx, "Commissar", 9).lo == LXCM_TITLE, "a user's cased class holds the spelling");
    CHECK(dsc_lex_spelled(lx, "commissar", 9).lo == 0, "and not another one");
    CHECK(dsc_lx_has(dsc_lex_entry(lx, dsc_lex_find(lx, "commissar", 9))->cls, LX_REPORT),
          "the folded class goes to the word");
    CHECK(dsc_lex_set(lx, "commissar", 9, "title", 5, err, sizeof err) == 0 &&
          dsc_lex_spelled(lx, "commissar", 9).lo == LXCM_TITLE && dsc_lex_spelled(lx, "Commissar", 9).lo == LXCM_TITLE,
          "two spellings: %s", err);
    CHECK(dsc_lex_set(lx, "Commissar", 9, "-title", 6, err, sizeof err) == 0 &&
          dsc_lex_spelled(lx, "Commissar", 9).lo == 0 && dsc_lex_spelled(lx, "commissar", 9).lo == LXCM_TITLE,
          "-class removes from the spelling: %s", err);
    CHECK(dsc_lex_set(lx, "Dr", 2, "-title", 6, err, sizeof err) == 0 && !(dsc_lex_spelled(lx, "Dr", 2).lo & LXCM_TITLE) &&
          (dsc_lex_spelled(lx, "Dr", 2).lo & LXCM_NOT_NAME), "a built-in spelling changed: %s", err);
    CHECK(dsc_lex_spelled(NULL, "Dr", 2).lo & LXCM_TITLE, "the built-in spelling is untouched");
    CHECK(dsc_lex_set(lx, "Dr", 2, "=", 1, err, sizeof err) == 0 && dsc_lex_spelled(lx, "Dr", 2).lo == 0,
          "= clears the spelling's classes: %s", err);
    CHECK(dsc_lex_set(lx, "Dr", 2, "titel", 5, err, sizeof err) == -1 && strstr(err, "unknown class 'titel'"),
          "an unknown cased class is refused: %s", err);
    {
        const char *tsv = "Pty\tmaybe-final\nAssoc\tnot-final\n";
        CHECK(dsc_lex_load_tsv(lx, tsv, strlen(tsv), err, sizeof err) == 2 &&
              (dsc_lex_spelled(lx, "Assoc", 5).lo & LXCM_NOT_FINAL), "TSV lines with cased classes: %s", err);
    }
    dsc_lex_free(lx);
}

/* The claimant of the first claim of text, read with dictionary d. */
static const char *first_claimant(dsc_dict *d, const char *text, char *buf, size_t n) {
    dsc_doc *doc = dsc_parse(d, text, strlen(text), NULL);
    const dsc_claim *c = doc ? dsc_doc_claim(doc, 0) : NULL;
    snprintf(buf, n, "%s", c ? (c->claimant ? c->claimant : "(null)") : "(no claim)");
    dsc_doc_free(doc);
    return buf;
}

static void dictionary_words(void) {
    const char *text = "Jane Doe, an analyst at Foo Capital, opined that DeepSeek spent $6 million on the run.\n";
    char err[200] = "", buf[64];
    dsc_dict *d = dsc_dict_new(1);
    CHECK_STR(first_claimant(d, text, buf, sizeof buf), "article", "'opined' is no reporting verb by default");
    dsc_dict_free(d);
    d = dsc_dict_new(1);
    CHECK(dsc_dict_lexicon_set(d, "opined", 6, "report", 6, err, sizeof err) == 0, "%s", err);
    CHECK_STR(first_claimant(d, text, buf, sizeof buf), "Jane Doe", "a reporting verb added as data");
    CHECK(dsc_dict_lexicon_set(d, "mused", 5, "report", 6, err, sizeof err) == -1 && strstr(err, "in use"),
          "a dictionary in use refuses new words: %s", err);
    dsc_dict_free(d);
    /* a verb of saying added once serves the name finder and the
     * attribution: the name next to it is a speaker's, and the claimant */
    text = "DeepSeek spent $6 million on the training run, Ivo Brankov quipped.\n";
    d = dsc_dict_new(1);
    CHECK_STR(first_claimant(d, text, buf, sizeof buf), "article", "'quipped' is no verb of saying by default");
    dsc_dict_free(d);
    d = dsc_dict_new(1);
    CHECK(dsc_dict_lexicon_set(d, "quipped", 7, "saying", 6, err, sizeof err) == 0, "%s", err);
    CHECK(dsc_lx_has(dsc_lex_entry(dsc_dict_lexicon(d), dsc_lex_find(dsc_dict_lexicon(d), "quipped", 7))->cls,
                     LX_REPORT), "a verb of saying is a reporting verb");
    CHECK_STR(first_claimant(d, text, buf, sizeof buf), "Ivo Brankov", "one class serves both");
    dsc_dict_free(d);
    d = dsc_dict_new(1);
    CHECK(dsc_dict_load_lexicon(d, "said\t-report -passive\n", 22, err, sizeof err) == 1, "%s", err);
    CHECK_STR(first_claimant(d, "Nvidia shares fell 17% on Monday, analysts said.\n", buf, sizeof buf), "article",
              "a built-in verb taken away as data");
    dsc_dict_free(d);
}

/* A word's label (the third column): the phrase an unnamed source is
 * reported as. A user's lexicon gives one, as a call or in TSV. */
static void labels(void) {
    const char *text = "DeepSeek spent $6 million on the training run, futurists said.\n";
    char err[200] = "", buf[64], long_label[80];
    dsc_lexicon *lx = dsc_lex_new();
    uint32_t id;
    const char *tsv;
    CHECK(dsc_lex_set_label(lx, "Sceptics", 8, "doubters", 8, err, sizeof err) == 0, "%s", err);
    CHECK_STR(dsc_lex_entry(lx, dsc_lex_find(lx, "sceptics", 8))->label, "doubters", "a built-in word relabelled");
    CHECK_STR(dsc_lex_entry(NULL, dsc_lex_find(NULL, "sceptics", 8))->label, "skeptics", "the built-in label stays");
    CHECK(dsc_lex_set_label(lx, "sceptics", 8, "", 0, err, sizeof err) == 0 &&
          dsc_lex_entry(lx, dsc_lex_find(lx, "sceptics", 8))->label == NULL, "an empty label removes it");
    tsv = "futurists\tunnamed unnamed-label\t futurists \n";
    CHECK(dsc_lex_load_tsv(lx, tsv, strlen(tsv), err, sizeof err) == 1, "%s", err);
    id = dsc_lex_find(lx, "futurists", 9);
    CHECK(id && dsc_lx_has(dsc_lex_entry(lx, id)->cls, LX_UNNAMED_LABEL), "the classes of a labelled line");
    CHECK_STR(dsc_lex_entry(lx, id)->label, "futurists", "its label, trimmed");
    tsv = "seers\tunnamed\tbad\x01label\n";
    CHECK(dsc_lex_load_tsv(lx, tsv, strlen(tsv), err, sizeof err) == -1 && strstr(err, "line 1:") &&
          strstr(err, "a label is text"), "a control byte is refused: %s", err);
    CHECK(dsc_lex_find(lx, "seers", 5) == 0, "a line with a bad label changes nothing");
    CHECK(dsc_lex_set_label(lx, "seers", 5, "bad\xff", 4, err, sizeof err) == -1, "broken UTF-8 is refused");
    memset(long_label, 'x', sizeof long_label);
    CHECK(dsc_lex_set_label(lx, "seers", 5, long_label, DSC_LX_MAX_LABEL + 1, err, sizeof err) == -1 &&
          dsc_lex_set_label(lx, "seers", 5, long_label, DSC_LX_MAX_LABEL, err, sizeof err) == 0,
          "at most %d bytes: %s", DSC_LX_MAX_LABEL, err);
    CHECK(dsc_lex_set_label(lx, "two words", 9, "x", 1, err, sizeof err) == -1, "the word is checked too");
    dsc_lex_free(lx);
    {   /* through a dictionary: the claimant is the label */
        dsc_dict *d = dsc_dict_new(1);
        CHECK(dsc_dict_load_lexicon(d, "futurists\tunnamed unnamed-label\n", 32, err, sizeof err) == 1, "%s", err);
        CHECK_STR(first_claimant(d, text, buf, sizeof buf), "unnamed source", "a class without a label");
        dsc_dict_free(d);
        d = dsc_dict_new(1);
        CHECK(dsc_dict_lexicon_set(d, "futurists", 9, "unnamed unnamed-label", 21, err, sizeof err) == 0 &&
              dsc_dict_lexicon_label(d, "futurists", 9, "futurists", 9, err, sizeof err) == 0, "%s", err);
        CHECK_STR(first_claimant(d, text, buf, sizeof buf), "futurists", "the label the user gave");
        CHECK(dsc_dict_lexicon_label(d, "seers", 5, "x", 1, err, sizeof err) == -1 && strstr(err, "in use"),
              "a dictionary in use refuses labels: %s", err);
        dsc_dict_free(d);
    }
}

/* Runs the generator on files written here; returns its exit status and
 * the first line it printed. */
static int lexgen(const char *classes, const char *words, char *out, size_t n) {
    char dir[64], path[4][96], cmd[600];
    FILE *f, *p;
    int rc, k;
    snprintf(dir, sizeof dir, "/tmp/dsc-lexgen-%ld", (long)getpid());
    snprintf(path[0], sizeof path[0], "%s-classes.tsv", dir);
    snprintf(path[1], sizeof path[1], "%s-words.tsv", dir);
    snprintf(path[2], sizeof path[2], "%s.h", dir);
    snprintf(path[3], sizeof path[3], "%s.c", dir);
    if (!(f = fopen(path[0], "w"))) return -1;
    fputs(classes, f); fclose(f);
    if (!(f = fopen(path[1], "w"))) return -1;
    fputs(words, f); fclose(f);
    snprintf(cmd, sizeof cmd, "%s/lexgen %s %s %s %s 2>&1", DSC_BUILD_DIR, path[2], path[3], path[0], path[1]);
    if (!(p = popen(cmd, "r"))) return -1;
    out[0] = '\0';
    if (!fgets(out, (int)n, p)) out[0] = '\0';
    rc = pclose(p);
    for (k = 0; k < 4; k++) remove(path[k]);
    return rc;
}

static void generator(void) {
    char out[256];
    const char *cls = "# classes\nreport\tsays\nhedge\tdoubts\n";
    const char *cased = "report\tsays\ntitle\tbefore a name\tcased\n";
    CHECK(lexgen(cased, "Alpha\ttitle\nalpha\ttitle report\n", out, sizeof out) == 0,
          "a cased class takes spellings, two of a word: %s", out);
    CHECK(lexgen(cased, "Alpha\ttitle report\n", out, sizeof out) != 0 && strstr(out, ":1: word 'Alpha'") &&
          strstr(out, "'report' folds case"), "capitals with a folded class: %s", out);
    CHECK(lexgen(cased, "Alpha\n", out, sizeof out) != 0 && strstr(out, ":1: word 'Alpha'"), "capitals, no class: %s", out);
    CHECK(lexgen(cased, "alpha\ttitle\nAlpha\ttitle\n", out, sizeof out) != 0 && strstr(out, ":2: 'Alpha' out of order"),
          "spellings sorted by bytes: %s", out);
    CHECK(lexgen("title\tx\tcase\n", "alpha\n", out, sizeof out) != 0 && strstr(out, ":1: class 'title': the third field"),
          "the third field of a class is 'cased': %s", out);
    CHECK(lexgen(cls, "alpha\treport\nbeta\n", out, sizeof out) == 0, "a good lexicon compiles: %s", out);
    CHECK(lexgen(cls, "beta\treport\nalpha\treport\n", out, sizeof out) != 0 &&
          strstr(out, "words.tsv:2: 'alpha' out of order"), "out of order: %s", out);
    CHECK(lexgen(cls, "alpha\treport\nalpha\thedge\n", out, sizeof out) != 0 && strstr(out, ":2: 'alpha' listed twice"),
          "twice: %s", out);
    CHECK(lexgen(cls, "# c\nalpha\treprt\n", out, sizeof out) != 0 && strstr(out, ":2: unknown class 'reprt'"),
          "unknown class: %s", out);
    CHECK(lexgen(cls, "Alpha\treport\n", out, sizeof out) != 0 && strstr(out, ":1: word 'Alpha'"), "uppercase: %s", out);
    CHECK(lexgen(cls, "alpha\treport\tlabel\textra\n", out, sizeof out) != 0 && strstr(out, ":1: too many fields"),
          "fields: %s", out);
    CHECK(lexgen("report\n", "alpha\n", out, sizeof out) != 0 && strstr(out, "classes.tsv:1:"), "a class needs its meaning: %s",
          out);
    CHECK(lexgen("report\tx\nreport\ty\n", "alpha\n", out, sizeof out) != 0 && strstr(out, ":2: class 'report' listed twice"),
          "class twice: %s", out);
}

/* The whole file at path, NUL-terminated, or NULL. */
static char *read_all(const char *path) {
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    long n;
    if (!f) return NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (buf = malloc((size_t)n + 1)) != NULL) {
        if (fread(buf, 1, (size_t)n, f) != (size_t)n) { free(buf); buf = NULL; }
        else buf[n] = '\0';
    }
    fclose(f);
    return buf;
}

/* Does text name the identifier id (not as a part of a longer one)? */
static int names_identifier(const char *text, const char *id) {
    size_t n = strlen(id);
    const char *p;
    for (p = strstr(text, id); p; p = strstr(p + 1, id)) {
        int before = p > text && (isalnum((unsigned char)p[-1]) || p[-1] == '_');
        int after = isalnum((unsigned char)p[n]) || p[n] == '_';
        if (!before && !after) return 1;
    }
    return 0;
}

/* words.tsv holds the words the rules name one by one: each is named by an
 * LXW_ in src/, so the file stays pruned (a word no rule names, or one that
 * has a class in its stage's file, goes). Run from the checkout's root. */
static void words_named(void) {
    static const char *const patterns[] = { "src/*.c", "src/*.h", "src/claim/*.c", "src/claim/*.h" };
    char *src = NULL, *words = read_all("data/lexicon/words.tsv"), *line, *save = NULL;
    size_t len = 0, k, i, n_words = 0, unnamed = 0;
    for (k = 0; k < sizeof patterns / sizeof patterns[0]; k++) {
        glob_t g;
        if (glob(patterns[k], 0, NULL, &g) != 0) continue;
        for (i = 0; i < g.gl_pathc; i++) {
            char *text = read_all(g.gl_pathv[i]), *grown;
            size_t l = text ? strlen(text) : 0;
            if (text && (grown = realloc(src, len + l + 2)) != NULL) {
                src = grown;
                memcpy(src + len, text, l);
                len += l;
                src[len++] = '\n';
                src[len] = '\0';
            }
            free(text);
        }
        globfree(&g);
    }
    CHECK(src && words, "src/ and data/lexicon/words.tsv are read (run from the checkout)");
    for (line = words ? strtok_r(words, "\n", &save) : NULL; line && src; line = strtok_r(NULL, "\n", &save)) {
        char id[64] = "LXW_";
        size_t j;
        if (line[0] == '#' || !line[0]) continue;
        for (j = 0; line[j] && line[j] != '\t' && j + 5 < sizeof id; j++)
            id[4 + j] = line[j] == '-' || line[j] == '\'' || line[j] == '.' ? '_' : (char)toupper((unsigned char)line[j]);
        id[4 + j] = '\0';
        n_words++;
        if (!names_identifier(src, id)) {
            if (unnamed++ < 10) fprintf(stderr, "  words.tsv: no rule in src/ names %s\n", id);
        }
    }
    CHECK(n_words > 50 && unnamed == 0, "every word of words.tsv is named by an LXW_ in src/ (%zu of %zu are not)",
          unnamed, n_words);
    free(src);
    free(words);
}

/* A word is looked up 8 bytes at a time (lexicon.c): folded, hashed and
 * compared by chunks, a short word inside a text read in one load and
 * masked. Every length from 1 to 31 (chunk edges 7, 8, 9, 16, 17, 24, 25
 * and 31 among them), every built-in word in capitals inside a text with
 * letters after it, and bytes above 0x7F, which never fold. */
static void lookup_chunks(void) {
    char text[80], up[40], err[200] = "";
    size_t i, bad = 0, n;
    dsc_lexicon *lx = dsc_lex_new();
    for (i = 1; i <= dsc_lx_builtin_n; i++) {
        const dsc_lx_entry *e = &dsc_lx_builtin[i];
        size_t k;
        for (k = 0; k < e->len; k++) up[k] = (char)toupper((unsigned char)e->word[k]);
        /* the word between two letters it must not take in */
        snprintf(text, sizeof text, "X%.*sQUOTAS", (int)e->len, up);
        if (dsc_lex_find_in(NULL, text + 1, e->len, strlen(text) - 1) != i ||
            dsc_lex_find_in(NULL, text + 1, e->len, e->len) != i || dsc_lex_find(NULL, up, e->len) != i)
            bad++;
        if (e->len > 1 && dsc_lex_find_in(NULL, text + 1, e->len - 1, strlen(text) - 1) == i) bad++;
        /* the key of a word under 8 bytes holds its length: the word and
         * a NUL byte are no word */
        memcpy(up, e->word, e->len);
        up[e->len] = '\0';
        if (e->len < DSC_LX_MAX_WORD && dsc_lex_find(NULL, up, e->len + 1) != 0) bad++;
    }
    CHECK(bad == 0, "%zu built-in words not found in capitals inside a text, or found cut short or with a NUL", bad);
    CHECK(dsc_lex_find(NULL, "estimate", 8) != 0 && dsc_lex_find(NULL, "estimates", 9) != 0 &&
          dsc_lex_find(NULL, "affiliat", 8) == 0 && dsc_lex_find(NULL, "affiliate", 9) != 0 &&
          dsc_lex_find(NULL, "affiliates", 10) != dsc_lex_find(NULL, "affiliate", 9),
          "words of 8 bytes, and the first 8 bytes of a longer one, told apart");
    CHECK(lx != NULL, "a user lexicon");
    if (!lx) return;
    bad = 0;
    for (n = 1; n <= DSC_LX_MAX_WORD; n++) {
        uint32_t id;
        for (i = 0; i < n; i++) up[i] = (char)('a' + (i * 7 + n) % 26);
        up[0] = 'q'; up[n - 1] = 'z';                    /* none of them a built-in word */
        if (dsc_lex_set(lx, up, n, "report", 6, err, sizeof err) != 0) { bad++; continue; }
        id = dsc_lex_find(lx, up, n);
        for (i = 0; i < n; i++) text[i] = (char)toupper((unsigned char)up[i]);
        memcpy(text + n, "ZZZZZZZZ", 9);
        if (id <= dsc_lx_builtin_n || dsc_lex_find_in(lx, text, n, n + 8) != id || dsc_lex_find(lx, text, n) != id ||
            (n > 1 && dsc_lex_find_in(lx, text, n - 1, n + 8) == id) || dsc_lex_find_in(lx, text, n + 1, n + 8) == id)
            bad++;
    }
    CHECK(bad == 0, "%zu of the lengths 1 to 31 not found, or found in a longer or shorter word", bad);
    {
        uint32_t id = dsc_lex_find(lx, up, DSC_LX_MAX_WORD);
        CHECK(dsc_lex_entries(NULL) + LXW_SAID == dsc_lex_entry(NULL, LXW_SAID) && id != 0 &&
              dsc_lex_entries(lx) + id == dsc_lex_entry(lx, id) && dsc_lex_entries(lx)[0].cls.lo == 0,
              "dsc_lex_entries() indexes the entries dsc_lex_entry() gives, built-in and a user's");
    }
    CHECK(dsc_lex_set(lx, "\xC3\xA4rger", 6, "hedge", 5, err, sizeof err) == 0, "a word with a non-ASCII letter: %s", err);
    CHECK(dsc_lex_find(lx, "\xC3\xA4RGER", 6) > dsc_lx_builtin_n, "its ASCII letters fold");
    CHECK(dsc_lex_find(lx, "\xC3\x84rger", 6) == 0, "its other bytes do not");
    dsc_lex_free(lx);
}

/* The words of a sentence (words.c), which the name finder and the claim
 * reader both take: a possessive is cut from the word but not from next,
 * inner periods, hyphens and apostrophes hold, the lexicon entry comes
 * with the word, and what stands between two words is noted (a comma, not
 * the one of "10,000"; a quotation mark or a dash for the reader to read). */
static void sentence_words(void) {
    static const char text[] = "OpenAI's U.S. al-Falih said, \"10,000 chips\" \xE2\x80\x94 People\xE2\x80\x99s (Beijing).";
    static const struct { const char *w; size_t skip; uint8_t hyphen, gap; } want[] = {
        {"OpenAI", 2, 0, 0}, {"U.S", 0, 0, 0}, {"al-Falih", 0, 1, 0}, {"said", 0, 0, 0},
        {"10", 0, 0, DSC_GAP_COMMA | DSC_GAP_MARK}, {"000", 0, 0, 0}, {"chips", 0, 0, 0},
        {"People", 4, 0, DSC_GAP_MARK}, {"Beijing", 0, 0, DSC_GAP_COMMA},
    };
    dsc_vec out = DSC_VEC(dsc_word);
    uint8_t inert[4096] = {0};
    size_t k, n = sizeof text - 1;
    const dsc_word *w;
    CHECK(dsc_lex_size(NULL) < sizeof inert, "the cache covers the built-in lexicon");
    CHECK(dsc_words_scan(text, 0, n, n, NULL, inert, &out) == 0, "scan");
    CHECK(out.len == sizeof want / sizeof want[0], "%u words", (unsigned)out.len);
    w = out.data;
    for (k = 0; k < out.len && k < sizeof want / sizeof want[0]; k++) {
        size_t len = strlen(want[k].w);
        CHECK(w[k].end - w[k].start == len && memcmp(text + w[k].start, want[k].w, len) == 0 &&
                  w[k].poss == want[k].skip,
              "word %u: \"%.*s\" possessive %u bytes, want \"%s\"", (unsigned)k, (int)(w[k].end - w[k].start),
              text + w[k].start, (unsigned)w[k].poss, want[k].w);
        CHECK(w[k].hyphen == want[k].hyphen && w[k].gap == want[k].gap, "word %u (%s): hyphen %u gap %u",
              (unsigned)k, want[k].w, w[k].hyphen, w[k].gap);
        CHECK(w[k].id == dsc_lex_find(NULL, text + w[k].start, len), "word %u (%s): its lexicon entry", (unsigned)k,
              want[k].w);
    }
    CHECK(out.len > 3 && w[3].id == LXW_SAID && w[3].qty_inert, "'said' is looked up, and inert for quantities");
    dsc_vec_free(&out);
}

/* The word pass asks every word of letters whether the quantity finder
 * may pass over it (dsc_quantity_word_inert), the words the lexicon does
 * not know too (names, mostly: from the chunk and hash of their lookup,
 * or 8 bytes at a time when longer), and gets the same answer: number
 * words and currency codes the lexicon lacks ("thirteen", "USD"), the
 * nouns the finder notes ("queries", "Elo", "ratings"), a word at the
 * text's very end. */
static void unknown_words_inert(void) {
    static const char text[] = "Zhipu raised thirteen USD from queries, Sixth Tenfold Elo ratings rating "
                               "DeepSeekCoderXL Microsoft abcdefghijklmnopq 12 GPT4 al-Falih the model Qwen";
    dsc_vec out = DSC_VEC(dsc_word);
    uint8_t inert[4096] = {0};
    size_t k, n = sizeof text - 1, same = 0;
    const dsc_word *w;
    CHECK(dsc_words_scan(text, 0, n, n, NULL, inert, &out) == 0, "scan");
    w = out.data;
    for (k = 0; k < out.len; k++) {
        size_t len = w[k].end - w[k].start;
        int want = dsc_quantity_word_inert(text + w[k].start, len);
        if (!w[k].qty_inert == !want) same++;
        else CHECK(0, "\"%.*s\": qty_inert %u, dsc_quantity_word_inert %d", (int)len, text + w[k].start,
                   w[k].qty_inert, want);
    }
    CHECK(same == out.len && out.len == 20, "%zu of %u words marked as the finder asks", same, (unsigned)out.len);
    CHECK(out.len > 0 && w[0].id == 0 && w[0].qty_inert, "an unknown name is marked inert");
    CHECK(out.len > 2 && w[2].id == 0 && !w[2].qty_inert, "an unknown number word is not");
    CHECK(out.len == 20 && w[19].id == 0 && w[19].qty_inert, "the name at the text's very end (no 8 bytes to read at it) is marked too");
    dsc_vec_free(&out);
}

/* A document's word pass (dsc_words_build) remembers the answer for the
 * words the lexicon does not know, by their folded letters, in a table of
 * at most 4096 slots: 20,000 distinct made-up names, number words and
 * nouns the quantity finder notes, in several cases and sentences,
 * each asked again many times and sharing slots, get the answer
 * dsc_quantity_word_inert gives each, and their lexicon entries. */
static void document_words_inert(void) {
    static const char *const fixed[] = {"thirteen", "Thirteen", "USD", "usd", "queries", "Elo", "ELO", "ratings",
                                        "Rating", "Zhipu", "ZHIPU", "Billion", "GW", "kWh", "percent", "seventeen", "RMB"};
    size_t cap = 600000, len = 0, k, same = 0, known = 0, nf = sizeof fixed / sizeof fixed[0];
    char *text = malloc(cap);
    dsc_vec sents = DSC_VEC(dsc_sent);
    dsc_words words = {DSC_VEC(dsc_word), NULL, NULL, NULL};
    dsc_sent *s;
    const dsc_word *w;
    CHECK(text != NULL, "alloc");
    if (!text) return;
    for (k = 0; k < 50000; k++) {            /* 20000 names of 3 to 15 letters, each twice, and the fixed words */
        char word[16];
        size_t n, i;
        unsigned r = (unsigned)(k % 20000) * 2654435761u + 12345u;    /* the name's own random letters */
        if (k % 5 == 0) { len += (size_t)sprintf(text + len, "%s ", fixed[(k / 5) % nf]); continue; }
        n = 3 + (r >> 7) % 13;
        for (i = 0; i < n; i++) {
            r = r * 1103515245u + 12345u;
            word[i] = (char)((i == 0 && (r & (1u << 20)) ? 'A' : 'a') + (r >> 16) % 26);
        }
        word[n] = '\0';
        len += (size_t)sprintf(text + len, "%s%s", word, k % 50 == 49 ? ". " : " ");
    }
    text[len] = '\0';
    for (k = 0; k < 3; k++) {                /* three sentences over the text */
        s = dsc_vec_push(&sents);
        CHECK(s != NULL, "push");
        if (!s) return;
        s->start = (uint32_t)(k * len / 3);
        s->end = (uint32_t)((k + 1) * len / 3);
    }
    CHECK(dsc_words_build(&words, text, len, &sents, NULL) == 0, "build");
    w = words.words.data;
    for (k = 0; k < words.words.len; k++) {
        size_t n = w[k].end - w[k].start;
        int want = dsc_quantity_word_inert(text + w[k].start, n);
        if (!w[k].qty_inert == !want && w[k].id == dsc_lex_find(NULL, text + w[k].start, n)) same++;
        else CHECK(0, "\"%.*s\": qty_inert %u id %u, dsc_quantity_word_inert %d", (int)n, text + w[k].start,
                   w[k].qty_inert, (unsigned)w[k].id, want);
        known += w[k].id != 0;
    }
    CHECK(same == words.words.len && words.words.len >= 50000 && known > 0 && known < words.words.len / 2,
          "%zu of %u words marked as the finder asks (%zu known)", same, (unsigned)words.words.len, known);
    dsc_words_free(&words);
    dsc_vec_free(&sents);
    free(text);
}

/* The word pass hashes a short word with dsc_lx_hash_chunk1, the table
 * was laid out with dsc_lx_hash_chunks: the two agree on every length of
 * one chunk. */
static void one_chunk_hash(void) {
    uint64_t c = UINT64_C(0x0123456789ABCDEF);
    size_t n, k, same = 0;
    for (k = 0; k < 1000; k++) {
        c = c * UINT64_C(6364136223846793005) + 1442695040888963407u;
        for (n = 1; n <= 8; n++) {
            uint64_t x = n < 8 ? c & ((UINT64_C(1) << (8 * n)) - 1) : c;
            same += dsc_lx_hash_chunk1(x, n) == dsc_lx_hash_chunks(&x, n);
        }
    }
    CHECK(same == 8000, "%zu of 8000 chunks hashed alike", same);
}

/* The word pass reads most words 16 bytes at a time with the built-in
 * lexicon (words.c: plain_word) and the others byte by byte, as it reads
 * every word for a user's lexicon: random texts of words, marks, digits,
 * possessives, UTF-8 and cut sentences give the same words, entries and
 * inert marks both ways (each text in a buffer of its own size, for the
 * sanitizers). */
static void fast_and_byte_paths(void) {
    static const char *const pieces[] = {
        "the", "The", "said", "OpenAI", "OpenAI's", "U.S.", "al-Falih", "GPU-hour", "10,000", "3:1",
        "People\xE2\x80\x99s", "\xC3\x89lodie", "caf\xC3\xA9", "thirteen", "USD", "queries", "Zhipu", "a", "F.",
        "don't", "e.g.", "DeepSeekCoderXL", "abcdefghijklmnopq", "abcdefghijklmno", "abcdefghijklmnop", "GPT4",
        "2024", "Inc.", "Co.,", "\"", "(", ",", ";", ".", "-", "'", "\xE2\x80\x94", "\xE2\x80\x99", "  ", "seventeen",
        "ratings", "semiconductors", "--", "..", "'s", "\xE2\x80\x9C", "$5", "abc-", "-abc", "a.b", "a'b",
        "\xE4\xB8\xAD\xE6\x96\x87"};
    static uint8_t inert_a[4096], inert_b[4096];
    size_t iter, same = 0, np = sizeof pieces / sizeof pieces[0];
    unsigned r = 12345;
    dsc_lexicon *user = dsc_lex_new();
    CHECK(user != NULL && dsc_lex_size(user) < sizeof inert_b, "a user lexicon, its inert answers cached");
    if (!user || dsc_lex_size(user) >= sizeof inert_b) return;
    for (iter = 0; iter < 3000; iter++) {
        char buf[1024], *text;
        size_t len = 0, k, s = 0, e, n;
        dsc_vec a = DSC_VEC(dsc_word), b = DSC_VEC(dsc_word);
        r = r * 1103515245u + 12345u;
        n = 1 + (r >> 16) % 30;
        for (k = 0; k < n; k++) {
            const char *p;
            r = r * 1103515245u + 12345u;
            p = pieces[(r >> 16) % np];
            memcpy(buf + len, p, strlen(p));
            len += strlen(p);
            if (r & 0x30000000u) buf[len++] = ' ';
        }
        e = len;
        if (iter % 3 == 0) { s = (r >> 8) % len; e = s + (r >> 4) % (len - s + 1); }   /* a sentence inside */
        text = malloc(len);
        if (!text) break;
        memcpy(text, buf, len);
        if (dsc_words_scan(text, s, e, len, NULL, inert_a, &a) == 0 &&
            dsc_words_scan(text, s, e, len, user, inert_b, &b) == 0 &&
            a.len == b.len && (!a.len || memcmp(a.data, b.data, a.len * sizeof(dsc_word)) == 0))
            same++;
        else
            CHECK(0, "text %zu: \"%.*s\": %u words the fast way, %u byte by byte", iter, (int)(e - s), text + s,
                  (unsigned)a.len, (unsigned)b.len);
        free(text);
        dsc_vec_free(&a);
        dsc_vec_free(&b);
    }
    CHECK(same == 3000, "%zu of 3000 texts split alike", same);
    dsc_lex_free(user);
}

int main(void) {
    builtin_words();
    lookup_chunks();
    words_named();
    user_words();
    cased_classes();
    dictionary_words();
    labels();
    generator();
    sentence_words();
    unknown_words_inert();
    document_words_inert();
    one_chunk_hash();
    fast_and_byte_paths();
    return check_report("lexicon");
}
