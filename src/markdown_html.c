/*
 * markdown_html.c: HTML inside markdown is markup (markdown.h lists the
 * cleaner's files).
 *
 * Tags and their attributes are dropped like code: an image's alt and
 * title are no prose, a badge's URL ("%F0%9F%A4%97") no figure. What tags
 * do to the text is kept: <br> is a space, a block-level tag (<div>, <p>,
 * <details>, <summary>, <td> ...) ends the block, <h1>..<h6> open a
 * heading, the text of <a> is link text (a block of nothing else is
 * navigation), the content of <script>, <style>, <pre>, <code>, <sup> is
 * dropped. Comments are dropped; character references (&amp;, &nbsp;,
 * &#x27;) are decoded.
 *
 * In a paragraph a tag must close on its line (else its '<' is literal:
 * "a <b and c"). A paragraph that opens with a tag is HTML (a GFM HTML
 * block, up to a blank line): there a tag may run over lines (a badge
 * block's <img alt="..."\n src="...">), and the state is carried to the
 * next line rather than looked for ahead.
 */
#include "markdown.h"

/* ===================================================================== */
/* Tag names                                                              */
/* ===================================================================== */

enum { T_BLOCK = 1, T_HEADING = 2, T_BREAK = 4, T_ANCHOR = 8, T_RAW = 16 };

/* The tags that change the text, sorted by name (any other tag is only
 * dropped). */
static const struct { const char *name; unsigned flags; } tags[] = {
    {"a", T_ANCHOR}, {"address", T_BLOCK}, {"article", T_BLOCK}, {"aside", T_BLOCK},
    {"blockquote", T_BLOCK}, {"body", T_BLOCK}, {"br", T_BREAK}, {"caption", T_BLOCK},
    {"center", T_BLOCK}, {"code", T_RAW}, {"dd", T_BLOCK}, {"details", T_BLOCK}, {"div", T_BLOCK},
    {"dl", T_BLOCK}, {"dt", T_BLOCK}, {"figcaption", T_BLOCK}, {"figure", T_BLOCK},
    {"footer", T_BLOCK}, {"h1", T_BLOCK | T_HEADING}, {"h2", T_BLOCK | T_HEADING},
    {"h3", T_BLOCK | T_HEADING}, {"h4", T_BLOCK | T_HEADING}, {"h5", T_BLOCK | T_HEADING},
    {"h6", T_BLOCK | T_HEADING}, {"header", T_BLOCK}, {"hr", T_BLOCK}, {"html", T_BLOCK},
    {"li", T_BLOCK}, {"main", T_BLOCK}, {"math", T_RAW}, {"nav", T_BLOCK}, {"ol", T_BLOCK},
    {"p", T_BLOCK}, {"pre", T_BLOCK | T_RAW}, {"script", T_RAW}, {"section", T_BLOCK},
    {"style", T_RAW}, {"summary", T_BLOCK}, {"sup", T_RAW}, {"svg", T_RAW}, {"table", T_BLOCK},
    {"tbody", T_BLOCK}, {"td", T_BLOCK}, {"textarea", T_RAW}, {"tfoot", T_BLOCK}, {"th", T_BLOCK},
    {"thead", T_BLOCK}, {"title", T_RAW}, {"tr", T_BLOCK}, {"ul", T_BLOCK},
};

/* The index of the tag named s[0..n) (any case), or -1. */
static int tag_lookup(const char *s, size_t n) {
    char low[12];
    size_t k, lo = 0, hi = DSC_COUNT(tags);
    if (n == 0 || n >= sizeof low) return -1;
    for (k = 0; k < n; k++) low[k] = (char)(dsc_is_upper(s[k]) ? s[k] - 'A' + 'a' : s[k]);
    low[n] = '\0';
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int d = strcmp(tags[mid].name, low);
        if (d == 0) return (int)mid;
        if (d < 0) lo = mid + 1; else hi = mid;
    }
    return -1;
}

/* ===================================================================== */
/* Scanning a tag                                                         */
/* ===================================================================== */

/* The next quote q at x or after on the line, or e. The search runs to
 * the line's end, and its answer for the last x asked holds for every x
 * up to it: a line of unclosed values ("<a x=\"<a x=\"...") is searched
 * once, not once per tag. */
static size_t quote_end(cleaner *c, size_t x, size_t e, char q) {
    int k = q == '"' ? 0 : 1;
    size_t le = c->line_e > x ? c->line_e : x;
    const char *p;
    if (!(c->quote_from[k] <= x && x <= c->quote_at[k])) {
        p = x < le ? memchr(c->src + x, q, le - x) : NULL;
        c->quote_from[k] = x;
        c->quote_at[k] = p ? (size_t)(p - c->src) : le;
    }
    return c->quote_at[k] < e ? c->quote_at[k] : e;
}

/* Does an attribute value start at the quote s[j]: an '=' before it
 * (spaces between)? */
static int value_quote(const char *s, size_t from, size_t j) {
    while (j > from && (s[j - 1] == ' ' || s[j - 1] == '\t')) j--;
    return j > from && s[j - 1] == '=';
}

/* The end of a tag whose name ends before j: its '>' (returned), or the
 * '<' of another tag where none came first (*broken), or e with *quote the
 * value the line ends in. *quote on entry: the value the tag was in. */
static size_t tag_end(cleaner *c, size_t j, size_t e, char *quote, int *broken) {
    const char *s = c->src;
    size_t from = j;
    *broken = 0;
    for (;;) {
        if (*quote) {
            size_t k = quote_end(c, j, e, *quote);
            if (k >= e) return e;
            j = k + 1;
            *quote = 0;
            continue;
        }
        while (j < e && s[j] != '>' && s[j] != '<' && s[j] != '"' && s[j] != '\'') j++;
        if (j >= e) return e;
        if (s[j] == '>') return j;
        if (s[j] == '<') { *broken = 1; return j; }
        if (value_quote(s, from, j)) *quote = s[j];
        j++;
    }
}

/* The position of the string lit (length n) at i or after on the line, or
 * e; with fold, letters match in any case. */
static size_t find_str(const char *s, size_t i, size_t e, const char *lit, size_t n, int fold) {
    for (; i + n <= e; i++) {
        const char *p = memchr(s + i, lit[0], e - i);
        if (!p) return e;
        i = (size_t)(p - s);
        if (i + n > e) return e;
        if (fold ? dsc_ieq(s + i, n, lit) : memcmp(s + i, lit, n) == 0) return i;
    }
    return e;
}

/* Inside a raw tag's content from i: past its closing tag, or e (the
 * content goes on). */
static size_t raw_skip(cleaner *c, size_t i, size_t e) {
    const char *s = c->src, *name = tags[c->raw - 1].name;
    size_t n = strlen(name);
    while (i < e) {
        size_t k = find_str(s, i, e, "</", 2, 0), g;
        char q = 0;
        int broken;
        if (k >= e) return e;
        if (k + 2 + n <= e && dsc_ieq(s + k + 2, n, name) &&
            (k + 2 + n == e || s[k + 2 + n] == '>' || dsc_is_space(s[k + 2 + n]))) {
            c->raw = 0;
            g = tag_end(c, k + 2 + n, e, &q, &broken);
            if (g >= e) { c->tag_open = 1; c->tag_quote = q; return e; }
            return broken ? g : g + 1;
        }
        i = k + 2;
    }
    return e;
}

/* ===================================================================== */
/* What a tag does                                                        */
/* ===================================================================== */

static void anchor_open(cleaner *c) {
    if (c->html_anchor || c->link_depth) return;
    c->html_anchor = 1;
    c->alnum_upto = c->out->len;            /* only link text is counted */
    c->anchor_alnum = md_alnum_before(c, c->out->len);
}

static void anchor_close(cleaner *c) {
    if (!c->html_anchor) return;
    if (c->in_block) c->link_alnum += md_alnum_before(c, c->out->len) - c->anchor_alnum;
    c->html_anchor = 0;
}

static void tag_effect(cleaner *c, int t, int closing, int self, size_t pos) {
    unsigned f;
    if (t < 0) return;
    f = tags[t].flags;
    if (f & T_BREAK) { md_emit_space(c, pos); return; }
    if (f & T_ANCHOR) {
        if (closing) anchor_close(c); else if (!self) anchor_open(c);
        return;
    }
    if ((f & T_RAW) && !closing && !self) c->raw = t + 1;
    if (!(f & T_BLOCK) || c->in_cell) { md_emit_space(c, pos); return; }
    md_end_block(c);
    if ((f & T_HEADING) && !closing) md_begin_block(c, DSC_BLK_HEADING);
}

/* ===================================================================== */
/* '<'                                                                    */
/* ===================================================================== */

/* <!-- comment -->, <!DOCTYPE ...>, <![CDATA[ ... ]]>, <?...?> at s[i]. */
static size_t declaration(cleaner *c, size_t i, size_t e) {
    const char *s = c->src;
    size_t k;
    if (e - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
        k = find_str(s, i + 4, e, "-->", 3, 0);
        if (k < e) return k + 3 - i;
        c->in_comment = 2;                  /* ends at "-->" or a blank line */
        return e - i;
    }
    if (s[i + 1] == '?') {
        k = find_str(s, i + 2, e, "?>", 2, 0);
        return k < e ? k + 2 - i : 0;
    }
    k = find_str(s, i + 2, e, ">", 1, 0);
    return k < e ? k + 1 - i : 0;
}

/* An autolink "<https://...>", "<name@example.com>" at s[i]: dropped. */
static size_t autolink(const char *s, size_t i, size_t e) {
    size_t k = i + 1;
    while (k < e && s[k] != '>' && s[k] != '<' && !dsc_is_space(s[k])) k++;
    return k < e && s[k] == '>' ? k + 1 - i : 0;
}

size_t md_html_at(cleaner *c, size_t i, size_t e) {
    const char *s = c->src;
    size_t j = i + 1, ne, k;
    int closing = 0, broken, t, self;
    char q = 0;
    if (j >= e) return 0;
    if (s[j] == '!' || s[j] == '?') return declaration(c, i, e);
    if (s[j] == '/') { closing = 1; j++; }
    if (j >= e || !dsc_is_alpha(s[j])) return 0;
    ne = j;
    while (ne < e && (dsc_is_alnum(s[ne]) || s[ne] == '-')) ne++;
    if (!closing && ne < e && (s[ne] == ':' || s[ne] == '@' || s[ne] == '.' || s[ne] == '+'))
        return autolink(s, i, e);
    if (ne < e && !dsc_is_space(s[ne]) && s[ne] != '/' && s[ne] != '>') return 0;
    k = tag_end(c, ne, e, &q, &broken);
    if ((k >= e || broken) && !c->html_region) return 0;   /* prose: closes on its line */
    t = tag_lookup(s + j, ne - j);
    self = k < e && !broken && k > ne && s[k - 1] == '/';
    tag_effect(c, t, closing, self, i);
    if (k >= e) { c->tag_open = 1; c->tag_quote = q; return e - i; }
    if (broken) return k - i;                /* the tag ends where the next starts */
    k++;
    if (c->raw) k = raw_skip(c, k, e);
    return k - i;
}

size_t md_html_resume(cleaner *c, size_t i, size_t e) {
    if (c->in_comment) {
        size_t k = find_str(c->src, i, e, "-->", 3, 0);
        if (k >= e) return e;
        c->in_comment = 0;
        i = k + 3;
    }
    if (c->tag_open) {
        char q = c->tag_quote;
        int broken;
        size_t k = tag_end(c, i, e, &q, &broken);
        if (k >= e) { c->tag_quote = q; return e; }
        c->tag_open = 0; c->tag_quote = 0;
        i = broken ? k : k + 1;
    }
    if (c->raw) i = raw_skip(c, i, e);
    return i;
}

int md_html_line(const char *s, size_t i, size_t e) {
    size_t j = i + 1;
    if (j < e && s[j] == '/') j++;
    if (j >= e || !dsc_is_alpha(s[j])) return 0;
    while (j < e && (dsc_is_alnum(s[j]) || s[j] == '-')) j++;
    return j == e || dsc_is_space(s[j]) || s[j] == '>' || s[j] == '/';
}

void md_html_blank(cleaner *c) {
    c->tag_open = 0; c->tag_quote = 0;
    if (c->in_comment == 2) c->in_comment = 0;
    c->html_region = 0;
    anchor_close(c);
}

/* ===================================================================== */
/* Character references                                                   */
/* ===================================================================== */

/* Named references, sorted by name (strcmp). */
static const struct { const char *name; const char *text; } named_refs[] = {
    {"Dagger", "\xE2\x80\xA1"}, {"amp", "&"}, {"apos", "'"}, {"asymp", "\xE2\x89\x88"},
    {"bull", "\xE2\x80\xA2"}, {"cent", "\xC2\xA2"}, {"copy", "\xC2\xA9"}, {"dagger", "\xE2\x80\xA0"},
    {"deg", "\xC2\xB0"}, {"divide", "\xC3\xB7"}, {"emsp", " "}, {"ensp", " "},
    {"euro", "\xE2\x82\xAC"}, {"frac12", "\xC2\xBD"}, {"frac14", "\xC2\xBC"}, {"frac34", "\xC2\xBE"},
    {"ge", "\xE2\x89\xA5"}, {"gt", ">"}, {"hellip", "\xE2\x80\xA6"}, {"laquo", "\xC2\xAB"},
    {"ldquo", "\xE2\x80\x9C"}, {"le", "\xE2\x89\xA4"}, {"lsquo", "\xE2\x80\x98"}, {"lt", "<"},
    {"mdash", "\xE2\x80\x94"}, {"middot", "\xC2\xB7"}, {"minus", "\xE2\x88\x92"}, {"nbsp", " "},
    {"ndash", "\xE2\x80\x93"}, {"para", "\xC2\xB6"}, {"plusmn", "\xC2\xB1"}, {"pound", "\xC2\xA3"},
    {"quot", "\""}, {"raquo", "\xC2\xBB"}, {"rdquo", "\xE2\x80\x9D"}, {"reg", "\xC2\xAE"},
    {"rsquo", "\xE2\x80\x99"}, {"sect", "\xC2\xA7"}, {"shy", ""}, {"thinsp", " "},
    {"times", "\xC3\x97"}, {"trade", "\xE2\x84\xA2"}, {"yen", "\xC2\xA5"}, {"zwj", ""}, {"zwnj", ""},
};

/* Code point cp as UTF-8 into out (4 bytes); its length. */
static size_t utf8_put(uint32_t cp, char *out) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) { out[0] = (char)(0xC0 | cp >> 6); out[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | cp >> 12); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | cp >> 18); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* "&#8217;", "&#x27;" at s[i]: the code point into out; the reference's
 * length, 0 when it is none. */
static size_t numeric_ref(const char *s, size_t i, size_t e, uint32_t *out) {
    size_t j = i + 2, digits = 0;
    int hex = j < e && (s[j] == 'x' || s[j] == 'X');
    uint32_t v = 0;
    if (hex) j++;
    for (; j < e && digits < 7; j++, digits++) {
        int d = dsc_is_digit(s[j]) ? s[j] - '0' :
                hex && s[j] >= 'a' && s[j] <= 'f' ? s[j] - 'a' + 10 :
                hex && s[j] >= 'A' && s[j] <= 'F' ? s[j] - 'A' + 10 : -1;
        if (d < 0) break;
        v = v * (hex ? 16u : 10u) + (uint32_t)d;
    }
    if (!digits || j >= e || s[j] != ';') return 0;
    *out = v;
    return j + 1 - i;
}

/* Emits the decoded text t of a reference at i: every byte maps to the
 * '&'. A space collapses; nothing for a zero-width character. */
static void emit_ref(cleaner *c, const char *t, size_t n, size_t i) {
    size_t m;
    if (n == 1 && t[0] == ' ') { md_emit_space(c, i); return; }
    for (m = 0; m < n; m++) md_emit(c, t[m], i);
}

size_t md_char_ref(cleaner *c, size_t i, size_t e) {
    const char *s = c->src;
    size_t j = i + 1, lo = 0, hi = DSC_COUNT(named_refs);
    if (j < e && s[j] == '#') {
        uint32_t cp;
        char buf[4];
        size_t len = numeric_ref(s, i, e, &cp);
        if (!len) return 0;
        if (cp == 0x20 || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x3000)
            md_emit_space(c, i);
        else if (!(cp == 0xAD || (cp >= 0x200B && cp <= 0x200D) || cp == 0xFEFF))
            emit_ref(c, buf, utf8_put(cp, buf), i);
        return len;
    }
    while (j < e && j - i <= 8 && dsc_is_alnum(s[j])) j++;
    if (j >= e || s[j] != ';' || j == i + 1) return 0;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2, n = strlen(named_refs[mid].name);
        int d = strncmp(named_refs[mid].name, s + i + 1, j - i - 1);
        if (d == 0 && n > j - i - 1) d = 1;
        if (d == 0) {
            emit_ref(c, named_refs[mid].text, strlen(named_refs[mid].text), i);
            return j + 1 - i;
        }
        if (d < 0) lo = mid + 1; else hi = mid;
    }
    return 0;
}
