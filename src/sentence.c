/*
 * sentence.c: clean text -> sentences.
 *
 * A sentence ends at '.', '!', '?' or an ellipsis (with any closing quotes
 * and brackets after it) followed by a space and something that can start a
 * sentence. The hard part is the period that does not end one: titles and
 * months (Mr., Jan.), initials (F.), and abbreviations that end sentences
 * only sometimes (U.S., Inc., Corp.): for those the next word decides.
 * Decimals, versions and dotted names (3.5, 01.ai) never have a space after
 * the dot, so they never split. Blocks (paragraphs, headings, list items)
 * always end a sentence; markdown.c has already rejoined the paragraphs a
 * blank line cut.
 */
#include "internal.h"
#include "lexicon.h"
#include "phrases.h"
#include "bytescan.h"

/* ===================================================================== */
/* Word lists                                                             */
/* ===================================================================== */

/* The abbreviations a period does not end, or ends only before a sentence
 * opener, and the openers, are the lexicon's cased classes not-final,
 * maybe-final and sentence-opener (data/lexicon/sentence.tsv): a user's
 * lexicon adds to them per dictionary. */

/* What marks a photo caption ("© Jane Doe/Bloomberg", "(AP Photo/...)")
 * and what heads a list of other stories ("Related coverage", "Read more")
 * are phrase lists: data/phrases/caption-marks.tsv, link-headings.tsv. */

/* period_ends() reads at most this many bytes of the word before a
 * period: a longer abbreviation is never found. */
#define ABBREV_MAX 16

/* Self-check for the tests: the caption marks' first bytes are known, and
 * every built-in abbreviation is short enough to be found. */
int dsc_sentence_lists_sorted(void) {
    size_t k, i;
    for (k = 0; dsc_phr_caption_marks[k]; k++)
        if (!dsc_phr_caption_marks_first[(unsigned char)dsc_phr_caption_marks[k][0]]) return 0;
    for (i = 1; i <= dsc_lx_builtin_n; i++)
        for (k = 0; k < dsc_lx_builtin[i].n_spell; k++)
            if ((dsc_lx_builtin[i].spell[k].cls.lo & (LXCM_NOT_FINAL | LXCM_MAYBE_FINAL)) &&
                dsc_lx_builtin[i].len >= ABBREV_MAX)
                return 0;
    return 1;
}

/* ===================================================================== */
/* Boundaries                                                             */
/* ===================================================================== */

static size_t closing_run(const char *t, size_t j, size_t e) {
    for (;;) {
        int open;
        size_t q = dsc_quote_at(t, e, j, &open);
        if (j < e && (t[j] == '\'' || t[j] == ')' || t[j] == ']')) { j++; continue; }
        if (q && open != 1) { j += q; continue; }
        /* ’ closing single quote */
        if (j + 2 < e && (unsigned char)t[j] == 0xE2 && (unsigned char)t[j + 1] == 0x80 &&
            (unsigned char)t[j + 2] == 0x99) { j += 3; continue; }
        return j;
    }
}

/* The first letter or digit of the next sentence, past opening quotes. */
static size_t next_word(const char *t, size_t k, size_t e) {
    while (k < e) {
        int open;
        size_t q = dsc_quote_at(t, e, k, &open);
        if (q) { k += q; continue; }
        if (t[k] == '(' || t[k] == '[' || t[k] == '\'' || t[k] == '*') { k++; continue; }
        if ((unsigned char)t[k] == 0xE2 && k + 2 < e && (unsigned char)t[k + 1] == 0x80 &&
            (unsigned char)t[k + 2] == 0x98) { k += 3; continue; }   /* ‘ */
        break;
    }
    return k;
}

/* Does a name the dictionary knows start at t[k], written in lowercase as
 * its owner writes it ("xAI", "iFlytek", "eBay", "o3-mini", "gpt-oss")?
 * The word runs over letters, digits, inner hyphens and periods; it is
 * looked up whole, then up to its first hyphen or period ("o3-mini's" ->
 * "o3-mini", "xAI's" -> "xAI"). */
static int lower_name_at(const dsc_dict *d, const char *t, size_t k, size_t e) {
    size_t n = k, cut = 0;
    if (!d || k >= e || !dsc_is_lower(t[k])) return 0;
    while (n < e && (dsc_is_alpha(t[n]) || dsc_is_digit(t[n]) ||
                     ((t[n] == '-' || t[n] == '.') && n + 1 < e &&
                      (dsc_is_alpha(t[n + 1]) || dsc_is_digit(t[n + 1]))))) {
        if (!cut && (t[n] == '-' || t[n] == '.')) cut = n;
        n++;
    }
    if (n > k && dsc_dict_lookup(d, t + k, n - k) >= 0) return 1;
    return cut > k && dsc_dict_lookup(d, t + k, cut - k) >= 0;
}

/* Is the word before the period at t[p], starting at t[w], one a period
 * may follow without ending the sentence: an initial ("F."), "No.", or an
 * abbreviation of the lexicon (not-final or maybe-final: "e.g.", "Inc.")? */
static int abbreviation_before(const dsc_lexicon *lx, const char *t, size_t w, size_t p) {
    if (p - w == 1 && dsc_is_upper(t[w])) return 1;
    if (p - w == 2 && t[w] == 'N' && t[w + 1] == 'o') return 1;
    return (dsc_lex_spelled(lx, t + w, p - w).lo & (LXCM_NOT_FINAL | LXCM_MAYBE_FINAL)) != 0;
}

/* Decides whether the period at t[p] (space at t[j]) ends the sentence.
 * The word before it is read back ABBREV_MAX bytes at most: a longer one
 * is no abbreviation, whatever its first bytes. */
static int period_ends(const dsc_lexicon *lx, const dsc_dict *d, const char *t, size_t bs, size_t p,
                       size_t k, size_t e) {
    size_t w = p, nw = k;
    uint64_t cls;
    while (w > bs && p - w < ABBREV_MAX && t[w - 1] != ' ' && t[w - 1] != '(' && t[w - 1] != '"') w--;
    if (k >= e) return 1;
    /* a lowercase word goes on the sentence, unless it is a name written in
     * lowercase: "... on Friday. xAI signed ...", but "e.g. xAI" */
    if (dsc_is_lower(t[k])) return lower_name_at(d, t, k, e) && !abbreviation_before(lx, t, w, p);
    if (p - w == 1 && dsc_is_upper(t[w])) return 0;              /* initial: F. */
    /* "No. 1" is a number; "A: No. We calculated ..." an answer */
    if (p - w == 2 && t[w] == 'N' && t[w + 1] == 'o') return !dsc_is_digit(t[k]);
    cls = dsc_lex_spelled(lx, t + w, p - w).lo;
    if (cls & LXCM_NOT_FINAL) return 0;
    if (cls & LXCM_MAYBE_FINAL) {
        while (nw < e && dsc_is_alpha(t[nw])) nw++;
        return (dsc_lex_spelled(lx, t + k, nw - k).lo & LXCM_SENTENCE_OPENER) != 0;
    }
    return 1;
}

static int push_sentence(dsc_vec *out, const char *t, size_t s, size_t e, uint32_t block,
                         int heading, int first) {
    dsc_sent *x;
    while (s < e && t[s] == ' ') s++;
    while (e > s && t[e - 1] == ' ') e--;
    if (s == e) return 0;
    x = dsc_vec_push(out);
    if (!x) return -1;
    x->start = (uint32_t)s; x->end = (uint32_t)e; x->block = block;
    x->heading = (uint8_t)heading; x->para_start = (uint8_t)first;
    return 0;
}

/* ===================================================================== */
/* Headings that markdown did not mark                                    */
/* ===================================================================== */

/* The words of [s, e), counted up to max: the tests below only ask about
 * short lines, and a long paragraph should not be read twice for it. */
static int word_count(const char *t, size_t s, size_t e, int max) {
    const unsigned char *u = (const unsigned char *)t;
    int n = 0;
    uint64_t prev_space = 0x80;      /* 0x80: the byte before (none at s) counts as a space */
#if defined(DSC_HAVE_SSE2)
    /* 16 bytes at a time, a bit a byte: a word starts at each non-space
     * after a space; the starts summed by halves, nibbles, bytes */
    while (s + 16 <= e) {
        unsigned sp = dsc_v16_bits(dsc_v16_eq(dsc_v16_load(u + s), ' '));
        unsigned x = ~sp & (sp << 1 | (unsigned)(prev_space >> 7)) & 0xFFFFu;
        x -= (x >> 1) & 0x5555u;
        x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
        x = (x + (x >> 4)) & 0x0F0Fu;
        n += (int)((x + (x >> 8)) & 0x1Fu);
        prev_space = (uint64_t)(sp >> 15) << 7;
        s += 16;
        if (n >= max) return max;
    }
#endif
    while (s < e) {
        /* 8 bytes at a time: a word starts at each non-space after a space */
        if (s + 8 <= e) {
            uint64_t sp = dsc_bytes_eq(dsc_load_le64(u + s), ' ');
            uint64_t starts = ~sp & (sp << 8 | prev_space) & DSC_HIGH_BYTES;
            n += (int)dsc_marked_bytes(starts);
            prev_space = sp >> 56;
            s += 8;
        } else {
            unsigned space = u[s] == ' ';
            n += (int)(prev_space && !space);
            prev_space = space ? 0x80 : 0;
            s++;
        }
        if (n >= max) return max;
    }
    return n;
}

static int ends_sentence(const char *t, size_t s, size_t e) {
    size_t j = e;
    while (j > s) {
        unsigned char ch = (unsigned char)t[j - 1];
        if (ch == '"' || ch == '\'' || ch == ')' || ch == ' ') { j--; continue; }
        if (j - s >= 3 && (unsigned char)t[j - 3] == 0xE2 && (unsigned char)t[j - 2] == 0x80 &&
            ((unsigned char)t[j - 1] == 0x9D || (unsigned char)t[j - 1] == 0x99)) { j -= 3; continue; }
        return ch == '.' || ch == '!' || ch == '?' || ch == ':' ||
               (j - s >= 3 && (unsigned char)t[j - 3] == 0xE2 && (unsigned char)t[j - 1] == 0xA6);
    }
    return 0;
}

static int contains(const char *t, size_t s, size_t e, const char *needle) {
    size_t n = strlen(needle);
    for (; s + n <= e; s++) if (memcmp(t + s, needle, n) == 0) return 1;
    return 0;
}

/* How common a byte is in news prose, roughly (0: rare, 3: common): a
 * caption mark is looked for by its rarest byte, not its first ("Photo:"
 * by its ':', not by each 'P' of the text). Only the speed depends on it. */
static int byte_commonness(unsigned char c) {
    if (c >= 0x80) return c == 0xE2 ? 2 : 0;                   /* curly quotes are common */
    if (dsc_is_lower(c) || c == ' ' || c == '.' || c == ',' || c == '-' || c == '\'' || c == '"') return 3;
    if (dsc_is_upper(c) || dsc_is_digit(c)) return 2;
    return 0;
}

/* The caption marks, each looked for by one byte of it (its anchor, at
 * anchor[k]): of its rarest bytes, the one most marks share, so that the
 * anchors are few (one scan for them all, 16 bytes at a time); in sets of
 * at most DSC_SCAN_SET_MAX. Made once a document, not once a block. */
#define CAPTION_SETS ((DSC_PHR_CAPTION_MARKS_N + DSC_SCAN_SET_MAX - 1) / DSC_SCAN_SET_MAX + 1)
typedef struct {
    dsc_scan_set_t set[CAPTION_SETS];
    size_t n;
    size_t anchor[DSC_PHR_CAPTION_MARKS_N + 1], len[DSC_PHR_CAPTION_MARKS_N + 1];
    /* the marks anchored on byte c: by_anchor[from[c] .. from[c] + count[c]) */
    uint16_t by_anchor[DSC_PHR_CAPTION_MARKS_N + 1], from[256], count[256];
} caption_marks;
/* (a list too long for those 16-bit indices does not compile) */
typedef char caption_marks_fit[DSC_PHR_CAPTION_MARKS_N < 65535 ? 1 : -1];

/* The lowest commonness of a byte of mark m (of n bytes). */
static int rarest(const char *m, size_t n) {
    size_t i;
    int r = 3;
    for (i = 0; i < n; i++) if (byte_commonness((unsigned char)m[i]) < r) r = byte_commonness((unsigned char)m[i]);
    return r;
}

static void caption_marks_init(caption_marks *cm) {
    unsigned char v[DSC_SCAN_SET_MAX];
    uint16_t seen[256] = {0};       /* anchors met, then marks placed, per byte */
    unsigned shared[256] = {0};     /* marks that hold the byte among their rarest */
    size_t k, i, n = 0;
    for (k = 0; dsc_phr_caption_marks[k]; k++) {
        const char *m = dsc_phr_caption_marks[k];
        unsigned char once[256] = {0};
        int r = rarest(m, cm->len[k] = strlen(m));
        for (i = 0; i < cm->len[k]; i++)
            if (byte_commonness((unsigned char)m[i]) == r && !once[(unsigned char)m[i]]++) shared[(unsigned char)m[i]]++;
    }
    cm->n = 0;
    for (k = 0; dsc_phr_caption_marks[k]; k++) {
        const unsigned char *m = (const unsigned char *)dsc_phr_caption_marks[k];
        int r = rarest(dsc_phr_caption_marks[k], cm->len[k]);
        size_t best = cm->len[k];
        for (i = 0; i < cm->len[k]; i++)
            if (byte_commonness(m[i]) == r && (best == cm->len[k] || shared[m[i]] > shared[m[best]])) best = i;
        cm->anchor[k] = best;
        if (seen[m[best]]++) continue;
        v[n++] = m[best];
        if (n == DSC_SCAN_SET_MAX) { dsc_scan_set_init(&cm->set[cm->n++], v, n); n = 0; }
    }
    if (n) dsc_scan_set_init(&cm->set[cm->n++], v, n);
    memset(cm->count, 0, sizeof cm->count);
    for (k = 0; dsc_phr_caption_marks[k]; k++) cm->count[(unsigned char)dsc_phr_caption_marks[k][cm->anchor[k]]]++;
    for (i = 0, n = 0; i < 256; i++) { cm->from[i] = (uint16_t)n; n += cm->count[i]; }
    memset(seen, 0, sizeof seen);
    for (k = 0; dsc_phr_caption_marks[k]; k++) {
        unsigned char c = (unsigned char)dsc_phr_caption_marks[k][cm->anchor[k]];
        cm->by_anchor[cm->from[c] + seen[c]++] = (uint16_t)k;
    }
}

/* Does [s, e) hold one of the caption marks? Asked of every block, long
 * paragraphs too: the anchors of all the marks are looked for in one pass,
 * 16 bytes at a time (bytescan.h), and the marks anchored on the byte
 * found are tried around it. */
static int has_caption_mark(const caption_marks *cm, const char *t, size_t s, size_t e) {
    size_t j, p, k;
    for (j = 0; j < cm->n; j++)
        for (p = s; (p = dsc_scan_set(t, p, e, &cm->set[j])) < e; p++) {
            unsigned char c = (unsigned char)t[p];
            for (k = cm->from[c]; k < (size_t)cm->from[c] + cm->count[c]; k++) {
                size_t m = cm->by_anchor[k], a = cm->anchor[m];
                if (p - s >= a && e - (p - a) >= cm->len[m] && memcmp(t + p - a, dsc_phr_caption_marks[m], cm->len[m]) == 0)
                    return 1;
            }
        }
    return 0;
}

/* Titles, bylines and reading-time lines written as plain paragraphs. */
static int looks_like_heading(const dsc_clean *c, const caption_marks *cm, const dsc_block *b, size_t index) {
    const char *t = c->text;
    int words;
    if (b->type == DSC_BLK_HEADING || b->link_only) return 1;
    /* a photo caption: "... | Reuters", "© Jane Doe/Bloomberg", "(AP Photo/...)" */
    if (has_caption_mark(cm, t, b->start, b->end)) return 1;
    if (b->type != DSC_BLK_PARA) return 0;
    words = word_count(t, b->start, b->end, 21);   /* 21: more than any test */
    /* a byline: "By Jane Doe and John Roe", not "By Thursday the app was gone." */
    if (words <= 16 && b->end - b->start > 3 && memcmp(t + b->start, "By ", 3) == 0 &&
        dsc_is_upper(t[b->start + 3]) && !contains(t, b->start, b->end, " said") &&
        (!ends_sentence(t, b->start, b->end) || words <= 4))
        return 1;
    if (words <= 12 && (contains(t, b->start, b->end, "min read") ||
                        contains(t, b->start, b->end, "min. read")))
        return 1;
    if (ends_sentence(t, b->start, b->end)) return 0;
    /* the first line of a document, short and unpunctuated: its title */
    if (index == 0 && words <= 20) return 1;
    /* a crosshead in plain text ("What the researchers found"): a few
     * words on a line of their own, before more text (a deck line under
     * the title is longer, and is body text) */
    if (words <= 7 && index + 1 < c->blocks.len && dsc_is_upper(t[b->start])) return 1;
    return 0;
}

/* "Related coverage", "Read more", "More from Reuters": a line that
 * introduces a list of other stories. */
static int links_heading(const char *t, const dsc_block *b) {
    const char *const *heads = dsc_phr_link_headings;
    size_t n = b->end - b->start, i, l;
    const char *s = t + b->start;
    if (n > 40 || (b->type != DSC_BLK_PARA && b->type != DSC_BLK_HEADING)) return 0;
    for (i = 0; heads[i]; i++) {
        l = strlen(heads[i]);
        if (n >= l && memcmp(s, heads[i], l) == 0 && (n == l || !dsc_is_alpha(s[l]))) return 1;
    }
    return 0;
}

/* The first byte in t[i, e) that may end a sentence (. ! ? and the first
 * byte of an ellipsis), or e: 16 bytes at a time past those that cannot
 * (every byte of the prose is read here). */
static size_t next_end_candidate(const char *t, size_t i, size_t e) {
    return dsc_scan_any4(t, i, e, '.', '!', '?', 0xE2);
}

int dsc_split_sentences(const dsc_clean *c, dsc_vec *out) { return dsc_split_sentences_dict(c, NULL, NULL, out); }

int dsc_split_sentences_lx(const dsc_clean *c, const dsc_lexicon *lx, dsc_vec *out) {
    return dsc_split_sentences_dict(c, lx, NULL, out);
}

/* d (may be NULL) knows the names written in lowercase that may open a
 * sentence ("xAI", "o3-mini"). */
int dsc_split_sentences_dict(const dsc_clean *c, const dsc_lexicon *lx, const dsc_dict *d, dsc_vec *out) {
    const dsc_block *blocks = c->blocks.data;
    const char *t = c->text;
    size_t b;
    int story_list = 0;       /* inside the list after "Related coverage" */
    caption_marks cm;
    caption_marks_init(&cm);
    for (b = 0; b < c->blocks.len; b++) {
        size_t bs = blocks[b].start, e = blocks[b].end, s0 = bs, i = bs;
        int heading, first = 1;
        if (blocks[b].type != DSC_BLK_LIST) story_list = 0;
        heading = story_list || looks_like_heading(c, &cm, &blocks[b], b);
        if (links_heading(t, &blocks[b])) story_list = 1;
        /* a table cell is a datum, not a sentence that claims: its names
         * count, it is never a claim (the prose around a table says what
         * it shows) */
        if (heading || blocks[b].type == DSC_BLK_TABLE) {
            if (push_sentence(out, t, bs, e, (uint32_t)b, 1, 1)) return -1;
            continue;
        }
        /* "Q: How big is the site?": an interview's label for its
         * question is no word of the sentence (doc/claims.md, interviews) */
        if (blocks[b].type == DSC_BLK_PARA && e - bs > 3 && t[bs] == 'Q' && t[bs + 1] == ':' && t[bs + 2] == ' ')
            s0 = i = bs + 3;
        while (i < e) {
            unsigned char ch;
            size_t p, j, k;
            int ellipsis = 0;
            i = next_end_candidate(t, i, e);
            if (i >= e) break;
            ch = (unsigned char)t[i];
            p = i;
            if (ch == 0xE2 && i + 2 < e && (unsigned char)t[i + 1] == 0x80 &&
                (unsigned char)t[i + 2] == 0xA6) {
                ellipsis = 1; j = i + 3;
            } else if (ch == '.' || ch == '!' || ch == '?') {
                j = i + 1;
                while (j < e && (t[j] == '.' || t[j] == '!' || t[j] == '?')) j++;
                if (j - i >= 3 && t[i] == '.') ellipsis = 1;
            } else { i++; continue; }
            j = closing_run(t, j, e);
            if (j < e && t[j] != ' ') { i = j; continue; }
            k = next_word(t, j + (j < e), e);
            if (j < e) {
                int ends;
                if (ellipsis) ends = k < e && dsc_is_upper(t[k]);
                else if (ch == '.') ends = period_ends(lx, d, t, bs, p, k, e);
                else ends = k >= e || !dsc_is_lower(t[k]) || lower_name_at(d, t, k, e);
                if (!ends) { i = j; continue; }
            }
            if (push_sentence(out, t, s0, j, (uint32_t)b, 0, first)) return -1;
            first = 0;
            s0 = j;
            i = j;
        }
        if (s0 < e && push_sentence(out, t, s0, e, (uint32_t)b, 0, first)) return -1;
    }
    return 0;
}
