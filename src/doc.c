/*
 * doc.c: one parse, start to finish, and the lookups over its result.
 *
 * dsc_parse runs the stages in order (clean, split, match, names, claims),
 * then freezes the result into flat arrays in the document's arena:
 * mentions in source order, the same mentions grouped by entity, entities
 * in order of first mention, claims in source order. Lookups answer from
 * those arrays (binary search by position, the dictionary's hash by name):
 * nothing is rescanned.
 */
#include "internal.h"
#include "lexicon.h"

struct dsc_doc {
    dsc_arena arena;
    dsc_clean clean;
    const dsc_dict *dict;
    dsc_dict *owned_dict;     /* the built-in one, when the caller gave none */
    uint32_t *line_starts; size_t n_lines;   /* malloc'd */
    size_t src_len;
    dsc_sentence *sentences; size_t n_sentences;
    dsc_entity *entities; size_t n_entities;
    dsc_mention *mentions; size_t n_mentions;
    uint32_t *by_entity;      /* mention indices grouped by entity */
    dsc_claim *claims; size_t n_claims;
};

/* ===================================================================== */
/* Positions                                                              */
/* ===================================================================== */

/* The start of each line of src, in one pass: the array grows by
 * doubling (malloc'd, freed with the document), where counting the lines
 * first to size it in the arena read the source twice. */
static int index_lines(dsc_doc *doc, const char *src, size_t n) {
    size_t cap = 64 + n / 64, k = 1;
    const char *p = src, *end = src + n;
    uint32_t *ls = malloc(cap * sizeof *ls);
    if (!ls) return -1;
    ls[0] = 0;
    while (p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
        p++;
        if (k == cap) {
            uint32_t *t = realloc(ls, 2 * cap * sizeof *ls);
            if (!t) { free(ls); return -1; }
            ls = t; cap *= 2;
        }
        ls[k++] = (uint32_t)(p - src);
    }
    doc->line_starts = ls;
    doc->n_lines = k;
    return 0;
}

static void line_col(const dsc_doc *doc, uint32_t byte, uint32_t *line, uint32_t *col) {
    size_t lo = 0, hi = doc->n_lines;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (doc->line_starts[mid] <= byte) lo = mid; else hi = mid;
    }
    *line = (uint32_t)lo + 1;
    *col = byte - doc->line_starts[lo] + 1;
}

dsc_span dsc_doc_span(const dsc_doc *doc, size_t clean_start, size_t clean_len) {
    dsc_span sp;
    uint32_t first = dsc_clean_map(&doc->clean, clean_start);
    uint32_t last = clean_len ? dsc_clean_map(&doc->clean, clean_start + clean_len - 1) : first;
    if (last < first) last = first;
    if (doc->src_len && last >= doc->src_len) last = (uint32_t)doc->src_len - 1;
    sp.byte = first;
    sp.len = clean_len ? last - first + 1 : 0;
    line_col(doc, first, &sp.line, &sp.col);
    line_col(doc, last, &sp.end_line, &sp.end_col);
    return sp;
}

/* dsc_doc_span() for spans asked for in text order, as the parse does
 * (sentences, then mentions): the segment and the line of the last answer
 * are where the search for the next one starts, so a document's spans cost
 * one walk over its segments and lines instead of four bisections each.
 * Segment offsets and line starts strictly increase, so the walk finds the
 * same entry as the bisection; a position behind the cursor bisects. */
typedef struct { size_t seg, line; } span_cursor;

static inline uint32_t cursor_map(const dsc_doc *doc, span_cursor *cur, size_t i) {
    const dsc_seg *s = doc->clean.segs.data;
    size_t n = doc->clean.segs.len, k = cur->seg;
    if (n == 0) return 0;
    if (k >= n || s[k].clean > i) return dsc_clean_map(&doc->clean, i);
    while (k + 1 < n && s[k + 1].clean <= i) k++;
    cur->seg = k;
    return s[k].orig + (uint32_t)(i - s[k].clean);
}

static inline void cursor_line_col(const dsc_doc *doc, span_cursor *cur, uint32_t byte,
                                   uint32_t *line, uint32_t *col) {
    size_t k = cur->line;
    if (k >= doc->n_lines || doc->line_starts[k] > byte) { line_col(doc, byte, line, col); return; }
    while (k + 1 < doc->n_lines && doc->line_starts[k + 1] <= byte) k++;
    cur->line = k;
    *line = (uint32_t)k + 1;
    *col = byte - doc->line_starts[k] + 1;
}

/* Written into *sp in place (a span is 24 bytes: no copy of it back
 * through the return), inlined at its two callers, which ask it once a
 * sentence and once a mention. */
static inline void cursor_span(const dsc_doc *doc, span_cursor *cur, size_t clean_start, size_t clean_len,
                               dsc_span *sp) {
    uint32_t first = cursor_map(doc, cur, clean_start);
    uint32_t last = clean_len ? cursor_map(doc, cur, clean_start + clean_len - 1) : first;
    if (last < first) last = first;
    if (doc->src_len && last >= doc->src_len) last = (uint32_t)doc->src_len - 1;
    sp->byte = first;
    sp->len = clean_len ? last - first + 1 : 0;
    cursor_line_col(doc, cur, first, &sp->line, &sp->col);
    cursor_line_col(doc, cur, last, &sp->end_line, &sp->end_col);
}

/* ===================================================================== */
/* Parsing                                                                */
/* ===================================================================== */

/* Copies clean text [s, s+n) into the arena with line breaks as spaces. */
static char *clean_copy(dsc_doc *doc, size_t s, size_t n) {
    char *p = dsc_arena_strndup(&doc->arena, doc->clean.text + s, n), *q = p, *end = p + n;
    if (p) while (q < end && (q = memchr(q, '\n', (size_t)(end - q))) != NULL) *q++ = ' ';
    return p;
}

/* The text of a mention of entity ei at clean [s, s+n): the copy made
 * for the entity's mention before when it reads the same (a story names
 * "DeepSeek" 40 times), else a copy of its own. Mention texts are never
 * written after: one copy may stand for many. last[ei]: that copy, of
 * last_len[ei] bytes. */
static const char *mention_text(dsc_doc *doc, const char **last, size_t *last_len, uint32_t ei, size_t s,
                                size_t n) {
    if (last[ei] && last_len[ei] == n && memcmp(last[ei], doc->clean.text + s, n) == 0) return last[ei];
    last_len[ei] = n;
    return last[ei] = clean_copy(doc, s, n);
}

static int build_entities(dsc_doc *doc, const dsc_vec *matches, const dsc_vec *names) {
    const dsc_dict *d = doc->dict;
    size_t nd = dsc_dict_size(d), nl = names->len, i;
    long *slot_of = malloc((nd + nl + 1) * sizeof(long));
    const char **last = calloc(matches->len + 1, sizeof *last);   /* per entity */
    size_t *last_len = malloc((matches->len + 1) * sizeof *last_len);
    uint32_t *fill;
    span_cursor cur = {0, 0};
    if (!slot_of || !last || !last_len) { free(slot_of); free(last); free(last_len); return -1; }
    for (i = 0; i < nd + nl; i++) slot_of[i] = -1;

    /* not cleared: every field of a mention is written below, every
     * by_entity slot by the counting sort, an entity when it is first met
     * (of the room for one a mention, only those met are used) */
    doc->n_mentions = matches->len;
    doc->mentions = dsc_arena_alloc_raw(&doc->arena, (matches->len + 1) * sizeof(dsc_mention));
    doc->entities = dsc_arena_alloc_raw(&doc->arena, (matches->len + 1) * sizeof(dsc_entity));
    doc->by_entity = dsc_arena_alloc_raw(&doc->arena, (matches->len + 1) * sizeof(uint32_t));
    if (!doc->mentions || !doc->entities || !doc->by_entity) { free(slot_of); return -1; }

    for (i = 0; i < matches->len; i++) {
        const dsc_match *m = &DSC_AT(*matches, dsc_match, i);
        size_t key = m->entry >= 0 ? (size_t)m->entry : nd + (size_t)(-1 - m->entry);
        dsc_mention *mn = &doc->mentions[i];
        if (slot_of[key] < 0) {
            dsc_entity *e = &doc->entities[doc->n_entities];
            memset(e, 0, sizeof *e);
            slot_of[key] = (long)doc->n_entities++;
            if (m->entry >= 0) {
                e->name = dsc_dict_name(d, (size_t)m->entry);
                e->kind = dsc_dict_kind(d, (size_t)m->entry);
                e->dict_index = m->entry;
            } else {
                const dsc_local_name *ln = &DSC_AT(*names, dsc_local_name, (size_t)(-1 - m->entry));
                e->name = ln->name; e->kind = ln->kind; e->dict_index = -1;
            }
        }
        mn->entity = (uint32_t)slot_of[key];
        cursor_span(doc, &cur, m->start, m->len, &mn->span);
        mn->text = mention_text(doc, last, last_len, mn->entity, m->start, m->len);
        if (!mn->text) { free(slot_of); free(last); free(last_len); return -1; }
        doc->entities[mn->entity].n_mentions++;
    }
    free(slot_of);
    free(last);
    free(last_len);
    /* group mention indices by entity (counting sort) */
    fill = calloc(doc->n_entities + 1, sizeof(uint32_t));
    if (!fill) return -1;
    for (i = 1; i < doc->n_entities; i++)
        doc->entities[i].first_mention = doc->entities[i - 1].first_mention + doc->entities[i - 1].n_mentions;
    for (i = 0; i < doc->n_mentions; i++) {
        uint32_t e = doc->mentions[i].entity;
        doc->by_entity[doc->entities[e].first_mention + fill[e]++] = (uint32_t)i;
    }
    free(fill);
    return 0;
}

/* Is name that of a government body? A word of it has the lexicon's class
 * government-name ("U.S. Commerce Department", "Garante"). */
static int government_name(const dsc_lexicon *lx, const char *name) {
    const char *p = name;
    while (*p) {
        const char *w = p;
        uint32_t id;
        while (*p && *p != ' ') p++;
        id = dsc_lex_find(lx, w, (size_t)(p - w));
        if (id && dsc_lx_has(dsc_lex_entry(lx, id)->cls, LX_GOVERNMENT_NAME)) return 1;
        while (*p == ' ') p++;
    }
    return 0;
}

/* The country entity e is tagged with in the dictionary ("JP"), or "", in
 * out: a name found in the text takes the tag of the entity its first
 * word names ("Toyota Research Institute": Toyota's). */
static void entity_country(const dsc_dict *d, const dsc_entity *e, char out[3]) {
    const char *sp;
    long at = e->dict_index;
    out[0] = out[1] = out[2] = '\0';
    if (at < 0 && (sp = strchr(e->name, ' ')) != NULL) at = dsc_dict_lookup(d, e->name, (size_t)(sp - e->name));
    if (at >= 0) memcpy(out, dsc_dict_country(d, (size_t)at), 3);
}

/* The claims of the sentences and those of the tables, each in the order
 * of their sentences, merged into one list in that order (a table's cell
 * is a sentence of its own: no sentence has claims of both). */
static int merge_claims(dsc_vec *raw, dsc_vec *tab) {
    dsc_vec all = DSC_VEC(dsc_raw_claim);
    size_t i = 0, j = 0;
    if (!tab->len) return 0;
    while (i < raw->len || j < tab->len) {
        const dsc_raw_claim *a = i < raw->len ? &DSC_AT(*raw, dsc_raw_claim, i) : NULL;
        const dsc_raw_claim *b = j < tab->len ? &DSC_AT(*tab, dsc_raw_claim, j) : NULL;
        dsc_raw_claim *o = dsc_vec_push(&all);
        if (!o) { dsc_vec_free(&all); return -1; }
        if (a && (!b || a->sentence <= b->sentence)) { *o = *a; i++; } else { *o = *b; j++; }
    }
    dsc_vec_free(raw);
    *raw = all;
    return 0;
}

/* The mentions as the claim reader sees them, in the arena. What a
 * mention's entity is (an outlet, a government body, its country) is found
 * once an entity, when its first mention is met, not once a mention. */
static dsc_claim_mention *claim_mentions(dsc_doc *doc, const dsc_vec *matches) {
    struct { uint8_t known, outlet, gov; char country[3]; } *per;
    dsc_claim_mention *cm = dsc_arena_alloc_raw(&doc->arena, (matches->len + 1) * sizeof *cm);   /* written whole */
    size_t i;
    per = calloc(doc->n_entities + 1, sizeof *per);
    if (!cm || !per) { free(per); return NULL; }
    for (i = 0; i < matches->len; i++) {
        const dsc_match *m = &DSC_AT(*matches, dsc_match, i);
        uint32_t ei = doc->mentions[i].entity;
        const dsc_entity *e = &doc->entities[ei];
        if (!per[ei].known) {
            per[ei].known = 1;
            per[ei].outlet = (uint8_t)(e->dict_index >= 0 && dsc_dict_is_outlet(doc->dict, (size_t)e->dict_index));
            per[ei].gov = (uint8_t)(e->kind == DSC_ORG && government_name(dsc_dict_lexicon(doc->dict), e->name));
            entity_country(doc->dict, e, per[ei].country);
        }
        cm[i].start = m->start; cm[i].len = m->len;
        cm[i].entity = ei;
        cm[i].kind = e->kind;
        cm[i].name = e->name;
        cm[i].outlet = per[ei].outlet;
        cm[i].gov = per[ei].gov;
        memcpy(cm[i].country, per[ei].country, 3);
    }
    free(per);
    return cm;
}

static int build_claims(dsc_doc *doc, const dsc_vec *sents, const dsc_words *words, const dsc_vec *matches,
                        const dsc_vec *plans) {
    dsc_claim_input in;
    dsc_claim_mention *cm;
    dsc_vec raw = DSC_VEC(dsc_raw_claim), tab = DSC_VEC(dsc_raw_claim);
    size_t i;
    int rc = -1;
    if (!(cm = claim_mentions(doc, matches))) return -1;
    in.text = doc->clean.text; in.len = doc->clean.len;
    in.sents = sents->data; in.n_sents = sents->len;
    in.blocks = doc->clean.blocks.data;
    in.mentions = cm; in.n_mentions = matches->len;
    in.lexicon = dsc_dict_lexicon(doc->dict);
    in.words = words;
    in.arena = &doc->arena;
    in.source = NULL;
    in.not_claim = dsc_arena_alloc(&doc->arena, (sents->len + 1) * sizeof *in.not_claim);   /* zeroed */
    if (!in.not_claim) goto done;
    if (doc->clean.tables.len && !(in.source = calloc(sents->len + 1, sizeof *in.source))) goto done;
    if (dsc_find_claims(&in, &raw) < 0) goto done;
    if (dsc_table_claims(&in, &doc->clean, plans, &tab) < 0 || merge_claims(&raw, &tab) < 0) goto done;
    doc->claims = dsc_arena_alloc_raw(&doc->arena, (raw.len + 1) * sizeof(dsc_claim));   /* every field written below */
    if (!doc->claims) goto done;
    for (i = 0; i < raw.len; i++) {
        const dsc_raw_claim *r = &DSC_AT(raw, dsc_raw_claim, i);
        dsc_claim *c = &doc->claims[i];
        c->sentence = r->sentence;
        c->span = doc->sentences[r->sentence].span;
        c->text = r->text ? r->text : doc->sentences[r->sentence].text;
        c->text_len = r->text ? r->text_len : doc->sentences[r->sentence].text_len;
        c->benchmark = r->benchmark;
        c->best = r->best;
        c->kind = r->kind; c->claimant = r->claimant; c->hedged = r->hedged;
        c->claimant_type = r->claimant_type; c->why = r->why;
        c->about = r->about; c->n_about = r->n_about;
        c->quantities = r->quantities; c->n_quantities = r->n_quantities;
    }
    doc->n_claims = raw.len;
    for (i = 0; i < sents->len; i++) doc->sentences[i].not_claim = in.not_claim[i];
    rc = 0;
done:
    free(in.source);
    dsc_vec_free(&raw);
    dsc_vec_free(&tab);
    return rc;
}

static void drop_opening_words(const dsc_dict *d, const char *t, const dsc_vec *sents, dsc_vec *matches);

/* Once the claims are read, the document needs of its clean text only the
 * segments (dsc_doc_span maps positions with them): sentences, mentions and
 * claims have their own copies. The text, blocks and tables (about the
 * input's size again, 24 bytes a table cell more) are freed, not kept for
 * the document's life: what a caller holds while it writes the document
 * out (--json) is that much smaller. */
static void release_clean_stage(dsc_clean *c) {
    free(c->text);
    c->text = NULL;
    dsc_vec_free(&c->blocks);
    dsc_vec_free(&c->tables);
    dsc_vec_free(&c->cells);
}

dsc_doc *dsc_parse(const dsc_dict *d, const char *src, size_t n, const dsc_options *opt) {
    dsc_doc *doc = calloc(1, sizeof *doc);
    dsc_vec sents = DSC_VEC(dsc_sent), matches = DSC_VEC(dsc_match), names = DSC_VEC(dsc_local_name);
    dsc_vec plans = DSC_VEC(dsc_table_plan);
    dsc_words words = {DSC_VEC(dsc_word), NULL, NULL, NULL};
    size_t i;
    int ok = 0;
    span_cursor cur = {0, 0};
    if (!doc) return NULL;
    /* A parse keeps 5 to 6.5 times its input in the arena (news text: the
     * sentences, mentions and claims), plus about 400 bytes: one block
     * sized to that holds most documents whole. */
    dsc_arena_init_sized(&doc->arena, 512 + 7 * (n < (SIZE_MAX - 512) / 7 ? n : (SIZE_MAX - 512) / 7));
    if (!d) {
        doc->owned_dict = dsc_dict_new(1);
        if (!doc->owned_dict) { free(doc); return NULL; }
        d = doc->owned_dict;
    }
    dsc_dict_freeze((dsc_dict *)(uintptr_t)d);   /* idempotent; see dsc.h */
    doc->dict = d;
    if (n > UINT32_MAX - 16) n = UINT32_MAX - 16;   /* offsets are 32-bit */
    doc->src_len = n;
    if (index_lines(doc, src, n) < 0) goto done;
    if (dsc_clean_text(src, n, opt ? opt->markdown : 1, &doc->clean) < 0) goto done;
    if (dsc_split_sentences_dict(&doc->clean, dsc_dict_lexicon(d), d, &sents) < 0) goto done;
    /* the words of the sentences: split and looked up once, for names.c and the claim reader */
    if (dsc_words_build(&words, doc->clean.text, doc->clean.len, &sents, dsc_dict_lexicon(d)) < 0) goto done;

    doc->n_sentences = sents.len;
    /* not cleared: the loop below writes every field but not_claim, which
     * build_claims() writes for every sentence (a parse that fails before
     * is freed unread) */
    doc->sentences = dsc_arena_alloc_raw(&doc->arena, (sents.len + 1) * sizeof(dsc_sentence));
    if (!doc->sentences) goto done;
    for (i = 0; i < sents.len; i++) {
        const dsc_sent *s = &DSC_AT(sents, dsc_sent, i);
        dsc_sentence *o = &doc->sentences[i];
        cursor_span(doc, &cur, s->start, s->end - s->start, &o->span);
        /* a sentence lies inside its block: a line break in it is one
         * the cleaner noted, or none */
        o->text = doc->clean.lf_in_block ? clean_copy(doc, s->start, s->end - s->start)
                                         : dsc_arena_strndup(&doc->arena, doc->clean.text + s->start, s->end - s->start);
        o->text_len = s->end - s->start;
        o->heading = s->heading;
        if (!o->text) goto done;
    }

    if (dsc_dict_match(d, doc->clean.text, doc->clean.len, &matches) < 0) goto done;
    drop_opening_words(d, doc->clean.text, &sents, &matches);
    if (dsc_find_names(d, doc->clean.text, doc->clean.len, &sents, &words, &doc->clean.blocks,
                       &matches, &names, &doc->arena) < 0) goto done;
    dsc_drop_ticker_marks(d, doc->clean.text, doc->clean.len, &matches);
    if (dsc_table_layout(d, &doc->clean, &matches, &names, &doc->arena, &plans) < 0) goto done;
    if (build_entities(doc, &matches, &names) < 0) goto done;
    if (build_claims(doc, &sents, &words, &matches, &plans) < 0) goto done;
    release_clean_stage(&doc->clean);
    ok = 1;
done:
    dsc_vec_free(&sents);
    dsc_words_free(&words);
    dsc_vec_free(&matches);
    dsc_vec_free(&names);
    dsc_vec_free(&plans);
    if (!ok) { dsc_doc_free(doc); return NULL; }
    return doc;
}

/* The end of the quotes, brackets, emphasis and spaces that open the
 * text at k (the clean text ends in a NUL, which ends them). */
static size_t opening_marks_end(const char *t, size_t k) {
    for (;; k++) {
        unsigned char c = (unsigned char)t[k];
        if (!(c == '"' || c == '\'' || c == '(' || c == '[' || c == '*' || c == '_' || c == ' ' || c >= 0x80))
            return k;
    }
}

static int cmp_long(const void *x, const void *y) {
    long a = *(const long *)x, b = *(const long *)y;
    return a < b ? -1 : a > b;
}

/* Keeps the opening matches (opening[i]) of the entries that some other
 * match names inside a sentence; drops the rest. The entries named inside
 * are sorted once and searched (a long text opens many sentences). */
static void keep_named_inside(dsc_vec *matches, const uint8_t *opening, size_t n_open) {
    long *inside = malloc((matches->len - n_open + 1) * sizeof *inside);
    size_t i, w = 0, n = 0;
    for (i = 0; inside && i < matches->len; i++)
        if (!opening[i]) inside[n++] = DSC_AT(*matches, dsc_match, i).entry;
    if (inside) qsort(inside, n, sizeof *inside, cmp_long);
    for (i = 0; i < matches->len; i++) {
        long e = DSC_AT(*matches, dsc_match, i).entry;
        if (!opening[i] || (opening[i] == 2 && inside && bsearch(&e, inside, n, sizeof *inside, cmp_long)))
            DSC_AT(*matches, dsc_match, w++) = DSC_AT(*matches, dsc_match, i);
    }
    matches->len = w;
    free(inside);
}

/* Does the word opening a sentence at [i, e) read as a name by what
 * follows it: a comma (an apposition: "Lambda, the GPU cloud provider,")
 * or a verb (a word of class report, predicate, finite-verb, commitment or
 * aux: "Lambda says", "Lambda was founded", "Lambda plans"), not a noun it
 * modifies ("Benchmark tests", "Quill pens")? */
static int opens_as_name(const dsc_lexicon *lx, const char *t, size_t e) {
    size_t j = e, k;
    uint32_t id;
    dsc_lx_cls c;
    if (t[e] == ',') return 1;
    while (t[j] == ' ') j++;
    for (k = j; dsc_is_alpha(t[k]); k++) {}
    if (k == j || j == e || !(id = dsc_lex_find(lx, t + j, k - j))) return 0;
    c = dsc_lex_entry(lx, id)->cls;
    return dsc_lx_has(c, LX_REPORT) || dsc_lx_has(c, LX_PREDICATE) || dsc_lx_has(c, LX_FINITE_VERB) ||
           dsc_lx_has(c, LX_COMMITMENT) || dsc_lx_has(c, LX_AUX);
}

/* "Benchmark tests show ...": an entry tagged "word" is not named by a
 * one-word form that opens a sentence (after quotes, brackets, emphasis),
 * unless a possessive follows ("Benchmark's partners"), or the text names
 * the entry inside a sentence too and the word reads as a name
 * (opens_as_name: "Lambda, the GPU cloud provider, filed ..." in a story
 * that says "64% of Lambda's purchases"). Where a sentence's opening marks end is found once
 * per sentence, not once per match. */
static void drop_opening_words(const dsc_dict *d, const char *t, const dsc_vec *sents, dsc_vec *matches) {
    size_t i, w = 0, si = 0, marks_si = (size_t)-1, marks_end = 0, n_open = 0;
    uint8_t *opening = matches->len ? calloc(matches->len, 1) : NULL;
    for (i = 0; i < matches->len; i++) {
        const dsc_match *m = &DSC_AT(*matches, dsc_match, i);
        int drop = 0;
        if (m->entry >= 0 && dsc_dict_is_word(d, (size_t)m->entry) && !memchr(t + m->start, ' ', m->len)) {
            const dsc_sent *s;
            while (si + 1 < sents->len && DSC_AT(*sents, dsc_sent, si + 1).start <= m->start) si++;
            s = sents->len ? &DSC_AT(*sents, dsc_sent, si) : NULL;
            if (s && s->start <= m->start) {
                if (marks_si != si) { marks_si = si; marks_end = opening_marks_end(t, s->start); }
                drop = marks_end >= m->start && !(t[m->start + m->len] == '\'' && t[m->start + m->len + 1] == 's') &&
                       !((unsigned char)t[m->start + m->len] == 0xE2 && (unsigned char)t[m->start + m->len + 1] == 0x80 &&
                         (unsigned char)t[m->start + m->len + 2] == 0x99);   /* ’s */
            }
        }
        /* 2: it may stay, if the entry is named inside a sentence */
        if (drop && opens_as_name(dsc_dict_lexicon(d), t, m->start + m->len)) drop = 2;
        if (opening) opening[i] = (uint8_t)drop;
        n_open += (size_t)(drop != 0);
        if (!opening && !drop) DSC_AT(*matches, dsc_match, w++) = *m;
    }
    if (!opening) { matches->len = w; return; }          /* out of memory: drop them all */
    if (n_open) keep_named_inside(matches, opening, n_open);
    free(opening);
}

void dsc_doc_free(dsc_doc *doc) {
    if (!doc) return;
    free(doc->line_starts);
    dsc_clean_free(&doc->clean);
    dsc_arena_free(&doc->arena);
    dsc_dict_free(doc->owned_dict);
    free(doc);
}

/* ===================================================================== */
/* Lookups                                                                */
/* ===================================================================== */

size_t dsc_doc_source_len(const dsc_doc *doc) { return doc->src_len; }
size_t dsc_doc_sentence_count(const dsc_doc *doc) { return doc->n_sentences; }
const dsc_sentence *dsc_doc_sentence(const dsc_doc *doc, size_t i) {
    return i < doc->n_sentences ? &doc->sentences[i] : NULL;
}
size_t dsc_doc_entity_count(const dsc_doc *doc) { return doc->n_entities; }
const dsc_entity *dsc_doc_entity(const dsc_doc *doc, size_t i) {
    return i < doc->n_entities ? &doc->entities[i] : NULL;
}
size_t dsc_doc_mention_count(const dsc_doc *doc) { return doc->n_mentions; }
const dsc_mention *dsc_doc_mention(const dsc_doc *doc, size_t i) {
    return i < doc->n_mentions ? &doc->mentions[i] : NULL;
}
const dsc_mention *dsc_doc_entity_mention(const dsc_doc *doc, size_t e, size_t j) {
    if (e >= doc->n_entities || j >= doc->entities[e].n_mentions) return NULL;
    return &doc->mentions[doc->by_entity[doc->entities[e].first_mention + j]];
}
size_t dsc_doc_claim_count(const dsc_doc *doc) { return doc->n_claims; }
const dsc_claim *dsc_doc_claim(const dsc_doc *doc, size_t i) {
    return i < doc->n_claims ? &doc->claims[i] : NULL;
}

const dsc_mention *dsc_doc_mention_at(const dsc_doc *doc, uint32_t line, uint32_t col) {
    uint32_t byte;
    size_t lo = 0, hi = doc->n_mentions;
    if (line == 0 || col == 0 || line > doc->n_lines) return NULL;
    byte = doc->line_starts[line - 1] + col - 1;
    if (byte < doc->line_starts[line - 1]) return NULL;             /* overflow */
    if (line < doc->n_lines && byte >= doc->line_starts[line]) return NULL;
    while (lo < hi) {             /* first mention ending after byte */
        size_t mid = (lo + hi) / 2;
        const dsc_span *s = &doc->mentions[mid].span;
        if (s->byte + s->len <= byte) lo = mid + 1; else hi = mid;
    }
    if (lo < doc->n_mentions && doc->mentions[lo].span.byte <= byte) return &doc->mentions[lo];
    return NULL;
}

long dsc_doc_find_entity(const dsc_doc *doc, const char *name, size_t n) {
    long entry = dsc_dict_lookup(doc->dict, name, n);
    size_t i;
    for (i = 0; i < doc->n_entities; i++) {
        const dsc_entity *e = &doc->entities[i];
        if (entry >= 0 && e->dict_index == entry) return (long)i;
        if (strlen(e->name) == n && memcmp(e->name, name, n) == 0) return (long)i;
    }
    return -1;
}
