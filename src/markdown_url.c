/*
 * markdown_url.c: what is no prose in a block of prose (markdown.h lists
 * the cleaner's files), and the labels of reference definitions.
 *
 * A URL ("https://github.com/sgl-project/sglang/tree/main/benchmark/
 * deepseek_v3"), an e-mail address ("service@deepseek.com") or a domain
 * name ("chat.deepseek.com", the text of many links) is never a figure nor
 * a name: "v0.4.1" in a release path is no amount, "deepseek" in a host
 * name no mention of the lab. They are cut from the block once it is
 * written, in one pass over it, and the block's offset map is rebuilt for
 * the bytes that stay. A domain name is one in lowercase with a known
 * top-level domain and a letter before it, so "Amazon.com", "JD.com",
 * "01.ai" and "Z.ai" (names written as names) stay.
 */
#include "markdown.h"
#include "lexicon.h"
#include "bytescan.h"

/* ===================================================================== */
/* Finding them                                                           */
/* ===================================================================== */

typedef struct { size_t a, b; } cut;

static int host_char(int ch) { return dsc_is_lower(ch) || dsc_is_digit(ch) || ch == '-' || ch == '.'; }
static int url_stop(int ch) { return dsc_is_space(ch) || ch == '<' || ch == '>' || ch == '"'; }

/* The end of a URL or path from k: up to a space, less the punctuation
 * that ends the sentence around it and a ')' it did not open. */
static size_t url_end(const char *t, size_t k, size_t e) {
    size_t b = k;
    int open = 0;
    for (; b < e && !url_stop((unsigned char)t[b]); b++) {
        if (t[b] == '(') open++;
        else if (t[b] == ')') open--;
    }
    for (;;) {
        char ch = t[b - 1];
        if (b > k && (ch == '.' || ch == ',' || ch == ':' || ch == ';' || ch == '!' || ch == '?' ||
                      ch == '\'' || ch == '*' || ch == '_' || ch == '~' || ch == ']')) { b--; continue; }
        if (b > k && ch == ')' && open < 0) { b--; open++; continue; }
        return b;
    }
}

/* Does the word before a at the block's start s end a token (a URL, an
 * address or a host name starts here, not inside a word)? */
static int token_start(const char *t, size_t s, size_t a) {
    unsigned char ch;
    if (a == s) return 1;
    ch = (unsigned char)t[a - 1];
    return !(dsc_is_alnum(ch) || ch >= 0x80 || ch == '.' || ch == '-' || ch == '_' || ch == '@' || ch == '/');
}

/* "https://..." with its ':' at k: the cut [*a, return), or 0. */
static size_t scheme_url(const char *t, size_t s, size_t k, size_t e, size_t *a) {
    size_t i = k;
    while (i > s && dsc_is_alpha(t[i - 1]) && k - i < 10) i--;
    if (k - i < 2 || !token_start(t, s, i) || k + 3 > e || t[k + 1] != '/' || t[k + 2] != '/') return 0;
    *a = i;
    return url_end(t, k + 3, e);
}

/* "name@example.com" with its '@' at k: the cut [*a, return), or 0. */
static size_t email(const char *t, size_t s, size_t k, size_t e, size_t *a) {
    size_t i = k, b = k + 1, dot = 0, i2;
    while (i > s && (dsc_is_alnum(t[i - 1]) || t[i - 1] == '.' || t[i - 1] == '_' || t[i - 1] == '%' ||
                     t[i - 1] == '+' || t[i - 1] == '-'))
        i--;
    if (i == k || !token_start(t, s, i)) return 0;
    while (b < e && (dsc_is_alnum(t[b]) || t[b] == '.' || t[b] == '-')) b++;
    while (b > k + 1 && t[b - 1] == '.') b--;
    for (i2 = k + 1; i2 < b; i2++) if (t[i2] == '.') dot = i2;
    if (!dot || dot + 2 >= b || !dsc_is_alpha(t[b - 1])) return 0;
    *a = i;
    return b;
}

/* A host name in lowercase around the '.' at k ("chat.deepseek.com",
 * "www.example.org/path"): the cut [*a, return), or 0. *next: where the
 * scan goes on (past the token either way: each byte looked at once). */
static size_t host(const char *t, size_t s, size_t k, size_t e, size_t *a, size_t *next) {
    size_t i = k, b = k, last = k, j;
    int letter = 0;
    while (i > s && host_char((unsigned char)t[i - 1])) i--;
    while (b < e && host_char((unsigned char)t[b])) { if (t[b] == '.') last = b; b++; }
    *next = b;
    while (b > k && t[b - 1] == '.') b--;
    if (last >= b) { last = k; for (j = k; j < b; j++) if (t[j] == '.') last = j; }
    if (!token_start(t, s, i) || (b < e && (dsc_is_alnum(t[b]) || t[b] == '_' || (unsigned char)t[b] >= 0x80)))
        return 0;
    /* the top-level domain: a word of class domain-suffix (data/lexicon/markup.tsv) */
    if (!dsc_lx_has(dsc_lex_entry(NULL, dsc_lex_find(NULL, t + last + 1, b - last - 1))->cls, LX_DOMAIN_SUFFIX))
        return 0;
    for (j = i; j < last; j++) letter |= dsc_is_lower(t[j]);
    if (!letter) return 0;
    *a = i;
    if (b < e && t[b] == '/') b = url_end(t, b, e);
    *next = b;
    return b;
}

/* The first ':', '@' or '.' in t[k, e), or e: only those start a cut.
 * Every block of prose is scanned, so 16 bytes are tested at a time. */
static size_t next_mark(const char *t, size_t k, size_t e) {
    return dsc_scan_any3(t, k, e, ':', '@', '.');
}

/* The cuts of the block [s, e) of t, in order, into v; 0 or -1. */
static int find_cuts(const char *t, size_t s, size_t e, dsc_vec *v) {
    size_t k = s;
    while ((k = next_mark(t, k, e)) < e) {
        size_t a = 0, b = 0, next = k + 1;
        char ch = t[k];
        if (ch == ':') b = scheme_url(t, s, k, e, &a);
        else if (ch == '@') b = email(t, s, k, e, &a);
        else if (ch == '.' && k > s && k + 1 < e && dsc_is_lower(t[k + 1]) &&
                 (dsc_is_lower(t[k - 1]) || dsc_is_digit(t[k - 1])))
            b = host(t, s, k, e, &a, &next);
        if (b) {
            cut *x;
            /* a cut may start inside one already made (a host name before
             * the ':' of its URL never: the ':' comes first) */
            if (v->len && DSC_AT(*v, cut, v->len - 1).b > a) a = DSC_AT(*v, cut, v->len - 1).b;
            if (a < b) {
                if (!(x = dsc_vec_push(v))) return -1;
                x->a = a; x->b = b;
            }
            next = b > next ? b : next;
        }
        k = next;
    }
    return 0;
}

/* ===================================================================== */
/* Cutting them                                                           */
/* ===================================================================== */

/* The output is to end at w (a byte written is taken back): the
 * segments starting there or after go. Returns w. */
static size_t unput(dsc_clean *o, size_t w) {
    while (o->segs.len && DSC_AT(o->segs, dsc_seg, o->segs.len - 1).clean >= w) o->segs.len--;
    return w;
}

/* The source offset the byte at w would continue the last segment with. */
static uint32_t seg_end(const dsc_clean *o, size_t w) {
    const dsc_seg *p = &DSC_AT(o->segs, dsc_seg, o->segs.len - 1);
    return p->orig + (uint32_t)(w - p->clean);
}

/* Rewrites the block [s, len) of the output without the cuts, a space
 * left between two words where one stood, and its segments for the bytes
 * that stay; old: the segments that covered it. */
static void compact(cleaner *c, size_t s, const cut *cuts, size_t n, const dsc_seg *old, size_t n_old) {
    dsc_clean *o = c->out;
    char *t = o->text;
    size_t w = s, k = s, x = 0, seg = 0;
    uint32_t expect = 0;
    int have = o->segs.len > 0;
    if (have) {
        const dsc_seg *p = &DSC_AT(o->segs, dsc_seg, o->segs.len - 1);
        expect = p->orig + (uint32_t)(s - p->clean);
    }
    while (k < c->out->len) {
        uint32_t orig;
        if (x < n && k == cuts[x].a) {
            k = cuts[x++].b;
            /* one space where the cut stood: none at the block's edges,
             * none before punctuation ("contact us at <address>.") */
            if (k < o->len && t[k] == ' ' && (w == s || t[w - 1] == ' ')) k++;
            if (k < o->len && strchr(".,;:!?)", t[k]) && w > s && t[w - 1] == ' ') {
                w = unput(o, w - 1);
                have = o->segs.len > 0;
                if (have) expect = seg_end(o, w);
            }
            continue;
        }
        while (seg + 1 < n_old && old[seg + 1].clean <= k) seg++;
        orig = old[seg].orig + (uint32_t)(k - old[seg].clean);
        if (!have || orig != expect) {
            dsc_seg *p = dsc_vec_push(&o->segs);
            if (!p) { c->oom = 1; return; }
            p->clean = (uint32_t)w; p->orig = orig;
            have = 1;
        }
        expect = orig + 1;
        t[w++] = t[k++];
    }
    while (w > s && t[w - 1] == ' ') w = unput(o, w - 1);    /* a cut at the end */
    o->len = w;
    if (c->alnum_upto > w) c->alnum_upto = w;
    c->have_seg = o->segs.len > 0;
    if (c->have_seg) c->next_orig = seg_end(o, w);
}

void md_cut_urls(cleaner *c) {
    dsc_clean *o = c->out;
    size_t s = c->cur.start, first, k;
    dsc_vec cuts = DSC_VEC(cut);
    dsc_seg *old;
    if (find_cuts(o->text, s, o->len, &cuts) < 0) { c->oom = 1; goto done; }
    if (!cuts.len) goto done;
    /* the segments covering the block: the last starting at or before s,
     * and those after; the output keeps those starting before s */
    for (first = o->segs.len; first > 0 && DSC_AT(o->segs, dsc_seg, first - 1).clean > s; first--) {}
    if (first) first--;
    old = malloc((o->segs.len - first) * sizeof *old);
    if (!old) { c->oom = 1; goto done; }
    memcpy(old, &DSC_AT(o->segs, dsc_seg, first), (o->segs.len - first) * sizeof *old);
    k = o->segs.len - first;
    o->segs.len = DSC_AT(o->segs, dsc_seg, first).clean < s ? first + 1 : first;
    compact(c, s, cuts.data, cuts.len, old, k);
    free(old);
done:
    dsc_vec_free(&cuts);
}

/* ===================================================================== */
/* Reference definitions                                                  */
/* ===================================================================== */

/* The label s[a, b) folded (ASCII case, runs of spaces as one): its hash,
 * or 0 when it holds a bracket (no label) or is longer than a label. */
static uint32_t label_hash(const char *s, size_t a, size_t b) {
    uint32_t h = 2166136261u;
    int space = 0, any = 0;
    if (b - a > 200) return 0;
    for (; a < b; a++) {
        unsigned char ch = (unsigned char)s[a];
        if (ch == '[' || ch == ']') return 0;
        if (dsc_is_space(ch)) { space = any; continue; }
        if (space) { h = (h ^ ' ') * 16777619u; space = 0; }
        h = (h ^ (uint32_t)(dsc_is_upper(ch) ? ch + 32 : ch)) * 16777619u;
        any = 1;
    }
    return any ? (h ? h : 1) : 0;
}

/* Do the labels s[a, b) and s[x, y) fold to the same text? */
static int label_eq(const char *s, size_t a, size_t b, size_t x, size_t y) {
    for (;;) {
        while (a < b && dsc_is_space(s[a]) && (a + 1 == b || dsc_is_space(s[a + 1]))) a++;
        while (x < y && dsc_is_space(s[x]) && (x + 1 == y || dsc_is_space(s[x + 1]))) x++;
        if (a == b || x == y) return a == b && x == y;
        if ((dsc_is_space(s[a]) ? ' ' : dsc_is_upper(s[a]) ? s[a] + 32 : s[a]) !=
            (dsc_is_space(s[x]) ? ' ' : dsc_is_upper(s[x]) ? s[x] + 32 : s[x]))
            return 0;
        a++; x++;
    }
}

static int labels_add(md_labels *l, uint32_t start, uint32_t len, uint32_t hash) {
    md_label *m = dsc_vec_push(&l->labels);
    if (!m) return -1;
    m->start = start; m->len = len; m->hash = hash;
    return 0;
}

/* The hash table over the labels (open addressing, twice their number);
 * a label defined again takes no slot (a document of one label defined a
 * thousand times would make a chain of a thousand). */
static int labels_index(md_labels *l, const char *s) {
    size_t k;
    l->cap = 16;
    while (l->cap < 2 * l->labels.len) l->cap *= 2;
    l->slots = calloc(l->cap, sizeof *l->slots);
    if (!l->slots) return -1;
    for (k = 0; k < l->labels.len; k++) {
        const md_label *m = &DSC_AT(l->labels, md_label, k);
        size_t at = m->hash & (l->cap - 1);
        for (; l->slots[at]; at = (at + 1) & (l->cap - 1)) {
            const md_label *o = &DSC_AT(l->labels, md_label, l->slots[at] - 1);
            if (o->hash == m->hash && label_eq(s, m->start, (size_t)m->start + m->len, o->start,
                                               (size_t)o->start + o->len))
                break;
        }
        if (!l->slots[at]) l->slots[at] = (uint32_t)k + 1;
    }
    return 0;
}

/* A definition is a line opening with '[' after at most 3 spaces: each '['
 * of the source (rare in prose: memchr passes over the rest many bytes at
 * a time) is one when what stands before it on its line is that, rather
 * than each line being split off to look at its start. */
int md_labels_collect(cleaner *c) {
    const char *s = c->src, *p;
    size_t n = c->n, i = 0;
    while (i < n && (p = memchr(s + i, '[', n - i)) != NULL) {
        size_t ls = (size_t)(p - s), e, cb;
        const char *lf;
        uint32_t h;
        i = ls;
        while (ls > 0 && i - ls < 3 && s[ls - 1] == ' ') ls--;
        if (ls > 0 && s[ls - 1] != '\n') { i++; continue; }
        lf = memchr(s + i, '\n', n - i);
        e = lf ? (size_t)(lf - s) : n;
        if (i + 1 < e && s[i + 1] != '^') {
            cb = md_close_bracket(s, i, e, '[', ']');
            if (cb + 1 < e && s[cb + 1] == ':' && (h = label_hash(s, i + 1, cb)) != 0 &&
                labels_add(&c->labels, (uint32_t)(i + 1), (uint32_t)(cb - i - 1), h) < 0)
                return -1;
        }
        i = e + 1;           /* one definition a line, at its start */
    }
    return c->labels.labels.len ? labels_index(&c->labels, s) : 0;
}

int md_labels_has(const cleaner *c, size_t a, size_t b) {
    const md_labels *l = &c->labels;
    uint32_t h;
    size_t at;
    if (!l->slots || !(h = label_hash(c->src, a, b))) return 0;
    for (at = h & (l->cap - 1); l->slots[at]; at = (at + 1) & (l->cap - 1)) {
        const md_label *m = &DSC_AT(l->labels, md_label, l->slots[at] - 1);
        if (m->hash == h && label_eq(c->src, a, b, m->start, (size_t)m->start + m->len)) return 1;
    }
    return 0;
}

void md_labels_free(md_labels *l) {
    free(l->slots);
    l->slots = NULL;
    dsc_vec_free(&l->labels);
}
