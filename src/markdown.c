/*
 * markdown.c: source bytes -> clean text, with a map back to the source.
 *
 * Clean text is what a reader sees: link anchors without their URLs, `\$`
 * as `$`, no emphasis markers, no code, whitespace collapsed to single
 * spaces, one block (paragraph, heading, list item, quote, table cell) per
 * line. Every clean byte remembers the source byte it came from through a
 * run-length map (dsc_seg): a new segment starts wherever the source jumps.
 *
 * A paragraph that a blank line cut in the middle of a sentence (the next
 * paragraph starts in lowercase) is joined again here, so the sentence
 * splitter never sees the cut.
 *
 * Linear time on any input: where a construct needs its closing mark (a
 * link's ']' and ')', a code span's closing run of backticks), the answer
 * comes from an index of the line's marks built once (line_index), never
 * from a scan to the end of the line for each opening mark: a line of
 * 100,000 unclosed '[' would otherwise be read 100,000 times.
 */
#include "internal.h"

/* ===================================================================== */
/* Output with the offset map                                             */
/* ===================================================================== */

typedef struct {
    const char *src;
    size_t n;
    int markdown;
    dsc_clean *out;
    size_t cap;
    int oom;
    /* the block being written */
    int in_block;
    dsc_block cur;
    int pending_space;
    uint32_t pending_orig;
    uint32_t next_orig;        /* source offset that would continue the segment */
    int have_seg;
    /* line-level state */
    int gap;                   /* blank line(s) since the block's last line */
    int blocks_done;
    size_t link_alnum;         /* letters and digits of the block inside link anchors */
    int link_depth;            /* links whose anchor text is being written */
    size_t alnum_upto, alnum_total;   /* letters and digits of the output before alnum_upto */
    /* the marks of the line being cleaned, [line_s, line_e), indexed on
     * first need (line_index) */
    size_t line_s, line_e;
    int indexed;
    dsc_vec brackets;          /* mark: each unescaped '[' and its ']' */
    dsc_vec escaped;           /* mark: each escaped '[' and the ']' a scan from it finds */
    dsc_vec loose;             /* mark: each ']' that closes nothing */
    dsc_vec parens;            /* mark: each unescaped '(' and its ')' */
    dsc_vec ticks;             /* mark: each run of backticks, by (length, start) */
    dsc_vec open_b, open_p;    /* uint32_t: the open '[' and '(' while matching */
} cleaner;

/* An opening bracket and its closing one (NO_CLOSE: none on the line), or
 * a run of backticks: its start and length. */
typedef struct { uint32_t pos, other; } mark;
#define NO_CLOSE UINT32_MAX

static void put_byte(cleaner *c, char ch, uint32_t orig) {
    dsc_clean *o = c->out;
    if (c->oom) return;
    if (o->len + 2 > c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 4096;
        char *t = realloc(o->text, cap);
        if (!t) { c->oom = 1; return; }
        o->text = t; c->cap = cap;
    }
    if (!c->have_seg || orig != c->next_orig) {
        dsc_seg *s = dsc_vec_push(&o->segs);
        if (!s) { c->oom = 1; return; }
        s->clean = (uint32_t)o->len; s->orig = orig;
        c->have_seg = 1;
    }
    o->text[o->len++] = ch;
    c->next_orig = orig + 1;
}

static void begin_block(cleaner *c, int type) {
    if (c->in_block) return;
    c->in_block = 1;
    c->cur.start = (uint32_t)c->out->len;
    c->cur.type = (uint8_t)type;
    c->cur.link_only = 0;
    c->pending_space = 0;
    c->link_alnum = 0;
}

/* Content byte: flushes a pending collapsed space first. */
static void emit(cleaner *c, char ch, size_t orig) {
    if (!c->in_block) begin_block(c, DSC_BLK_PARA);
    if (c->pending_space) {
        if (c->out->len > c->cur.start) put_byte(c, ' ', c->pending_orig);
        c->pending_space = 0;
    }
    put_byte(c, ch, (uint32_t)orig);
}

/* A run of plain bytes, copied at once (the common case). */
static void emit_run(cleaner *c, size_t from, size_t len) {
    dsc_clean *o = c->out;
    if (!len) return;
    emit(c, c->src[from], from);
    from++; len--;
    if (!len || c->oom) return;
    if (o->len + len + 2 > c->cap) {
        size_t cap = c->cap;
        char *t;
        while (o->len + len + 2 > cap) cap *= 2;
        t = realloc(o->text, cap);
        if (!t) { c->oom = 1; return; }
        o->text = t; c->cap = cap;
    }
    memcpy(o->text + o->len, c->src + from, len);   /* continues the segment */
    o->len += len;
    c->next_orig = (uint32_t)(from + len);
}

static void emit_space(cleaner *c, size_t orig) {
    if (!c->in_block || c->pending_space) return;
    c->pending_space = 1;
    c->pending_orig = (uint32_t)orig;
}

static void end_block(cleaner *c) {
    dsc_block *b;
    if (!c->in_block) return;
    c->in_block = 0;
    c->pending_space = 0;
    if (c->out->len == c->cur.start) return;          /* nothing written */
    c->cur.end = (uint32_t)c->out->len;
    /* a block that is all link text ("- [Nvidia loses $600bn](#)", a
     * related-stories list) is navigation, not prose */
    if (c->link_alnum && !c->oom) {
        size_t k, alnum = 0;
        for (k = c->cur.start; k < c->cur.end; k++) alnum += (size_t)dsc_is_alnum(c->out->text[k]);
        c->cur.link_only = (uint8_t)(alnum == c->link_alnum);
    }
    put_byte(c, '\n', c->next_orig);   /* continues the segment */
    b = dsc_vec_push(&c->out->blocks);
    if (!b) { c->oom = 1; return; }
    *b = c->cur;
    c->blocks_done++;
}

/* ===================================================================== */
/* Inline markup                                                          */
/* ===================================================================== */

static int is_ascii_punct(int ch) {
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
static size_t close_bracket(const char *s, size_t i, size_t e, char open, char close) {
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

/* Indexes the line: every '[' and '(' not escaped by a backslash with the
 * mark closing it (matched with a stack, as close_bracket() would find
 * it from the opening mark), and every run of backticks by length. The
 * line's inline ranges start after a non-backslash, so a mark escaped
 * here is escaped for them too. */
static void line_index(cleaner *c) {
    const char *s = c->src;
    size_t i, e = c->line_e;
    c->brackets.len = c->parens.len = c->ticks.len = c->open_b.len = c->open_p.len = 0;
    c->escaped.len = c->loose.len = 0;
    c->indexed = 1;
    /* brackets and parentheses are counted apart, as close_bracket()
     * counts them: each kind has its stack */
    for (i = c->line_s; i < e && !c->oom; i++) {
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
        default: break;
        }
    }
    resolve_escaped(c);
    /* backtick runs: a backslash does not split them (the code span scan
     * counts raw runs) */
    for (i = c->line_s; i < e && !c->oom; ) {
        size_t j = i;
        if (s[i] != '`') { i++; continue; }
        while (j < e && s[j] == '`') j++;
        push_mark(c, &c->ticks, i, (uint32_t)(j - i));
        i = j;
    }
    if (c->ticks.len > 1) qsort(c->ticks.data, c->ticks.len, sizeof(mark), cmp_tick);
}

/* The mark of v at pos, or NULL. */
static const mark *find_mark(const dsc_vec *v, size_t pos) {
    const mark *m = v->data;
    size_t lo = 0, hi = v->len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (m[mid].pos < pos) lo = mid + 1; else hi = mid;
    }
    return lo < v->len && m[lo].pos == pos ? &m[lo] : NULL;
}

/* close_bracket(src, i, e, open, close) for the '[' or '(' at i on the
 * current line, from the index. */
static size_t line_close(cleaner *c, size_t i, size_t e, char open) {
    const mark *m;
    if (!c->indexed) line_index(c);
    if (c->oom) return close_bracket(c->src, i, e, open, open == '[' ? ']' : ')');
    if (open == '[') m = find_mark(&c->brackets, i) ? find_mark(&c->brackets, i) : find_mark(&c->escaped, i);
    else m = find_mark(&c->parens, i);
    if (!m) return close_bracket(c->src, i, e, open, open == '[' ? ']' : ')');   /* (never: all indexed) */
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

/* Letters and digits written before output offset `to` (to only grows:
 * each byte of the output is counted once, however deep the links). */
static size_t alnum_before(cleaner *c, size_t to) {
    for (; c->alnum_upto < to; c->alnum_upto++)
        c->alnum_total += (size_t)dsc_is_alnum(c->out->text[c->alnum_upto]);
    return c->alnum_total;
}

static const struct { const char *name; const char *text; } html_entities[] = {
    {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"},
    {"#39", "'"}, {"nbsp", " "}, {"rsquo", "\xE2\x80\x99"}, {"lsquo", "\xE2\x80\x98"},
    {"rdquo", "\xE2\x80\x9D"}, {"ldquo", "\xE2\x80\x9C"}, {"mdash", "\xE2\x80\x94"},
    {"ndash", "\xE2\x80\x93"}, {"hellip", "\xE2\x80\xA6"}, {"euro", "\xE2\x82\xAC"},
};

/* An HTML entity at s[i] ('&'): emits it and returns its source length. */
static size_t html_entity(cleaner *c, const char *s, size_t i, size_t e) {
    size_t j = i + 1, k, m;
    while (j < e && j - i < 10 && (dsc_is_alnum(s[j]) || s[j] == '#')) j++;
    if (j >= e || s[j] != ';' || j == i + 1) return 0;
    for (k = 0; k < sizeof html_entities / sizeof html_entities[0]; k++) {
        const char *name = html_entities[k].name, *t = html_entities[k].text;
        if (strlen(name) == j - i - 1 && memcmp(name, s + i + 1, j - i - 1) == 0) {
            if (t[0] == ' ') { emit_space(c, i); return j - i + 1; }
            for (m = 0; t[m]; m++) emit(c, t[m], i + m);
            return j - i + 1;
        }
    }
    return 0;
}

static void inline_text(cleaner *c, size_t i, size_t e);

/* Links inside link anchors deeper than this are kept as written: each
 * level is a recursion (three stack frames), and 100,000 nested '[' would
 * overflow the stack. Prose never nests a link in a link twice. */
#define MAX_LINK_DEPTH 32

/* A link's anchor text, counted for the block's link_only (a link inside
 * another's anchor counts for both). */
static void anchor_text(cleaner *c, size_t i, size_t e) {
    size_t before;
    if (c->link_depth == 0) c->alnum_upto = c->out->len;   /* (only link text is counted) */
    before = alnum_before(c, c->out->len);
    c->link_depth++;
    inline_text(c, i, e);
    c->link_depth--;
    if (c->oom) return;
    c->link_alnum += alnum_before(c, c->out->len) - before;
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
    return 0;   /* [sic], [the company]: brackets kept as written */
}

/* '<' at s[i]: an autolink or an HTML tag is dropped. */
static size_t angle(const char *s, size_t i, size_t e) {
    size_t j = i + 1;
    if (j >= e || !(dsc_is_alpha(s[j]) || s[j] == '/' || s[j] == '!')) return 0;
    for (; j < e && s[j] != '<'; j++)
        if (s[j] == '>') return j + 1 - i;
    return 0;
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

/* Bytes that may start markup or need collapsing; the rest is copied.
 * Bit 0: plain in markdown, bit 1: plain in plain text (ASCII above ' '). */
static const unsigned char PLAIN[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,     /* 0x00 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,     /* 0x10 */
    0, 2, 3, 3, 3, 3, 2, 3, 3, 3, 2, 3, 3, 3, 3, 3,     /* 0x20:  ! " # $ % & ' ( ) * + , - . / */
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3,     /* 0x30: 0-9 : ; < = > ? */
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,     /* 0x40: @ A-O */
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2,     /* 0x50: P-Z [ \ ] ^ _ */
    2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,     /* 0x60: ` a-o */
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3      /* 0x70: p-z { | } ~ DEL */
};                                                      /* 0x80-0xFF: 0 */

static void inline_text(cleaner *c, size_t i, size_t e) {
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
            k = i + 1;
            for (;;) {
                while (k < e && (PLAIN[u[k]] & plain)) k++;
                if (k + 1 < e && u[k] == ' ' && (PLAIN[u[k + 1]] & plain)) { k += 2; continue; }
                break;
            }
            emit_run(c, i, k - i);
            i = k;
            continue;
        }
        if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n') { emit_space(c, i); i++; continue; }
        if (ch >= 0x80) {
            if ((k = unicode_space(s, e, i, &zero)) != 0) {
                if (!zero) emit_space(c, i);
                i += k;
                continue;
            }
            emit(c, (char)ch, i); i++;
            continue;
        }
        if (!c->markdown) { emit(c, (char)ch, i); i++; continue; }
        switch (ch) {
        case '\\':
            if (i + 1 < e && is_ascii_punct((unsigned char)s[i + 1])) {
                emit(c, s[i + 1], i + 1); i += 2; continue;
            }
            break;
        case '`': {
            /* a code span: up to the next run of as many backticks */
            size_t run = 0, j;
            while (i + run < e && s[i + run] == '`') run++;
            j = line_ticks(c, i + run, e, run);
            if (j < e) { emit_space(c, i); i = j + run; continue; }
            for (j = 0; j < run; j++) emit(c, '`', i + j);
            i += run;
            continue;
        }
        case '!':
            if (i + 1 < e && s[i + 1] == '[' && (k = link(c, i + 1, e, 1)) != 0) {
                i += 1 + k; continue;
            }
            break;
        case '[':
            if ((k = link(c, i, e, 0)) != 0) { i += k; continue; }
            break;
        case '<':
            if ((k = angle(s, i, e)) != 0) { i += k; continue; }
            break;
        case '&':
            if ((k = html_entity(c, s, i, e)) != 0) { i += k; continue; }
            break;
        case '*': case '_': case '~':
            if ((k = emphasis(s, i, e)) != 0) { i += k; continue; }
            break;
        default:
            break;
        }
        emit(c, (char)ch, i);
        i++;
    }
}

/* ===================================================================== */
/* Blocks                                                                 */
/* ===================================================================== */

static int blank(const char *s, size_t i, size_t e) {
    for (; i < e; i++) if (!dsc_is_space(s[i])) return 0;
    return 1;
}

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
    end_block(c);
    begin_block(c, DSC_BLK_HEADING);
    inline_text(c, i, e);
    end_block(c);
}

static void table_row(cleaner *c, size_t i, size_t e) {
    const char *s = c->src;
    size_t j, cell;
    int only_rule = 1;
    for (j = i; j < e; j++)
        if (s[j] != '|' && s[j] != '-' && s[j] != ':' && !dsc_is_space(s[j])) only_rule = 0;
    end_block(c);
    if (only_rule) return;                              /* |---|:--| */
    if (s[i] == '|') i++;
    for (cell = i, j = i; j <= e; j++) {
        if (j == e || (s[j] == '|' && s[j - 1] != '\\')) {
            begin_block(c, DSC_BLK_TABLE);
            inline_text(c, cell, j);
            end_block(c);
            cell = j + 1;
        }
    }
}

/* Plain text (or markdown) paragraph line. */
static void text_line(cleaner *c, size_t i, size_t e, int type) {
    if (c->in_block && (c->gap || c->cur.type != type)) {
        if (c->gap && c->cur.type == type && continues_sentence(c, c->src, i, e)) emit_space(c, i);
        else end_block(c);
    }
    c->gap = 0;
    if (!c->in_block) begin_block(c, type);
    else emit_space(c, i);
    inline_text(c, i, e);
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
            blank(s, i + 3, e))
            return e < n ? e + 1 : e;
        i = e + 1; lines++;
    }
    return 0;
}

/* A line of a block quote ("> text", "> - item"), from its first '>'. */
static void quote_line(cleaner *c, size_t i, size_t e) {
    const char *src = c->src;
    size_t k;
    while (i < e && (src[i] == '>' || src[i] == ' ')) {
        if (src[i] == '>') { i++; if (i < e && src[i] == ' ') i++; }
        else break;
    }
    if (blank(src, i, e)) { if (c->in_block) c->gap = 1; return; }
    if ((k = list_marker(src, i, e)) != 0) {
        end_block(c); c->gap = 0;
        begin_block(c, DSC_BLK_QUOTE);
        inline_text(c, i + k, e);
        return;
    }
    text_line(c, i, e, DSC_BLK_QUOTE);
}

int dsc_clean_text(const char *src, size_t n, int markdown, dsc_clean *out) {
    cleaner c;
    size_t ls = 0;
    int fence = 0, html_comment = 0;
    char fence_ch = 0;
    size_t fence_len = 0;

    memset(out, 0, sizeof *out);
    out->blocks.elem = sizeof(dsc_block);
    out->segs.elem = sizeof(dsc_seg);
    memset(&c, 0, sizeof c);
    c.src = src; c.n = n; c.markdown = markdown; c.out = out;
    c.brackets.elem = c.parens.elem = c.ticks.elem = c.escaped.elem = c.loose.elem = sizeof(mark);
    c.open_b.elem = c.open_p.elem = sizeof(uint32_t);

    if (markdown) ls = front_matter(src, n);
    while (ls < n && !c.oom) {
        size_t le = ls, e, i, k;
        char rch;
        while (le < n && src[le] != '\n') le++;
        e = le;
        if (e > ls && src[e - 1] == '\r') e--;
        i = ls;
        c.line_s = ls; c.line_e = e; c.indexed = 0;

        if (blank(src, ls, e)) { if (c.in_block) c.gap = 1; goto next; }
        if (!markdown) { text_line(&c, i, e, DSC_BLK_PARA); goto next; }

        /* indentation: up to 3 spaces are nothing; 4 after a gap are code */
        while (i < e && i - ls < 4 && src[i] == ' ') i++;
        if (fence) {
            size_t r = 0;
            while (i + r < e && src[i + r] == fence_ch) r++;
            if (r >= fence_len && blank(src, i + r, e)) fence = 0;
            goto next;
        }
        if (html_comment) {
            for (k = ls; k + 3 <= e; k++)
                if (memcmp(src + k, "-->", 3) == 0) { html_comment = 0; break; }
            goto next;
        }
        if (i - ls == 4 && (!c.in_block || c.gap) &&
            !(c.in_block && c.cur.type == DSC_BLK_LIST)) {
            end_block(&c);               /* indented code block */
            goto next;
        }
        if (e - i >= 3 && (memcmp(src + i, "```", 3) == 0 || memcmp(src + i, "~~~", 3) == 0)) {
            end_block(&c);
            fence = 1; fence_ch = src[i]; fence_len = 0;
            while (i + fence_len < e && src[i + fence_len] == fence_ch) fence_len++;
            goto next;
        }
        if (e - i >= 4 && memcmp(src + i, "<!--", 4) == 0) {
            end_block(&c);
            html_comment = 1;
            for (k = i + 4; k + 3 <= e; k++)
                if (memcmp(src + k, "-->", 3) == 0) { html_comment = 0; break; }
            goto next;
        }
        if (src[i] == '#') {
            size_t h = 0;
            while (i + h < e && src[i + h] == '#') h++;
            if (h <= 6 && (i + h == e || src[i + h] == ' ' || src[i + h] == '\t')) {
                heading_line(&c, i + h, e);
                c.gap = 0;
                goto next;
            }
        }
        if (rule_line(src, i, e, &rch)) {
            /* setext underline directly under a paragraph line */
            if (c.in_block && !c.gap && c.cur.type == DSC_BLK_PARA && (rch == '-' || rch == '=')) {
                int only = 1;
                for (k = i; k < e; k++) if (src[k] != rch && !dsc_is_space(src[k])) only = 0;
                if (only) { c.cur.type = DSC_BLK_HEADING; end_block(&c); goto next; }
            }
            if (rch != '=') { end_block(&c); c.gap = 0; goto next; }
        }
        if (src[i] == '>') { quote_line(&c, i, e); goto next; }
        if ((k = list_marker(src, i, e)) != 0 && !blank(src, i + k, e)) {
            end_block(&c); c.gap = 0;
            begin_block(&c, DSC_BLK_LIST);
            inline_text(&c, i + k, e);
            goto next;
        }
        if (src[i] == '|') { table_row(&c, i, e); c.gap = 0; goto next; }
        if (src[i] == '[') {
            /* link reference definition: [label]: url */
            size_t cb = close_bracket(src, i, e, '[', ']');
            if (cb + 1 < e && src[cb + 1] == ':') { end_block(&c); goto next; }
        }
        /* lazy continuation lines stay in their list item or quote */
        text_line(&c, i, e, c.in_block && !c.gap &&
                  (c.cur.type == DSC_BLK_LIST || c.cur.type == DSC_BLK_QUOTE) ?
                  c.cur.type : DSC_BLK_PARA);
    next:
        ls = le + 1;
    }
    end_block(&c);
    dsc_vec_free(&c.brackets); dsc_vec_free(&c.parens);
    dsc_vec_free(&c.escaped); dsc_vec_free(&c.loose);
    dsc_vec_free(&c.ticks); dsc_vec_free(&c.open_b); dsc_vec_free(&c.open_p);
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
