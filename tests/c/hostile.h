/* hostile.h: generators of hostile inputs for the engine, shared by the
 * growth check (tests/c/test_growth.c, in make test) and the hostile suite
 * of make bench (bench/bench.c). Each case repeats one construct, or builds
 * one shape, to any size: unclosed and nested markdown, quotes that never
 * close, long runs of figures, names by the thousand, abbreviations,
 * control bytes and invalid UTF-8, one long line, no punctuation at all.
 * A stage that is quadratic in some construct takes four times as long at
 * twice the size; a linear one twice as long.
 *
 * hostile_make(c, n) returns n bytes (malloc'd, NUL after them) of case c;
 * the same bytes on every machine and every run. */
#ifndef HOSTILE_H
#define HOSTILE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ===================================================================== */
/* Buffer                                                                 */
/* ===================================================================== */

typedef struct { char *p; size_t len, cap; } hostile_buf;

/* Appends up to the buffer's size; the last piece is cut there. */
static void hb_put(hostile_buf *b, const char *s, size_t n) {
    if (n > b->cap - b->len) n = b->cap - b->len;
    memcpy(b->p + b->len, s, n);
    b->len += n;
}
static void hb_str(hostile_buf *b, const char *s) { hb_put(b, s, strlen(s)); }
static int hb_full(const hostile_buf *b) { return b->len >= b->cap; }
/* Whole units only (a cut unit could close what the case leaves open);
 * hostile_make pads the rest with spaces. */
static void hb_repeat(hostile_buf *b, const char *unit) {
    size_t n = strlen(unit);
    while (b->cap - b->len >= n) hb_put(b, unit, n);
}
/* count copies of the byte ch (fewer when the buffer fills) */
static void hb_bytes(hostile_buf *b, char ch, size_t count) {
    if (count > b->cap - b->len) count = b->cap - b->len;
    memset(b->p + b->len, ch, count);
    b->len += count;
}

/* ===================================================================== */
/* Pieces                                                                 */
/* ===================================================================== */

/* Ordinary news prose (written for these tests, in the style of the
 * articles the engine reads): names, figures, attribution, hedges. */
static const char hostile_news[] =
    "DeepSeek, the Hangzhou lab backed by the quant fund High-Flyer, said its V3 model was "
    "trained on 2,048 Nvidia H800 chips for about $5.6 million. Analysts at Bernstein cautioned "
    "that the figure may leave out years of research. \"The cost is real, but it is not the whole "
    "bill,\" said one investor, who asked not to be named. OpenAI charges $10 per million input "
    "tokens for o1, according to its price list.";

/* A distinct made-up word for each i: syllables picked by the digits of i
 * in base 16, capitalised ("Kalomi"). */
static void hostile_word(char *out, size_t i, int syllables) {
    static const char *const syl[16] = { "ka", "lo", "mi", "ren", "tor", "vin", "sa", "del",
                                         "mar", "quin", "bo", "zet", "fu", "nal", "pe", "gri" };
    size_t len = 0;
    int k;
    for (k = 0; k < syllables; k++) {
        const char *s = syl[(i >> (4 * k)) & 15];
        memcpy(out + len, s, strlen(s));
        len += strlen(s);
    }
    out[len] = '\0';
    out[0] = (char)(out[0] - 'a' + 'A');
}

/* A distinct first and last name for each i below 2^24. */
static void hostile_person(char *first, char *last, size_t i) {
    hostile_word(first, i & 0xFFF, 3);
    hostile_word(last, (i * 2654435761u >> 8) & 0xFFFFFF, 4);
}

static unsigned long hostile_rand(unsigned long *seed) {
    *seed = (*seed * 1103515245ul + 12345ul) & 0x7FFFFFFFul;
    return *seed >> 8;
}

/* ===================================================================== */
/* Shapes that are more than one repeated unit                            */
/* ===================================================================== */

static void gen_nested_brackets(hostile_buf *b) {      /* [[[[x]]]] */
    size_t k = b->cap / 2;
    hb_bytes(b, '[', k);
    hb_str(b, "x");
    hb_bytes(b, ']', k);
}
static void gen_nested_links(hostile_buf *b) {         /* [[[a](u) b](u) b](u) */
    size_t k = b->cap / 8;
    hb_bytes(b, '[', k);
    while (!hb_full(b)) hb_str(b, "a](u) b");
}
static void gen_nested_parens(hostile_buf *b) {        /* [a]((((( ... */
    while (!hb_full(b)) { hb_str(b, "[a]"); hb_bytes(b, '(', 64); }
}
static void gen_backtick_runs(hostile_buf *b) {        /* ` x `` x ``` x: each length once */
    size_t i;
    for (i = 1; !hb_full(b); i++) { hb_bytes(b, '`', i); hb_str(b, " x "); }
}
static void gen_deep_lists(hostile_buf *b) {
    size_t i;
    for (i = 0; !hb_full(b); i++) { hb_bytes(b, ' ', i % 40); hb_str(b, "- an item that goes on\n"); }
}
static void gen_open_fence(hostile_buf *b) {
    hb_str(b, "```\n");
    while (!hb_full(b)) { hb_str(b, hostile_news); hb_str(b, "\n"); }
}
static void gen_open_comment(hostile_buf *b) {
    hb_str(b, "<!--\n");
    while (!hb_full(b)) { hb_str(b, hostile_news); hb_str(b, "\n"); }
}
static void gen_open_front_matter(hostile_buf *b) {
    hb_str(b, "---\ntitle: x\n");
    while (!hb_full(b)) hb_str(b, "key: value\n");
}
static void gen_grouped_number(hostile_buf *b) {       /* 1,000,000,000,... */
    hb_str(b, "$1");
    hb_repeat(b, ",000");
}
static void gen_quoted_word_entries(hostile_buf *b) {  /* "''''... Benchmark Benchmark" */
    hb_bytes(b, '\'', b->cap / 2);
    hb_repeat(b, " Benchmark");
}
static void gen_numbers_after_marks(hostile_buf *b) {  /* ((((... Foo 3 Foo 3: one sentence */
    hb_bytes(b, '(', b->cap / 2);
    hb_repeat(b, " Foo 3");
}
static void gen_doc_author(hostile_buf *b) {           /* a long sentence, then "the report said" */
    int k, m;
    while (!hb_full(b)) {
        for (k = 0; k < 300; k++) hb_str(b, "lorem ipsum dolor ");
        hb_str(b, "end. ");
        for (k = 0; k < 8; k++) {
            for (m = 0; m < 60; m++) hb_str(b, "The report said ");
            hb_str(b, ". ");
        }
    }
}
static void gen_people(hostile_buf *b) {               /* distinct people, with a cue */
    char first[64], last[64], s[200];
    size_t i;
    for (i = 0; !hb_full(b); i++) {
        hostile_person(first, last, i);
        snprintf(s, sizeof s, "Analyst %s %s said the chips cost $5 million. ", first, last);
        hb_str(b, s);
    }
}
static void gen_people_surnames(hostile_buf *b) {      /* ... then the surname alone */
    char first[64], last[64], s[200];
    size_t i;
    for (i = 0; !hb_full(b); i++) {
        hostile_person(first, last, i);
        snprintf(s, sizeof s, "%s %s said on Monday. %s added that costs fell. ", first, last, last);
        hb_str(b, s);
    }
}
static void gen_people_list(hostile_buf *b) {          /* hired A B, and C D, and E F */
    char first[64], last[64], s[200];
    size_t i;
    hb_str(b, "The lab hired Jane Doe");
    for (i = 0; !hb_full(b); i++) {
        hostile_person(first, last, i);
        snprintf(s, sizeof s, ", who left, and %s %s", first, last);
        hb_str(b, s);
    }
}
static void gen_orgs(hostile_buf *b) {                 /* distinct orgs */
    char w1[64], w2[64], s[200];
    size_t i;
    for (i = 0; !hb_full(b); i++) {
        hostile_word(w1, i & 0xFFF, 3);
        hostile_word(w2, i >> 12, 2);
        snprintf(s, sizeof s, "%s %s Labs said on Monday that it raised $20 million. ", w1, w2);
        hb_str(b, s);
    }
}
static void gen_orgs_short(hostile_buf *b) {           /* ... then named without the suffix */
    char w1[64], w2[64], s[200];
    size_t i;
    for (i = 0; !hb_full(b); i++) {
        hostile_word(w1, i & 0xFFF, 3);
        hostile_word(w2, i >> 12, 2);
        snprintf(s, sizeof s, "the analytics firm %s%s Research said. %s%s agreed. ", w1, w2, w1, w2);
        hb_str(b, s);
    }
}
static void gen_control_bytes(hostile_buf *b) {
    unsigned long seed = 1;
    while (!hb_full(b)) {
        char ch = (char)(1 + hostile_rand(&seed) % 31);
        hb_put(b, &ch, 1);
        if (hostile_rand(&seed) % 4 == 0) hb_str(b, "DeepSeek $5 ");
    }
}
static void gen_random_bytes(hostile_buf *b) {
    unsigned long seed = 2;
    while (!hb_full(b)) { char ch = (char)hostile_rand(&seed); hb_put(b, &ch, 1); }
}
static void gen_nul_bytes(hostile_buf *b) {
    while (!hb_full(b)) hb_put(b, "a\0DeepSeek\0", 11);
}
static void gen_one_line(hostile_buf *b) {
    while (!hb_full(b)) { hb_str(b, hostile_news); hb_str(b, " "); }
}
/* A model card's results table: the models head the columns, a bold
 * best score in each row (one claim per cell). */
static void gen_results_table(hostile_buf *b) {
    hb_str(b, "| | Benchmark (Metric) | DeepSeek-V3 | GPT-4o 0513 | Claude-3.5-Sonnet-1022 |\n"
              "|---|---|---|---|---|\n");
    hb_repeat(b, "| Math | AIME 2024 (Pass@1) | **39.2** | 9.3 | 16.0 |\n");
}
/* ... the models one a row. */
static void gen_results_rows(hostile_buf *b) {
    hb_str(b, "| Model | MMLU (EM) | GPQA Diamond pass@1 | #Total Params |\n|---|---|---|---|\n");
    hb_repeat(b, "| DeepSeek-V3 | 88.5 | **59.1** | 671B |\n");
}
/* ... one a row, each a model the dictionary does not know (a name each). */
static void gen_results_unknown(hostile_buf *b) {
    char w[64], s[200];
    size_t i;
    hb_str(b, "| Model | Score |\n|---|---|\n");
    for (i = 0; !hb_full(b); i++) {
        hostile_word(w, i & 0xFFFFF, 5);
        snprintf(s, sizeof s, "| %s-7B | %zu.5 |\n", w, i % 100);
        hb_str(b, s);
    }
}
/* A model card's HTML badge block: tags over lines, URLs with escapes. */
static void gen_html_badges(hostile_buf *b) {
    hb_str(b, "<div align=\"center\" style=\"line-height: 1;\">\n");
    hb_repeat(b, "  <a href=\"https://huggingface.co/deepseek-ai\"><img alt=\"Hugging Face\"\n"
                 "    src=\"https://img.shields.io/badge/%F0%9F%A4%97%20Hugging%20Face-DeepSeek-ffc107\"/></a>\n");
}
static void gen_html_open_raw(hostile_buf *b) {       /* a <pre> never closed */
    hb_str(b, "<pre>\n");
    while (!hb_full(b)) { hb_str(b, hostile_news); hb_str(b, "\n"); }
}
static void gen_ref_shortcuts(hostile_buf *b) {       /* [a] [b] ... with their definitions */
    hb_str(b, "[deepseek]: https://example.com\n[nvidia]: https://example.com\n\n");
    hb_repeat(b, "[DeepSeek] said [Nvidia] chips cost $5 million. ");
}

static void gen_news(hostile_buf *b) {
    while (!hb_full(b)) { hb_str(b, hostile_news); hb_str(b, "\n\n"); }
}

/* ===================================================================== */
/* The cases                                                              */
/* ===================================================================== */

typedef struct {
    const char *name;
    const char *unit;                    /* repeated to the size, or NULL */
    void (*fill)(hostile_buf *b);        /* ... or this fills the buffer */
    int plain;                           /* parse as plain text */
} hostile_case;

static const hostile_case hostile_cases[] = {
    /* markdown */
    {"md-open-brackets", "[", NULL, 0},
    {"md-open-images", "![", NULL, 0},
    {"md-open-footnotes", "[^", NULL, 0},
    {"md-open-links", "[a](", NULL, 0},
    {"md-open-ref-links", "[a][", NULL, 0},
    {"md-open-brackets-words", "[DeepSeek said ", NULL, 0},
    {"md-nested-brackets", NULL, gen_nested_brackets, 0},
    {"md-nested-links", NULL, gen_nested_links, 0},
    {"md-open-parens", NULL, gen_nested_parens, 0},
    {"md-links", "[DeepSeek](https://example.com/a) said [it](#) ", NULL, 0},
    {"md-footnotes", "a claim[^1] and ![img](x.png) ", NULL, 0},
    {"md-backtick-runs", NULL, gen_backtick_runs, 0},
    {"md-escaped-backticks", "\\`` a ", NULL, 0},
    {"md-backticks", "`a` b ", NULL, 0},
    {"md-emphasis-stars", "*", NULL, 0},
    {"md-emphasis-mixed", "**a_ ~b* _", NULL, 0},
    {"md-emphasis-spaced", " * _ ", NULL, 0},
    {"md-fences", "```\nx\n", NULL, 0},
    {"md-open-fence", NULL, gen_open_fence, 0},
    {"md-table-cells", "| a $5 ", NULL, 0},
    {"md-table-rows", "| DeepSeek | $5.6 million | 2,048 |\n", NULL, 0},
    {"md-html-open-tags", "<a ", NULL, 0},
    {"md-html-tags", "<b>DeepSeek</b> said ", NULL, 0},
    {"md-html-open-comment", NULL, gen_open_comment, 0},
    {"md-html-comments-inline", "<!-- a ", NULL, 0},
    {"md-entities", "&amp &#39 &nbsp; ", NULL, 0},
    {"md-deep-quote", "> ", NULL, 0},
    {"md-quote-lines", "> > > > the lab said\n", NULL, 0},
    {"md-deep-lists", NULL, gen_deep_lists, 0},
    {"md-headings", "#", NULL, 0},
    {"md-heading-lines", "# DeepSeek said\n", NULL, 0},
    {"md-setext", "A title\n---\n", NULL, 0},
    {"md-link-definitions", "[a]: https://example.com\n", NULL, 0},
    {"md-open-front-matter", NULL, gen_open_front_matter, 0},
    {"md-backslashes", "\\", NULL, 0},
    {"md-escaped-brackets", "\\[a](", NULL, 0},
    /* tables, HTML, math, alert boxes, URLs (issue 11) */
    {"md-results-table", NULL, gen_results_table, 0},
    {"md-results-rows", NULL, gen_results_rows, 0},
    {"md-results-unknown-models", NULL, gen_results_unknown, 0},
    {"md-tables-small", "DeepSeek said:\n\n| Model | MMLU |\n|---|---|\n| DeepSeek-V3 | 88.5 |\n\n", NULL, 0},
    {"md-table-one-row-cells", "| 88.5 ", NULL, 0},
    {"md-table-pipes", "a | b\n--- | ---\n", NULL, 0},
    {"md-html-badges", NULL, gen_html_badges, 0},
    {"md-html-open-values", "<a x=\"", NULL, 0},
    {"md-html-open-region", "<div\n", NULL, 0},
    {"md-html-open-raw", NULL, gen_html_open_raw, 0},
    {"md-html-blocks", "<details><summary>Scores</summary>\n\nDeepSeek said it cost $5.6 million.\n\n</details>\n", NULL, 0},
    {"md-char-refs", "&#x27;&#8217;&rsquo;&amp;&#99999999; ", NULL, 0},
    {"md-math", "a temperature of $0.6$ and $\\alpha$ ", NULL, 0},
    {"md-math-open", "$a ", NULL, 0},
    {"md-math-mixed", " $x y$$ ", NULL, 0},
    {"md-math-display", "$$\nx = 1\n", NULL, 0},
    {"md-alerts", "> [!NOTE]\n> DeepSeek said the model has 671B parameters.\n\n", NULL, 0},
    {"md-urls", "see https://github.com/deepseek-ai/DeepSeek-V3/releases/v0.4.1, chat.deepseek.com or a@b.com ", NULL, 0},
    {"md-hosts-one-token", "a.com.", NULL, 0},
    {"md-ref-shortcuts", NULL, gen_ref_shortcuts, 0},
    {"md-footnote-definitions", "[^1]: DeepSeek said the model cost $6 million.\n", NULL, 0},
    {"md-tickers", "Nvidia (NASDAQ: NVDA) and Alibaba (9988.HK) fell 5%. ", NULL, 0},
    /* quotes that never close */
    {"quotes-straight", "\"a ", NULL, 0},
    {"quotes-curly", "\xE2\x80\x9C" "a ", NULL, 0},
    {"quotes-curly-closing", "a\xE2\x80\x9D ", NULL, 0},
    {"quotes-single", "'a \xE2\x80\x98" "b ", NULL, 0},
    {"quotes-guillemets", "\xC2\xAB" "a ", NULL, 0},
    {"quotes-said", "\"DeepSeek said the cost was $6 million, ", NULL, 0},
    /* figures */
    {"numbers-money", "$5.6 million, ", NULL, 0},
    {"numbers-digits", "0123456789", NULL, 0},
    {"numbers-grouped", NULL, gen_grouped_number, 0},
    {"numbers-dotted", "1.", NULL, 0},
    {"numbers-ranges", "between $1 and $2 billion ", NULL, 0},
    {"numbers-percent", "17% ", NULL, 0},
    {"numbers-units", "2,048 H800 GPUs for 2 months at $5.6M ", NULL, 0},
    {"numbers-after-marks", NULL, gen_numbers_after_marks, 0},
    /* names */
    {"names-people", NULL, gen_people, 0},
    {"names-surnames", NULL, gen_people_surnames, 0},
    {"names-people-list", NULL, gen_people_list, 0},
    {"names-orgs", NULL, gen_orgs, 0},
    {"names-orgs-short", NULL, gen_orgs_short, 0},
    {"names-one-person", "Analyst Jane Doe said the cost was low. ", NULL, 0},
    {"names-dictionary", "DeepSeek, Nvidia and OpenAI said ", NULL, 0},
    {"names-capitalised-run", "Alpha Beta Gamma Delta ", NULL, 0},
    {"names-word-entries", NULL, gen_quoted_word_entries, 0},
    /* abbreviations */
    {"abbr-us", "U.S. ", NULL, 0},
    {"abbr-inc", "Inc. ", NULL, 0},
    {"abbr-jan", "Jan. ", NULL, 0},
    {"abbr-mr", "Mr. ", NULL, 0},
    {"abbr-initials", "A. ", NULL, 0},
    {"abbr-eg", "e.g. ", NULL, 0},
    /* bytes */
    {"bytes-control", NULL, gen_control_bytes, 0},
    {"bytes-invalid-utf8", "\xFF\xE2\x80 \xC3 a\x80", NULL, 0},
    {"bytes-nul", NULL, gen_nul_bytes, 0},
    {"bytes-random", NULL, gen_random_bytes, 0},
    /* shapes of text */
    {"text-one-line", NULL, gen_one_line, 0},
    {"text-one-line-plain", NULL, gen_one_line, 1},
    {"text-no-punctuation", "the lab trained the model on chips and the analysts said it cost less ", NULL, 0},
    {"text-no-spaces", "a", NULL, 0},
    {"text-names-no-spaces", "DeepSeek", NULL, 0},
    {"text-newlines", "\n", NULL, 0},
    {"text-spaces", " ", NULL, 0},
    {"text-periods", ".", NULL, 0},
    {"text-ellipses", "\xE2\x80\xA6 ", NULL, 0},
    {"text-short-sentences", "A b. ", NULL, 0},
    {"text-open-parens", "(", NULL, 0},
    {"text-long-sentence", "DeepSeek said the model cost $5.6 million and ", NULL, 0},
    {"text-mentions", "DeepSeek, Nvidia, OpenAI, ", NULL, 0},
    {"text-quantities", "$5 million, 2,048 GPUs, ", NULL, 0},
    {"text-reporting", "said ", NULL, 0},
    {"text-hedges", "may reportedly ", NULL, 0},
    /* the claim stage's look-backs: pronouns, descriptions, documents */
    {"claims-he-said", "Nvidia, AMD, Intel and Arm cut prices. He said so. ", NULL, 0},
    {"claims-it-said", "It said it would cut prices, and it said it had $5 million. ", NULL, 0},
    {"claims-the-company", "The company said the chips cost $5 million. ", NULL, 0},
    {"claims-the-fund", "the fund said the fund said ", NULL, 0},
    {"claims-the-paper", "The paper says the report said the note says ", NULL, 0},
    {"claims-the-people", "One of the people said the people said the sources said ", NULL, 0},
    {"claims-the-people-short", "The person said. ", NULL, 0},
    {"claims-doc-author", NULL, gen_doc_author, 0},
    {"claims-quotes", "\"It works,\" she said. \"It costs less.\" ", NULL, 0},
    {"claims-open-quote-paragraphs", "\"DeepSeek spent $5 million. Nvidia sold chips.\n\n", NULL, 0},
    {"text-news", NULL, gen_news, 0},
};

#define HOSTILE_CASES (sizeof hostile_cases / sizeof hostile_cases[0])

static char *hostile_make(const hostile_case *c, size_t n) {
    hostile_buf b;
    b.p = malloc(n + 1);
    b.len = 0; b.cap = n;
    if (!b.p) return NULL;
    if (c->fill) c->fill(&b);
    else hb_repeat(&b, c->unit);
    /* a fill may stop short: pad with spaces */
    if (b.len < n) hb_bytes(&b, ' ', n - b.len);
    b.p[n] = '\0';
    return b.p;
}

#endif
