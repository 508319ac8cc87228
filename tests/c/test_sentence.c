/* test_sentence.c: sentence boundaries on clean text. Each case lists the
 * sentences expected, separated by '|'. */
#include "check.h"
#include "internal.h"
#include "lexicon.h"
#include <unistd.h>

#ifndef DSC_BUILD_DIR
#define DSC_BUILD_DIR "build"
#endif

static const struct { const char *text; const char *want; } cases[] = {
    {"Mr. Liang said so. The U.S. Commerce Department agreed.", "Mr. Liang said so.|The U.S. Commerce Department agreed."},
    {"The bill from Reps. Jane Doe and John Roe stalled. Sens. Ann Poe and Tim Loe backed it.",
     "The bill from Reps. Jane Doe and John Roe stalled.|Sens. Ann Poe and Tim Loe backed it."},
    {"It rose 3.5% to $2.664 million. Shares fell.", "It rose 3.5% to $2.664 million.|Shares fell."},
    {"He works at 01.ai now. She does not.", "He works at 01.ai now.|She does not."},
    {"It was Jan. 20 when it launched. Next came R1.", "It was Jan. 20 when it launched.|Next came R1."},
    {"Chips were built in the U.S. The company said so.", "Chips were built in the U.S.|The company said so."},
    {"Made by Apple Inc. and sold widely.", "Made by Apple Inc. and sold widely."},
    {"Shares of Nvidia Corp. Fell", "Shares of Nvidia Corp. Fell"},
    {"\"It is huge,\" he said. \"We agree.\"", "\"It is huge,\" he said.|\"We agree.\""},
    {"Really? Yes.", "Really?|Yes."},
    {"Is it real? he asked.", "Is it real? he asked."},
    {"Wait... Then it fell.", "Wait...|Then it fell."},
    {"It was... fine.", "It was... fine."},
    {"It was\xE2\x80\xA6 Then more.", "It was\xE2\x80\xA6|Then more."},
    {"John F. Kennedy spoke. Then left.", "John F. Kennedy spoke.|Then left."},
    {"Llama 3.1 beat GPT-4o. R1 won.", "Llama 3.1 beat GPT-4o.|R1 won."},
    {"Prices (e.g. tokens) fell. Good news.", "Prices (e.g. tokens) fell.|Good news."},
    {"He said \"yes.\" Then he left.", "He said \"yes.\"|Then he left."},
    {"He said \xE2\x80\x9Cyes.\xE2\x80\x9D Then he left.", "He said \xE2\x80\x9Cyes.\xE2\x80\x9D|Then he left."},
    {"Dr. Jane Roe, Ph.D. student, spoke. Next.", "Dr. Jane Roe, Ph.D. student, spoke.|Next."},
    {"It ranked No. 1 on the App Store. Then fell.", "It ranked No. 1 on the App Store.|Then fell."},
    {"A: No. We set the price to cover our costs.", "A: No.|We set the price to cover our costs."},
    /* an interview's "Q:" label is not part of the question's sentence */
    {"Q: Your Nvidia bill doubled. Why?", "Your Nvidia bill doubled.|Why?"},
    {"It held the No. 3 spot. No. 2 was ChatGPT.", "It held the No. 3 spot.|No. 2 was ChatGPT."},
    {"Sales hit $5 bn. 2024 was big.", "Sales hit $5 bn.|2024 was big."},
    {"Stop! Go now.", "Stop!|Go now."},
    {"What?! No way.", "What?!|No way."},
    {"(It fell.) Then rose.", "(It fell.)|Then rose."},
    {"One sentence without end", "One sentence without end"},
    {"He cited v. 2 of the paper. It helped.", "He cited v. 2 of the paper.|It helped."},
    {"Costs fell vs. last year. Fine.", "Costs fell vs. last year.|Fine."},
    {"The U.S.-China race heats up. Both sides spend.", "The U.S.-China race heats up.|Both sides spend."},
    {"Trained on 2,048 H800s. Done.", "Trained on 2,048 H800s.|Done."},
    {"At 9 a.m. The market opened.", "At 9 a.m.|The market opened."},
    {"At 9 a.m. traders sold.", "At 9 a.m. traders sold."},
};

static void run(const char *text, const char *want, size_t idx) {
    dsc_clean c;
    dsc_vec sents = DSC_VEC(dsc_sent);
    char got[1024] = "", ctx[64];
    size_t i;
    snprintf(ctx, sizeof ctx, "sentence case %zu", idx);
    dsc_clean_text(text, strlen(text), 1, &c);
    dsc_split_sentences(&c, &sents);
    for (i = 0; i < sents.len; i++) {
        const dsc_sent *s = &DSC_AT(sents, dsc_sent, i);
        if (i) strcat(got, "|");
        strncat(got, c.text + s->start, s->end - s->start);
    }
    CHECK_STR(got, want, ctx);
    dsc_vec_free(&sents);
    dsc_clean_free(&c);
}

/* The sentences of text split with lexicon lx, joined by '|'. */
static const char *split_with(const dsc_lexicon *lx, const char *text, char *got, size_t cap) {
    dsc_clean c;
    dsc_vec sents = DSC_VEC(dsc_sent);
    size_t i;
    got[0] = '\0';
    dsc_clean_text(text, strlen(text), 1, &c);
    dsc_split_sentences_lx(&c, lx, &sents);
    for (i = 0; i < sents.len; i++) {
        const dsc_sent *s = &DSC_AT(sents, dsc_sent, i);
        if (i) strncat(got, "|", cap - strlen(got) - 1);
        strncat(got, c.text + s->start, s->end - s->start < cap - strlen(got) - 1 ? s->end - s->start : cap - strlen(got) - 1);
    }
    dsc_vec_free(&sents);
    dsc_clean_free(&c);
    return got;
}

/* The abbreviations are the lexicon's (data/lexicon/sentence.tsv): a
 * user's lexicon adds and removes them, spelled as written. */
static void abbreviations_as_data(void) {
    char got[512], err[200] = "";
    dsc_lexicon *lx = dsc_lex_new();
    const char *assoc = "He joined Foo Assoc. Brankov said so.", *dr = "He met Dr. Liang today.";
    const char *pty = "It sold Acme Pty. The firm said so. It sold Acme Pty. Brankov said so.";
    CHECK_STR(split_with(NULL, assoc, got, sizeof got), "He joined Foo Assoc.|Brankov said so.", "'Assoc' is no abbreviation");
    CHECK(dsc_lex_set(lx, "Assoc", 5, "not-final", 9, err, sizeof err) == 0, "%s", err);
    CHECK_STR(split_with(lx, assoc, got, sizeof got), assoc, "a not-final word added as data");
    CHECK_STR(split_with(lx, "He joined Foo ASSOC. Brankov said so.", got, sizeof got),
              "He joined Foo ASSOC.|Brankov said so.", "as written: 'ASSOC' is not 'Assoc'");
    CHECK_STR(split_with(NULL, dr, got, sizeof got), dr, "'Dr' is built in");
    CHECK(dsc_lex_set(lx, "Dr", 2, "-not-final", 10, err, sizeof err) == 0, "%s", err);
    CHECK_STR(split_with(lx, dr, got, sizeof got), "He met Dr.|Liang today.", "a built-in abbreviation taken away");
    CHECK(dsc_lex_set(lx, "Pty", 3, "maybe-final", 11, err, sizeof err) == 0, "%s", err);
    CHECK_STR(split_with(lx, pty, got, sizeof got), "It sold Acme Pty.|The firm said so.|It sold Acme Pty. Brankov said so.",
              "a maybe-final word ends a sentence only before an opener");
    CHECK(dsc_lex_set(lx, "Brankov", 7, "sentence-opener", 15, err, sizeof err) == 0, "%s", err);
    CHECK_STR(split_with(lx, pty, got, sizeof got), "It sold Acme Pty.|The firm said so.|It sold Acme Pty.|Brankov said so.",
              "an opener added as data");
    dsc_lex_free(lx);
    {   /* through the dictionary, as documents are parsed */
        dsc_dict *d = dsc_dict_new(1);
        dsc_doc *doc;
        CHECK(dsc_dict_load_lexicon(d, "Assoc\tnot-final\n", 16, err, sizeof err) == 1, "%s", err);
        doc = dsc_parse(d, assoc, strlen(assoc), NULL);
        CHECK(doc && dsc_doc_sentence_count(doc) == 1, "a dictionary's lexicon splits its documents (%zu)",
              doc ? dsc_doc_sentence_count(doc) : 0);
        dsc_doc_free(doc);
        dsc_dict_free(d);
        doc = dsc_parse(NULL, assoc, strlen(assoc), NULL);
        CHECK(doc && dsc_doc_sentence_count(doc) == 2, "the built-in lexicon does not know 'Assoc'");
        dsc_doc_free(doc);
    }
}

/* A name written in lowercase by its owner (xAI, iFlytek, o3-mini) opens a
 * sentence after a period, '?' or '!', except after an abbreviation; a
 * lowercase word the dictionary does not know goes on the sentence. */
static void lowercase_names_open_sentences(void) {
    static const struct { const char *text, *want; } lc[] = {
        {"The deal closed on Friday. xAI signed a lease.", "The deal closed on Friday.|xAI signed a lease."},
        {"Prices fell in March. o3-mini's price fell most.", "Prices fell in March.|o3-mini's price fell most."},
        {"Was it a surprise? iFlytek said no.", "Was it a surprise?|iFlytek said no."},
        {"Rivals (e.g. xAI) spent more. Fine.", "Rivals (e.g. xAI) spent more.|Fine."},
        {"Costs rose vs. xAI's rivals.", "Costs rose vs. xAI's rivals."},
        {"At 9 a.m. traders sold. Fine.", "At 9 a.m. traders sold.|Fine."},
        {"It was Jan. xAI's month.", "It was Jan. xAI's month."},
        {"They met at 9 a.m. gpt-oss shipped later.", "They met at 9 a.m. gpt-oss shipped later."},
    };
    dsc_dict *d = dsc_dict_new(1);
    size_t i, k;
    char ctx[64];
    dsc_dict_freeze(d);
    for (i = 0; i < sizeof lc / sizeof lc[0]; i++) {
        dsc_clean c;
        dsc_vec sents = DSC_VEC(dsc_sent);
        char got[512] = "";
        snprintf(ctx, sizeof ctx, "lowercase name case %zu", i);
        dsc_clean_text(lc[i].text, strlen(lc[i].text), 1, &c);
        dsc_split_sentences_dict(&c, dsc_dict_lexicon(d), d, &sents);
        for (k = 0; k < sents.len; k++) {
            const dsc_sent *s = &DSC_AT(sents, dsc_sent, k);
            if (k) strcat(got, "|");
            strncat(got, c.text + s->start, s->end - s->start);
        }
        CHECK_STR(got, lc[i].want, ctx);
        dsc_vec_free(&sents);
        dsc_clean_free(&c);
    }
    dsc_dict_free(d);
}

/* Runs tools/phrasegen on one list written here; returns its exit status
 * and the first line it printed. */
static int phrasegen(const char *name, const char *text, char *out, size_t n) {
    char path[3][128], cmd[600];
    FILE *f, *p;
    int rc, k;
    snprintf(path[0], sizeof path[0], "/tmp/dsc-phr-%ld-%s", (long)getpid(), name);
    snprintf(path[1], sizeof path[1], "/tmp/dsc-phr-%ld.h", (long)getpid());
    snprintf(path[2], sizeof path[2], "/tmp/dsc-phr-%ld.c", (long)getpid());
    if (!(f = fopen(path[0], "w"))) return -1;
    fputs(text, f); fclose(f);
    snprintf(cmd, sizeof cmd, "%s/phrasegen %s %s %s 2>&1", DSC_BUILD_DIR, path[1], path[2], path[0]);
    if (!(p = popen(cmd, "r"))) return -1;
    out[0] = '\0';
    if (!fgets(out, (int)n, p)) out[0] = '\0';
    rc = pclose(p);
    for (k = 0; k < 3; k++) remove(path[k]);
    return rc;
}

static void phrase_generator(void) {
    char out[256];
    CHECK(phrasegen("marks.tsv", "# c\n(AP Photo\n\xC2\xA9\n", out, sizeof out) == 0, "a good list: %s", out);
    CHECK(phrasegen("marks.tsv", "b\na\n", out, sizeof out) != 0 && strstr(out, ":2: 'a' out of order"), "%s", out);
    CHECK(phrasegen("marks.tsv", "a\na\n", out, sizeof out) != 0 && strstr(out, ":2: 'a' listed twice"), "%s", out);
    CHECK(phrasegen("marks.tsv", "a\tb\n", out, sizeof out) != 0 && strstr(out, ":1: a tab"), "%s", out);
    CHECK(phrasegen("marks.tsv", "a \n", out, sizeof out) != 0 && strstr(out, ":1: 'a ': a space"), "%s", out);
    CHECK(phrasegen("marks.tsv", "\xC3\n", out, sizeof out) != 0 && strstr(out, ":1: not UTF-8"), "%s", out);
    CHECK(phrasegen("marks.tsv", "# nothing\n", out, sizeof out) != 0 && strstr(out, "no phrase"), "%s", out);
    CHECK(phrasegen("Marks.tsv", "a\n", out, sizeof out) != 0 && strstr(out, "list name"), "%s", out);
}

int main(void) {
    size_t i;
    CHECK(dsc_sentence_lists_sorted(), "abbreviation lists sorted for bisection");
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) run(cases[i].text, cases[i].want, i);
    /* headings, bylines and reading time are marked; body sentences are not */
    {
        const char *src = "# How a lab shook markets\n\nA deck line sits here.\n\nBy Jane Doe, John Roe\n\n3 min read\n\nBody one. Body two.";
        dsc_clean c;
        dsc_vec s = DSC_VEC(dsc_sent);
        dsc_clean_text(src, strlen(src), 1, &c);
        dsc_split_sentences(&c, &s);
        CHECK(s.len == 6, "6 sentences, got %zu", s.len);
        if (s.len == 6) {
            CHECK(DSC_AT(s, dsc_sent, 0).heading, "title is a heading");
            CHECK(!DSC_AT(s, dsc_sent, 1).heading, "deck line is body");
            CHECK(DSC_AT(s, dsc_sent, 2).heading, "byline");
            CHECK(DSC_AT(s, dsc_sent, 3).heading, "reading time");
            CHECK(!DSC_AT(s, dsc_sent, 4).heading && !DSC_AT(s, dsc_sent, 5).heading, "body");
        }
        dsc_vec_free(&s);
        dsc_clean_free(&c);
    }
    /* a sentence cut by a blank line is one sentence */
    run("It took less than \\$6 million to\n\nbuild, using H800s. Then it shipped.",
        "It took less than $6 million to build, using H800s.|Then it shipped.", 1000);
    abbreviations_as_data();
    lowercase_names_open_sentences();
    phrase_generator();
    return check_report("sentence");
}
