/* test_lexicon.c: the compiled lexicon (data/lexicon/), a user's
 * additions to it, and the generator's refusal of malformed files. */
#include "check.h"
#include "internal.h"
#include "lexicon.h"
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
    CHECK(dsc_lex_entry(NULL, 0)->cls.lo == 0 && dsc_lex_entry(NULL, 0)->cls.hi == 0, "entry 0 has no class");
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
    CHECK(dsc_lex_set(lx, "Chortled", 8, "report", 6, err, sizeof err) == 0, "add a word: %s", err);
    id = dsc_lex_find(lx, "chortled", 8);
    CHECK(id > dsc_lx_builtin_n, "a new word comes after the built-in ones (%u)", (unsigned)id);
    CHECK(dsc_lx_has(dsc_lex_entry(lx, id)->cls, LX_REPORT), "the new word reports");
    CHECK(dsc_lex_find(NULL, "chortled", 8) == 0, "the built-in lexicon is not changed");
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
        CHECK(dsc_lex_find(lx, "chortled", 8) != 0 && dsc_lex_find(lx, "said", 4) == LXW_SAID,
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
    d = dsc_dict_new(1);
    CHECK(dsc_dict_load_lexicon(d, "said\t-report -passive\n", 22, err, sizeof err) == 1, "%s", err);
    CHECK_STR(first_claimant(d, "Nvidia shares fell 17% on Monday, analysts said.\n", buf, sizeof buf), "article",
              "a built-in verb taken away as data");
    dsc_dict_free(d);
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

int main(void) {
    builtin_words();
    user_words();
    dictionary_words();
    generator();
    return check_report("lexicon");
}
