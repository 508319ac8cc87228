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
    {"Text<br>more", 1, "Textmore\n"},
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

/* Every clean byte that was copied maps to the same source byte. */
static int map_ok(const char *src, const dsc_clean *c) {
    size_t i, n = strlen(src);
    for (i = 0; i < c->len; i++) {
        uint32_t o = dsc_clean_map(c, i);
        char ch = c->text[i];
        if (ch == ' ' || ch == '\n') continue;          /* collapsed or synthesized */
        if (o >= n) return 0;
        if (src[o] != ch && !(src[o] == '&')) return 0;  /* entities decode */
    }
    return 1;
}

int main(void) {
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dsc_clean c;
        char ctx[120];
        snprintf(ctx, sizeof ctx, "case %zu", i);
        CHECK(dsc_clean_text(cases[i].src, strlen(cases[i].src), cases[i].markdown, &c) == 0, "%s: clean failed", ctx);
        CHECK_STR(c.text, cases[i].clean, ctx);
        CHECK(map_ok(cases[i].src, &c), "%s: offset map wrong", ctx);
        dsc_clean_free(&c);
    }
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
            const char alphabet[] = "ab \n\n#*_`[]()!<>\\$&;-|>\"\xE2\x80\x9C\xC2\xA0";
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
