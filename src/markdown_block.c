/*
 * markdown_block.c: the pass over the lines of markdown (markdown.h lists
 * the cleaner's files): which block each line opens or continues.
 *
 * A paragraph that a blank line cut in the middle of a sentence (the next
 * paragraph starts in lowercase) is joined again here, so the sentence
 * splitter never sees the cut. An alert box ("> [!NOTE]") is body text,
 * not a quotation: its marker line is markup. A footnote's definition
 * ("[^1]: ...") is body text; a link reference definition is not.
 */
#include "markdown.h"

/* ===================================================================== */
/* Lines                                                                  */
/* ===================================================================== */

/* A thematic break (---, ***, ___) made only of ch and spaces. */
static int rule_line(const char *s, size_t i, size_t e, char *ch) {
    int count = 0;
    *ch = 0;
    for (; i < e; i++) {
        if (s[i] == ' ' || s[i] == '\t') continue;
        if (s[i] != '-' && s[i] != '*' && s[i] != '_' && s[i] != '=') return 0;
        if (*ch && s[i] != *ch) return 0;
        *ch = s[i]; count++;
    }
    return count >= 3;
}

/* A list marker at s[i]: returns its length with the following space. */
static size_t list_marker(const char *s, size_t i, size_t e) {
    size_t j = i;
    if (j < e && (s[j] == '-' || s[j] == '*' || s[j] == '+')) j++;
    else {
        while (j < e && j - i < 9 && dsc_is_digit(s[j])) j++;
        if (j == i || j >= e || (s[j] != '.' && s[j] != ')')) return 0;
        j++;
    }
    if (j < e && s[j] != ' ' && s[j] != '\t') return 0;
    while (j < e && (s[j] == ' ' || s[j] == '\t')) j++;
    /* task list box */
    if (j + 3 <= e && s[j] == '[' && (s[j + 1] == ' ' || s[j + 1] == 'x' || s[j + 1] == 'X') &&
        s[j + 2] == ']')
        j += 3;
    return j - i;
}

/* The last meaningful character written in the current block. */
static unsigned char block_last(const cleaner *c, unsigned char *before) {
    const char *t = c->out->text;
    size_t k = c->out->len;
    *before = 0;
    while (k > c->cur.start && t[k - 1] == ' ') k--;
    if (k == c->cur.start) return 0;
    if (k - 1 > c->cur.start) *before = (unsigned char)t[k - 2];
    if (k >= c->cur.start + 3 && (unsigned char)t[k - 3] == 0xE2) {
        /* closing curly quote: look at what precedes it */
        *before = k >= c->cur.start + 4 ? (unsigned char)t[k - 4] : 0;
        return '"';
    }
    return (unsigned char)t[k - 1];
}

/* A paragraph cut by a blank line continues when the new line starts in
 * lowercase and the block does not end a sentence. */
static int continues_sentence(const cleaner *c, const char *s, size_t i, size_t e) {
    unsigned char last, before;
    if (!c->in_block || c->cur.type == DSC_BLK_HEADING || c->cur.type == DSC_BLK_TABLE) return 0;
    last = block_last(c, &before);
    if (!last || last == '.' || last == '!' || last == '?' || last == ':') return 0;
    if ((last == '"' || last == '\'') && (before == '.' || before == '!' || before == '?'))
        return 0;
    while (i < e && (s[i] == '[' || s[i] == '*' || s[i] == '_' || s[i] == '(')) i++;
    return i < e && dsc_is_lower(s[i]);
}

static void heading_line(cleaner *c, size_t i, size_t e) {
    while (e > i && (dsc_is_space(c->src[e - 1]))) e--;
    while (e > i && c->src[e - 1] == '#') e--;          /* closing hashes */
    md_end_block(c);
    md_begin_block(c, DSC_BLK_HEADING);
    md_inline(c, i, e);
    md_end_block(c);
}

/* Plain text (or markdown) paragraph line. */
static void text_line(cleaner *c, size_t i, size_t e, int type) {
    if (c->in_block && (c->gap || c->cur.type != type)) {
        if (c->gap && c->cur.type == type && continues_sentence(c, c->src, i, e)) md_emit_space(c, i);
        else md_end_block(c);
    }
    c->gap = 0;
    if (!c->in_block) md_begin_block(c, type);
    else md_emit_space(c, i);
    md_inline(c, i, e);
}

/* The type a line of prose continues: a lazy continuation line stays in
 * its list item or quote; inside HTML the tags decide the blocks. */
static int continued_type(const cleaner *c) {
    if (!c->in_block || c->gap) return DSC_BLK_PARA;
    if (c->cur.type == DSC_BLK_LIST || c->cur.type == DSC_BLK_QUOTE) return c->cur.type;
    if (c->html_region && c->cur.type != DSC_BLK_TABLE) return c->cur.type;
    return DSC_BLK_PARA;
}

/* Front matter: a first line "---" then "key: value" lines up to "---". */
static size_t front_matter(const char *s, size_t n) {
    size_t i = 0, lines = 0;
    if (n < 4 || memcmp(s, "---", 3) != 0 || (s[3] != '\n' && s[3] != '\r')) return 0;
    i = 4;
    {
        size_t j = i;
        while (j < n && (dsc_is_alnum(s[j]) || s[j] == '_' || s[j] == '-')) j++;
        if (j == i || j >= n || s[j] != ':') return 0;
    }
    while (i < n && lines < 200) {
        size_t e = i;
        while (e < n && s[e] != '\n') e++;
        if (e - i >= 3 && (memcmp(s + i, "---", 3) == 0 || memcmp(s + i, "...", 3) == 0) &&
            md_blank(s, i + 3, e))
            return e < n ? e + 1 : e;
        i = e + 1; lines++;
    }
    return 0;
}

/* ===================================================================== */
/* Quotes, alert boxes, footnotes                                         */
/* ===================================================================== */

/* "[!NOTE]" (or TIP, IMPORTANT, WARNING, CAUTION; any case) at s[i]: the
 * marker of a GitHub alert box. Its length, or 0. */
static size_t alert_marker(const char *s, size_t i, size_t e) {
    static const char *const kinds[] = { "CAUTION", "IMPORTANT", "NOTE", "TIP", "WARNING" };
    size_t k, j;
    if (e - i < 5 || s[i] != '[' || s[i + 1] != '!') return 0;
    for (k = 0; k < DSC_COUNT(kinds); k++) {
        size_t n = strlen(kinds[k]);
        if (e - i >= n + 3 && dsc_ieq(s + i + 2, n, kinds[k]) && s[i + 2 + n] == ']') {
            j = i + 3 + n;
            return j;
        }
    }
    return 0;
}

/* A line of a block quote, its '>' marks at s[i]. */
static void quote_line(cleaner *c, size_t i, size_t e) {
    const char *src = c->src;
    size_t k;
    while (i < e && src[i] == '>') { i++; if (i < e && src[i] == ' ') i++; }
    while (i < e && (src[i] == ' ' || src[i] == '\t')) i++;
    if (md_blank(src, i, e)) { if (c->in_block) c->gap = 1; return; }
    if ((k = alert_marker(src, i, e)) != 0) {
        /* the marker is markup; the box is body text */
        md_end_block(c);
        c->alert = 1; c->gap = 0;
        if (!md_blank(src, k, e)) text_line(c, k, e, DSC_BLK_PARA);
        return;
    }
    if ((k = list_marker(src, i, e)) != 0) {
        md_end_block(c); c->gap = 0;
        md_begin_block(c, c->alert ? DSC_BLK_LIST : DSC_BLK_QUOTE);
        md_inline(c, i + k, e);
        return;
    }
    text_line(c, i, e, c->alert ? DSC_BLK_PARA : DSC_BLK_QUOTE);
}

/* "[^1]: text": a footnote's definition, read as a paragraph; "[label]:
 * url": a link reference definition, dropped. 1 when the line is one. */
static int definition_line(cleaner *c, size_t i, size_t e) {
    const char *src = c->src;
    size_t cb = md_close_bracket(src, i, e, '[', ']');
    if (!(cb + 1 < e && src[cb + 1] == ':')) return 0;
    md_end_block(c);
    if (i + 1 < e && src[i + 1] == '^' && !md_blank(src, cb + 2, e)) text_line(c, cb + 2, e, DSC_BLK_PARA);
    return 1;
}

/* ===================================================================== */
/* The pass over the lines                                                */
/* ===================================================================== */

typedef struct {
    int fence;                 /* inside a fenced code block */
    char fence_ch;
    size_t fence_len;
    int math;                  /* inside a $$ display block */
} block_state;

/* The end of the line after the one ending at le (its '\n'), without a
 * CR; s + n when there is none. */
static size_t next_line_end(const char *s, size_t n, size_t le, size_t *start) {
    const char *p;
    *start = le + 1 < n ? le + 1 : n;
    p = *start < n ? memchr(s + *start, '\n', n - *start) : NULL;
    le = p ? (size_t)(p - s) : n;
    if (le > *start && s[le - 1] == '\r') le--;
    return le;
}

/* Is the line [i, e) a row of a table: one already open, a line opening
 * with '|', or a line with a '|' whose next line is a delimiter row. */
static int table_line(cleaner *c, size_t i, size_t e, size_t le) {
    const char *src = c->src;
    size_t ns, ne;
    if (src[i] == '|') return 1;
    if (!md_table_has_pipe(src, i, e)) return 0;
    if (c->in_table) return 1;
    ne = next_line_end(src, c->n, le, &ns);
    while (ns < ne && (src[ns] == ' ' || src[ns] == '\t')) ns++;
    return ns < ne && md_table_rule(src, ns, ne);
}

/* Fences, display math, indented code: 1 when the line is theirs. */
static int code_line(cleaner *c, block_state *b, size_t ls, size_t i, size_t e) {
    const char *src = c->src;
    if (b->fence) {
        size_t r = 0;
        while (i + r < e && src[i + r] == b->fence_ch) r++;
        if (r >= b->fence_len && md_blank(src, i + r, e)) b->fence = 0;
        return 1;
    }
    if (b->math) {
        size_t k;
        for (k = i; k + 1 < e; k++) if (src[k] == '$' && src[k + 1] == '$') { b->math = 0; break; }
        return 1;
    }
    if (i - ls == 4 && (!c->in_block || c->gap) && !(c->in_block && c->cur.type == DSC_BLK_LIST)) {
        md_end_block(c);               /* indented code block */
        return 1;
    }
    if (e - i >= 3 && (memcmp(src + i, "```", 3) == 0 || memcmp(src + i, "~~~", 3) == 0)) {
        md_end_block(c);
        b->fence = 1; b->fence_ch = src[i]; b->fence_len = 0;
        while (i + b->fence_len < e && src[i + b->fence_len] == b->fence_ch) b->fence_len++;
        return 1;
    }
    if (e - i >= 2 && src[i] == '$' && src[i + 1] == '$' && md_blank(src, i + 2, e)) {
        md_end_block(c);               /* $$ on its own line: display math */
        b->math = 1;
        return 1;
    }
    return 0;
}

/* Headings and thematic breaks (a setext underline makes the paragraph
 * above a heading): 1 when the line is one. */
static int heading_or_rule(cleaner *c, size_t i, size_t e) {
    const char *src = c->src;
    size_t k;
    char rch;
    if (src[i] == '#') {
        size_t h = 0;
        while (i + h < e && src[i + h] == '#') h++;
        if (h <= 6 && (i + h == e || src[i + h] == ' ' || src[i + h] == '\t')) {
            heading_line(c, i + h, e);
            c->gap = 0;
            return 1;
        }
    }
    if (!rule_line(src, i, e, &rch)) return 0;
    /* setext underline directly under a paragraph line */
    if (c->in_block && !c->gap && c->cur.type == DSC_BLK_PARA && (rch == '-' || rch == '=')) {
        int only = 1;
        for (k = i; k < e; k++) if (src[k] != rch && !dsc_is_space(src[k])) only = 0;
        if (only) { c->cur.type = DSC_BLK_HEADING; md_end_block(c); return 1; }
    }
    if (rch == '=') return 0;
    md_end_block(c);
    c->gap = 0;
    return 1;
}

/* One line of markdown, [i, e) after its indentation, [ls, e) in all. */
static void markdown_line(cleaner *c, block_state *b, size_t ls, size_t i, size_t e, size_t le) {
    const char *src = c->src;
    size_t k;
    if (code_line(c, b, ls, i, e)) return;
    if (src[i] != '>') c->alert = 0;
    if (e - i >= 4 && memcmp(src + i, "<!--", 4) == 0) {
        /* a comment opening a line runs to its "-->", blank lines or not */
        md_end_block(c);
        c->in_comment = 1;
        k = md_html_resume(c, i + 4, e);
        if (k < e && !md_blank(src, k, e)) text_line(c, k, e, DSC_BLK_PARA);
        return;
    }
    if (heading_or_rule(c, i, e)) return;
    if (src[i] == '>') { quote_line(c, i, e); return; }
    if ((k = list_marker(src, i, e)) != 0 && !md_blank(src, i + k, e)) {
        md_end_block(c); c->gap = 0;
        md_begin_block(c, DSC_BLK_LIST);
        md_inline(c, i + k, e);
        return;
    }
    if (table_line(c, i, e, le)) {
        if (md_table_rule(src, i, e)) {
            if (c->in_table) md_table_delimiter(c); else md_end_block(c);
        } else {
            md_table_row(c, i, e);
        }
        c->gap = 0;
        return;
    }
    if (src[i] == '[' && definition_line(c, i, e)) return;
    if (src[i] == '<' && md_html_line(src, i, e)) c->html_region = 1;
    text_line(c, i, e, continued_type(c));
}

int dsc_clean_text(const char *src, size_t n, int markdown, dsc_clean *out) {
    cleaner c;
    block_state b;
    size_t ls = 0;

    md_cleaner_init(&c, src, n, markdown, out);
    memset(&b, 0, sizeof b);
    if (markdown) {
        ls = front_matter(src, n);
        if (md_labels_collect(&c) < 0) c.oom = 1;
    }
    while (ls < n && !c.oom) {
        size_t le = ls, e, i;
        const char *p = memchr(src + ls, '\n', n - ls);
        le = p ? (size_t)(p - src) : n;
        e = le;
        if (e > ls && src[e - 1] == '\r') e--;
        i = ls;
        md_line(&c, ls, e);

        if (!markdown) {
            if (md_blank(src, ls, e)) { if (c.in_block) c.gap = 1; }
            else text_line(&c, i, e, DSC_BLK_PARA);
            ls = le + 1;
            continue;
        }
        /* what an earlier line left open: a tag, a comment, raw HTML */
        if (!b.fence && !b.math && (c.in_comment == 1 || c.raw ||
                                    ((c.tag_open || c.in_comment) && !md_blank(src, ls, e)))) {
            i = md_html_resume(&c, ls, e);
            if (i < e && !md_blank(src, i, e)) text_line(&c, i, e, continued_type(&c));
            ls = le + 1;
            continue;
        }
        if (md_blank(src, ls, e)) {
            if (c.in_block) c.gap = 1;
            md_html_blank(&c);
            md_table_end(&c);
            c.alert = 0;
            ls = le + 1;
            continue;
        }
        /* indentation: up to 3 spaces are nothing; 4 after a gap are code */
        while (i < e && i - ls < 4 && src[i] == ' ') i++;
        if (c.in_table && !b.fence && !table_line(&c, i, e, le)) md_table_end(&c);
        markdown_line(&c, &b, ls, i, e, le);
        ls = le + 1;
    }
    md_end_block(&c);
    md_cleaner_free(&c);
    if (!c.oom && !out->text) {
        out->text = malloc(1);
        if (!out->text) c.oom = 1;
    }
    if (c.oom) { dsc_clean_free(out); return -1; }
    out->text[out->len] = '\0';
    return 0;
}

void dsc_clean_free(dsc_clean *c) {
    free(c->text);
    c->text = NULL; c->len = 0;
    dsc_vec_free(&c->blocks);
    dsc_vec_free(&c->segs);
    dsc_vec_free(&c->tables);
    dsc_vec_free(&c->cells);
}

uint32_t dsc_clean_map(const dsc_clean *c, size_t i) {
    const dsc_seg *s = c->segs.data;
    size_t lo = 0, hi = c->segs.len;
    if (hi == 0) return 0;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (s[mid].clean <= i) lo = mid; else hi = mid;
    }
    return s[lo].orig + (uint32_t)(i - s[lo].clean);
}
