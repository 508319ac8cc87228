/*
 * markdown.c: source bytes -> clean text, with a map back to the source:
 * the output and inline markup (markdown.h lists the other files).
 *
 * Clean text is what a reader sees: link anchors without their URLs, `\$`
 * as `$`, no emphasis markers, no code, no math markup, no HTML tags,
 * whitespace collapsed to single spaces, one block (paragraph, heading,
 * list item, quote, table cell) per line. Every clean byte remembers the
 * source byte it came from through a run-length map (dsc_seg): a new
 * segment starts wherever the source jumps.
 *
 * Linear time on any input: where a construct needs its closing mark (a
 * link's ']' and ')', a code span's closing run of backticks, a math span's
 * closing '$'), the answer comes from an index of the line's marks built
 * once (line_index), never from a scan to the end of the line for each
 * opening mark: a line of 100,000 unclosed '[' would otherwise be read
 * 100,000 times.
 */
#include "markdown.h"
#include "bytescan.h"

/* ===================================================================== */
/* Output with the offset map                                             */
/* ===================================================================== */

/* The output's next byte comes from source offset orig: a new segment
 * where that is not where the last one goes on. 0, or -1 out of memory. */
static int seg_for(cleaner *c, uint32_t orig) {
    dsc_seg *s;
    if (c->have_seg && orig == c->next_orig) return 0;
    if (!(s = dsc_vec_push(&c->out->segs))) { c->oom = 1; return -1; }
    s->clean = (uint32_t)c->out->len; s->orig = orig;
    c->have_seg = 1;
    return 0;
}

static void put_byte(cleaner *c, char ch, uint32_t orig) {
    dsc_clean *o = c->out;
    if (c->oom) return;
    if (o->len + 2 > c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 4096;
        char *t = realloc(o->text, cap);
        if (!t) { c->oom = 1; return; }
        o->text = t; c->cap = cap;
    }
    if (seg_for(c, orig) < 0) return;
    o->text[o->len++] = ch;
    c->next_orig = orig + 1;
}

/* Letters and digits written before output offset `to` (to only grows:
 * each byte of the output is counted once, however deep the links). */
static size_t alnum_before(cleaner *c, size_t to) {
    for (; c->alnum_upto < to; c->alnum_upto++)
        c->alnum_total += (size_t)dsc_is_alnum(c->out->text[c->alnum_upto]);
    return c->alnum_total;
}

static void begin_block(cleaner *c, int type) {
    if (c->in_block) return;
    c->in_block = 1;
    c->cur.start = (uint32_t)c->out->len;
    c->cur.type = (uint8_t)type;
    c->cur.link_only = 0;
    c->cur.strong = 0;
    c->pending_space = 0;
    c->link_alnum = 0;
    if (c->html_anchor) {          /* an <a> open over a block's end counts on */
        c->alnum_upto = c->out->len;
        c->anchor_alnum = alnum_before(c, c->out->len);
    }
}

/* Content byte: flushes a pending collapsed space first. The only way
 * a '\n' gets inside a block (runs of plain bytes hold none), noted for
 * doc.c's copies of sentences. */
static void emit(cleaner *c, char ch, size_t orig) {
    if (ch == '\n') c->out->lf_in_block = 1;
    if (!c->in_block) begin_block(c, DSC_BLK_PARA);
    if (c->pending_space) {
        if (c->out->len > c->cur.start) put_byte(c, ' ', c->pending_orig);
        c->pending_space = 0;
    }
    put_byte(c, ch, (uint32_t)orig);
}

/* A run of plain bytes (never a '\n'), copied at once (the common case):
 * what emit() does for its first byte (the block opened, a pending space
 * written, a segment started where the source jumps), then one copy. */
static void emit_run(cleaner *c, size_t from, size_t len) {
    dsc_clean *o = c->out;
    if (!len) return;
    if (!c->in_block) begin_block(c, DSC_BLK_PARA);
    if (c->pending_space) {
        if (o->len > c->cur.start) put_byte(c, ' ', c->pending_orig);
        c->pending_space = 0;
    }
    if (c->oom) return;
    if (o->len + len + 2 > c->cap) {
        size_t cap = c->cap ? c->cap : 4096;
        char *t;
        while (o->len + len + 2 > cap) cap *= 2;
        t = realloc(o->text, cap);
        if (!t) { c->oom = 1; return; }
        o->text = t; c->cap = cap;
    }
    if (seg_for(c, (uint32_t)from) < 0) return;
    memcpy(o->text + o->len, c->src + from, len);
    o->len += len;
    c->next_orig = (uint32_t)(from + len);
}

/* Is "**" or "__" at src[i, i + 2)? */
static int bold_mark(const cleaner *c, size_t i) {
    return i + 2 <= c->n && (c->src[i] == '*' || c->src[i] == '_') && c->src[i + 1] == c->src[i];
}

/* Is the paragraph being written wholly in bold ("**What is it for?**")?
 * Its first clean byte follows "**" in the source, "**" follows its last,
 * and no "**" stands between them ("**A** and **B**" is not). */
static int strong_block(const cleaner *c) {
    const dsc_seg *segs = c->out->segs.data;
    size_t k = c->out->segs.len, from, to, i;
    if (!c->markdown || c->cur.type != DSC_BLK_PARA || !k) return 0;
    while (k > 0 && segs[k - 1].clean > c->cur.start) k--;
    if (!k) return 0;
    from = segs[k - 1].orig + (c->cur.start - segs[k - 1].clean);
    to = c->next_orig;
    if (from < 2 || to <= from || !bold_mark(c, from - 2) || !bold_mark(c, to)) return 0;
    for (i = from; i + 1 < to; i++)
        if (bold_mark(c, i)) return 0;
    return 1;
}

static void end_block(cleaner *c) {
    dsc_block *b;
    if (!c->in_block) return;
    c->in_block = 0;
    c->pending_space = 0;
    if (c->out->len == c->cur.start) return;          /* nothing written */
    if (c->html_anchor && !c->oom)
        c->link_alnum += alnum_before(c, c->out->len) - c->anchor_alnum;
    /* a block that is all link text ("- [Nvidia loses $600bn](#)", a
     * related-stories list) is navigation, not prose */
    if (c->link_alnum && !c->oom) {
        size_t k, alnum = 0;
        for (k = c->cur.start; k < c->out->len; k++) alnum += (size_t)dsc_is_alnum(c->out->text[k]);
        c->cur.link_only = (uint8_t)(alnum == c->link_alnum);
    }
    if (!c->oom) md_cut_urls(c);                       /* may leave nothing */
    if (c->oom || c->out->len == c->cur.start) return;
    c->cur.end = (uint32_t)c->out->len;
    c->cur.strong = (uint8_t)strong_block(c);
    put_byte(c, '\n', c->next_orig);   /* continues the segment */
    b = dsc_vec_push(&c->out->blocks);
    if (!b) { c->oom = 1; return; }
    *b = c->cur;
    c->blocks_done++;
}

/* For the other files of the cleaner. */
void md_put_byte(cleaner *c, char ch, uint32_t orig) { put_byte(c, ch, orig); }
void md_begin_block(cleaner *c, int type) { begin_block(c, type); }
void md_end_block(cleaner *c) { end_block(c); }
void md_emit(cleaner *c, char ch, size_t orig) { emit(c, ch, orig); }
void md_emit_run(cleaner *c, size_t from, size_t len) { emit_run(c, from, len); }
size_t md_alnum_before(cleaner *c, size_t to) { return alnum_before(c, to); }

int md_blank(const char *s, size_t i, size_t e) {
    for (; i < e; i++) if (!dsc_is_space(s[i])) return 0;
    return 1;
}

/* ===================================================================== */
/* Inline markup                                                          */
/* ===================================================================== */

int md_is_ascii_punct(int ch) {
    return (ch >= 33 && ch <= 47) || (ch >= 58 && ch <= 64) ||
           (ch >= 91 && ch <= 96) || (ch >= 123 && ch <= 126);
}

/* Unicode spaces collapse like ASCII ones; zero-width marks vanish.
 * Returns the byte length of such a character at s[i], else 0; *zero is
 * set for the vanishing kind. */
static size_t unicode_space(const char *s, size_t n, size_t i, int *zero) {
    const unsigned char *u = (const unsigned char *)s;
    *zero = 0;
    if (u[i] == 0xC2 && i + 1 < n && u[i + 1] == 0xA0) return 2;          /* NBSP */
    if (u[i] == 0xE2 && i + 2 < n && u[i + 1] == 0x80) {
        if (u[i + 2] >= 0x80 && u[i + 2] <= 0x8A) return 3;              /* en..hair */
        if (u[i + 2] == 0xAF) return 3;                                   /* narrow NBSP */
        if (u[i + 2] >= 0x8B && u[i + 2] <= 0x8D) { *zero = 1; return 3; } /* ZW* */
    }
    if (u[i] == 0xE3 && i + 2 < n && u[i + 1] == 0x80 && u[i + 2] == 0x80) return 3;
    if (u[i] == 0xEF && i + 2 < n && u[i + 1] == 0xBB && u[i + 2] == 0xBF) { *zero = 1; return 3; }
    return 0;
}

/* The index of the ']' closing the '[' at s[i], within [i, e), or e: the
 * first place where the count of opening minus closing marks from i on
 * (a backslash escapes the byte after it) is back to zero. The plain scan,
 * for a single question; the line's questions go to line_close(). */
size_t md_close_bracket(const char *s, size_t i, size_t e, char open, char close) {
    int depth = 0;
    for (; i < e; i++) {
        if (s[i] == '\\' && i + 1 < e) { i++; continue; }
        if (s[i] == open) depth++;
        else if (s[i] == close && --depth == 0) return i;
    }
    return e;
}

/* ===================================================================== */
/* The marks of a line                                                    */
/* ===================================================================== */

static int push_mark(cleaner *c, dsc_vec *v, size_t pos, uint32_t other) {
    mark *m = dsc_vec_push(v);
    if (!m) { c->oom = 1; return -1; }
    m->pos = (uint32_t)pos; m->other = other;
    return 0;
}

/* An opening mark: pushed unmatched, its index kept on the stack. */
static void open_mark(cleaner *c, dsc_vec *v, dsc_vec *stack, size_t pos) {
    uint32_t *top;
    if (push_mark(c, v, pos, NO_CLOSE) < 0) return;
    top = dsc_vec_push(stack);
    if (!top) { c->oom = 1; return; }
    *top = (uint32_t)(v->len - 1);
}

/* A closing mark closes the latest open one, if any. */
static void close_mark(dsc_vec *v, dsc_vec *stack, size_t pos) {
    if (!stack->len) return;
    stack->len--;
    DSC_AT(*v, mark, DSC_AT(*stack, uint32_t, stack->len)).other = (uint32_t)pos;
}

/* An escaped '[' can still be where a link is tried: after an image
 * footnote ("![^1]") link() skips one byte more than it read, and the
 * next byte may be the backslash. A scan from it counts it as opening;
 * its closing mark is then the one closing the innermost bracket open
 * around it (for now: the index of that bracket), or, with none open,
 * the next ']' that closes nothing (for now: NO_CLOSE). line_index()
 * resolves both once the line is read. */
static void escaped_bracket(cleaner *c, size_t pos) {
    uint32_t around = c->open_b.len ? DSC_AT(c->open_b, uint32_t, c->open_b.len - 1) : NO_CLOSE;
    push_mark(c, &c->escaped, pos, around);
}

static void resolve_escaped(cleaner *c) {
    size_t k, l = 0;
    for (k = 0; k < c->escaped.len; k++) {
        mark *m = &DSC_AT(c->escaped, mark, k);
        if (m->other != NO_CLOSE) { m->other = DSC_AT(c->brackets, mark, m->other).other; continue; }
        while (l < c->loose.len && DSC_AT(c->loose, mark, l).pos < m->pos) l++;
        m->other = l < c->loose.len ? DSC_AT(c->loose, mark, l).pos : NO_CLOSE;
    }
}

static int cmp_tick(const void *a, const void *b) {
    const mark *x = a, *y = b;
    if (x->other != y->other) return x->other < y->other ? -1 : 1;
    return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* A '$' at p that may close a math span (pandoc's and GitHub's rule): a
 * non-space before it, no digit after it ("$20,000 and $30,000" are no
 * math): a lone '$' into dollars, the first of "$$" into dollars2. */
static void dollar_mark(cleaner *c, size_t p, size_t e) {
    const char *s = c->src;
    if (p == c->line_s || dsc_is_space(s[p - 1]) || s[p - 1] == '$' || s[p - 1] == '\\') return;
    if (p + 1 < e && s[p + 1] == '$') { push_mark(c, &c->dollars2, p, 0); return; }
    if (p + 1 < e && dsc_is_digit(s[p + 1])) return;
    push_mark(c, &c->dollars, p, 0);
}

/* Indexes the line: every '[' and '(' not escaped by a backslash with the
 * mark closing it (matched with a stack, as md_close_bracket() would find
 * it from the opening mark), every '$' that may close math, and every run
 * of backticks by length. The line's inline ranges start after a
 * non-backslash, so a mark escaped here is escaped for them too. */
static void line_index(cleaner *c) {
    static const unsigned char MARKS[] = {'\\', '[', '(', ']', ')', '$'};
    const char *s = c->src;
    size_t i, e = c->line_e;
    dsc_scan_set_t marks;
    dsc_scan_set_init(&marks, MARKS, sizeof MARKS);
    c->brackets.len = c->parens.len = c->ticks.len = c->open_b.len = c->open_p.len = 0;
    c->escaped.len = c->loose.len = c->dollars.len = c->dollars2.len = 0;
    c->indexed = 1;
    /* brackets and parentheses are counted apart, as md_close_bracket()
     * counts them: each kind has its stack. The bytes between the marks
     * are passed over 16 at a time (a line with a link is a paragraph). */
    for (i = c->line_s; (i = dsc_scan_set(s, i, e, &marks)) < e && !c->oom; i++) {
        switch (s[i]) {
        case '\\':
            if (i + 1 < e && s[i + 1] == '[') escaped_bracket(c, i + 1);
            if (i + 1 < e) i++;
            break;
        case '[': open_mark(c, &c->brackets, &c->open_b, i); break;
        case '(': open_mark(c, &c->parens, &c->open_p, i); break;
        case ']':
            if (!c->open_b.len) push_mark(c, &c->loose, i, 0);
            close_mark(&c->brackets, &c->open_b, i);
            break;
        case ')': close_mark(&c->parens, &c->open_p, i); break;
        case '$': dollar_mark(c, i, e); break;
        default: break;
        }
    }
    resolve_escaped(c);
    /* backtick runs: a backslash does not split them (the code span scan
     * counts raw runs) */
    for (i = c->line_s; (i = dsc_scan_any3(s, i, e, '`', '`', '`')) < e && !c->oom; ) {
        size_t j = i;
        while (j < e && s[j] == '`') j++;
        push_mark(c, &c->ticks, i, (uint32_t)(j - i));
        i = j;
    }
    if (c->ticks.len > 1) qsort(c->ticks.data, c->ticks.len, sizeof(mark), cmp_tick);
}

/* The index of the first mark of v at pos or after. */
static size_t mark_from(const dsc_vec *v, size_t pos) {
    const mark *m = v->data;
    size_t lo = 0, hi = v->len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (m[mid].pos < pos) lo = mid + 1; else hi = mid;
    }
    return lo;
}

/* The mark of v at pos, or NULL. */
static const mark *find_mark(const dsc_vec *v, size_t pos) {
    size_t k = mark_from(v, pos);
    return k < v->len && DSC_AT(*v, mark, k).pos == pos ? &DSC_AT(*v, mark, k) : NULL;
}

/* find_mark(v, pos), first at the mark found last (*at) and the one after
 * it: the cleaner asks for a line's brackets in the order of the text, so a
 * line of thousands of '[' takes one compare each, not a binary search
 * (which made md-open-brackets of tests/c/hostile.h 2.9 times news text). */
static const mark *find_mark_from(const dsc_vec *v, size_t pos, size_t *at) {
    const mark *m = v->data;
    size_t k = *at;
    if (k < v->len && m[k].pos < pos) k++;
    if (!(k < v->len && m[k].pos == pos)) k = mark_from(v, pos);
    if (k < v->len && m[k].pos == pos) { *at = k; return &m[k]; }
    return NULL;
}

/* md_close_bracket(src, i, e, open, close) for the '[' or '(' at i on the
 * current line, from the index. */
static size_t line_close(cleaner *c, size_t i, size_t e, char open) {
    const mark *m;
    if (!c->indexed) line_index(c);
    if (c->oom) return md_close_bracket(c->src, i, e, open, open == '[' ? ']' : ')');
    if (open == '[') {
        if (!(m = find_mark_from(&c->brackets, i, &c->bracket_at))) m = find_mark(&c->escaped, i);
    } else {
        m = find_mark_from(&c->parens, i, &c->paren_at);
    }
    if (!m) return md_close_bracket(c->src, i, e, open, open == '[' ? ']' : ')');   /* (never: all indexed) */
    return m->other < e ? m->other : e;
}

/* Is there a run of exactly len backticks starting in [from, e) on the
 * current line? Where, or e. */
static size_t line_ticks(cleaner *c, size_t from, size_t e, size_t len) {
    const mark *m;
    size_t lo = 0, hi;
    if (!c->indexed) line_index(c);
    if (c->oom) return e;
    m = c->ticks.data;
    hi = c->ticks.len;
    while (lo < hi) {             /* the first run of (len, from) or after */
        size_t mid = (lo + hi) / 2;
        if (m[mid].other < len || (m[mid].other == len && m[mid].pos < from)) lo = mid + 1;
        else hi = mid;
    }
    return lo < c->ticks.len && m[lo].other == len && m[lo].pos < e ? m[lo].pos : e;
}

/* The first '$' (kind 1) or "$$" (kind 2) at from or after on the current
 * line that closes math, or e. */
static size_t line_dollar(cleaner *c, size_t from, size_t e, int kind) {
    const dsc_vec *v = kind == 1 ? &c->dollars : &c->dollars2;
    size_t k;
    if (!c->indexed) line_index(c);
    if (c->oom) return e;
    k = mark_from(v, from);
    return k < v->len && DSC_AT(*v, mark, k).pos < e ? DSC_AT(*v, mark, k).pos : e;
}

/* ===================================================================== */
/* Links, emphasis, math                                                  */
/* ===================================================================== */

/* Links inside link anchors deeper than this are kept as written: each
 * level is a recursion (three stack frames), and 100,000 nested '[' would
 * overflow the stack. Prose never nests a link in a link twice. */
#define MAX_LINK_DEPTH 32

/* A link's anchor text, counted for the block's link_only (a link inside
 * another's anchor counts for both). */
static void anchor_text(cleaner *c, size_t i, size_t e) {
    size_t before;
    if (c->link_depth == 0 && !c->html_anchor) c->alnum_upto = c->out->len;   /* (only link text is counted) */
    before = alnum_before(c, c->out->len);
    c->link_depth++;
    md_inline(c, i, e);
    c->link_depth--;
    if (c->oom) return;
    if (!c->html_anchor) c->link_alnum += alnum_before(c, c->out->len) - before;
}

/* '[' at s[i]: a link, a reference link, a footnote mark or a literal. */
static size_t link(cleaner *c, size_t i, size_t e, int image) {
    const char *s = c->src;
    size_t close, after;
    if (c->link_depth >= MAX_LINK_DEPTH) return 0;
    close = line_close(c, i, e, '[');
    if (close >= e) return 0;
    after = close + 1;
    if (s[i + 1] == '^') return after - (image ? i - 1 : i);     /* footnote [^1] */
    if (after < e && s[after] == '(') {
        size_t paren = line_close(c, after, e, '(');
        if (paren >= e) return 0;
        if (!image) anchor_text(c, i + 1, close);
        return paren + 1 - i;
    }
    if (after < e && s[after] == '[') {
        size_t ref = line_close(c, after, e, '[');
        if (ref >= e) return 0;
        if (!image) anchor_text(c, i + 1, close);
        return ref + 1 - i;
    }
    /* a shortcut reference "[Hugging Face]" to a definition of the document */
    if (close > i + 1 && md_labels_has(c, i + 1, close)) {
        if (!image) anchor_text(c, i + 1, close);
        return after - i;
    }
    return 0;   /* [sic], [the company]: brackets kept as written */
}

/* Emphasis markers are dropped when they touch text on one side; an '_'
 * inside a word (snake_case) is kept. */
static size_t emphasis(const char *s, size_t i, size_t e) {
    char ch = s[i];
    size_t j = i;
    int before_space, after_space;
    while (j < e && s[j] == ch) j++;
    before_space = i == 0 || dsc_is_space(s[i - 1]);
    after_space = j >= e || dsc_is_space(s[j]);
    if (before_space && after_space) return 0;
    if (ch == '_' && dsc_word_char_before(s, i) && j < e && dsc_word_char_at(s, e, j))
        return 0;
    if (ch == '~' && j - i < 2) return 0;
    return j - i;
}

/* Is the math [i, e) plain enough to read as text: digits, letters and
 * operators ("$0.6$", "$n = 64$"), no TeX command or group? */
static int plain_math(const char *s, size_t i, size_t e) {
    for (; i < e; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '\\' || ch == '^' || ch == '_' || ch == '{' || ch == '}' || ch == '$' || ch >= 0x80)
            return 0;
    }
    return 1;
}

/* '$' at s[i]: a math span "$...$" or "$$...$$" on the line (GitHub's and
 * pandoc's rule: the opening '$' before a non-space, the closing one after
 * a non-space and before no digit), or 0 for a literal '$' ("$5.6
 * million", "$1.2 billion to $23.5 billion"). Plain math is kept as its
 * text ("$0.6$": 0.6, a number, never money); TeX becomes a space. */
static size_t math(cleaner *c, size_t i, size_t e) {
    const char *s = c->src;
    size_t j;
    if (i + 2 >= e) return 0;
    if (s[i + 1] == '$') {
        if (dsc_is_space(s[i + 2]) || s[i + 2] == '$') return 0;
        j = line_dollar(c, i + 3, e, 2);
        if (j >= e) return 0;
        md_emit_space(c, i);
        return j + 2 - i;
    }
    if (dsc_is_space(s[i + 1])) return 0;
    j = line_dollar(c, i + 2, e, 1);
    if (j >= e) return 0;
    if (plain_math(s, i + 1, j)) {
        size_t a = i + 1, b = j;
        while (a < b && s[a] == ' ') a++;
        while (b > a && s[b - 1] == ' ') b--;
        emit_run(c, a, b - a);
    } else {
        md_emit_space(c, i);
    }
    return j + 1 - i;
}

/* Bytes that may start markup or need collapsing; the rest is copied.
 * Bit 0: plain in markdown, bit 1: plain in plain text (ASCII above ' '). */
static const unsigned char PLAIN[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,     /* 0x00 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,     /* 0x10 */
    0, 2, 3, 3, 2, 3, 2, 3, 3, 3, 2, 3, 3, 3, 3, 3,     /* 0x20:  ! " # $ % & ' ( ) * + , - . / */
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3,     /* 0x30: 0-9 : ; < = > ? */
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,     /* 0x40: @ A-O */
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2,     /* 0x50: P-Z [ \ ] ^ _ */
    2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,     /* 0x60: ` a-o */
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3      /* 0x70: p-z { | } ~ DEL */
};                                                      /* 0x80-0xFF: 0 */

/* The markup at s[i] (markdown only): how many bytes it took, 0 when the
 * byte is literal. */
static size_t markup(cleaner *c, size_t i, size_t e) {
    const char *s = c->src;
    size_t k;
    switch (s[i]) {
    case '\\':
        if (i + 1 < e && md_is_ascii_punct((unsigned char)s[i + 1])) { emit(c, s[i + 1], i + 1); return 2; }
        return 0;
    case '`': {
        /* a code span: up to the next run of as many backticks */
        size_t run = 0, j;
        while (i + run < e && s[i + run] == '`') run++;
        j = line_ticks(c, i + run, e, run);
        if (j < e) { md_emit_space(c, i); return j + run - i; }
        for (j = 0; j < run; j++) emit(c, '`', i + j);
        return run;
    }
    case '!':
        if (i + 1 < e && s[i + 1] == '[' && (k = link(c, i + 1, e, 1)) != 0) return 1 + k;
        return 0;
    case '[': return link(c, i, e, 0);
    case '<': return md_html_at(c, i, e);
    case '&': return md_char_ref(c, i, e);
    case '$': return math(c, i, e);
    case '*': case '_': case '~': return emphasis(s, i, e);
    default: return 0;
    }
}

/* 0x80 in each of the 8 bytes of x that is not plain (PLAIN[] & plain == 0),
 * 0 elsewhere: bytes above 0x7F, below '"' (space and '!' among them) and,
 * in markdown, the bytes markup() may start at. */
static uint64_t not_plain(uint64_t x, unsigned plain) {
    uint64_t low = x & DSC_ONES * 127;
    uint64_t np = (x & DSC_HIGH_BYTES) | ((DSC_ONES * (127 + (plain == 1 ? '"' : '!')) - low) & ~x & DSC_HIGH_BYTES);
#define BETWEEN_(m, n) ((DSC_ONES * (127 + (n)) - low) & (low + DSC_ONES * (127 - (m))) & ~x & DSC_HIGH_BYTES)
    if (plain == 1)
        np |= dsc_bytes_eq(x, '$') | dsc_bytes_eq(x, '&') | dsc_bytes_eq(x, '*') | dsc_bytes_eq(x, '<') |
              dsc_bytes_eq(x, '~') | BETWEEN_('Z', ']') | BETWEEN_('^', 'a');      /* [ \ and _ ` */
#undef BETWEEN_
    return np;
}

#if defined(DSC_HAVE_SSE2)
/* not_plain() for 16 bytes, a bit a byte: below '"' (or '!' in plain
 * text) as signed bytes, which takes in the bytes above 0x7F, and in
 * markdown the bytes markup() may start at. */
static unsigned not_plain16(__m128i x, unsigned plain) {
    __m128i np;
    if (plain != 1) return dsc_v16_bits(_mm_cmplt_epi8(x, _mm_set1_epi8('!')));
    np = _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8('"')),
                      _mm_or_si128(_mm_or_si128(dsc_v16_eq(x, '$'), dsc_v16_eq(x, '&')),
                                   _mm_or_si128(dsc_v16_eq(x, '*'), dsc_v16_eq(x, '<'))));
    np = _mm_or_si128(np, _mm_or_si128(_mm_or_si128(dsc_v16_eq(x, '~'), dsc_v16_eq(x, '[')),
                                       _mm_or_si128(dsc_v16_eq(x, '\\'), dsc_v16_eq(x, '_'))));
    return dsc_v16_bits(_mm_or_si128(np, dsc_v16_eq(x, '`')));
}
#endif

/* The end of the run of plain bytes from k (< e), a single space between
 * two of them taken in: 16 bytes at a time while 17 are left (with SSE2),
 * then the 16 ending at e (u is the source's start: e >= 16 bytes are
 * there), or else 8 while 9 are (the last byte read says whether a space
 * in the bytes before it is followed by a plain byte). */
static size_t plain_run_end(const unsigned char *u, size_t k, size_t e, unsigned plain) {
#if defined(DSC_HAVE_SSE2)
    while (k + 17 <= e) {
        __m128i x = dsc_v16_load(u + k);
        unsigned np = not_plain16(x, plain), sp = dsc_v16_bits(dsc_v16_eq(x, ' '));
        /* a space in the last byte is taken as followed by a plain one
         * here; the 17th byte is read only when that is all that ends it */
        unsigned end = np & ~(sp & ~(np >> 1));
        if (end) return k + dsc_lowest_bit(end);
        if ((sp & 0x8000u) && !(PLAIN[u[k + 16]] & plain)) return k + 15;
        k += 16;
    }
    if (k < e && e >= 16) {   /* the last 16 bytes before e, those before k shifted off */
        __m128i x = dsc_v16_load(u + e - 16);
        unsigned np = not_plain16(x, plain), sp = dsc_v16_bits(dsc_v16_eq(x, ' '));
        unsigned end = (np & ~(sp & ~(np >> 1 | 0x8000u))) >> (k - (e - 16));   /* nothing follows e */
        return end ? k + dsc_lowest_bit(end) : e;
    }
#endif
    while (k + 9 <= e) {
        uint64_t x = dsc_load_le64(u + k), np = not_plain(x, plain);
        uint64_t next_np = np >> 8 | (PLAIN[u[k + 8]] & plain ? 0 : UINT64_C(0x80) << 56);
        uint64_t end = np & ~(dsc_bytes_eq(x, ' ') & ~next_np);
        if (end) return k + (dsc_lowest_bit(end) >> 3);
        k += 8;
    }
    for (;;) {
        while (k < e && (PLAIN[u[k]] & plain)) k++;
        if (k + 1 < e && u[k] == ' ' && (PLAIN[u[k + 1]] & plain)) { k += 2; continue; }
        return k;
    }
}

void md_inline(cleaner *c, size_t i, size_t e) {
    const char *s = c->src;
    const unsigned char *u = (const unsigned char *)s;
    unsigned plain = c->markdown ? 1u : 2u;
    while (i < e) {
        unsigned char ch = u[i];
        size_t k;
        int zero;
        if (PLAIN[ch] & plain) {
            /* a run of plain bytes; a single space between two of them is
             * copied with them: emit_space() + emit() would write the same
             * ' ' with the same source offset, continuing the segment */
            k = plain_run_end(u, i + 1, e, plain);
            emit_run(c, i, k - i);
            i = k;
            continue;
        }
        if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n') { md_emit_space(c, i); i++; continue; }
        if (ch >= 0x80) {
            if ((k = unicode_space(s, e, i, &zero)) != 0) {
                if (!zero) md_emit_space(c, i);
                i += k;
                continue;
            }
            emit(c, (char)ch, i); i++;
            continue;
        }
        if (c->markdown && (k = markup(c, i, e)) != 0) { i += k; continue; }
        emit(c, (char)ch, i);
        i++;
    }
}

/* ===================================================================== */
/* The cleaner's vectors                                                  */
/* ===================================================================== */

void md_cleaner_init(cleaner *c, const char *src, size_t n, int markdown, dsc_clean *out) {
    memset(out, 0, sizeof *out);
    out->blocks.elem = sizeof(dsc_block);
    out->segs.elem = sizeof(dsc_seg);
    out->tables.elem = sizeof(dsc_table);
    out->cells.elem = sizeof(dsc_cell);
    memset(c, 0, sizeof *c);
    c->src = src; c->n = n; c->markdown = markdown; c->out = out;
    c->brackets.elem = c->parens.elem = c->ticks.elem = c->escaped.elem = c->loose.elem = sizeof(mark);
    c->dollars.elem = c->dollars2.elem = sizeof(mark);
    c->open_b.elem = c->open_p.elem = sizeof(uint32_t);
    c->labels.labels.elem = sizeof(md_label);
}

void md_cleaner_free(cleaner *c) {
    dsc_vec_free(&c->brackets); dsc_vec_free(&c->parens);
    dsc_vec_free(&c->escaped); dsc_vec_free(&c->loose);
    dsc_vec_free(&c->ticks); dsc_vec_free(&c->dollars); dsc_vec_free(&c->dollars2);
    dsc_vec_free(&c->open_b); dsc_vec_free(&c->open_p);
    md_labels_free(&c->labels);
}

/* Starts a line: its marks are indexed on first need. */
void md_line(cleaner *c, size_t s, size_t e) {
    c->line_s = s; c->line_e = e; c->indexed = 0;
    c->bracket_at = c->paren_at = 0;
    c->quote_from[0] = c->quote_from[1] = SIZE_MAX;
}
