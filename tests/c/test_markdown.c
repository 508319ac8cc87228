/* test_markdown.c: markdown cleaning and the map back to source bytes. */
#include "check.h"
#include "internal.h"
#include <stdlib.h>

static const struct { const char *src; int markdown; const char *clean; } cases[] = {
    {"Hello [says](#) world", 1, "Hello says world\n"},
    {"It [says](https://x.com/a_(b)) so", 1, "It says so\n"},
    {"Costs \\$6 million.", 1, "Costs $6 million.\n"},
    {"# Title\n\nBody text.", 1, "Title\nBody text.\n"},
    {"less than \\$6 million to\n\nbuild, using chips.", 1, "less than $6 million to build, using chips.\n"},
    {"Ends here.\n\nnext para lower.", 1, "Ends here.\nnext para lower.\n"},
    {"\"We\n\nshould act.\"", 1, "\"We should act.\"\n"},
    {"**Bold** and _it_ and snake_case and *one*", 1, "Bold and it and snake_case and one\n"},
    {"2 * 3 = 6", 1, "2 * 3 = 6\n"},
    {"Code `x = 1` here", 1, "Code here\n"},
    {"```\ncode line\n```\nAfter.", 1, "After.\n"},
    {"~~~python\nx = 1\n~~~\nAfter.", 1, "After.\n"},
    {"- item one\n- item two", 1, "item one\nitem two\n"},
    {"1. first\n2) second", 1, "first\nsecond\n"},
    {"- [x] done task", 1, "done task\n"},
    {"> quoted line\n> continues", 1, "quoted line continues\n"},
    {"> A.\n>\n> B.", 1, "A.\nB.\n"},
    {"> quote cut\n>\n> in two.", 1, "quote cut in two.\n"},
    {"- item\n\nlower para.", 1, "item\nlower para.\n"},
    {"Line one\nline two", 1, "Line one line two\n"},
    {"Image ![alt](x.png) here", 1, "Image here\n"},
    /* closing marks come from an index of the line (linear time): the
     * same answers as a scan from each opening mark */
    {"See [a [b](u) c](v) now", 1, "See a b c now\n"},
    {"Unclosed [a](b and [c](d) end", 1, "Unclosed [a](b and c end\n"},
    {"[a](u (b) c) d", 1, "a d\n"},
    {"Escaped \\[a](u) and \\\\[b](u)", 1, "Escaped [a](u) and \\b\n"},
    {"Run ``a ` b`` here and `x", 1, "Run here and `x\n"},
    {"\\`` a \\`` b", 1, "`` a `` b\n"},
    {"A &amp; B &nbsp;C", 1, "A & B C\n"},
    {"Title\n=====\n\nText.", 1, "Title\nText.\n"},
    {"Sub\n---\nText.", 1, "Sub\nText.\n"},
    {"Deck line.\n\n---\n\nBy Jane Doe", 1, "Deck line.\nBy Jane Doe\n"},
    {"---\ntitle: x\ndate: y\n---\nBody.", 1, "Body.\n"},
    {"| a | b |\n|---|---|\n| c | d |", 1, "a\nb\nc\nd\n"},
    {"<!-- comment -->\nText", 1, "Text\n"},
    {"<!-- long\ncomment -->\nText", 1, "Text\n"},
    {"Text<br>more", 1, "Text more\n"},
    {"See <https://example.com> now", 1, "See now\n"},
    {"a\xC2\xA0" "b", 1, "a b\n"},
    {"zero\xE2\x80\x8Bwidth", 1, "zerowidth\n"},
    {"Note[^1] here", 1, "Note here\n"},
    {"A [ref link][1] here\n\n[1]: http://x", 1, "A ref link here\n"},
    {"[sic] stays", 1, "[sic] stays\n"},
    {"**not** markdown \\$", 0, "**not** markdown \\$\n"},
    {"a\r\nb\r\n", 1, "a b\n"},
    {"", 1, ""},
    {"   \n\n  \n", 1, ""},
    {"    indented code\n\nText.", 1, "Text.\n"},
    {"### Heading ###\nBody", 1, "Heading\nBody\n"},
    {"x   y\t\tz", 1, "x y z\n"},
    {"\\", 1, "\\\n"},
    {"[unclosed link(", 1, "[unclosed link(\n"},
    {"`unclosed code", 1, "`unclosed code\n"},
};

/* Issue 11: the markup of model cards and vendor pages, one table per
 * construct: each case names it, what the source is and the clean text. */
static const struct { const char *construct, *src, *clean; } constructs[] = {
    /* HTML: tags and attributes are markup, alt and title no prose */
    {"html", "<img alt=\"DeepSeek-V3 logo\" src=\"x.svg\" width=\"60%\"/>", ""},
    {"html", "A <b>bold</b> claim", "A bold claim\n"},
    {"html", "An <abbr title=\"Mixture of Experts\">MoE</abbr> model", "An MoE model\n"},
    {"html", "Line<br/>two<BR>three", "Line two three\n"},
    {"html", "<a title=\"a > b\" href=\"u\">quoted bracket</a> ok", "quoted bracket ok\n"},
    {"html", "<p align=\"center\">\n  <img width=\"80%\" src=\"figures/benchmark.png\">\n</p>", ""},
    {"html", "<div>\n  <a href=\"u\"><img alt=\"Chat\"\n    src=\"https://img.shields.io/badge/%F0%9F%A4%97%20Chat\"/></a>\n</div>", ""},
    {"html", "<div align=\"center\"\n  style=\"x\">Inside</div>", "Inside\n"},
    {"html", "Text\n<p>Para</p>\nafter", "Text\nPara\nafter\n"},
    {"html", "<details>\n<summary>Results</summary>\n\nDeepSeek said so.\n\n</details>", "Results\nDeepSeek said so.\n"},
    {"html", "<h2>Title</h2>\nBody.", "Title\nBody.\n"},
    {"html", "a <b and c", "a <b and c\n"},
    {"html", "x < y and z > w", "x < y and z > w\n"},
    {"html", "open <a x=\"v", "open <a x=\"v\n"},
    {"html", "Score 85.5<sup>1</sup> here", "Score 85.5 here\n"},
    {"html", "Run <code>pip install x</code> now", "Run now\n"},
    {"html", "<pre>\ncode 5%\n\nmore\n</pre>\nAfter.", "After.\n"},
    {"html", "<script>var x = \"$5\";</script>Text", "Text\n"},
    {"html", "Before <!-- a note --> after", "Before after\n"},
    {"html", "Before <!-- a note\nover lines --> after", "Before after\n"},
    {"html", "<!-- open comment\n\nStill hidden.\n-->Shown.", "Shown.\n"},
    {"html", "<!DOCTYPE html>Text", "Text\n"},
    /* character references */
    {"entity", "It&#x27;s &#8217;ok&#39; &copy; &mdash;", "It's \xE2\x80\x99ok' \xC2\xA9 \xE2\x80\x94\n"},
    {"entity", "a&nbsp;b&#160;c", "a b c\n"},
    {"entity", "&bogus; &amp &#xZZ; &#;", "&bogus; &amp &#xZZ; &#;\n"},
    {"entity", "soft&shy;hyphen", "softhyphen\n"},
    /* math (GitHub's and pandoc's rule) */
    {"math", "a temperature of $0.6$, a top-p of $0.95$.", "a temperature of 0.6, a top-p of 0.95.\n"},
    {"math", "where $\\alpha = 0.5$ holds", "where holds\n"},
    {"math", "Energy $$E = mc^2$$ here", "Energy here\n"},
    {"math", "It cost $5.6 million.", "It cost $5.6 million.\n"},
    {"math", "from $1.2 billion to $23.5 billion", "from $1.2 billion to $23.5 billion\n"},
    {"math", "Costs \\$6 and $x$", "Costs $6 and x\n"},
    {"math", "between $5-$6 million", "between $5-$6 million\n"},
    {"math", "$20,000 and $30,000", "$20,000 and $30,000\n"},
    {"math", "Text\n$$\nx = 5\n$$\nAfter.", "Text\nAfter.\n"},
    /* alert boxes: the marker is markup, the content body text */
    {"alert", "> [!NOTE]\n> The total size is 685B.", "The total size is 685B.\n"},
    {"alert", "> [!warning]\n> One.\n>\n> Two.", "One.\nTwo.\n"},
    {"alert", "> [!TIP] Inline text.", "Inline text.\n"},
    {"alert", "> [!NOTE]\n> A.\n\n> A quote.", "A.\nA quote.\n"},
    {"alert", "> [!NOTES]\n> text", "[!NOTES] text\n"},
    /* links */
    {"link", "See [Hugging Face] now\n\n[hugging  face]: https://huggingface.co", "See Hugging Face now\n"},
    {"link", "See [Hugging Face][] now\n\n[Hugging Face]: https://huggingface.co", "See Hugging Face now\n"},
    {"link", "See [the hub][hf] now\n\n[hf]: https://huggingface.co \"Hub\"", "See the hub now\n"},
    {"link", "Kept [sic] and [undefined]", "Kept [sic] and [undefined]\n"},
    {"link", "Mail <service@deepseek.com> or <https://x.com/a>", "Mail or\n"},
    {"url", "See https://github.com/sgl-project/sglang/releases/tag/v0.4.1 for v0.4.1.", "See for v0.4.1.\n"},
    {"url", "Refer to here: https://github.com/InternLM/lmdeploy/issues/2960", "Refer to here:\n"},
    {"url", "(see https://example.com/a_(b)) ok", "(see) ok\n"},
    {"url", "Write to a.b@example.com and c@example.org.", "Write to and.\n"},
    {"url", "Chat at [chat.deepseek.com](https://chat.deepseek.com), free.", "Chat at, free.\n"},
    {"url", "Visit www.deepseek.com/en today", "Visit today\n"},
    {"url", "Amazon.com, JD.com, 01.ai and Z.ai stay; e.g. U.S. too", "Amazon.com, JD.com, 01.ai and Z.ai stay; e.g. U.S. too\n"},
    {"url", "Version 3.1.2 and file config.json stay", "Version 3.1.2 and file config.json stay\n"},
    /* footnotes */
    {"footnote", "A claim[^1] here.\n\n[^1]: DeepSeek said so.", "A claim here.\nDeepSeek said so.\n"},
    /* tables */
    {"table", "| Model | Score |\n|---|---|\n| **V3** | 88.5 |", "Model\nScore\nV3\n88.5\n"},
    {"table", "Model | Score\n--- | ---:\nV3 | 88.5", "Model\nScore\nV3\n88.5\n"},
    {"table", "| a \\| b | c |\n|---|---|", "a | b\nc\n"},
    {"table", "| [link](u) <br> x | 85.5[^1] |\n|---|---|", "link x\n85.5\n"},
    {"table", "Text | with a pipe\nnext line", "Text | with a pipe next line\n"},
};

/* Every clean byte that was copied maps to the same source byte. */
static int map_ok(const char *src, const dsc_clean *c) {
    size_t i, n = strlen(src);
    for (i = 0; i < c->len; i++) {
        uint32_t o = dsc_clean_map(c, i);
        char ch = c->text[i];
        if (ch == ' ' || ch == '\n') continue;          /* collapsed or synthesized */
        if (o >= n) return 0;
        if (src[o] != ch && !(src[o] == '&')) return 0;  /* entities decode */
        if (i > 0 && o < dsc_clean_map(c, i - 1)) return 0;   /* the map never goes back */
    }
    return 1;
}

/* A table's cells: rows, columns, the header, bold, each cell's bytes. */
static void table_structure(void) {
    const char *src = "Intro.\n\n| Model | MMLU | Note |\n|:--|--:|---|\n| DeepSeek-V3 | **88.5** |\n"
                      "| GPT-4o | 87.2 | - | extra |\n\nAfter.\n\n> [!NOTE]\n> Boxed.";
    dsc_clean c;
    const dsc_table *t;
    size_t k;
    CHECK(dsc_clean_text(src, strlen(src), 1, &c) == 0, "table: clean");
    CHECK(c.tables.len == 1, "table: one table, got %zu", c.tables.len);
    if (c.tables.len != 1) { dsc_clean_free(&c); return; }
    t = c.tables.data;
    CHECK(t->header == 1 && t->rows == 3 && t->cols == 4 && t->n_cells == 9,
          "table: header %d rows %u cols %u cells %u", t->header, t->rows, t->cols, t->n_cells);
    for (k = 0; k < t->n_cells; k++) {
        const dsc_cell *cell = &DSC_AT(c.cells, dsc_cell, t->first_cell + k);
        static const struct { uint32_t row; uint16_t col; const char *text; int strong; } want[] = {
            {0, 0, "Model", 0}, {0, 1, "MMLU", 0}, {0, 2, "Note", 0},
            {1, 0, "DeepSeek-V3", 0}, {1, 1, "88.5", 1},
            {2, 0, "GPT-4o", 0}, {2, 1, "87.2", 0}, {2, 2, "-", 0}, {2, 3, "extra", 0}, {9, 9, "", 0},
        };
        const dsc_block *b;
        char ctx[80];
        snprintf(ctx, sizeof ctx, "table cell %zu", k);
        if (k >= 9) break;
        CHECK(cell->row == want[k].row && cell->col == want[k].col, "%s: at %u,%u", ctx, cell->row, cell->col);
        CHECK(cell->block != DSC_NO_BLOCK, "%s: has a block", ctx);
        if (cell->block == DSC_NO_BLOCK) continue;
        b = &DSC_AT(c.blocks, dsc_block, cell->block);
        CHECK(b->type == DSC_BLK_TABLE, "%s: a table block", ctx);
        CHECK(b->end - b->start == strlen(want[k].text) && memcmp(c.text + b->start, want[k].text, b->end - b->start) == 0,
              "%s: text %.*s", ctx, (int)(b->end - b->start), c.text + b->start);
        /* the cell maps to its own bytes in the source */
        CHECK(memcmp(src + dsc_clean_map(&c, b->start), want[k].text, strlen(want[k].text)) == 0, "%s: maps to its bytes", ctx);
        CHECK(((cell->flags & DSC_CELL_STRONG) != 0) == want[k].strong, "%s: strong", ctx);
    }
    /* the alert box after the table is a paragraph, not a quotation */
    {
        const dsc_block *last = &DSC_AT(c.blocks, dsc_block, c.blocks.len - 1);
        CHECK(last->type == DSC_BLK_PARA, "alert: a paragraph block, got type %d", last->type);
    }
    dsc_clean_free(&c);
}

/* Plain bytes are copied 8 at a time (md_inline): markup, an escape, an
 * entity, two spaces and a UTF-8 letter at every offset of the 8 bytes
 * are still found, in markdown and in plain text. */
static void plain_runs(void) {
    static const struct { const char *probe, *md, *plain; } probes[] = {
        {"\\$6", "$6", "\\$6"}, {"&amp;", "&", "&amp;"}, {"**b**", "b", "**b**"}, {"_i_", "i", "_i_"},
        {"`c`", NULL, "`c`"}, {"2 * 3", "2 * 3", "2 * 3"}, {"a  b", "a b", "a b"}, {"[l](u)", "l", "[l](u)"},
        {"\xC3\xA9t\xC3\xA9", "\xC3\xA9t\xC3\xA9", "\xC3\xA9t\xC3\xA9"}, {"~x~ <y", "~x~ <y", "~x~ <y"},
        {"!", "!", "!"}, {"x\ty", "x y", "x y"},
    };
    size_t p, k, bad = 0;
    for (p = 0; p < sizeof probes / sizeof probes[0]; p++)
        for (k = 1; k <= 17; k++) {
            char src[200], want[200];
            int md;
            for (md = 0; md <= 1; md++) {
                const char *w = md ? probes[p].md : probes[p].plain;
                dsc_clean c;
                snprintf(src, sizeof src, "Lead %.*s %s and then a long plain tail.", (int)k, "xxxxxxxxxxxxxxxxx",
                         probes[p].probe);
                if (w) snprintf(want, sizeof want, "Lead %.*s %s and then a long plain tail.\n", (int)k,
                                "xxxxxxxxxxxxxxxxx", w);
                else snprintf(want, sizeof want, "Lead %.*s and then a long plain tail.\n", (int)k, "xxxxxxxxxxxxxxxxx");
                if (dsc_clean_text(src, strlen(src), md, &c) != 0) { bad++; continue; }
                if (strcmp(c.text, want) != 0 || !map_ok(src, &c)) {
                    if (bad < 3) fprintf(stderr, "  %s: got \"%s\", want \"%s\"\n", md ? "markdown" : "plain", c.text, want);
                    bad++;
                }
                dsc_clean_free(&c);
            }
        }
    CHECK(bad == 0, "%zu probes at some offset cleaned wrong", bad);
}

int main(void) {
    size_t i;
    plain_runs();
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dsc_clean c;
        char ctx[120];
        snprintf(ctx, sizeof ctx, "case %zu", i);
        CHECK(dsc_clean_text(cases[i].src, strlen(cases[i].src), cases[i].markdown, &c) == 0, "%s: clean failed", ctx);
        CHECK_STR(c.text, cases[i].clean, ctx);
        CHECK(map_ok(cases[i].src, &c), "%s: offset map wrong", ctx);
        dsc_clean_free(&c);
    }
    for (i = 0; i < sizeof constructs / sizeof constructs[0]; i++) {
        dsc_clean c;
        char ctx[160];
        snprintf(ctx, sizeof ctx, "%s case %zu (%s)", constructs[i].construct, i, constructs[i].src);
        CHECK(dsc_clean_text(constructs[i].src, strlen(constructs[i].src), 1, &c) == 0, "%s: clean failed", ctx);
        CHECK_STR(c.text, constructs[i].clean, ctx);
        CHECK(map_ok(constructs[i].src, &c), "%s: offset map wrong", ctx);
        dsc_clean_free(&c);
    }
    table_structure();
    /* block types: heading, paragraph, list, quote */
    {
        const char *src = "# T\n\nPara.\n\n- item\n\n> quote";
        dsc_clean c;
        dsc_clean_text(src, strlen(src), 1, &c);
        CHECK(c.blocks.len == 4, "4 blocks, got %zu", c.blocks.len);
        if (c.blocks.len == 4) {
            CHECK(DSC_AT(c.blocks, dsc_block, 0).type == DSC_BLK_HEADING, "heading");
            CHECK(DSC_AT(c.blocks, dsc_block, 1).type == DSC_BLK_PARA, "para");
            CHECK(DSC_AT(c.blocks, dsc_block, 2).type == DSC_BLK_LIST, "list");
            CHECK(DSC_AT(c.blocks, dsc_block, 3).type == DSC_BLK_QUOTE, "quote");
        }
        dsc_clean_free(&c);
    }
    /* blocks that are all link text are navigation; a link inside prose is not */
    {
        const char *src = "- [Nvidia loses $600bn](#)\n\nRead more: [DeepSeek tops charts](#)\n\n"
                          "Nvidia [said](#) sales fell.\n\n**[Related](#)**";
        dsc_clean c;
        dsc_clean_text(src, strlen(src), 1, &c);
        CHECK(c.blocks.len == 4, "4 blocks, got %zu", c.blocks.len);
        if (c.blocks.len == 4) {
            CHECK(DSC_AT(c.blocks, dsc_block, 0).link_only == 1, "a list item of one link");
            CHECK(DSC_AT(c.blocks, dsc_block, 1).link_only == 0, "words outside the link");
            CHECK(DSC_AT(c.blocks, dsc_block, 2).link_only == 0, "a link in a sentence");
            CHECK(DSC_AT(c.blocks, dsc_block, 3).link_only == 1, "emphasis around a link");
        }
        dsc_clean_free(&c);
    }
    /* a paragraph wholly in bold (an interview's question) is strong; one
     * that opens and closes with bold words, or holds some, is not */
    {
        const char *src = "**Is Mistral profitable?**\n\n__Is it?__\n\n**Not** yet, **no**\n\nIt is **not**.\n\n# **Title**";
        dsc_clean c;
        dsc_clean_text(src, strlen(src), 1, &c);
        CHECK(c.blocks.len == 5, "5 blocks, got %zu", c.blocks.len);
        if (c.blocks.len == 5) {
            CHECK(DSC_AT(c.blocks, dsc_block, 0).strong == 1, "a bold paragraph");
            CHECK(DSC_AT(c.blocks, dsc_block, 1).strong == 1, "underscores");
            CHECK(DSC_AT(c.blocks, dsc_block, 2).strong == 0, "bold at both ends only");
            CHECK(DSC_AT(c.blocks, dsc_block, 3).strong == 0, "a bold word");
            CHECK(DSC_AT(c.blocks, dsc_block, 4).strong == 0, "a heading");
        }
        dsc_clean_free(&c);
    }
    /* the seed's quirk: link then escaped dollar, positions exact */
    {
        const char *src = "It [says](#) took \\$6 million to\n\nbuild it.";
        dsc_clean c;
        const char *p;
        dsc_clean_text(src, strlen(src), 1, &c);
        p = strstr(c.text, "$6");
        CHECK(p && dsc_clean_map(&c, (size_t)(p - c.text)) == (uint32_t)(strstr(src, "$6") - src), "dollar maps to its byte");
        p = strstr(c.text, "build");
        CHECK(p && dsc_clean_map(&c, (size_t)(p - c.text)) == (uint32_t)(strstr(src, "build") - src), "joined line maps");
        dsc_clean_free(&c);
    }
    /* links nested 200,000 deep: no stack overflow (each level is a
     * recursion); past 32 levels the brackets are kept as written */
    {
        size_t depth = 200000, k, open = 0;
        char *src = malloc(depth * 6 + 2), *p = src;
        dsc_clean c;
        memset(p, '[', depth); p += depth;
        *p++ = 'a';
        for (k = 0; k < depth; k++) { memcpy(p, "](u)", 4); p += 4; }
        CHECK(dsc_clean_text(src, (size_t)(p - src), 1, &c) == 0, "deep links clean");
        for (k = 0; k < c.len; k++) open += c.text[k] == '[';
        CHECK(open == depth - 32, "brackets past 32 levels kept: %zu, want %zu", open, depth - 32);
        dsc_clean_free(&c);
        free(src);
    }
    /* 100,000 unclosed '[' on one line stay text */
    {
        size_t n = 100000, k, open = 0;
        char *src = malloc(n);
        dsc_clean c;
        memset(src, '[', n);
        CHECK(dsc_clean_text(src, n, 1, &c) == 0, "unclosed brackets clean");
        for (k = 0; k < c.len; k++) open += c.text[k] == '[';
        CHECK(open == n, "unclosed brackets kept: %zu of %zu", open, n);
        dsc_clean_free(&c);
        free(src);
    }
    /* random bytes: never crash, map stays in range */
    {
        unsigned seed = 12345;
        int round;
        for (round = 0; round < 2000; round++) {
            char buf[200];
            size_t n = (size_t)(round % 199), k;
            dsc_clean c;
            int bad = 0;
            const char alphabet[] = "ab \n\n#*_`[]()!<>\\$&;-|>\"\xE2\x80\x9C\xC2\xA0:/.@=%^'";
            for (k = 0; k < n; k++) {
                seed = seed * 1103515245u + 12345u;
                buf[k] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
            }
            {
                char *heap = malloc(n ? n : 1);       /* exact size: ASan sees overreads */
                memcpy(heap, buf, n);
                if (dsc_clean_text(heap, n, round & 1, &c) == 0) {
                    for (k = 0; k <= c.len; k++) if (dsc_clean_map(&c, k) > n + 1) bad = 1;
                    dsc_clean_free(&c);
                } else bad = 1;
                free(heap);
            }
            if (bad) { CHECK(0, "random round %d", round); break; }
        }
        CHECK(1, "random inputs survived");
    }
    return check_report("markdown");
}
